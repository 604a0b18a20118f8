package app

import (
	"context"

	"parley/storage"
)

// editStatement changes fields of a statement: change edits a copy of the
// statement as storage holds it; undo puts the old fields back.
func (ws *Workspace) editStatement(label string, id int64, change func(*storage.Statement)) {
	var before, after storage.Statement
	done := false
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			if done {
				a := after
				return ws.store().UpdateStatement(ctx, &a)
			}
			var err error
			if before, err = ws.store().Statement(ctx, id); err != nil {
				return err
			}
			after = before
			change(&after)
			if err := ws.store().UpdateStatement(ctx, &after); err != nil {
				return err
			}
			done = true
			return nil
		},
		undo: func(ctx context.Context) error {
			b := before
			return ws.store().UpdateStatement(ctx, &b)
		},
		at: place{statementID: id, dialogueID: ws.dialogueID, topic: ws.topic},
	})
}

// setHolders changes the parties that hold a statement.
func (ws *Workspace) setHolders(id int64, parties []int64) {
	var before []int64
	ws.exec(&command{label: "change parties",
		do: func(ctx context.Context) error {
			if before == nil {
				b, err := ws.store().StatementBundle(ctx, id)
				if err != nil {
					return err
				}
				before = append([]int64{}, b.PartyIDs...)
			}
			return ws.store().SetStatementParties(ctx, id, parties)
		},
		undo: func(ctx context.Context) error { return ws.store().SetStatementParties(ctx, id, before) },
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
			if err := ws.store().CreateTag(ctx, &t); err != nil {
				return err
			}
			tag = t
			return ws.store().TagStatement(ctx, id, tag.ID)
		},
		undo: func(ctx context.Context) error { return ws.store().DeleteTag(ctx, tag.ID) },
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
		undo: func(ctx context.Context) error { return ws.store().DeleteNote(ctx, n.ID) },
	})
}

// editNote changes the body of a note.
func (ws *Workspace) editNote(old storage.Note, body string) {
	ws.exec(&command{label: "edit note",
		do: func(ctx context.Context) error {
			return ws.store().UpdateNote(ctx, &storage.Note{ID: old.ID, Body: body})
		},
		undo: func(ctx context.Context) error {
			return ws.store().UpdateNote(ctx, &storage.Note{ID: old.ID, Body: old.Body})
		},
	})
}

// deleteNote removes a note; undo puts it back with its times.
func (ws *Workspace) deleteNote(n storage.Note) {
	ws.exec(&command{label: "delete note",
		do:   func(ctx context.Context) error { return ws.store().DeleteNote(ctx, n.ID) },
		undo: func(ctx context.Context) error { return ws.store().RestoreNote(ctx, n) },
	})
}

// addLink relates statement from to statement to.
func (ws *Workspace) addLink(from, to int64, typ storage.LinkType) {
	var l storage.Link
	ws.exec(&command{label: typ.Label() + " link",
		do: func(ctx context.Context) error {
			if l.ID != 0 {
				return ws.store().RestoreLink(ctx, l, nil)
			}
			l = storage.Link{FromID: from, ToID: to, Type: typ}
			return ws.store().CreateLink(ctx, &l)
		},
		undo: func(ctx context.Context) error { return ws.store().DeleteLink(ctx, l.ID) },
		at:   place{statementID: from, dialogueID: ws.dialogueID, topic: ws.topic},
	})
}

// removeLink deletes a link with its notes; undo restores both.
func (ws *Workspace) removeLink(l storage.Link) {
	var notes []storage.Note
	ws.exec(&command{label: "remove link",
		do: func(ctx context.Context) error {
			var err error
			if notes, err = ws.store().NotesOf(ctx, 0, l.ID, 0); err != nil {
				return err
			}
			return ws.store().DeleteLink(ctx, l.ID)
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
			if b, err = ws.store().StatementBundle(ctx, id); err != nil {
				return err
			}
			return ws.store().DeleteStatement(ctx, id)
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
			var err error
			b, err = ws.store().StatementBundle(ctx, in.ID)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().DeleteStatement(ctx, b.Statement.ID) },
		after: func(c *command) {
			c.at.statementID = b.Statement.ID
			ws.selected = b.Statement.ID
			ws.onLoad = append(ws.onLoad, ws.detail.focusText)
		},
	})
}

// setAssessment records the verdict on a topic of the dialogue; an empty
// verdict removes it.
func (ws *Workspace) setAssessment(dialogueID, topicID int64, v storage.Verdict, text string) {
	var old storage.Assessment
	var had, read bool
	ws.exec(&command{label: "set assessment",
		do: func(ctx context.Context) error {
			if !read {
				var err error
				if old, had, err = ws.store().Assessment(ctx, dialogueID, topicID); err != nil {
					return err
				}
				read = true
			}
			if v == "" {
				return ws.store().DeleteAssessment(ctx, dialogueID, topicID)
			}
			return ws.store().SetAssessment(ctx, &storage.Assessment{DialogueID: dialogueID, TopicID: topicID, Verdict: v, Text: text})
		},
		undo: func(ctx context.Context) error {
			if !had {
				return ws.store().DeleteAssessment(ctx, dialogueID, topicID)
			}
			o := old
			return ws.store().SetAssessment(ctx, &o)
		},
	})
}
