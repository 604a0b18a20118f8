package app

import (
	"context"

	"parley/storage"
)

// The edits of the vocabulary dialogs. Each reads what it needs to undo
// itself on the runner's goroutine, just before it changes anything.

// saveDialogue creates (ID 0) or updates a dialogue.
func (ws *Workspace) saveDialogue(d storage.Dialogue, seriesName string) {
	var before storage.Dialogue
	var newSeries storage.Series
	created := d.ID == 0
	label := "edit dialogue"
	if created {
		label = "new dialogue"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			if err := ws.ensureSeries(ctx, &d, seriesName, &newSeries); err != nil {
				return err
			}
			if created {
				return ws.store().CreateDialogue(ctx, &d)
			}
			if before.ID == 0 {
				var err error
				if before, err = ws.store().Dialogue(ctx, d.ID); err != nil {
					return err
				}
			}
			return ws.store().UpdateDialogue(ctx, &d)
		},
		undo: func(ctx context.Context) error {
			var err error
			if created {
				err = ws.store().DeleteDialogue(ctx, d.ID)
			} else {
				b := before
				err = ws.store().UpdateDialogue(ctx, &b)
			}
			if err == nil && newSeries.ID != 0 {
				err = ws.store().DeleteSeries(ctx, newSeries.ID)
			}
			return err
		},
		after: func(c *command) {
			if created {
				ws.dialogueID, c.at.dialogueID = d.ID, d.ID
			}
		},
	})
}

// ensureSeries points d at the series named name, creating the series when
// the project has none of that name (recorded in made, to undo it).
func (ws *Workspace) ensureSeries(ctx context.Context, d *storage.Dialogue, name string, made *storage.Series) error {
	if name == "" {
		d.SeriesID = nil
		return nil
	}
	all, err := ws.store().AllSeries(ctx)
	if err != nil {
		return err
	}
	for _, s := range all {
		if s.Name == name {
			d.SeriesID = &s.ID
			return nil
		}
	}
	s := storage.Series{ID: made.ID, Name: name}
	if err := ws.store().CreateSeries(ctx, &s); err != nil {
		return err
	}
	*made = s
	d.SeriesID = &s.ID
	return nil
}

// saveTopic creates (ID 0) or renames a topic.
func (ws *Workspace) saveTopic(t storage.Topic) {
	var before storage.Topic
	created := t.ID == 0
	label := "rename topic"
	if created {
		label = "new topic"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			if created {
				return ws.store().CreateTopic(ctx, &t)
			}
			if before.ID == 0 {
				var err error
				if before, err = ws.store().Topic(ctx, t.ID); err != nil {
					return err
				}
			}
			return ws.store().UpdateTopic(ctx, &t)
		},
		undo: func(ctx context.Context) error {
			if created {
				return ws.store().DeleteTopic(ctx, t.ID)
			}
			b := before
			return ws.store().UpdateTopic(ctx, &b)
		},
	})
}

// changeTopics runs a change of the topic tree (move, merge, delete) that
// undo reverses from a snapshot of the topics ids.
func (ws *Workspace) changeTopics(label string, change func(ctx context.Context) error, ids ...int64) {
	var snap storage.TopicSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			if snap, err = ws.store().SnapshotTopics(ctx, ids...); err != nil {
				return err
			}
			return change(ctx)
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreTopics(ctx, snap) },
	})
}

// swapTopics swaps the places of two sibling topics.
func (ws *Workspace) swapTopics(a, b storage.Topic) {
	ws.changeTopics("reorder topics", func(ctx context.Context) error {
		a.Position, b.Position = b.Position, a.Position
		if a.Position == b.Position {
			b.Position++
		}
		if err := ws.store().UpdateTopic(ctx, &a); err != nil {
			return err
		}
		return ws.store().UpdateTopic(ctx, &b)
	}, a.ID, b.ID)
}

// changeTags runs a change of tags (rename, recolour, merge, delete) that
// undo reverses from a snapshot of the tags ids.
func (ws *Workspace) changeTags(label string, change func(ctx context.Context) error, ids ...int64) {
	var snaps []storage.TagSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			if snaps, err = ws.store().SnapshotTags(ctx, ids...); err != nil {
				return err
			}
			return change(ctx)
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreTags(ctx, snaps) },
	})
}

// saveParty creates (ID 0) or updates a party.
func (ws *Workspace) saveParty(p storage.Party) {
	var before storage.Party
	created := p.ID == 0
	label := "edit party"
	if created {
		label = "new party"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			if created {
				return ws.store().CreateParty(ctx, &p)
			}
			if before.ID == 0 {
				var err error
				if before, err = ws.store().Party(ctx, p.ID); err != nil {
					return err
				}
			}
			return ws.store().UpdateParty(ctx, &p)
		},
		undo: func(ctx context.Context) error {
			if created {
				return ws.store().DeleteParty(ctx, p.ID)
			}
			b := before
			return ws.store().UpdateParty(ctx, &b)
		},
	})
}

// swapParties exchanges the column order of two parties.
func (ws *Workspace) swapParties(a, b storage.Party) {
	swap := func(ctx context.Context, x, y storage.Party) error {
		x.Position, y.Position = y.Position, x.Position
		if x.Position == y.Position {
			y.Position++
		}
		if err := ws.store().UpdateParty(ctx, &x); err != nil {
			return err
		}
		return ws.store().UpdateParty(ctx, &y)
	}
	ws.exec(&command{label: "reorder parties",
		do: func(ctx context.Context) error { return swap(ctx, a, b) },
		undo: func(ctx context.Context) error {
			x, y := a, b
			if err := ws.store().UpdateParty(ctx, &x); err != nil {
				return err
			}
			return ws.store().UpdateParty(ctx, &y)
		},
	})
}

// saveSpeaker creates (ID 0) or updates a speaker; a new speaker becomes
// the speaker of statement forStatement when that is not 0.
func (ws *Workspace) saveSpeaker(sp storage.Speaker, forStatement int64) {
	var before storage.Speaker
	var stBefore storage.Statement
	created := sp.ID == 0
	label := "edit speaker"
	if created {
		label = "new speaker"
	}
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			if !created {
				if before.ID == 0 {
					var err error
					if before, err = ws.store().SpeakerByID(ctx, sp.ID); err != nil {
						return err
					}
				}
				return ws.store().UpdateSpeaker(ctx, &sp)
			}
			if err := ws.store().CreateSpeaker(ctx, &sp); err != nil {
				return err
			}
			if forStatement == 0 {
				return nil
			}
			var err error
			if stBefore, err = ws.store().Statement(ctx, forStatement); err != nil {
				return err
			}
			after := stBefore
			after.SpeakerID = &sp.ID
			return ws.store().UpdateStatement(ctx, &after)
		},
		undo: func(ctx context.Context) error {
			if !created {
				b := before
				return ws.store().UpdateSpeaker(ctx, &b)
			}
			if stBefore.ID != 0 {
				b := stBefore
				if err := ws.store().UpdateStatement(ctx, &b); err != nil {
					return err
				}
			}
			return ws.store().DeleteSpeaker(ctx, sp.ID)
		},
	})
}

// deleteVocab removes a party, speaker or dialogue; undo restores it from
// the snapshot storage takes first.
func (ws *Workspace) deleteVocab(label string, snapshot func(ctx context.Context) (storage.VocabSnapshot, error)) {
	var snap storage.VocabSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			if snap, err = snapshot(ctx); err != nil {
				return err
			}
			return ws.store().DeleteSnapshotted(ctx, snap)
		},
		undo: func(ctx context.Context) error { return ws.store().RestoreVocab(ctx, snap) },
	})
}
