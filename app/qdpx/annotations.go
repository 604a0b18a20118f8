package qdpx

import (
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// notes writes every note as a REFI-QDA Note and refers to it from what it
// annotates: a statement's selection, a link, or the topic's code for an
// assessment (itself written as a note on the code, followed by the notes
// on it).
func (b *builder) notes() {
	b.p.Notes = &xNotes{}
	onAssessment := map[int64][]exchange.Note{}
	for _, n := range b.doc.Notes {
		switch {
		case n.Statement != nil:
			if sel, ok := b.stmt[*n.Statement]; ok {
				sel.NoteRef = append(sel.NoteRef, xRef{Target: b.note(n.ID, "Note", n.Body, n.CreatedAt.Time)})
				// QualCoder shows a selection's Description as the coding's
				// memo and does not follow its NoteRefs; the import knows
				// the copy (see mapper.source).
				sel.Description = joinNotes(sel.Description, n.Body)
			}
		case n.Assessment != nil:
			onAssessment[*n.Assessment] = append(onAssessment[*n.Assessment], n)
		}
	}
	for _, a := range b.doc.Assessments {
		code := b.assessmentCode(a)
		if code == nil {
			continue
		}
		title := b.dlg[a.Dialogue]
		code.NoteRef = append(code.NoteRef, xRef{Target: b.note(-a.ID, "Assessment: "+title,
			assessmentText(title, a.Verdict, a.Text), a.CreatedAt.Time)})
		for _, n := range onAssessment[a.ID] {
			code.NoteRef = append(code.NoteRef, xRef{Target: b.note(n.ID, "Note on the assessment", n.Body, n.CreatedAt.Time)})
		}
	}
}

func (b *builder) assessmentCode(a exchange.Assessment) *xCode {
	id, ok := b.cb.topicID[a.Topic]
	if a.TopicID != nil {
		id, ok = *a.TopicID, true
	}
	if !ok {
		return nil
	}
	return b.cb.topic[id]
}

// note adds a Note; assessments pass their ID negated, so that they and
// notes never share a GUID.
func (b *builder) note(id int64, name, body string, created time.Time) string {
	guid := b.g.of("note", id)
	text := body
	b.p.Notes.Note = append(b.p.Notes.Note, &xTextSource{GUID: guid, Name: name, CreatingUser: userGUID,
		CreationDateTime: stamp(created), PlainTextContent: &text})
	return guid
}

// links writes the links between statements, named by their type as the
// window says it ("responds to").
func (b *builder) links() {
	b.p.Links = &xLinks{}
	byLink := map[int64][]xRef{}
	for _, n := range b.doc.Notes {
		if n.Link != nil {
			byLink[*n.Link] = append(byLink[*n.Link], xRef{Target: b.note(n.ID, "Note on a link", n.Body, n.CreatedAt.Time)})
		}
	}
	for _, l := range b.doc.Links {
		from, ok1 := b.stmt[l.From]
		to, ok2 := b.stmt[l.To]
		if !ok1 || !ok2 {
			continue
		}
		b.p.Links.Link = append(b.p.Links.Link, xLink{GUID: b.g.of("link", l.ID), Name: storage.LinkType(l.Type).Label(),
			Direction: "OneWay", Origin: from.GUID, Target: to.GUID, NoteRef: byLink[l.ID]})
	}
}

// joinNotes adds body to the notes in a selection's Description.
func joinNotes(desc, body string) string {
	if desc == "" {
		return body
	}
	return desc + noteSep + body
}

// noteSep separates the notes a Description holds.
const noteSep = "\n\n"
