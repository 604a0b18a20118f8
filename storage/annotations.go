package storage

import (
	"context"
	"strings"
	"time"

	"gorm.io/gorm"
)

// CreateNote adds a note to exactly one of a statement, a link or an
// assessment.
func (s *Store) CreateNote(ctx context.Context, v *Note) error {
	if err := checkNote(v); err != nil {
		return err
	}
	return create(ctx, s, "note", v)
}

func checkNote(v *Note) error {
	n := 0
	for _, p := range []*int64{v.StatementID, v.LinkID, v.AssessmentID} {
		if p != nil {
			n++
		}
	}
	if n != 1 {
		return invalid("a note belongs to exactly one statement, link or assessment")
	}
	if strings.TrimSpace(v.Body) == "" {
		return invalid("the note is empty")
	}
	return checkText("note", v.Body)
}

// UpdateNote saves the body of a note and returns the note as it was.
// v.Version is the version the body was read at: when someone else has
// saved the note since, nothing is saved and the error is an
// EditConflict (0 saves over whatever is stored).
func (s *Store) UpdateNote(ctx context.Context, v *Note) (before Note, err error) {
	if strings.TrimSpace(v.Body) == "" {
		return before, invalid("the note is empty")
	}
	if err := checkText("note", v.Body); err != nil {
		return before, err
	}
	return before, s.write(ctx, "update note", func(tx *gorm.DB) error {
		if err := tx.Limit(1).Find(&before, v.ID).Error; err != nil {
			return err
		}
		return updateCols(s, tx, "note", v.ID, v, "body")
	})
}

// DeleteNote removes a note and returns it, for RestoreNote.
func (s *Store) DeleteNote(ctx context.Context, id int64) (Note, error) {
	return removeFrom[Note](ctx, s, "note", id)
}

// RestoreNote puts back a deleted note with its original ID and times.
func (s *Store) RestoreNote(ctx context.Context, v Note) error {
	return s.write(ctx, "restore note", func(tx *gorm.DB) error { return tx.Create(&v).Error })
}

// NotesOf lists the notes of one statement, link or assessment (pass one
// non-zero id), oldest first.
func (s *Store) NotesOf(ctx context.Context, statementID, linkID, assessmentID int64) ([]Note, error) {
	var out []Note
	q := s.read(ctx).Order("created_at, id")
	switch {
	case statementID != 0:
		q = q.Where("statement_id = ?", statementID)
	case linkID != 0:
		q = q.Where("link_id = ?", linkID)
	case assessmentID != 0:
		q = q.Where("assessment_id = ?", assessmentID)
	default:
		return nil, invalid("notes of what?")
	}
	if err := q.Find(&out).Error; err != nil {
		return nil, wrapf(err, "list notes")
	}
	return out, nil
}

// CreateLink relates two statements.
func (s *Store) CreateLink(ctx context.Context, v *Link) error {
	if !v.Type.Valid() {
		return invalid("%q is not a type of link", v.Type)
	}
	if v.FromID == v.ToID {
		return invalid("a statement cannot be linked to itself")
	}
	return create(ctx, s, "link", v)
}

// DeleteLink removes a link and its notes and returns both, for
// RestoreLink.
func (s *Store) DeleteLink(ctx context.Context, id int64) (l Link, notes []Note, err error) {
	err = s.change(ctx, "delete link", func(ctx context.Context) error {
		if notes, err = s.NotesOf(ctx, 0, id, 0); err != nil {
			return err
		}
		l, err = removeFrom[Link](ctx, s, "link", id)
		return err
	})
	return l, notes, err
}

// RestoreLink puts back a deleted link and its notes with their IDs.
func (s *Store) RestoreLink(ctx context.Context, l Link, notes []Note) error {
	return s.write(ctx, "restore link", func(tx *gorm.DB) error {
		if err := tx.Create(&l).Error; err != nil {
			return err
		}
		for i := range notes {
			if err := tx.Create(&notes[i]).Error; err != nil {
				return err
			}
		}
		return nil
	})
}

// SetAssessment records the verdict on a topic in a dialogue, replacing
// the previous one. A verdict this Parley does not know that the assessment already has is
// kept (see UnknownValue): the analyst may change its text.
func (s *Store) SetAssessment(ctx context.Context, v *Assessment) error {
	if err := checkText("assessment", v.Text); err != nil {
		return err
	}
	return s.write(ctx, "set assessment", func(tx *gorm.DB) error {
		var cur Assessment
		if err := tx.Where("dialogue_id = ? AND topic_id = ?", v.DialogueID, v.TopicID).Limit(1).Find(&cur).Error; err != nil {
			return err
		}
		if !v.Verdict.Valid() && (cur.ID == 0 || v.Verdict != cur.Verdict) {
			return invalid("%q is not a verdict", v.Verdict)
		}
		if cur.ID == 0 {
			return tx.Create(v).Error
		}
		v.ID, v.CreatedAt = cur.ID, cur.CreatedAt
		return tx.Model(&Assessment{ID: cur.ID}).Updates(map[string]any{"verdict": v.Verdict, "text": v.Text, "updated_at": storedTime(time.Now())}).Error
	})
}

// AssessTopic makes a the assessment of its topic in its dialogue (an
// empty Verdict removes it), in one transaction, and returns the one it
// replaced, found false when there was none: AssessTopic with that one,
// or with an empty verdict when there was none, undoes the edit. It is
// Assess without a version to check: it saves over whatever is stored.
func (s *Store) AssessTopic(ctx context.Context, a Assessment) (before Assessment, found bool, err error) {
	a.Version = -1
	return s.Assess(ctx, &a)
}

// Assess is AssessTopic for an analyst who saw the topic's assessment at
// a.Version (0: they saw none): when the stored one is at another version
// (-1 checks nothing), someone else assessed the topic meanwhile, and the
// edit is refused with an EditConflict. On success a.Version is the
// version saved (0 when the assessment was removed).
func (s *Store) Assess(ctx context.Context, a *Assessment) (before Assessment, found bool, err error) {
	err = s.change(ctx, "assess topic", func(ctx context.Context) error {
		if before, found, err = s.Assessment(ctx, a.DialogueID, a.TopicID); err != nil {
			return err
		}
		if a.Version >= 0 && !s.assessmentCurrent(ctx, before, found, a.Version) {
			c := &EditConflict{What: "the assessment of this topic", ID: before.ID, Mine: a.Version,
				Theirs: before.Version, By: before.UpdatedBy, At: before.UpdatedAt}
			if found {
				c.Current = before
			}
			return c
		}
		if a.Verdict == "" {
			a.Version = 0
			return s.DeleteAssessment(ctx, a.DialogueID, a.TopicID)
		}
		v := *a
		v.Version = 0 // a new row starts at 1; SetAssessment counts an update up
		if err := s.SetAssessment(ctx, &v); err != nil {
			return err
		}
		a.Version = before.Version + 1
		if !found {
			a.Version = 1
		}
		if rec := editOf(ctx); rec != nil {
			rec.saved(rowKey(&Assessment{}, v.ID), a.Version)
		}
		return nil
	})
	return before, found, err
}

// assessmentCurrent reports whether the stored assessment (before, found)
// is the one an analyst who saw version read (0: none) may replace: the
// same version, or one this store saved itself since; during an undo, the
// one this store saved last (or none it knows of).
func (s *Store) assessmentCurrent(ctx context.Context, before Assessment, found bool, read int64) bool {
	if !found {
		return read == 0 || isUndoing(ctx)
	}
	saved, mine := s.savedVersion(rowKey(&Assessment{}, before.ID))
	switch {
	case isUndoing(ctx) && !mine:
		return true
	case isUndoing(ctx), mine && saved > read:
		return before.Version == saved
	}
	return before.Version == read
}

// DeleteAssessment removes the verdict on a topic in a dialogue, if any.
func (s *Store) DeleteAssessment(ctx context.Context, dialogueID, topicID int64) error {
	return s.write(ctx, "delete assessment", func(tx *gorm.DB) error {
		return tx.Where("dialogue_id = ? AND topic_id = ?", dialogueID, topicID).Delete(&Assessment{}).Error
	})
}

// Assessment returns the verdict on a topic in a dialogue; found is false
// when there is none.
func (s *Store) Assessment(ctx context.Context, dialogueID, topicID int64) (a Assessment, found bool, err error) {
	err = s.read(ctx).Where("dialogue_id = ? AND topic_id = ?", dialogueID, topicID).Limit(1).Find(&a).Error
	return a, a.ID != 0, wrapNil(err, "read assessment")
}

// Assessments lists the verdicts of a dialogue (all dialogues when 0).
func (s *Store) Assessments(ctx context.Context, dialogueID int64) ([]Assessment, error) {
	var out []Assessment
	q := s.read(ctx).Order("dialogue_id, topic_id")
	if dialogueID != 0 {
		q = q.Where("dialogue_id = ?", dialogueID)
	}
	return out, wrapNil(findTimes(q, badTimesOf(ctx), &out), "list assessments")
}
