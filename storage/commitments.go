package storage

import (
	"context"

	"gorm.io/gorm"
)

// CommitmentStatuses lists the statuses of a commitment check in menu
// order.
var CommitmentStatuses = []string{CommitmentKept, CommitmentRepeated, CommitmentNotMentioned, CommitmentContradicted}

// CommitmentStatusLabel is a status in words ("not mentioned").
func CommitmentStatusLabel(status string) string {
	switch status {
	case CommitmentKept:
		return "kept"
	case CommitmentRepeated:
		return "repeated"
	case CommitmentNotMentioned:
		return "not mentioned"
	case CommitmentContradicted:
		return "contradicted"
	}
	return status
}

func validCommitmentStatus(st string) bool {
	for _, v := range CommitmentStatuses {
		if v == st {
			return true
		}
	}
	return false
}

// CommitmentChecks lists the analyst's checks of commitments.
func (s *Store) CommitmentChecks(ctx context.Context) ([]CommitmentCheck, error) {
	return list[CommitmentCheck](ctx, s, "commitment checks", "statement_id")
}

// SetCommitmentCheck saves the analyst's status of the commitment
// c.StatementID (its status, follow-up and note), or removes the check when
// c.Status is "", in one write transaction. It returns the check as it was,
// nil when there was none; RestoreCommitmentCheck with it undoes the edit.
func (s *Store) SetCommitmentCheck(ctx context.Context, c CommitmentCheck) (before *CommitmentCheck, err error) {
	if c.Status != "" && !validCommitmentStatus(c.Status) {
		return nil, invalid("a commitment is kept, repeated, not mentioned or contradicted, not %q", c.Status)
	}
	if err := checkText("note", c.Note); err != nil {
		return nil, err
	}
	err = s.write(ctx, "set commitment status", func(tx *gorm.DB) error {
		var err error
		if before, err = findCheck(tx, c.StatementID); err != nil {
			return err
		}
		return putCheck(tx, c, before)
	})
	return before, err
}

// RestoreCommitmentCheck puts back the check of statementID as it was
// (nil: none), undoing SetCommitmentCheck.
func (s *Store) RestoreCommitmentCheck(ctx context.Context, statementID int64, was *CommitmentCheck) error {
	return s.write(ctx, "restore commitment status", func(tx *gorm.DB) error {
		now, err := findCheck(tx, statementID)
		if err != nil {
			return err
		}
		if was == nil {
			return tx.Where("statement_id = ?", statementID).Delete(&CommitmentCheck{}).Error
		}
		return putCheck(tx, *was, now)
	})
}

func findCheck(tx *gorm.DB, statementID int64) (*CommitmentCheck, error) {
	var found []CommitmentCheck
	if err := tx.Where("statement_id = ?", statementID).Limit(1).Find(&found).Error; err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, nil
	}
	return &found[0], nil
}

// putCheck writes c over the check old (nil: none).
func putCheck(tx *gorm.DB, c CommitmentCheck, old *CommitmentCheck) error {
	switch {
	case c.Status == "" && old == nil:
		return nil
	case c.Status == "":
		return tx.Where("statement_id = ?", c.StatementID).Delete(&CommitmentCheck{}).Error
	case old == nil:
		return tx.Create(&c).Error
	}
	c.CreatedAt, c.CreatedBy = old.CreatedAt, old.CreatedBy
	c.Version = old.Version + 1
	return tx.Model(&CommitmentCheck{}).Where("statement_id = ?", c.StatementID).
		Select("status", "follow_up_id", "note", "version", "updated_by", "updated_at").Updates(&c).Error
}
