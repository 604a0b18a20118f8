package report

import (
	"context"
	"fmt"
	"strings"

	"parley/app/evolution"
	"parley/storage"
)

// chapterFirstLine caps the first line a cell of the evolution table shows;
// a series of more than wideRounds rounds shows counts only, blockRounds
// rounds to a table.
const (
	chapterFirstLine = 90
	wideRounds       = 6
	blockRounds      = 10
)

// rounds builds the chapter "Across rounds" of each series Load read.
func (b *builder) rounds() {
	anchors := map[int64]string{}
	for i, dlg := range b.d.Dialogues {
		anchors[dlg.ID] = b.r.Dialogues[i].Anchor
	}
	for i, s := range b.d.Series {
		c := &RoundsChapter{Anchor: fmt.Sprintf("rounds%d", i+1), Series: clean(s.Series.Name)}
		for _, r := range s.Rounds {
			c.Rounds = append(c.Rounds, RoundHead{Label: clean(r.Label()), Short: clean(r.Short()), Anchor: anchors[r.Dialogue.ID]})
		}
		t := s.Table()
		parties := b.chapterParties(t)
		for _, p := range parties {
			c.Parties = append(c.Parties, b.partyRef(p))
		}
		b.chapterRows(c, s, t, parties)
		b.chapterChanges(c, s, t, parties)
		c.Chart = b.phraseChart(s, parties)
		b.chapterCases(c, s)
		b.chapterCommitments(c, s)
		b.r.Rounds = append(b.r.Rounds, c)
	}
}

// chapterParties are the report's columns that hold statements in the
// series' table t.
func (b *builder) chapterParties(t evolution.Table) []storage.Party {
	in := map[int64]bool{}
	for _, p := range t.Parties {
		in[p.ID] = true
	}
	var out []storage.Party
	for _, p := range b.d.Parties {
		if in[p.ID] {
			out = append(out, p)
		}
	}
	return out
}

// inTopics reports whether a topic is in the report's selection.
func (b *builder) inTopics(id int64) bool {
	return b.d.TopicSet == nil || b.d.TopicSet[id] || (id == 0 && len(b.d.Options.Topics) == 0)
}

func (b *builder) ref(id int64) Ref {
	if c := b.cards[id]; c != nil {
		return Ref{Num: c.Num, Cited: c.Cited}
	}
	return Ref{}
}

func (b *builder) chapterRows(c *RoundsChapter, s *evolution.Series, t evolution.Table, parties []storage.Party) {
	var rows []RoundsRow
	col := map[int64]int{}
	for j, p := range t.Parties {
		col[p.ID] = j
	}
	for _, row := range t.Rows {
		if !b.inTopics(row.Topic.ID) {
			continue
		}
		rr := RoundsRow{Topic: clean(row.Topic.Name), Depth: min(row.Topic.Depth, 2), Cells: make([][]RoundsCell, len(t.Rounds))}
		for r := range t.Rounds {
			for _, p := range parties {
				pc := row.Cells[r][col[p.ID]]
				cell := RoundsCell{Count: pc.Count, Ref: b.ref(pc.FirstID), Color: safeColor(p.Color)}
				if len(t.Rounds) <= wideRounds {
					cell.First = clean(evolution.FirstLine(pc.First, chapterFirstLine))
				}
				rr.Cells[r] = append(rr.Cells[r], cell)
			}
		}
		rows = append(rows, rr)
	}
	size := len(c.Rounds)
	if size > wideRounds {
		size = blockRounds
	}
	for from := 0; from < len(c.Rounds); from += size {
		to := min(from+size, len(c.Rounds))
		et := EvolutionTable{Rounds: c.Rounds[from:to]}
		for _, r := range rows {
			et.Rows = append(et.Rows, RoundsRow{Topic: r.Topic, Depth: r.Depth, Cells: r.Cells[from:to]})
		}
		c.Tables = append(c.Tables, et)
	}
}

// chapterChanges lists, topic by topic, the reworded, new and dropped
// statements of the report's parties, and counts every change.
func (b *builder) chapterChanges(c *RoundsChapter, s *evolution.Series, t evolution.Table, parties []storage.Party) {
	tally := map[evolution.Change]int{}
	for _, row := range t.Rows {
		if !b.inTopics(row.Topic.ID) {
			continue
		}
		tc := TopicChanges{Topic: clean(row.Topic.Path)}
		for _, p := range parties {
			for _, pr := range s.Pairs(row.Topic.ID, p.ID) {
				tally[pr.Change]++
				if pr.Change != evolution.Repeated {
					tc.Items = append(tc.Items, b.changeItem(s, pr, p))
				}
			}
		}
		if len(tc.Items) > 0 {
			c.Changes = append(c.Changes, tc)
		}
	}
	for _, ch := range evolution.Changes {
		c.Tally = append(c.Tally, Figure{Count: tally[ch], Label: string(ch), Key: "ch-" + string(ch)})
	}
}

func (b *builder) changeItem(s *evolution.Series, pr evolution.Pair, p storage.Party) ChangeItem {
	it := ChangeItem{Party: b.partyRef(p), Step: s.Rounds[pr.From].Short() + " → " + s.Rounds[pr.From+1].Short(),
		Change: string(pr.Change), By: pr.LinkID != 0}
	if pr.Before != nil {
		it.Before, it.Text = b.ref(pr.Before.ID), clean(pr.Before.Text)
	}
	if pr.After != nil {
		it.After, it.Text = b.ref(pr.After.ID), clean(pr.After.Text)
	}
	for _, op := range pr.Diff {
		it.Diff = append(it.Diff, DiffPiece{Kind: string(op.Kind), Text: clean(op.Text)})
	}
	return it
}

func (b *builder) chapterCases(c *RoundsChapter, s *evolution.Series) {
	for _, cs := range s.Cases() {
		row := CaseRow{Name: clean(cs.Name)}
		for _, sp := range cs.Spellings {
			row.Spellings = append(row.Spellings, clean(sp))
		}
		for _, r := range cs.Raised {
			p, _ := s.Party(r.PartyID)
			var rs []string
			for _, i := range r.RaisedIn() {
				rs = append(rs, s.Rounds[i].Short())
			}
			row.Raised = append(row.Raised, RaisedBy{Party: b.partyRef(p), Rounds: strings.Join(rs, ", ")})
		}
		for _, m := range cs.Mentions {
			row.Mentions = append(row.Mentions, b.ref(m.Statement.ID))
			if len(m.Answers) > 0 {
				row.Answered++
			}
			for _, a := range m.Answers {
				row.Answers = append(row.Answers, b.ref(a.Statement.ID))
			}
		}
		c.Cases = append(c.Cases, row)
	}
}

func (b *builder) chapterCommitments(c *RoundsChapter, s *evolution.Series) {
	for _, cm := range s.Commitments() {
		row := CommitmentRow{Round: s.Rounds[cm.Round].Short(), Text: clean(cm.Statement.Text), Ref: b.ref(cm.Statement.ID)}
		if hs := evolution.Holders(*cm.Statement); len(hs) > 0 {
			p, _ := s.Party(hs[0])
			row.Party = b.partyRef(p)
		}
		if cm.FollowUp != nil {
			row.FollowUp, row.FollowRef = clean(evolution.FirstLine(cm.FollowUp.Text, 160)), b.ref(cm.FollowUp.ID)
		}
		status := cm.Suggested
		row.Checked = cm.Status != ""
		if row.Checked {
			status = cm.Status
		}
		row.Key = "cm-" + status
		row.Status = storage.CommitmentStatusLabel(status)
		if status == "" {
			row.Status, row.Key, row.Checked = "last round", "cm-last", true
		}
		c.Commitments = append(c.Commitments, row)
	}
}

// chartPhrases caps the stock phrases the chart draws per party.
const chartPhrases = 10

// phraseChart lays out the stock phrases of the report's parties: those
// that appear or vanish first, then the steadiest, at most chartPhrases
// each.
func (b *builder) phraseChart(s *evolution.Series, parties []storage.Party) *PhraseChart {
	ps, err := s.Phrases(context.Background(), evolution.PhraseOptions{})
	if err != nil {
		return nil
	}
	var rows []evolution.Phrase
	for _, p := range parties {
		n := 0
		for _, ph := range ps {
			if ph.PartyID == p.ID && n < chartPhrases {
				rows = append(rows, ph)
				n++
			}
		}
	}
	if len(rows) == 0 {
		return nil
	}
	return b.layoutChart(s, rows)
}

// The chart's geometry, in CSS pixels of the SVG's own coordinates: the
// phrases take what the rounds leave of the width, at least chartLabel.
const (
	chartLabel = 250 // least width of the phrase column
	chartNote  = 110 // width of the appears/vanishes column
	chartTop   = 28
	chartRow   = 20
	chartMaxW  = 680
	chartGlyph = 6.2 // about the width of a character of the labels
)

func (b *builder) layoutChart(s *evolution.Series, rows []evolution.Phrase) *PhraseChart {
	n := len(s.Rounds)
	step := max(8, min(34, (chartMaxW-chartLabel-chartNote)/max(n, 1)))
	label := max(chartLabel, chartMaxW-chartNote-step*n)
	c := &PhraseChart{Width: label + step*n + chartNote, Height: chartTop + chartRow*len(rows) + 8}
	for i, r := range s.Rounds {
		if n <= 20 || i%5 == 0 || i == n-1 {
			c.Heads = append(c.Heads, ChartText{X: label + step*i + step/2, Y: 16, Text: r.Short()})
		}
	}
	for k, ph := range rows {
		y := chartTop + chartRow*k + chartRow/2
		p, _ := s.Party(ph.PartyID)
		chars := int(float64(label-24) / chartGlyph)
		row := ChartRow{Label: ChartText{X: 16, Y: y + 4, Text: clean(evolution.FirstLine(ph.Text, chars))}, Color: safeColor(p.Color),
			LineY: y, X1: label + step/2, X2: label + step*(n-1) + step/2, Swatch: ChartText{X: 4, Y: y - 4},
			Pinned: ph.Mark == storage.PhrasePinned, Phrase: clean(ph.Text), Party: clean(p.Name), Changes: ph.Changes()}
		for i, used := range ph.Rounds {
			row.Dots = append(row.Dots, ChartDot{X: label + step*i + step/2, Y: y, Used: used})
		}
		row.Note = ChartText{X: label + step*n + 8, Y: y + 4, Text: phraseNote(s, ph)}
		c.Rows = append(c.Rows, row)
	}
	return c
}

// phraseNote says where a phrase appears and vanishes: "+39 −40".
func phraseNote(s *evolution.Series, p evolution.Phrase) string {
	var parts []string
	for _, r := range p.Appears {
		parts = append(parts, "+"+s.Rounds[r].Short())
	}
	for _, r := range p.Vanishes {
		parts = append(parts, "−"+s.Rounds[r].Short())
	}
	if len(parts) > 4 {
		parts = append(parts[:4], "…")
	}
	return strings.Join(parts, " ")
}
