package report

import (
	"fmt"
	"strings"

	"parley/app/pairing"
	"parley/storage"
)

// dialogue builds one dialogue's section from its selected statements.
func (b *builder) dialogue(n int, dlg storage.Dialogue, sts []storage.StatementView) *DialogueSection {
	ds := &DialogueSection{Anchor: fmt.Sprintf("d%d", n), Title: dlg.Title, Meta: dialogueMeta(dlg), Count: len(sts)}
	byTopic := map[int64][]storage.StatementView{}
	own := map[int64]map[int64]int{}
	for _, s := range sts {
		t := int64(0)
		if s.TopicID != nil {
			t = *s.TopicID
		}
		byTopic[t] = append(byTopic[t], s)
		if own[t] == nil {
			own[t] = map[int64]int{}
		}
		for _, p := range s.PartyIDs {
			own[t][p]++
		}
		if src := b.source(s.SourceID); src != nil && !hasSource(ds.Sources, src) {
			ds.Sources = append(ds.Sources, src)
		}
	}
	rolled := storage.RollUp(b.d.Topics, own)
	for _, t := range b.d.Topics {
		a, assessed := b.assessed[[2]int64{dlg.ID, t.ID}]
		if !b.inScope(t.ID) || sum(rolled[t.ID]) == 0 {
			continue
		}
		anchor := fmt.Sprintf("%s-t%d", ds.Anchor, t.ID)
		ts := &TopicSection{Anchor: anchor, Name: t.Name, Level: 3 + min(b.depth[t.ID], 2),
			Count: len(byTopic[t.ID]), Total: b.total(byTopic, t.ID), Blocks: b.blocks(byTopic[t.ID])}
		if t.ParentID != nil {
			ts.Parent = b.d.Paths[*t.ParentID]
		}
		var verdict *VerdictRef
		if assessed {
			ts.Assessment = &AssessmentView{Verdict: verdictRef(a.Verdict), Text: a.Text, Notes: b.notes[noteKey{'a', a.ID}]}
			verdict = &ts.Assessment.Verdict
		}
		ds.Topics = append(ds.Topics, ts)
		ds.Matrix = append(ds.Matrix, MatrixRow{Topic: t.Name, Anchor: anchor, Depth: b.depth[t.ID],
			Cells: b.cells(rolled[t.ID]), Verdict: verdict})
	}
	if len(byTopic[0]) > 0 {
		anchor := ds.Anchor + "-none"
		ds.Topics = append(ds.Topics, &TopicSection{Anchor: anchor, Name: "Statements without a topic", Level: 3,
			Count: len(byTopic[0]), Total: len(byTopic[0]), Blocks: b.blocks(byTopic[0])})
		ds.Matrix = append(ds.Matrix, MatrixRow{Topic: "Without a topic", Anchor: anchor, Cells: b.cells(own[0]), NoTopic: true})
	}
	shade(ds.Matrix, b.r.Parties)
	ds.Omissions = b.omissions(ds.Topics, ds.Matrix)
	return ds
}

func hasSource(xs []*SourceEntry, x *SourceEntry) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func (b *builder) inScope(topicID int64) bool {
	return b.d.TopicSet == nil || b.d.TopicSet[topicID]
}

func sum(m map[int64]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func verdictRef(v storage.Verdict) VerdictRef {
	key := strings.ReplaceAll(string(v), "_", "-")
	if !v.Valid() {
		key = "unknown"
	}
	return VerdictRef{Key: key, Label: v.Label()}
}

// cells are a topic's counts in column order; shade colours them later.
func (b *builder) cells(counts map[int64]int) []HeatCell {
	out := make([]HeatCell, len(b.d.Parties))
	for i, p := range b.d.Parties {
		out[i].Count = counts[p.ID]
	}
	return out
}

// shade colours each count in its party's colour by its share of the
// largest count, so the busiest topics stand out as in a heat map.
func shade(rows []MatrixRow, parties []PartyRef) {
	top := 0
	for _, r := range rows {
		for _, c := range r.Cells {
			top = max(top, c.Count)
		}
	}
	for _, r := range rows {
		for i := range r.Cells {
			c := &r.Cells[i]
			if c.Count == 0 || top == 0 {
				c.Bg, c.Ink = "#ffffff", "#8a9099"
				continue
			}
			c.Bg = tint(parties[i].Color, 0.12+0.78*float64(c.Count)/float64(top))
			c.Ink = ink(c.Bg)
		}
	}
}

// omissions lists the topics some parties raised and others did not
// address, leaving out a subtopic whose parent already says the same (the
// same map as the Overview tab's: pairing.Omissions).
func (b *builder) omissions(topics []*TopicSection, rows []MatrixRow) []Omission {
	if len(b.r.Parties) < 2 {
		return nil
	}
	tc := make([]pairing.TopicCounts, len(rows))
	for i, r := range rows {
		tc[i] = pairing.TopicCounts{Topic: r.Topic, Parent: topics[i].Parent, NoTopic: r.NoTopic}
		for _, c := range r.Cells {
			tc[i].Counts = append(tc[i].Counts, c.Count)
		}
	}
	var out []Omission
	for _, o := range pairing.Omissions(tc) {
		om := Omission{Topic: o.Topic, Anchor: rows[o.Row].Anchor}
		for _, j := range o.Raised {
			om.Raised = append(om.Raised, b.r.Parties[j])
		}
		for _, j := range o.Silent {
			om.Silent = append(om.Silent, b.r.Parties[j])
		}
		out = append(out, om)
	}
	return out
}

// total counts the statements of a topic and its subtopics.
func (b *builder) total(byTopic map[int64][]storage.StatementView, id int64) int {
	n := 0
	for t, sts := range byTopic {
		for x, depth := t, 0; x != 0 && depth < 64; depth++ {
			if x == id {
				n += len(sts)
				break
			}
			x = b.parent[x]
		}
	}
	return n
}

// glance counts, for the cover, each party's statements and the verdicts.
func (b *builder) glance() []Figure {
	var out []Figure
	for i, p := range b.d.Parties {
		n := 0
		for _, s := range b.d.Statements {
			if s.HeldBy(p.ID) {
				n++
			}
		}
		out = append(out, Figure{Count: n, Label: plural(n, "statement", "statements") + " held by " + p.Name, Party: &b.r.Parties[i]})
	}
	tally := map[storage.Verdict]int{}
	for _, ds := range b.r.Dialogues {
		for _, t := range ds.Topics {
			if t.Assessment != nil {
				tally[storage.Verdict(strings.ReplaceAll(t.Assessment.Verdict.Key, "-", "_"))]++
			}
		}
	}
	for _, v := range storage.Verdicts {
		if tally[v] > 0 {
			label := plural(tally[v], "topic", "topics") + " assessed " + v.Label()
			out = append(out, Figure{Count: tally[v], Label: label, Key: verdictRef(v).Key})
		}
	}
	return out
}

// plural is the noun that goes with n: "1 topic", "2 topics", "0 topics".
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
