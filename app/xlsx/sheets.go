package xlsx

import (
	"fmt"
	"sort"
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// statementHeader names the Statements sheet's columns (the CSV's, with
// the notes themselves).
var statementHeader = []string{"id", "dialogue", "round", "topic", "parties", "reported_by", "speaker", "kind", "tags",
	"text", "source", "start", "end", "notes", "created", "updated"}

func (b *book) statements(sheet string) error {
	sources := map[int64]string{}
	for _, s := range b.doc.Sources {
		sources[s.ID] = s.Title
	}
	widths := []float64{7, 28, 7, 28, 20, 16, 20, 12, 20, 80, 28, 8, 8, 40, 20, 20}
	return b.table(sheet, statementHeader, widths, len(b.doc.Statements), func(i int) []Cell {
		v := &b.doc.Statements[i]
		d := b.dialogue[v.Dialogue]
		parties := joined(v.Parties, "; ")
		if len(v.Parties) > 0 {
			parties.Style = b.party[v.Parties[0]]
		}
		source := ""
		if v.Source != nil {
			source = sources[*v.Source]
		}
		body := text(v.Text)
		body.Style = b.wrap
		return []Cell{{Value: v.ID}, text(d.Title), {Value: d.Round}, textOpt(v.Topic), parties,
			textOpt(v.ReportedBy), textOpt(v.Speaker), text(v.Kind), joined(v.Tags, "; "), body, text(source),
			{Value: v.Start}, {Value: v.End}, joined(b.notes[fmt.Sprint("s", v.ID)], "\n\n"),
			text(stamp(v.CreatedAt)), text(stamp(v.UpdatedAt))}
	})
}

func stamp(t exchange.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// matrix counts, per dialogue and topic, each party's statements on the
// topic and its subtopics (as the Overview does), with the assessment.
func (b *book) matrix(sheet string) error {
	parent := map[int64]*int64{}
	for _, t := range b.doc.Topics {
		parent[t.ID] = t.Parent
	}
	pathID := map[string]int64{}
	for _, t := range b.doc.Topics {
		pathID[t.Path] = t.ID
	}
	type key struct{ dialogue, topic int64 }
	counts := map[key]map[string]int{}
	add := func(k key, party string) {
		if counts[k] == nil {
			counts[k] = map[string]int{}
		}
		counts[k][party]++
	}
	for _, v := range b.doc.Statements {
		tid := int64(0) // no topic
		if v.TopicID != nil {
			tid = *v.TopicID
		} else if v.Topic != nil {
			tid = pathID[*v.Topic]
		}
		for _, p := range v.Parties {
			add(key{v.Dialogue, tid}, p)
			for up, steps := parent[tid], 0; up != nil && steps <= len(parent); up, steps = parent[*up], steps+1 {
				add(key{v.Dialogue, *up}, p)
			}
		}
	}
	verdict := map[key]exchange.Assessment{}
	for _, a := range b.doc.Assessments {
		tid := pathID[a.Topic]
		if a.TopicID != nil {
			tid = *a.TopicID
		}
		verdict[key{a.Dialogue, tid}] = a
	}
	header := []string{"dialogue", "topic"}
	for _, p := range b.doc.Parties {
		header = append(header, p.Name)
	}
	header = append(header, "assessment")
	paths := map[int64]string{0: "(no topic)"}
	topics := make([]int64, 0, len(b.doc.Topics)+1)
	for _, t := range b.doc.Topics {
		paths[t.ID] = t.Path
		topics = append(topics, t.ID)
	}
	sort.SliceStable(topics, func(i, j int) bool { return paths[topics[i]] < paths[topics[j]] })
	topics = append(topics, 0)
	var rows []key
	for _, d := range b.doc.Dialogues {
		for _, t := range topics {
			rows = append(rows, key{d.ID, t})
		}
	}
	widths := []float64{28, 40}
	return b.table(sheet, header, widths, len(rows), func(i int) []Cell {
		k := rows[i]
		out := []Cell{text(b.dialogue[k.dialogue].Title), text(paths[k.topic])}
		for _, p := range b.doc.Parties {
			out = append(out, Cell{Value: counts[k][p.Name]})
		}
		v := ""
		if a, ok := verdict[k]; ok {
			v = storage.Verdict(a.Verdict).Label()
		}
		return append(out, text(v))
	})
}

func (b *book) assessments(sheet string) error {
	header := []string{"dialogue", "topic", "verdict", "text", "notes"}
	return b.table(sheet, header, []float64{28, 40, 20, 80, 40}, len(b.doc.Assessments), func(i int) []Cell {
		a := b.doc.Assessments[i]
		return []Cell{text(b.dialogue[a.Dialogue].Title), text(a.Topic), text(storage.Verdict(a.Verdict).Label()),
			text(a.Text), joined(b.notes[fmt.Sprint("a", a.ID)], "\n\n")}
	})
}

func (b *book) links(sheet string) error {
	header := []string{"id", "type", "from", "from_parties", "from_text", "to", "to_parties", "to_text", "notes"}
	widths := []float64{7, 14, 7, 20, 60, 7, 20, 60, 40}
	return b.table(sheet, header, widths, len(b.doc.Links), func(i int) []Cell {
		l := b.doc.Links[i]
		from, to := b.side(l.From), b.side(l.To)
		return []Cell{{Value: l.ID}, text(storage.LinkType(l.Type).Label()), {Value: l.From}, from[0], from[1],
			{Value: l.To}, to[0], to[1], joined(b.notes[fmt.Sprint("l", l.ID)], "\n\n")}
	})
}

// side is a linked statement's parties (in the first party's colour) and
// text.
func (b *book) side(id int64) [2]Cell {
	v, ok := b.stmt[id]
	if !ok {
		return [2]Cell{text(""), text("")}
	}
	p := joined(v.Parties, "; ")
	if len(v.Parties) > 0 {
		p.Style = b.party[v.Parties[0]]
	}
	return [2]Cell{p, text(v.Text)}
}
