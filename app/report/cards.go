package report

import (
	"fmt"
	"sort"
	"strings"

	"parley/storage"
)

// blocks lays a topic's statements out in columns: runs of one-party
// statements side by side, and a statement that several of the columns'
// parties hold (or none) across the columns of its parties.
func (b *builder) blocks(sts []storage.StatementView) []Block {
	var out []Block
	var run [][]*Card
	flush := func() {
		if run != nil {
			out = append(out, Block{Cells: run})
			run = nil
		}
	}
	for _, s := range sts {
		c := b.card(s)
		cols := b.columnsOf(s)
		if len(cols) == 1 {
			if run == nil {
				run = make([][]*Card, len(b.d.Parties))
			}
			run[cols[0]] = append(run[cols[0]], c)
			continue
		}
		flush()
		first, last := 0, len(b.d.Parties)-1
		if len(cols) > 1 {
			first, last = cols[0], cols[len(cols)-1]
		}
		out = append(out, Block{Wide: c, Start: first + 1, Width: last - first + 1})
	}
	flush()
	return out
}

// columnsOf returns the sorted columns of the statement's parties.
func (b *builder) columnsOf(s storage.StatementView) []int {
	var cols []int
	for i, p := range b.d.Parties {
		if s.HeldBy(p.ID) {
			cols = append(cols, i)
		}
	}
	return cols
}

func (b *builder) card(s storage.StatementView) *Card {
	c := &Card{ID: s.ID, Text: s.Text, Kind: string(s.Kind), KindLabel: s.Kind.Label(), Speaker: s.SpeakerName, Role: s.SpeakerRole,
		Notes: b.notes[noteKey{'s', s.ID}], Color: fallbackColor, ShowNotes: b.d.Options.Notes}
	for _, id := range s.PartyIDs {
		if p, ok := b.d.AllParties[id]; ok {
			c.Holders = append(c.Holders, b.partyRef(p))
		}
	}
	c.Joint, c.NoParty = len(c.Holders) > 1, len(c.Holders) == 0
	if cols := b.columnsOf(s); len(cols) == 1 {
		c.Color = b.r.Parties[cols[0]].Color
	}
	if s.ReportedByID != nil && !s.HeldBy(*s.ReportedByID) {
		c.ReportedBy = s.ReportedByName
	}
	for _, t := range s.Tags {
		c.Tags = append(c.Tags, b.tagRef(t))
	}
	b.cards[s.ID] = c
	b.views[s.ID] = s
	return c
}

// number gives every card its reference number in reading order (dialogue
// by dialogue, topic by topic, column by column) and, with sources asked
// for, its citation.
func (b *builder) number() {
	for _, ds := range b.r.Dialogues {
		for _, t := range ds.Topics {
			for _, bl := range t.Blocks {
				if bl.Wide != nil {
					b.numberCard(bl.Wide)
				}
				for _, cell := range bl.Cells {
					for _, c := range cell {
						b.numberCard(c)
					}
				}
			}
		}
	}
	for _, src := range b.sources {
		b.r.SourceList = append(b.r.SourceList, src)
	}
	sort.Slice(b.r.SourceList, func(i, j int) bool { return b.r.SourceList[i].Num < b.r.SourceList[j].Num })
	b.r.CoverSources = b.r.SourceList
	b.r.CompactSources = len(b.r.SourceList) > coverSourcesFull
	if len(b.r.SourceList) > coverSourcesMax {
		b.r.CoverSources, b.r.CoverMore = b.r.SourceList[:coverSourcesMax], len(b.r.SourceList)-coverSourcesMax
	}
}

// The cover names up to coverSourcesFull sources in full and up to
// coverSourcesMax by title; the appendix lists them all.
const (
	coverSourcesFull = 3
	coverSourcesMax  = 4
)

func (b *builder) numberCard(c *Card) {
	b.r.Count++
	c.Num = b.r.Count
	if !b.d.Options.Sources {
		return
	}
	c.Cited = true
	s := b.views[c.ID]
	cit := &Citation{Num: c.Num, StatementID: c.ID, Source: b.source(s.SourceID)}
	if cit.Source != nil {
		idx, ok := b.texts[*s.SourceID]
		if !ok {
			idx = indexSource(b.d.Sources[*s.SourceID].Text)
			b.texts[*s.SourceID] = idx
		}
		cit.Quote, cit.Para, _ = idx.quote(s.Start, s.End)
		cit.Quote = clean(cit.Quote)
	}
	b.r.Citations = append(b.r.Citations, cit)
}

// source returns the appendix entry of a source, numbering sources in the
// order the report first cites them.
func (b *builder) source(id *int64) *SourceEntry {
	if id == nil {
		return nil
	}
	if e, ok := b.sources[*id]; ok {
		return e
	}
	src, ok := b.d.Sources[*id]
	if !ok {
		return nil
	}
	e := &SourceEntry{Num: len(b.sources) + 1, Title: src.Title, Publisher: src.Publisher, Date: longDate(src.PublishedOn)}
	e.Anchor = fmt.Sprintf("src%d", e.Num)
	if src.AuthorPartyID != nil {
		e.Party = b.d.AllParties[*src.AuthorPartyID].Name
	}
	if e.URL = safeURL(src.URL); e.URL == "" {
		e.RawURL = strings.TrimSpace(src.URL)
	}
	b.sources[*id] = e
	return e
}

// links draws each link on the statement it goes out from ("responds to
// [12]") and on the one it points to ("[7] responds to this"); a link to a
// statement outside the report says so without showing it.
func (b *builder) links() {
	for _, l := range b.d.Links {
		from, to := b.cards[l.FromID], b.cards[l.ToID]
		label := l.Type.Label()
		if from != nil {
			ref := LinkRef{Label: label, Notes: b.notes[noteKey{'l', l.ID}]}
			if to != nil {
				ref.Num = to.Num
			}
			from.Links = append(from.Links, ref)
		}
		if to != nil && from != nil {
			to.Links = append(to.Links, LinkRef{Label: label, Num: from.Num, In: true})
		}
	}
}

// partyRef and tagRef compute a colour once per party or tag, not once per
// card.
func (b *builder) partyRef(p storage.Party) PartyRef {
	r, ok := b.refs[p.ID]
	if !ok {
		r = partyRef(p)
		b.refs[p.ID] = r
	}
	return r
}

func (b *builder) tagRef(t storage.TagRef) PartyRef {
	r, ok := b.tagRefs[t.ID]
	if !ok {
		r = PartyRef{Name: t.Name, Color: tint(safeColor(t.Color), 0.22), Ink: "#1b1f24"}
		b.tagRefs[t.ID] = r
	}
	return r
}
