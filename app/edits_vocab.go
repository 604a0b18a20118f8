package app

import (
	"context"

	"parley/storage"
)

// The edits of the vocabulary dialogs. Each do and each undo is one call
// of a storage method that runs in one transaction and returns what undoes
// the edit, read in that same transaction.

// saveDialogue creates (ID 0) or updates a dialogue, filed under the
// series named seriesName (created when the project has none of that name).
func (ws *Workspace) saveDialogue(d storage.Dialogue, seriesName string) {
	var e storage.DialogueEdit
	created := d.ID == 0
	label := "edit dialogue"
	if created {
		label = "new dialogue"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			e, err = ws.store().SaveDialogue(ctx, &d, seriesName)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RevertDialogue(ctx, d.ID, e) },
		after: func(c *command) {
			if created {
				ws.dialogueID, c.at.dialogueID = d.ID, d.ID
			}
		},
	})
}

// saveTopic creates (ID 0) or renames a topic.
func (ws *Workspace) saveTopic(t storage.Topic) {
	var before *storage.Topic
	label := "rename topic"
	if t.ID == 0 {
		label = "new topic"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().SaveTopic(ctx, &t)
			return err
		},
		undo: func(ctx context.Context) error {
			if before == nil {
				return errOnly(ws.store().DeleteTopic(ctx, t.ID))
			}
			b := *before
			return errOnly(ws.store().SaveTopic(ctx, &b))
		},
	})
}

// changeTopics runs a change of the topic tree (move, merge, delete) that
// returns the snapshot undo restores.
func (ws *Workspace) changeTopics(label string, change func(ctx context.Context) (storage.TopicSnapshot, error)) {
	var snap storage.TopicSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			snap, err = change(ctx)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreTopics(ctx, snap) },
	})
}

// swapTopics swaps the places of two sibling topics.
func (ws *Workspace) swapTopics(a, b storage.Topic) {
	var before storage.Positions
	ws.exec(&command{label: "reorder topics",
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().SwapTopics(ctx, a.ID, b.ID)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().SetTopicPositions(ctx, before) },
	})
}

// changeTags runs a change of tags (merge, delete) that returns the
// snapshots undo restores.
func (ws *Workspace) changeTags(label string, change func(ctx context.Context) ([]storage.TagSnapshot, error)) {
	var snaps []storage.TagSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			snaps, err = change(ctx)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreTags(ctx, snaps) },
	})
}

// editTag saves a tag's new name or colour; undo puts back the old ones.
func (ws *Workspace) editTag(label string, t storage.Tag) {
	var before storage.Tag
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			n := t
			var err error
			before, err = ws.store().UpdateTag(ctx, &n)
			return err
		},
		undo: func(ctx context.Context) error {
			b := before
			return errOnly(ws.store().UpdateTag(ctx, &b))
		},
	})
}

// saveParty creates (ID 0) or updates a party.
func (ws *Workspace) saveParty(p storage.Party) {
	var before *storage.Party
	label := "edit party"
	if p.ID == 0 {
		label = "new party"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().SaveParty(ctx, &p)
			return err
		},
		undo: func(ctx context.Context) error {
			if before == nil {
				return errOnly(ws.store().DeleteParty(ctx, p.ID))
			}
			b := *before
			return errOnly(ws.store().SaveParty(ctx, &b))
		},
	})
}

// swapParties exchanges the column order of two parties.
func (ws *Workspace) swapParties(a, b storage.Party) {
	var before storage.Positions
	ws.exec(&command{label: "reorder parties",
		do: func(ctx context.Context) error {
			var err error
			before, err = ws.store().SwapParties(ctx, a.ID, b.ID)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().SetPartyPositions(ctx, before) },
	})
}

// saveSpeaker creates (ID 0) or updates a speaker; a new speaker becomes
// the speaker of statement forStatement when that is not 0.
func (ws *Workspace) saveSpeaker(sp storage.Speaker, forStatement int64) {
	var e storage.SpeakerEdit
	label := "edit speaker"
	if sp.ID == 0 {
		label = "new speaker"
	}
	lessons := ws.speakerLessons(sp)
	var learnt storage.Learnt
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			// The speaker's party the analyst sets is what later imports
			// propose for them (edits_learn.go): one transaction.
			learnt, err = ws.store().Learn(ctx, lessons, func(ctx context.Context) error {
				var err error
				e, err = ws.store().SaveSpeaker(ctx, &sp, forStatement)
				return err
			})
			return err
		},
		undo: func(ctx context.Context) error {
			return ws.store().Unlearn(ctx, learnt, func(ctx context.Context) error { return ws.store().RevertSpeaker(ctx, sp.ID, e) })
		},
	})
}

// deleteVocab removes a party, speaker or dialogue through del, which
// returns the snapshot undo restores.
func (ws *Workspace) deleteVocab(label string, del func(ctx context.Context) (storage.VocabSnapshot, error)) {
	var snap storage.VocabSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			snap, err = del(ctx)
			return err
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreVocab(ctx, snap) },
	})
}
