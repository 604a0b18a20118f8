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
				return ws.st.CreateDialogue(ctx, &d)
			}
			if before.ID == 0 {
				var err error
				if before, err = ws.st.Dialogue(ctx, d.ID); err != nil {
					return err
				}
			}
			return ws.st.UpdateDialogue(ctx, &d)
		},
		undo: func(ctx context.Context) error {
			var err error
			if created {
				err = ws.st.DeleteDialogue(ctx, d.ID)
			} else {
				b := before
				err = ws.st.UpdateDialogue(ctx, &b)
			}
			if err == nil && newSeries.ID != 0 {
				err = ws.st.DeleteSeries(ctx, newSeries.ID)
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
	all, err := ws.st.AllSeries(ctx)
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
	if err := ws.st.CreateSeries(ctx, &s); err != nil {
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
				return ws.st.CreateTopic(ctx, &t)
			}
			if before.ID == 0 {
				var err error
				if before, err = ws.st.Topic(ctx, t.ID); err != nil {
					return err
				}
			}
			return ws.st.UpdateTopic(ctx, &t)
		},
		undo: func(ctx context.Context) error {
			if created {
				return ws.st.DeleteTopic(ctx, t.ID)
			}
			b := before
			return ws.st.UpdateTopic(ctx, &b)
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
			if snap, err = ws.st.SnapshotTopics(ctx, ids...); err != nil {
				return err
			}
			return change(ctx)
		},
		undo: func(ctx context.Context) error { return ws.st.RestoreTopics(ctx, snap) },
	})
}

// moveTopicsOrder swaps the places of two sibling topics.
func (ws *Workspace) swapTopics(a, b storage.Topic) {
	ws.changeTopics("reorder topics", func(ctx context.Context) error {
		a.Position, b.Position = b.Position, a.Position
		if a.Position == b.Position {
			b.Position++
		}
		if err := ws.st.UpdateTopic(ctx, &a); err != nil {
			return err
		}
		return ws.st.UpdateTopic(ctx, &b)
	}, a.ID, b.ID)
}

// changeTags runs a change of tags (rename, recolour, merge, delete) that
// undo reverses from a snapshot of the tags ids.
func (ws *Workspace) changeTags(label string, change func(ctx context.Context) error, ids ...int64) {
	var snaps []storage.TagSnapshot
	ws.exec(&command{label: label,
		do: func(ctx context.Context) error {
			var err error
			if snaps, err = ws.st.SnapshotTags(ctx, ids...); err != nil {
				return err
			}
			return change(ctx)
		},
		undo: func(ctx context.Context) error { return ws.st.RestoreTags(ctx, snaps) },
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
				return ws.st.CreateParty(ctx, &p)
			}
			if before.ID == 0 {
				var err error
				if before, err = ws.st.Party(ctx, p.ID); err != nil {
					return err
				}
			}
			return ws.st.UpdateParty(ctx, &p)
		},
		undo: func(ctx context.Context) error {
			if created {
				return ws.st.DeleteParty(ctx, p.ID)
			}
			b := before
			return ws.st.UpdateParty(ctx, &b)
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
		if err := ws.st.UpdateParty(ctx, &x); err != nil {
			return err
		}
		return ws.st.UpdateParty(ctx, &y)
	}
	ws.exec(&command{label: "reorder parties",
		do: func(ctx context.Context) error { return swap(ctx, a, b) },
		undo: func(ctx context.Context) error {
			x, y := a, b
			if err := ws.st.UpdateParty(ctx, &x); err != nil {
				return err
			}
			return ws.st.UpdateParty(ctx, &y)
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
					if before, err = ws.st.SpeakerByID(ctx, sp.ID); err != nil {
						return err
					}
				}
				return ws.st.UpdateSpeaker(ctx, &sp)
			}
			if err := ws.st.CreateSpeaker(ctx, &sp); err != nil {
				return err
			}
			if forStatement == 0 {
				return nil
			}
			var err error
			if stBefore, err = ws.st.Statement(ctx, forStatement); err != nil {
				return err
			}
			after := stBefore
			after.SpeakerID = &sp.ID
			return ws.st.UpdateStatement(ctx, &after)
		},
		undo: func(ctx context.Context) error {
			if !created {
				b := before
				return ws.st.UpdateSpeaker(ctx, &b)
			}
			if stBefore.ID != 0 {
				b := stBefore
				if err := ws.st.UpdateStatement(ctx, &b); err != nil {
					return err
				}
			}
			return ws.st.DeleteSpeaker(ctx, sp.ID)
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
			return ws.st.DeleteSnapshotted(ctx, snap)
		},
		undo: func(ctx context.Context) error { return ws.st.RestoreVocab(ctx, snap) },
	})
}
