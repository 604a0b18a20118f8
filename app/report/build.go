package report

import (
	"fmt"
	"strings"
	"time"

	"parley/storage"
)

// builder holds the indexes Build needs while it walks the data.
type builder struct {
	d        *Data
	r        *Report
	col      map[int64]int // party ID → column
	depth    map[int64]int // topic ID → depth in the tree
	parent   map[int64]int64
	texts    map[int64]*sourceText // source ID → indexed text
	refs     map[int64]PartyRef    // party ID → drawn party
	tagRefs  map[int64]PartyRef    // tag ID → drawn tag
	notes    map[noteKey][]NoteView
	cards    map[int64]*Card // statement ID → card
	views    map[int64]storage.StatementView
	sources  map[int64]*SourceEntry
	assessed map[[2]int64]storage.Assessment // dialogue, topic
}

// noteKey says what a note annotates: 's' a statement, 'l' a link, 'a' an
// assessment, and its ID.
type noteKey struct {
	on byte
	id int64
}

// Build arranges d into a report.
func Build(d *Data) *Report {
	d = cleaned(d)
	now := d.Options.Now
	if now.IsZero() {
		now = time.Now()
	}
	b := &builder{d: d, col: map[int64]int{}, depth: map[int64]int{}, notes: map[noteKey][]NoteView{},
		cards: map[int64]*Card{}, views: map[int64]storage.StatementView{}, texts: map[int64]*sourceText{},
		refs: map[int64]PartyRef{}, tagRefs: map[int64]PartyRef{}, sources: map[int64]*SourceEntry{}, assessed: map[[2]int64]storage.Assessment{}}
	b.r = &Report{Generated: now.Format("2 January 2006"), PageSize: d.Options.Paper.css(), CoverHeight: d.Options.Paper.coverHeight(),
		Notes: d.Options.Notes, Sources: d.Options.Sources, Overview: d.Options.Overview}
	b.index()
	b.r.Title, b.r.Subtitle = b.title()
	b.r.Scope = b.scope()
	byDialogue := map[int64][]storage.StatementView{}
	for _, s := range d.Statements {
		byDialogue[s.DialogueID] = append(byDialogue[s.DialogueID], s)
	}
	for i, dlg := range d.Dialogues {
		b.r.Dialogues = append(b.r.Dialogues, b.dialogue(i+1, dlg, byDialogue[dlg.ID]))
	}
	b.number()
	b.links()
	b.rounds()
	b.r.Glance = b.glance()
	return b.r
}

func (b *builder) index() {
	for i, p := range b.d.Parties {
		b.col[p.ID] = i
		b.r.Parties = append(b.r.Parties, partyRef(p))
	}
	parent := map[int64]*int64{}
	b.parent = map[int64]int64{}
	for _, t := range b.d.Topics {
		parent[t.ID] = t.ParentID
		if t.ParentID != nil {
			b.parent[t.ID] = *t.ParentID
		}
	}
	for _, t := range b.d.Topics {
		n := 0
		for p := t.ParentID; p != nil && n < 64; p = parent[*p] {
			n++
		}
		b.depth[t.ID] = n
	}
	for _, n := range b.d.Notes {
		v := NoteView{ID: n.ID, Body: n.Body}
		if !n.CreatedAt.IsZero() { // zero: a date that is none, read under storage.NoteBadTimes
			v.Date = n.CreatedAt.Format("2 Jan 2006")
		}
		switch {
		case n.StatementID != nil:
			b.notes[noteKey{'s', *n.StatementID}] = append(b.notes[noteKey{'s', *n.StatementID}], v)
		case n.LinkID != nil:
			b.notes[noteKey{'l', *n.LinkID}] = append(b.notes[noteKey{'l', *n.LinkID}], v)
		case n.AssessmentID != nil:
			b.notes[noteKey{'a', *n.AssessmentID}] = append(b.notes[noteKey{'a', *n.AssessmentID}], v)
		}
	}
	for _, a := range b.d.Assessments {
		b.assessed[[2]int64{a.DialogueID, a.TopicID}] = a
	}
}

func partyRef(p storage.Party) PartyRef {
	c := safeColor(p.Color)
	return PartyRef{Name: p.Name, Color: c, Ink: ink(c)}
}

func (b *builder) title() (string, string) {
	ds := b.d.Dialogues
	switch len(ds) {
	case 0:
		return "Dialogue comparison", "No dialogue selected"
	case 1:
		return ds[0].Title, strings.Join(dialogueMeta(ds[0]), " · ")
	}
	return fmt.Sprintf("Comparison of %d dialogues", len(ds)), fmt.Sprintf("%s to %s", ds[0].Title, ds[len(ds)-1].Title)
}

func dialogueMeta(d storage.Dialogue) []string {
	var m []string
	if d.Round > 0 {
		m = append(m, fmt.Sprintf("Round %d", d.Round))
	}
	if d.Place != "" {
		m = append(m, d.Place)
	}
	switch {
	case d.StartDate != "" && d.EndDate != "" && d.EndDate != d.StartDate:
		m = append(m, longDate(d.StartDate)+" – "+longDate(d.EndDate))
	case d.StartDate != "":
		m = append(m, longDate(d.StartDate))
	}
	return m
}

// longDate writes "2024-06-16" as "16 June 2024" and leaves other text as is.
func longDate(s string) string {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2 January 2006")
	}
	return s
}

// scope describes in words what the options left out, for the cover.
func (b *builder) scope() []string {
	o := b.d.Options
	var out []string
	if len(o.Topics) > 0 {
		var names []string
		for _, id := range o.Topics {
			names = append(names, b.d.Paths[id])
		}
		out = append(out, "Topics: "+strings.Join(names, "; ")+" (with subtopics)")
	}
	if len(o.Parties) > 0 {
		var names []string
		for _, p := range b.d.Parties {
			names = append(names, p.Name)
		}
		out = append(out, "Parties: "+strings.Join(names, ", "))
	}
	if len(o.Tags) > 0 {
		var names []string
		for _, t := range b.d.Tags {
			names = append(names, t.Name)
		}
		out = append(out, "Only statements tagged: "+strings.Join(names, ", "))
	}
	if o.Notes {
		out = append(out, "Includes the analyst's notes")
	}
	return out
}
