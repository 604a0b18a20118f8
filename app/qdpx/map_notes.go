package qdpx

import (
	"strings"

	"parley/app/exchange"
	"parley/storage"
)

// noteRefs adds a note for each reference, attached by attach, and
// returns their texts. A reference
// to a note the project does not have is reported, not fatal: the note is
// lost either way.
func (m *mapper) noteRefs(refs []xRef, attach func(*exchange.Note)) []string {
	var bodies []string
	for _, r := range refs {
		n, ok := m.notes[r.Target]
		if !ok {
			m.skipped.add("references to missing notes", r.Target)
			continue
		}
		body := m.noteText(n)
		note := exchange.Note{ID: m.id("note"), Body: body}
		attach(&note)
		m.doc.Notes = append(m.doc.Notes, note)
		bodies = append(bodies, body)
	}
	return bodies
}

func (m *mapper) noteText(n *xTextSource) string {
	if n.PlainTextContent != nil {
		return *n.PlainTextContent
	}
	if n.PlainTextPath != "" {
		if text, err := m.sourceText(n); err == nil {
			return normalize(text).Text
		}
	}
	return n.Name
}

// links maps the links between two selections that became statements,
// named by one of Parley's link types ("responds to"); others are reported.
func (m *mapper) links() error {
	if m.p.Links == nil {
		return nil
	}
	types := map[string]string{}
	for _, t := range storage.LinkTypes {
		types[strings.ToLower(t.Label())] = string(t)
		types[string(t)] = string(t)
	}
	for _, l := range m.p.Links.Link {
		from, ok1 := m.sels[l.Origin]
		to, ok2 := m.sels[l.Target]
		t, ok3 := types[strings.ToLower(strings.TrimSpace(l.Name))]
		if !ok1 || !ok2 || !ok3 || from == to {
			m.skipped.add("links that are not between two coded selections with a Parley link type", l.Name)
			continue
		}
		id := m.id("link")
		m.doc.Links = append(m.doc.Links, exchange.Link{ID: id, From: from, To: to, Type: t})
		m.noteRefs(l.NoteRef, func(n *exchange.Note) { n.Link = &id })
	}
	return nil
}

// assessments reads back the memos a Parley export writes on a topic's
// code ("Assessment, <dialogue>: <verdict>." and the notes that follow
// it). A foreign project's memos on codes are reported as skipped.
func (m *mapper) assessments() {
	for _, info := range m.byTopic {
		if len(info.code.NoteRef) == 0 {
			continue
		}
		if !m.parley {
			m.skipped.add("memos on codes", info.name)
			continue
		}
		var last *int64
		for _, r := range info.code.NoteRef {
			n, ok := m.notes[r.Target]
			if !ok {
				m.skipped.add("references to missing notes", r.Target)
				continue
			}
			if a, ok := m.assessment(info.id, m.noteText(n)); ok {
				m.doc.Assessments = append(m.doc.Assessments, a)
				last = &m.doc.Assessments[len(m.doc.Assessments)-1].ID
				continue
			}
			if last == nil {
				m.skipped.add("memos on codes", info.name)
				continue
			}
			id := *last
			m.doc.Notes = append(m.doc.Notes, exchange.Note{ID: m.id("note"), Assessment: &id, Body: m.noteText(n)})
		}
	}
}

// assessment parses assessmentText.
func (m *mapper) assessment(topic int64, text string) (exchange.Assessment, bool) {
	rest, ok := strings.CutPrefix(text, "Assessment, ")
	if !ok {
		return exchange.Assessment{}, false
	}
	for _, v := range storage.Verdicts {
		mark := ": " + v.Label() + ".\n\n"
		i := strings.LastIndex(rest, mark)
		if i < 0 {
			continue
		}
		title, body := rest[:i], rest[i+len(mark):]
		for _, d := range m.doc.Dialogues {
			if d.Title == title {
				t := topic
				return exchange.Assessment{ID: m.id("assessment"), Dialogue: d.ID, TopicID: &t, Verdict: string(v), Text: body}, true
			}
		}
	}
	return exchange.Assessment{}, false
}
