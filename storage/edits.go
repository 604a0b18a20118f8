package storage

import (
	"context"
	"errors"
	"fmt"

	"gorm.io/gorm"
)

// The methods below each carry out one edit as the user sees it, in one
// write transaction, and return what undoes it, read in that same
// transaction (docs/architecture.md: one user action, one transaction).

// EditStatement applies change to the statement id as stored and saves
// every field (not its parties or tags). version is the version of the
// statement the analyst saw: when someone else saved it since, nothing is
// saved and the error is an EditConflict (0 checks nothing). It returns
// the statement before and after; UpdateStatement with either, at the
// version after holds, undoes or redoes the edit.
func (s *Store) EditStatement(ctx context.Context, id, version int64, change func(*Statement)) (before, after Statement, err error) {
	err = s.change(ctx, "edit statement", func(ctx context.Context) error {
		if before, err = s.Statement(ctx, id); err != nil {
			return err
		}
		if version = s.expectedVersion(ctx, rowKey(&before, id), version); version != 0 && before.Version != version {
			return conflictWith(fmt.Sprintf("statement %d", id), id, version, &before)
		}
		after = before
		change(&after)
		return s.UpdateStatement(ctx, &after)
	})
	return before, after, err
}

// CreateTagOn creates tag t and puts it on statement statementID.
// DeleteTag undoes both.
func (s *Store) CreateTagOn(ctx context.Context, t *Tag, statementID int64) error {
	return s.change(ctx, "create tag", func(ctx context.Context) error {
		if err := s.CreateTag(ctx, t); err != nil {
			return err
		}
		return s.TagStatement(ctx, statementID, t.ID)
	})
}

// saveRow creates a row when none has its ID (ID 0, or a row deleted by an
// undo and now redone) and updates it otherwise, in one transaction; it
// returns the row as it was, nil when it was created.
func saveRow[T any](ctx context.Context, s *Store, what string, id int64, create, update func(context.Context) error) (*T, error) {
	var before *T
	err := s.change(ctx, "save "+what, func(ctx context.Context) error {
		if id == 0 {
			return create(ctx)
		}
		old, err := get[T](ctx, s, what, id)
		if errors.Is(err, ErrNotFound) {
			return create(ctx)
		}
		if err != nil {
			return err
		}
		before = &old
		return update(ctx)
	})
	return before, err
}

// SaveParty creates p (ID 0, or an ID no party has) or saves every field
// of it; it returns the party as it was, nil when created.
func (s *Store) SaveParty(ctx context.Context, p *Party) (before *Party, err error) {
	return saveRow[Party](ctx, s, "party", p.ID,
		func(ctx context.Context) error { return s.CreateParty(ctx, p) },
		func(ctx context.Context) error { return s.UpdateParty(ctx, p) })
}

// SaveTopic creates t or saves its name, description, keywords and
// position; it returns the topic as it was, nil when created.
func (s *Store) SaveTopic(ctx context.Context, t *Topic) (before *Topic, err error) {
	return saveRow[Topic](ctx, s, "topic", t.ID,
		func(ctx context.Context) error { return s.CreateTopic(ctx, t) },
		func(ctx context.Context) error { return s.UpdateTopic(ctx, t) })
}

// SpeakerEdit is what SaveSpeaker changed: the speaker as it was (nil when
// created) and the statement given the new speaker, as it was (nil when
// none).
type SpeakerEdit struct {
	Before    *Speaker
	Statement *Statement
}

// SaveSpeaker creates sp or saves every field of it. A created speaker
// becomes the speaker of statement forStatement when that is not 0.
// RevertSpeaker undoes it.
func (s *Store) SaveSpeaker(ctx context.Context, sp *Speaker, forStatement int64) (e SpeakerEdit, err error) {
	err = s.change(ctx, "save speaker", func(ctx context.Context) error {
		created := false
		e.Before, err = saveRow[Speaker](ctx, s, "speaker", sp.ID,
			func(ctx context.Context) error { created = true; return s.CreateSpeaker(ctx, sp) },
			func(ctx context.Context) error { return s.UpdateSpeaker(ctx, sp) })
		if err != nil || !created || forStatement == 0 {
			return err
		}
		before, _, err := s.EditStatement(ctx, forStatement, 0, func(st *Statement) { st.SpeakerID = &sp.ID })
		e.Statement = &before
		return err
	})
	return e, err
}

// RevertSpeaker undoes SaveSpeaker's edit e of speaker id.
func (s *Store) RevertSpeaker(ctx context.Context, id int64, e SpeakerEdit) error {
	ctx = Undoing(ctx) // puts back only what nobody else changed since
	return s.change(ctx, "undo speaker", func(ctx context.Context) error {
		if e.Before != nil {
			b := *e.Before
			return s.UpdateSpeaker(ctx, &b)
		}
		if e.Statement != nil {
			st := *e.Statement
			if err := s.UpdateStatement(ctx, &st); err != nil {
				return err
			}
		}
		return remove[Speaker](ctx, s, "speaker", id)
	})
}

// DialogueEdit is what SaveDialogue changed: the dialogue as it was (nil
// when created) and the series it created for it (nil when none).
type DialogueEdit struct {
	Before    *Dialogue
	NewSeries *Series
}

// SaveDialogue creates d or saves every field of it, filed under the
// series named seriesName ("" for none), which it creates when the project
// has none of that name. RevertDialogue undoes it.
func (s *Store) SaveDialogue(ctx context.Context, d *Dialogue, seriesName string) (e DialogueEdit, err error) {
	err = s.change(ctx, "save dialogue", func(ctx context.Context) error {
		if e.NewSeries, err = s.fileUnder(ctx, d, seriesName); err != nil {
			return err
		}
		e.Before, err = saveRow[Dialogue](ctx, s, "dialogue", d.ID,
			func(ctx context.Context) error { return s.CreateDialogue(ctx, d) },
			func(ctx context.Context) error { return s.UpdateDialogue(ctx, d) })
		return err
	})
	return e, err
}

// fileUnder points d at the series named name, creating it when there is
// none; it returns the series it created.
func (s *Store) fileUnder(ctx context.Context, d *Dialogue, name string) (*Series, error) {
	if name == "" {
		d.SeriesID = nil
		return nil, nil
	}
	var found Series
	if err := s.read(ctx).Where("name = ?", name).Order("id").Limit(1).Find(&found).Error; err != nil {
		return nil, wrapf(err, "find series %q", name)
	}
	if found.ID != 0 {
		d.SeriesID = &found.ID
		return nil, nil
	}
	made := Series{Name: name}
	if err := s.CreateSeries(ctx, &made); err != nil {
		return nil, err
	}
	d.SeriesID = &made.ID
	return &made, nil
}

// RevertDialogue undoes SaveDialogue's edit e of dialogue id.
func (s *Store) RevertDialogue(ctx context.Context, id int64, e DialogueEdit) error {
	ctx = Undoing(ctx) // puts back only what nobody else changed since
	return s.change(ctx, "undo dialogue", func(ctx context.Context) error {
		var err error
		if e.Before != nil {
			b := *e.Before
			err = s.UpdateDialogue(ctx, &b)
		} else {
			err = remove[Dialogue](ctx, s, "dialogue", id)
		}
		if err == nil && e.NewSeries != nil {
			err = remove[Series](ctx, s, "series", e.NewSeries.ID)
		}
		return err
	})
}

// Positions maps parties or topics to their column or sibling positions.
type Positions map[int64]int

// SwapParties exchanges the column positions of parties a and b and
// returns the positions before; SetPartyPositions undoes it.
func (s *Store) SwapParties(ctx context.Context, a, b int64) (Positions, error) {
	return swapPositions(ctx, s, &Party{}, "parties", a, b)
}

// SetPartyPositions gives parties their positions.
func (s *Store) SetPartyPositions(ctx context.Context, p Positions) error {
	return s.write(ctx, "order parties", func(tx *gorm.DB) error { return setPositions(tx, &Party{}, p) })
}

// SwapTopics exchanges the places of sibling topics a and b and returns
// the positions before; SetTopicPositions undoes it.
func (s *Store) SwapTopics(ctx context.Context, a, b int64) (Positions, error) {
	return swapPositions(ctx, s, &Topic{}, "topics", a, b)
}

// SetTopicPositions gives topics their positions among their siblings.
func (s *Store) SetTopicPositions(ctx context.Context, p Positions) error {
	return s.write(ctx, "order topics", func(tx *gorm.DB) error { return setPositions(tx, &Topic{}, p) })
}

func swapPositions(ctx context.Context, s *Store, model any, what string, a, b int64) (Positions, error) {
	before := Positions{}
	err := s.write(ctx, "reorder "+what, func(tx *gorm.DB) error {
		var rows []struct {
			ID       int64
			Position int
		}
		if err := tx.Model(model).Where("id IN ?", []int64{a, b}).Select("id, position").Find(&rows).Error; err != nil {
			return err
		}
		if len(rows) != 2 {
			return newErr(CodeNotFound, nil, "one of the %s to reorder no longer exists", what)
		}
		for _, r := range rows {
			before[r.ID] = r.Position
		}
		after := Positions{a: before[b], b: before[a]}
		if after[a] == after[b] {
			after[b]++ // a was after b at the same position: now before it
		}
		return setPositions(tx, model, after)
	})
	return before, err
}

func setPositions(tx *gorm.DB, model any, p Positions) error {
	for id, pos := range p {
		res := tx.Model(model).Where("id = ?", id).Update("position", pos)
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return newErr(CodeNotFound, nil, "row %d to reorder no longer exists", id)
		}
	}
	return nil
}
