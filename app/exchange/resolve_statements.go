package exchange

import (
	"fmt"

	"parley/storage"
)

func (x *resolver) statements(r *storage.ProjectRows) error {
	x.hasStmt = make(map[int64]bool, len(x.doc.Statements))
	r.Statements = make([]storage.StatementInput, 0, len(x.doc.Statements))
	for i := range x.doc.Statements {
		in, err := x.statement(&x.doc.Statements[i])
		if err != nil {
			return err
		}
		x.hasStmt[in.ID] = true
		r.Statements = append(r.Statements, in)
	}
	return nil
}

func (x *resolver) statement(v *Statement) (storage.StatementInput, error) {
	in := storage.StatementInput{Statement: storage.Statement{ID: v.ID, DialogueID: v.Dialogue, Position: v.Position,
		Kind: storage.Kind(v.Kind), Text: v.Text, SourceID: v.Source, Start: v.Start, End: v.End,
		Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time}}
	if v.ID <= 0 {
		return in, fmt.Errorf("a statement has no id (its text begins %q)", clip(v.Text))
	}
	if !x.hasDialogue[v.Dialogue] {
		return in, fmt.Errorf("statement %d belongs to dialogue %d, which is not in the export's dialogues", v.ID, v.Dialogue)
	}
	if v.Source != nil && !x.hasSource[*v.Source] {
		return in, fmt.Errorf("statement %d cites source %d, which is not in the export's sources", v.ID, *v.Source)
	}
	if err := x.checkQuote(v); err != nil {
		return in, err
	}
	var err error
	if in.ReportedByID, err = x.optional("statement", v.ID, "party", x.parties, v.ReportedBy); err != nil {
		return in, err
	}
	if v.Speaker != nil {
		id, err := x.speaker(v.ID, *v.Speaker, v.SpeakerID)
		if err != nil {
			return in, err
		}
		in.SpeakerID = &id
	} else if v.SpeakerID != nil {
		return in, fmt.Errorf("statement %d has a speaker_id but no speaker", v.ID)
	}
	if v.Topic != nil {
		id, err := x.topic("statement", v.ID, *v.Topic, v.TopicID)
		if err != nil {
			return in, err
		}
		in.TopicID = &id
	} else if v.TopicID != nil {
		return in, fmt.Errorf("statement %d has a topic_id but no topic", v.ID)
	}
	for _, p := range v.Parties {
		id, ok := x.parties[p]
		if !ok {
			return in, fmt.Errorf("statement %d is held by party %q, which is not in the export's parties", v.ID, p)
		}
		in.PartyIDs = append(in.PartyIDs, id)
	}
	for _, t := range v.Tags {
		id, ok := x.tags[t]
		if !ok {
			return in, fmt.Errorf("statement %d has tag %q, which is not in the export's tags", v.ID, t)
		}
		in.TagIDs = append(in.TagIDs, id)
	}
	return in, nil
}

func clip(s string) string {
	r := []rune(s)
	if len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}

func (x *resolver) annotations(r *storage.ProjectRows) error {
	hasLink := map[int64]bool{}
	linked := map[Link]int64{}
	for _, v := range x.doc.Links {
		key := Link{From: v.From, To: v.To, Type: v.Type}
		if other, dup := linked[key]; dup {
			return fmt.Errorf("links %d and %d both link statement %d to statement %d as %q", other, v.ID, v.From, v.To, v.Type)
		}
		linked[key] = v.ID
		for _, end := range []int64{v.From, v.To} {
			if !x.hasStmt[end] {
				return fmt.Errorf("link %d joins statement %d, which is not in the export's statements", v.ID, end)
			}
		}
		hasLink[v.ID] = true
		r.Links = append(r.Links, storage.Link{ID: v.ID, FromID: v.From, ToID: v.To, Type: storage.LinkType(v.Type),
			Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	hasAssessment := map[int64]bool{}
	judged := map[[2]int64]int64{}
	for _, v := range x.doc.Assessments {
		if !x.hasDialogue[v.Dialogue] {
			return fmt.Errorf("assessment %d is of dialogue %d, which is not in the export's dialogues", v.ID, v.Dialogue)
		}
		tid, err := x.topic("assessment", v.ID, v.Topic, v.TopicID)
		if err != nil {
			return err
		}
		key := [2]int64{v.Dialogue, tid}
		if other, dup := judged[key]; dup {
			return fmt.Errorf("assessments %d and %d judge the same topic %q in the same dialogue", other, v.ID, v.Topic)
		}
		judged[key] = v.ID
		hasAssessment[v.ID] = true
		r.Assessments = append(r.Assessments, storage.Assessment{ID: v.ID, DialogueID: v.Dialogue, TopicID: tid,
			Verdict: storage.Verdict(v.Verdict), Text: v.Text, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	for _, v := range x.doc.Notes {
		if err := noteTarget(v, x.hasStmt, hasLink, hasAssessment); err != nil {
			return err
		}
		r.Notes = append(r.Notes, storage.Note{ID: v.ID, StatementID: v.Statement, LinkID: v.Link, AssessmentID: v.Assessment,
			Body: v.Body, Revision: v.revision(), CreatedAt: v.CreatedAt.Time, UpdatedAt: v.UpdatedAt.Time})
	}
	return nil
}

func noteTarget(v Note, stmts, links, assessments map[int64]bool) error {
	targets := []struct {
		what string
		id   *int64
		has  map[int64]bool
	}{{"statement", v.Statement, stmts}, {"link", v.Link, links}, {"assessment", v.Assessment, assessments}}
	for _, t := range targets {
		if t.id != nil && !t.has[*t.id] {
			return fmt.Errorf("note %d is on %s %d, which is not in the export's %ss", v.ID, t.what, *t.id, t.what)
		}
	}
	return nil
}
