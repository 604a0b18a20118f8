package storage

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// VocabSnapshot is a party, speaker or dialogue (one of the three) with
// everything that deleting it changes, so that RestoreVocab can undo
// DeleteSnapshotted: the rows that cascade away and the references that
// are set to null.
type VocabSnapshot struct {
	Party    *Party
	Speaker  *Speaker
	Dialogue *Dialogue

	Holds    []int64 // statements the party holds
	Reported []int64 // statements the party reports
	Speakers []int64 // speakers of the party
	Authored []int64 // sources the party wrote
	Spoken   []int64 // statements of the speaker

	Statements      []StatementBundle // statements of the dialogue
	Assessments     []Assessment      // assessments of the dialogue
	AssessmentNotes []Note
	Sources         []int64 // sources of the dialogue
}

// SnapshotParty reads a party and what deleting it changes.
func (s *Store) SnapshotParty(ctx context.Context, id int64) (VocabSnapshot, error) {
	var snap VocabSnapshot
	p, err := s.Party(ctx, id)
	if err != nil {
		return snap, err
	}
	snap.Party = &p
	db := s.read(ctx)
	steps := []error{
		db.Model(&StatementParty{}).Where("party_id = ?", id).Pluck("statement_id", &snap.Holds).Error,
		db.Model(&Statement{}).Where("reported_by_id = ?", id).Pluck("id", &snap.Reported).Error,
		db.Model(&Speaker{}).Where("party_id = ?", id).Pluck("id", &snap.Speakers).Error,
		db.Model(&Source{}).Where("author_party_id = ?", id).Pluck("id", &snap.Authored).Error,
	}
	for _, err := range steps {
		if err != nil {
			return snap, fmt.Errorf("snapshot party %d: %w", id, err)
		}
	}
	return snap, nil
}

// SpeakerByID returns one speaker.
func (s *Store) SpeakerByID(ctx context.Context, id int64) (Speaker, error) {
	return get[Speaker](ctx, s, "speaker", id)
}

// SnapshotSpeaker reads a speaker and the statements attributed to them.
func (s *Store) SnapshotSpeaker(ctx context.Context, id int64) (VocabSnapshot, error) {
	var snap VocabSnapshot
	sp, err := s.SpeakerByID(ctx, id)
	if err != nil {
		return snap, err
	}
	snap.Speaker = &sp
	if err := s.read(ctx).Model(&Statement{}).Where("speaker_id = ?", id).Pluck("id", &snap.Spoken).Error; err != nil {
		return snap, fmt.Errorf("snapshot speaker %d: %w", id, err)
	}
	return snap, nil
}

// SnapshotDialogue reads a dialogue with its statements (and all that
// hangs off them), assessments and the sources filed under it.
func (s *Store) SnapshotDialogue(ctx context.Context, id int64) (VocabSnapshot, error) {
	var snap VocabSnapshot
	d, err := s.Dialogue(ctx, id)
	if err != nil {
		return snap, err
	}
	snap.Dialogue = &d
	db := s.read(ctx)
	var ids []int64
	steps := []error{
		db.Model(&Statement{}).Where("dialogue_id = ?", id).Order("id").Pluck("id", &ids).Error,
		db.Where("dialogue_id = ?", id).Order("id").Find(&snap.Assessments).Error,
		db.Where("assessment_id IN (SELECT id FROM assessments WHERE dialogue_id = ?)", id).Order("id").Find(&snap.AssessmentNotes).Error,
		db.Model(&Source{}).Where("dialogue_id = ?", id).Pluck("id", &snap.Sources).Error,
	}
	for _, err := range steps {
		if err != nil {
			return snap, fmt.Errorf("snapshot dialogue %d: %w", id, err)
		}
	}
	for _, sid := range ids {
		b, err := s.StatementBundle(ctx, sid)
		if err != nil {
			return snap, err
		}
		snap.Statements = append(snap.Statements, b)
	}
	return snap, nil
}

// DeleteSnapshotted deletes the party, speaker or dialogue of snap.
func (s *Store) DeleteSnapshotted(ctx context.Context, snap VocabSnapshot) error {
	switch {
	case snap.Party != nil:
		return s.DeleteParty(ctx, snap.Party.ID)
	case snap.Speaker != nil:
		return s.DeleteSpeaker(ctx, snap.Speaker.ID)
	case snap.Dialogue != nil:
		return s.DeleteDialogue(ctx, snap.Dialogue.ID)
	}
	return invalid("nothing to delete")
}

// RestoreVocab puts back, in one transaction, what DeleteSnapshotted took
// away, with the original IDs.
func (s *Store) RestoreVocab(ctx context.Context, snap VocabSnapshot) error {
	return s.write(ctx, "restore", func(tx *gorm.DB) error {
		switch {
		case snap.Party != nil:
			return restoreParty(tx, snap)
		case snap.Speaker != nil:
			sp := *snap.Speaker
			if err := tx.Create(&sp).Error; err != nil {
				return err
			}
			return setWhereIDs(tx, &Statement{}, "speaker_id", sp.ID, snap.Spoken)
		case snap.Dialogue != nil:
			return restoreDialogue(tx, snap)
		}
		return nil
	})
}

func restoreParty(tx *gorm.DB, snap VocabSnapshot) error {
	p := *snap.Party
	if err := tx.Create(&p).Error; err != nil {
		return err
	}
	for _, part := range chunks(snap.Holds, 500) {
		var alive []int64
		if err := tx.Model(&Statement{}).Where("id IN ?", part).Pluck("id", &alive).Error; err != nil {
			return err
		}
		rows := make([]StatementParty, len(alive))
		for i, id := range alive {
			rows[i] = StatementParty{StatementID: id, PartyID: p.ID}
		}
		if len(rows) > 0 {
			if err := tx.Create(&rows).Error; err != nil {
				return err
			}
		}
	}
	if err := setWhereIDs(tx, &Statement{}, "reported_by_id", p.ID, snap.Reported); err != nil {
		return err
	}
	if err := setWhereIDs(tx, &Speaker{}, "party_id", p.ID, snap.Speakers); err != nil {
		return err
	}
	return setWhereIDs(tx, &Source{}, "author_party_id", p.ID, snap.Authored)
}

func restoreDialogue(tx *gorm.DB, snap VocabSnapshot) error {
	d := *snap.Dialogue
	if err := tx.Create(&d).Error; err != nil {
		return err
	}
	for _, b := range snap.Statements {
		st := b.Statement
		if err := tx.Create(&st).Error; err != nil {
			return err
		}
		if err := setStatementJoins(tx, st.ID, b.PartyIDs, b.TagIDs); err != nil {
			return err
		}
		for i := range b.Notes {
			if err := tx.Create(&b.Notes[i]).Error; err != nil {
				return err
			}
		}
	}
	if err := restoreLinks(tx, snap.Statements); err != nil {
		return err
	}
	for i := range snap.Assessments {
		if err := tx.Create(&snap.Assessments[i]).Error; err != nil {
			return err
		}
	}
	for i := range snap.AssessmentNotes {
		if err := tx.Create(&snap.AssessmentNotes[i]).Error; err != nil {
			return err
		}
	}
	return setWhereIDs(tx, &Source{}, "dialogue_id", d.ID, snap.Sources)
}

// restoreLinks puts back the links of the bundles and their notes, after
// all statements, so that links between two restored statements find both
// ends; a link already there or missing an end is skipped.
func restoreLinks(tx *gorm.DB, bundles []StatementBundle) error {
	for _, b := range bundles {
		for _, l := range b.Links {
			var n, ends int64
			if err := tx.Model(&Link{}).Where("id = ?", l.ID).Count(&n).Error; err != nil {
				return err
			}
			if err := tx.Model(&Statement{}).Where("id IN ?", []int64{l.FromID, l.ToID}).Count(&ends).Error; err != nil {
				return err
			}
			if n > 0 || ends < 2 {
				continue
			}
			if err := tx.Create(&l).Error; err != nil {
				return err
			}
			for _, ln := range b.LinkNotes {
				if ln.LinkID != nil && *ln.LinkID == l.ID {
					if err := tx.Create(&ln).Error; err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// setWhereIDs sets column to v on the rows of model with the given IDs.
func setWhereIDs(tx *gorm.DB, model any, column string, v int64, ids []int64) error {
	for _, part := range chunks(ids, 500) {
		if err := tx.Model(model).Where("id IN ?", part).Update(column, v).Error; err != nil {
			return err
		}
	}
	return nil
}
