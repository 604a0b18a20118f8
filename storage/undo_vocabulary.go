package storage

import (
	"context"
	"fmt"

	"gorm.io/gorm"
)

// VocabSnapshot is a party, speaker or dialogue (one of the three) with
// everything that deleting it changes, so that RestoreVocab can undo
// DeleteParty, DeleteSpeaker or DeleteDialogue (which return it): the rows
// that cascade away and the references that are set to null.
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

// SnapshotParty reads a party and what deleting it changes, in one read
// transaction.
func (s *Store) SnapshotParty(ctx context.Context, id int64) (VocabSnapshot, error) {
	var snap VocabSnapshot
	err := s.view(ctx, func(ctx context.Context) error {
		p, err := s.Party(ctx, id)
		if err != nil {
			return err
		}
		snap.Party = &p
		db := s.read(ctx)
		steps := []error{
			db.Model(&StatementParty{}).Where("party_id = ?", id).Order("statement_id").Pluck("statement_id", &snap.Holds).Error,
			db.Model(&Statement{}).Where("reported_by_id = ?", id).Order("id").Pluck("id", &snap.Reported).Error,
			db.Model(&Speaker{}).Where("party_id = ?", id).Order("id").Pluck("id", &snap.Speakers).Error,
			db.Model(&Source{}).Where("author_party_id = ?", id).Order("id").Pluck("id", &snap.Authored).Error,
		}
		return firstErr(steps, "snapshot party %d", id)
	})
	return snap, err
}

// SpeakerByID returns one speaker.
func (s *Store) SpeakerByID(ctx context.Context, id int64) (Speaker, error) {
	return get[Speaker](ctx, s, "speaker", id)
}

// SnapshotSpeaker reads a speaker and the statements attributed to them,
// in one read transaction.
func (s *Store) SnapshotSpeaker(ctx context.Context, id int64) (VocabSnapshot, error) {
	var snap VocabSnapshot
	err := s.view(ctx, func(ctx context.Context) error {
		sp, err := s.SpeakerByID(ctx, id)
		if err != nil {
			return err
		}
		snap.Speaker = &sp
		err = s.read(ctx).Model(&Statement{}).Where("speaker_id = ?", id).Order("id").Pluck("id", &snap.Spoken).Error
		return wrapNil(err, fmt.Sprintf("snapshot speaker %d", id))
	})
	return snap, err
}

// SnapshotDialogue reads a dialogue with its statements (and all that
// hangs off them), assessments and the sources filed under it, in one read
// transaction and a fixed number of queries however many statements the
// dialogue holds.
func (s *Store) SnapshotDialogue(ctx context.Context, id int64) (VocabSnapshot, error) {
	var snap VocabSnapshot
	err := s.view(ctx, func(ctx context.Context) error {
		d, err := s.Dialogue(ctx, id)
		if err != nil {
			return err
		}
		snap.Dialogue = &d
		db := s.read(ctx)
		steps := []error{
			db.Where("dialogue_id = ?", id).Order("id").Find(&snap.Assessments).Error,
			db.Where("assessment_id IN (SELECT id FROM assessments WHERE dialogue_id = ?)", id).Order("id").Find(&snap.AssessmentNotes).Error,
			db.Model(&Source{}).Where("dialogue_id = ?", id).Order("id").Pluck("id", &snap.Sources).Error,
		}
		if err := firstErr(steps, "snapshot dialogue %d", id); err != nil {
			return err
		}
		snap.Statements, err = dialogueBundles(db, id)
		return wrapNil(err, fmt.Sprintf("snapshot statements of dialogue %d", id))
	})
	return snap, err
}

// dialogueBundles reads the bundles of every statement of a dialogue, in
// statement order, with one query per table.
func dialogueBundles(db *gorm.DB, dialogueID int64) ([]StatementBundle, error) {
	const ofDialogue = "(SELECT id FROM statements WHERE dialogue_id = ?)"
	var sts []Statement
	var parties []StatementParty
	var tags []StatementTag
	var notes, linkNotes []Note
	var links []Link
	steps := []error{
		db.Where("dialogue_id = ?", dialogueID).Order("id").Find(&sts).Error,
		db.Where("statement_id IN "+ofDialogue, dialogueID).Order("statement_id, party_id").Find(&parties).Error,
		db.Where("statement_id IN "+ofDialogue, dialogueID).Order("statement_id, tag_id").Find(&tags).Error,
		db.Where("statement_id IN "+ofDialogue, dialogueID).Order("id").Find(&notes).Error,
		db.Where("from_id IN "+ofDialogue+" OR to_id IN "+ofDialogue, dialogueID, dialogueID).Order("id").Find(&links).Error,
		db.Where("link_id IN (SELECT id FROM links WHERE from_id IN "+ofDialogue+" OR to_id IN "+ofDialogue+")", dialogueID, dialogueID).
			Order("id").Find(&linkNotes).Error,
	}
	if err := firstErr(steps, "read statements"); err != nil {
		return nil, err
	}
	out := make([]StatementBundle, len(sts))
	at := make(map[int64]*StatementBundle, len(sts))
	for i, st := range sts {
		out[i].Statement = st
		at[st.ID] = &out[i]
	}
	for _, p := range parties {
		at[p.StatementID].PartyIDs = append(at[p.StatementID].PartyIDs, p.PartyID)
	}
	for _, t := range tags {
		at[t.StatementID].TagIDs = append(at[t.StatementID].TagIDs, t.TagID)
	}
	for _, n := range notes {
		at[*n.StatementID].Notes = append(at[*n.StatementID].Notes, n)
	}
	bundleLinks(at, links, linkNotes)
	return out, nil
}

// bundleLinks files each link, and the notes on it, under both of its ends
// that are among the bundles, as StatementBundle does for one statement.
func bundleLinks(at map[int64]*StatementBundle, links []Link, linkNotes []Note) {
	notesOf := map[int64][]Note{}
	for _, n := range linkNotes {
		notesOf[*n.LinkID] = append(notesOf[*n.LinkID], n)
	}
	for _, l := range links {
		for _, end := range []int64{l.FromID, l.ToID} {
			b := at[end]
			if b == nil || (end == l.ToID && l.ToID == l.FromID) {
				continue
			}
			b.Links = append(b.Links, l)
			b.LinkNotes = append(b.LinkNotes, notesOf[l.ID]...)
		}
	}
}

// firstErr returns the first error of steps, wrapped with what was being
// done.
func firstErr(steps []error, format string, args ...any) error {
	for _, err := range steps {
		if err != nil {
			return wrapf(err, format, args...)
		}
	}
	return nil
}

// vocabChange deletes the party, speaker or dialogue id (through del) in
// one transaction with reading, through snapshot, what undoes it.
func (s *Store) vocabChange(ctx context.Context, what string, snapshot func(context.Context, int64) (VocabSnapshot, error),
	id int64, del func(context.Context, *Store, string, int64) error) (VocabSnapshot, error) {
	var snap VocabSnapshot
	err := s.change(ctx, "delete "+what, func(ctx context.Context) error {
		var err error
		if snap, err = snapshot(ctx, id); err != nil {
			return err
		}
		return del(ctx, s, what, id)
	})
	return snap, err
}

// RestoreVocab puts back, in one transaction, what a delete of a party,
// speaker or dialogue took away, with the original IDs.
func (s *Store) RestoreVocab(ctx context.Context, snap VocabSnapshot) error {
	ctx = Undoing(ctx) // puts back only what nobody else changed since
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
		if err := tx.Model(&Statement{}).Where("id IN ?", part).Order("id").Pluck("id", &alive).Error; err != nil {
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
