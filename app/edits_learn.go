package app

import (
	"context"

	"parley/app/ingest"
	"parley/storage"
)

// Corrections in the detail editor teach the importer (issue 9): the
// party, speaker, kind or topic the analyst sets on a statement is
// remembered as lessons (ingest.Corrected) in the edit's own write
// transaction (storage.Store.Learn), and undo takes the lessons back with
// the edit (storage.Store.Unlearn).

// readingOf is what statement v says about itself, in the names the
// importer uses.
func (ws *Workspace) readingOf(v storage.StatementView) ingest.Reading {
	r := ingest.Reading{Kind: v.Kind, Speaker: v.SpeakerName}
	for _, id := range v.PartyIDs {
		r.Parties = append(r.Parties, ws.data.partyByID[id].Name)
	}
	if v.TopicID != nil {
		r.Topic = ws.data.paths[*v.TopicID]
	}
	if v.SpeakerID != nil {
		r.SpeakerParty = ws.speakerParty(*v.SpeakerID)
	}
	return r
}

// speakerParty is the name of the party of speaker id, or "".
func (ws *Workspace) speakerParty(id int64) string {
	for _, s := range ws.data.speakers {
		if s.ID == id && s.PartyID != nil {
			return ws.data.partyByID[*s.PartyID].Name
		}
	}
	return ""
}

// lessonsOf returns what correcting statement v as fix does teaches.
func (ws *Workspace) lessonsOf(v storage.StatementView, fix func(r *ingest.Reading)) []storage.Lesson {
	was := ws.readingOf(v)
	now := was
	now.Parties = append([]string(nil), was.Parties...)
	fix(&now)
	if now.Speaker != "" && now.SpeakerParty == "" && len(now.Parties) == 1 {
		now.SpeakerParty = now.Parties[0]
	}
	return ingest.Corrected(ws.data.parties, ws.data.topics, v.Text, v.ReportedByName, was, now)
}

// correctStatement is editStatement for a correction the importer learns
// from: the edit and its lessons are one transaction, and undo takes back
// both.
func (ws *Workspace) correctStatement(label string, base storage.Statement, change func(*storage.Statement), lessons []storage.Lesson) {
	if len(lessons) == 0 {
		ws.editStatement(label, base, change)
		return
	}
	id := base.ID
	var before, after storage.Statement
	var learnt storage.Learnt
	done := false
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			learnt, err = ws.store().Learn(ctx, lessons, func(ctx context.Context) error {
				if done {
					a := after
					return ws.store().UpdateStatement(ctx, &a)
				}
				b, a, err := ws.store().EditStatement(ctx, id, base.Version, change)
				before, after = b, a
				return err
			})
			done = done || err == nil
			return err
		},
		undo: func(ctx context.Context) error {
			return ws.store().Unlearn(ctx, learnt, func(ctx context.Context) error {
				b := before
				return ws.store().UpdateStatement(ctx, &b)
			})
		},
		at:       place{statementID: id, dialogueID: ws.dialogueID, topic: ws.topic},
		conflict: func(c *storage.EditConflict) { ws.resolveStatement(label, base, change, c) },
	})
}

// correctHolders is setHolders for a correction the importer learns from.
func (ws *Workspace) correctHolders(id int64, parties []int64, lessons []storage.Lesson) {
	if len(lessons) == 0 {
		ws.setHolders(id, parties)
		return
	}
	var before []int64
	var learnt storage.Learnt
	ws.exec(&command{label: "change parties",
		do: func(ctx context.Context) error {
			var err error
			learnt, err = ws.store().Learn(ctx, lessons, func(ctx context.Context) error {
				var err error
				before, err = ws.store().SetStatementParties(ctx, id, parties)
				return err
			})
			return err
		},
		undo: func(ctx context.Context) error {
			return ws.store().Unlearn(ctx, learnt, func(ctx context.Context) error {
				return errOnly(ws.store().SetStatementParties(ctx, id, before))
			})
		},
	})
}

// speakerName is the name of speaker id, or "".
func (ws *Workspace) speakerName(id int64) string {
	for _, s := range ws.data.speakers {
		if s.ID == id {
			return s.Name
		}
	}
	return ""
}

// speakerLessons is what saving speaker sp teaches: the party the analyst
// gives a speaker (a new one, or one whose party or name changed).
func (ws *Workspace) speakerLessons(sp storage.Speaker) []storage.Lesson {
	if sp.PartyID == nil {
		return nil
	}
	party := ws.data.partyByID[*sp.PartyID].Name
	for _, old := range ws.data.speakers {
		if old.ID == sp.ID && sp.ID != 0 && old.Name == sp.Name && old.PartyID != nil && *old.PartyID == *sp.PartyID {
			return nil
		}
	}
	if party == "" {
		return nil
	}
	return []storage.Lesson{{Rule: ingest.RuleSpeakerParty, Key: sp.Name, Value: party}}
}
