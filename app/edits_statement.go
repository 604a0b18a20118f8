package app

import (
	"context"
	"fmt"

	"parley/storage"
)

// The edits of the compare view. Each do and each undo is one call of a
// storage method that runs in one transaction; the first do returns what
// undoes it, read in that same transaction.

// errOnly keeps the error of a storage method that also returns what
// undoes it, where the caller needs only the error.
func errOnly[T any](_ T, err error) error { return err }

// errOnly2 is errOnly for methods that return two values with the error.
func errOnly2[A, B any](_ A, _ B, err error) error { return err }

// editStatement changes fields of a statement: change edits a copy of the
// statement as storage holds it; undo puts the old fields back. base is
// the statement as the user saw it: when someone else has saved it since,
// nothing is saved, and the user sees both versions and chooses
// (resolveStatement).
func (ws *Workspace) editStatement(label string, base storage.Statement, change func(*storage.Statement)) {
	id := base.ID
	var before, after storage.Statement
	done := false
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			if done {
				a := after
				return ws.store().UpdateStatement(ctx, &a)
			}
			b, a, err := ws.store().EditStatement(ctx, id, base.Version, change)
			if err != nil {
				return err
			}
			before, after, done = b, a, true
			return nil
		},
		undo: func(ctx context.Context) error {
			b := before
			return ws.store().UpdateStatement(ctx, &b)
		},
		at:       place{statementID: id, dialogueID: ws.dialogueID, topic: ws.topic},
		conflict: func(c *storage.EditConflict) { ws.resolveStatement(label, base, change, c) },
	})
}

// setHolders changes the parties that hold a statement.
func (ws *Workspace) setHolders(id int64, parties []int64) {
	var before []int64
	ws.exec(&command{label: "change parties",
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().SetStatementParties(ctx, id, parties)
			return err
		},
		undo: func(ctx context.Context) error { return errOnly(ws.store().SetStatementParties(ctx, id, before)) },
	})
}

// tagStatement puts tag on statement id.
func (ws *Workspace) tagStatement(id, tag int64) {
	ws.exec(&command{label: "tag statement",
		do:   func(ctx context.Context) error { return ws.store().TagStatement(ctx, id, tag) },
		undo: func(ctx context.Context) error { return ws.store().UntagStatement(ctx, id, tag) },
	})
}

// untagStatement takes tag off statement id.
func (ws *Workspace) untagStatement(id, tag int64) {
	ws.exec(&command{label: "remove tag",
		do:   func(ctx context.Context) error { return ws.store().UntagStatement(ctx, id, tag) },
		undo: func(ctx context.Context) error { return ws.store().TagStatement(ctx, id, tag) },
	})
}

// createTagOn makes a new tag and puts it on statement id, as one edit.
func (ws *Workspace) createTagOn(id int64, name, color string) {
	var tag storage.Tag
	ws.exec(&command{label: "new tag " + name,
		do: func(ctx context.Context) error {
			t := storage.Tag{ID: tag.ID, Name: name, Color: color}
			if err := ws.store().CreateTagOn(ctx, &t, id); err != nil {
				return err
			}
			tag = t
			return nil
		},
		undo: func(ctx context.Context) error { return errOnly(ws.store().DeleteTag(ctx, tag.ID)) },
	})
}

// addNote writes a new note on statement id.
func (ws *Workspace) addNote(id int64, body string) {
	var n storage.Note
	ws.exec(&command{label: "add note",
		do: func(ctx context.Context) error {
			if n.ID != 0 {
				return ws.store().RestoreNote(ctx, n)
			}
			n = storage.Note{StatementID: &id, Body: body}
			return ws.store().CreateNote(ctx, &n)
		},
		undo: func(ctx context.Context) error { return errOnly(ws.store().DeleteNote(ctx, n.ID)) },
	})
}

// editNote changes the body of a note; undo puts back the body storage
// held when the edit was made. old is the note as the user saw it.
func (ws *Workspace) editNote(old storage.Note, body string) {
	var before storage.Note
	ws.exec(&command{label: "edit note",
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().UpdateNote(ctx, &storage.Note{ID: old.ID, Body: body, Revision: storage.Revision{Version: old.Version}})
			return err
		},
		undo: func(ctx context.Context) error {
			return errOnly(ws.store().UpdateNote(ctx, &storage.Note{ID: old.ID, Body: before.Body}))
		},
		conflict: func(c *storage.EditConflict) { ws.resolveNote(body, c) },
	})
}

// deleteNote removes a note; undo puts it back with its times.
func (ws *Workspace) deleteNote(n storage.Note) {
	gone := n
	ws.exec(&command{label: "delete note",
		do: func(ctx context.Context) error {
			var err error
			gone, err = ws.store().DeleteNote(ctx, n.ID)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreNote(ctx, gone) },
	})
}

// addLink relates statement from to statement to.
func (ws *Workspace) addLink(from, to int64, typ storage.LinkType) {
	ws.exec(ws.linkCommand(from, to, typ, place{statementID: from, dialogueID: ws.dialogueID, topic: ws.topic}))
}

// linkCommand links from to to; undo and redo show at.
func (ws *Workspace) linkCommand(from, to int64, typ storage.LinkType, at place) *command {
	var l storage.Link
	return &command{label: typ.Label() + " link",
		do: func(ctx context.Context) error {
			if l.ID != 0 {
				return ws.store().RestoreLink(ctx, l, nil)
			}
			l = storage.Link{FromID: from, ToID: to, Type: typ}
			return ws.store().CreateLink(ctx, &l)
		},
		undo: func(ctx context.Context) error { return errOnly2(ws.store().DeleteLink(ctx, l.ID)) },
		at:   at,
	}
}

// removeLink deletes a link with its notes; undo restores both.
func (ws *Workspace) removeLink(l storage.Link) {
	var notes []storage.Note
	ws.exec(&command{label: "remove link",
		do: func(ctx context.Context) error {
			var err error
			l, notes, err = ws.store().DeleteLink(ctx, l.ID)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreLink(ctx, l, notes) },
	})
}

// deleteStatement removes a statement with all that hangs off it; undo
// restores it with its IDs.
func (ws *Workspace) deleteStatement(id int64) {
	var b storage.StatementBundle
	ws.exec(&command{label: "delete statement",
		do: func(ctx context.Context) error {
			var err error
			b, err = ws.store().DeleteStatement(ctx, id)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreStatement(ctx, b) },
	})
}

// createStatement adds a statement by hand and selects it.
func (ws *Workspace) createStatement(in storage.StatementInput) {
	var b storage.StatementBundle
	ws.exec(&command{label: "new statement",
		do: func(ctx context.Context) error {
			if b.Statement.ID != 0 {
				return ws.store().RestoreStatement(ctx, b)
			}
			if err := ws.store().CreateStatement(ctx, &in); err != nil {
				return err
			}
			// A statement just made has nothing hanging off it but its
			// parties and tags: the bundle that redoes it needs no read.
			b = storage.StatementBundle{Statement: in.Statement, PartyIDs: in.PartyIDs, TagIDs: in.TagIDs}
			return nil
		},
		undo: func(ctx context.Context) error { return errOnly(ws.store().DeleteStatement(ctx, b.Statement.ID)) },
		after: func(c *command) {
			c.at.statementID = b.Statement.ID
			ws.selected = b.Statement.ID
			ws.onLoad = append(ws.onLoad, ws.detail.focusText)
		},
	})
}

// setAssessment records the verdict on a topic of the dialogue; an empty
// verdict removes it. Edits of one sitting (the topic shown without a
// break) are one undo step: choosing the verdict and then typing why.
// version is the version of the assessment the user saw (0: none).
func (ws *Workspace) setAssessment(dialogueID, topicID int64, v storage.Verdict, text string, sitting int, version int64) {
	a := storage.Assessment{DialogueID: dialogueID, TopicID: topicID, Verdict: v, Text: text, Revision: storage.Revision{Version: version}}
	var before storage.Assessment
	var had, done bool
	ws.exec(&command{label: "set assessment", key: fmt.Sprintf("assessment %d %d %d", dialogueID, topicID, sitting),
		do: func(ctx context.Context) error {
			mine := a
			b, h, err := ws.store().Assess(ctx, &mine)
			if err == nil && !done {
				before, had, done = b, h, true
			}
			return err
		},
		undo: func(ctx context.Context) error {
			back := storage.Assessment{DialogueID: dialogueID, TopicID: topicID}
			if had {
				back = before
			}
			_, _, err := ws.store().Assess(ctx, &back)
			return err
		},
		conflict: func(c *storage.EditConflict) { ws.resolveAssessment(a, c) },
	})
}
