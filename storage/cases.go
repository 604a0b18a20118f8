package storage

import (
	"context"
	"strings"

	"gorm.io/gorm"
)

// The register of individual cases: cases with their other spellings and
// the mentions the analyst added or removed by hand. Every edit below is
// one write transaction and returns a CaseSnapshot of what it touched, as
// it was; RestoreCases with it undoes the edit.

// CaseSnapshot holds cases as they were before an edit, whole (their
// spellings and mentions too), and the cases the edit created.
type CaseSnapshot struct {
	Cases    []Case
	Names    []CaseName
	Mentions []CaseMention
	Created  []int64
}

// Cases lists the registered cases by name and every other spelling.
func (s *Store) Cases(ctx context.Context) ([]Case, []CaseName, error) {
	var cs []Case
	var ns []CaseName
	err := s.view(ctx, func(ctx context.Context) error {
		if err := s.read(ctx).Order("name").Find(&cs).Error; err != nil {
			return err
		}
		return s.read(ctx).Order("name").Find(&ns).Error
	})
	return cs, ns, wrapNil(err, "list cases")
}

// CaseSpelling is one other spelling of a case, as the register is read
// to be shown: no more than the case and the name.
type CaseSpelling struct {
	CaseID int64
	Name   string
}

// Register lists the registered cases by name and every other spelling
// by name, in one read. A file may give the register a million
// spellings: they are read lean (two columns into a slice sized first),
// at a third of the memory Cases takes for them.
func (s *Store) Register(ctx context.Context) ([]Case, []CaseSpelling, error) {
	var cs []Case
	var ns []CaseSpelling
	err := s.view(ctx, func(ctx context.Context) error {
		db := s.read(ctx)
		if err := db.Order("name").Find(&cs).Error; err != nil {
			return err
		}
		var n int64
		if err := db.Model(&CaseName{}).Count(&n).Error; err != nil {
			return err
		}
		ns = make([]CaseSpelling, 0, n)
		rows, err := db.Raw(`SELECT case_id, name FROM case_names ORDER BY name`).Rows()
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var x CaseSpelling
			if err := rows.Scan(&x.CaseID, &x.Name); err != nil {
				return err
			}
			ns = append(ns, x)
		}
		return rows.Err()
	})
	return cs, ns, wrapNil(err, "read the register of cases")
}

// CaseMentions lists the mentions the analyst added or removed by hand.
func (s *Store) CaseMentions(ctx context.Context) ([]CaseMention, error) {
	return list[CaseMention](ctx, s, "case mentions", "case_id, statement_id")
}

// SaveCase creates c (ID 0) or saves its name and description.
func (s *Store) SaveCase(ctx context.Context, c *Case) (CaseSnapshot, error) {
	name, err := checkName("case", c.Name)
	if err != nil {
		return CaseSnapshot{}, err
	}
	if err := checkText("description", c.Description); err != nil {
		return CaseSnapshot{}, err
	}
	c.Name = name
	return s.caseChange(ctx, "save case", func(tx *gorm.DB, snap *CaseSnapshot) error {
		if err := freeName(tx, name, c.ID); err != nil {
			return err
		}
		if c.ID == 0 {
			if err := tx.Create(c).Error; err != nil {
				return err
			}
			snap.Created = append(snap.Created, c.ID)
			return nil
		}
		if err := snapCases(tx, snap, c.ID); err != nil {
			return err
		}
		return tx.Model(&Case{ID: c.ID}).Select("name", "description", "updated_at").Updates(c).Error
	})
}

// DeleteCase removes a case with its spellings and mentions.
func (s *Store) DeleteCase(ctx context.Context, id int64) (CaseSnapshot, error) {
	return s.caseChange(ctx, "delete case", func(tx *gorm.DB, snap *CaseSnapshot) error {
		if err := snapCases(tx, snap, id); err != nil {
			return err
		}
		return tx.Delete(&Case{}, id).Error
	})
}

// MergeCaseNames files names under the case called into (created when no
// case has that name or spelling): a name that is another case's name
// brings that case's spellings and mentions along and the other case goes;
// a name that is another case's spelling moves; any other name becomes a
// spelling of into. It returns the target's ID.
func (s *Store) MergeCaseNames(ctx context.Context, into string, names []string) (int64, CaseSnapshot, error) {
	into, err := checkName("case", into)
	if err != nil {
		return 0, CaseSnapshot{}, err
	}
	var target int64
	snap, err := s.caseChange(ctx, "merge case names", func(tx *gorm.DB, snap *CaseSnapshot) error {
		var err error
		if target, err = ensureCase(tx, snap, into); err != nil {
			return err
		}
		for _, n := range names {
			if n = strings.TrimSpace(n); n == "" || strings.EqualFold(n, into) {
				continue
			}
			if err := mergeName(tx, snap, target, n); err != nil {
				return err
			}
		}
		return nil
	})
	return target, snap, err
}

// SplitCaseName takes a spelling out of its case again.
func (s *Store) SplitCaseName(ctx context.Context, name string) (CaseSnapshot, error) {
	return s.caseChange(ctx, "split case name", func(tx *gorm.DB, snap *CaseSnapshot) error {
		var n CaseName
		if err := tx.Where("name = ?", strings.TrimSpace(name)).Limit(1).Find(&n).Error; err != nil {
			return err
		}
		if n.ID == 0 {
			return newErr(CodeNotFound, nil, "no case has the spelling %q", name)
		}
		if err := snapCases(tx, snap, n.CaseID); err != nil {
			return err
		}
		return tx.Delete(&CaseName{}, n.ID).Error
	})
}

// SetCaseMention records that statementID raises the case called name
// (MentionManual, the case created when none has that name or spelling),
// or that a detected mention is wrong (MentionExcluded), or clears the
// analyst's word (state ""). It returns the case's ID.
func (s *Store) SetCaseMention(ctx context.Context, name string, statementID int64, state string) (int64, CaseSnapshot, error) {
	name, err := checkName("case", name)
	if err != nil {
		return 0, CaseSnapshot{}, err
	}
	if state != "" && state != MentionManual && state != MentionExcluded {
		return 0, CaseSnapshot{}, invalid("a case mention is manual or excluded, not %q", state)
	}
	var id int64
	snap, err := s.caseChange(ctx, "set case mention", func(tx *gorm.DB, snap *CaseSnapshot) error {
		var err error
		if state == "" { // clearing makes no case
			if id, _, err = caseCalled(tx, name); err != nil || id == 0 {
				return err
			}
			if err := snapCases(tx, snap, id); err != nil {
				return err
			}
		} else if id, err = ensureCase(tx, snap, name); err != nil {
			return err
		}
		q := tx.Where("case_id = ? AND statement_id = ?", id, statementID)
		if err := q.Delete(&CaseMention{}).Error; err != nil || state == "" {
			return err
		}
		return tx.Create(&CaseMention{CaseID: id, StatementID: statementID, State: state}).Error
	})
	return id, snap, err
}

// RestoreCases undoes a case edit: the cases it created go, and the cases
// of the snapshot come back as they were, with their spellings and
// mentions.
func (s *Store) RestoreCases(ctx context.Context, snap CaseSnapshot) error {
	return s.write(ctx, "undo case edit", func(tx *gorm.DB) error {
		ids := append([]int64{}, snap.Created...)
		for _, c := range snap.Cases {
			ids = append(ids, c.ID)
		}
		if len(ids) > 0 {
			if err := tx.Where("id IN ?", ids).Delete(&Case{}).Error; err != nil {
				return err
			}
		}
		for _, n := range snap.Names {
			if err := tx.Where("id = ? OR name = ?", n.ID, n.Name).Delete(&CaseName{}).Error; err != nil {
				return err
			}
		}
		return insertSnapshot(tx, snap)
	})
}

func insertSnapshot(tx *gorm.DB, snap CaseSnapshot) error {
	if len(snap.Cases) > 0 {
		if err := tx.Create(&snap.Cases).Error; err != nil {
			return err
		}
	}
	if len(snap.Names) > 0 {
		if err := tx.Create(&snap.Names).Error; err != nil {
			return err
		}
	}
	if len(snap.Mentions) > 0 {
		return tx.Create(&snap.Mentions).Error
	}
	return nil
}

// caseChange runs fn in one write transaction with the snapshot it fills.
func (s *Store) caseChange(ctx context.Context, what string, fn func(tx *gorm.DB, snap *CaseSnapshot) error) (CaseSnapshot, error) {
	var snap CaseSnapshot
	err := s.write(ctx, what, func(tx *gorm.DB) error { return fn(tx, &snap) })
	if err != nil {
		return CaseSnapshot{}, err
	}
	return snap, nil
}

// snapCases adds the case id, whole, to snap once; a missing case is an
// error.
func snapCases(tx *gorm.DB, snap *CaseSnapshot, id int64) error {
	for _, c := range snap.Cases {
		if c.ID == id {
			return nil
		}
	}
	for _, c := range snap.Created {
		if c == id {
			return nil
		}
	}
	var c Case
	if err := tx.First(&c, id).Error; err != nil {
		return notFound(err, "case", id)
	}
	var ns []CaseName
	var ms []CaseMention
	if err := tx.Where("case_id = ?", id).Find(&ns).Error; err != nil {
		return err
	}
	if err := tx.Where("case_id = ?", id).Find(&ms).Error; err != nil {
		return err
	}
	snap.Cases = append(snap.Cases, c)
	snap.Names = append(snap.Names, ns...)
	snap.Mentions = append(snap.Mentions, ms...)
	return nil
}

// caseCalled finds the case whose name or spelling is name (0: none).
func caseCalled(tx *gorm.DB, name string) (id int64, spelling *CaseName, err error) {
	var c Case
	if err := tx.Where("name = ?", name).Limit(1).Find(&c).Error; err != nil || c.ID != 0 {
		return c.ID, nil, err
	}
	var n CaseName
	if err := tx.Where("name = ?", name).Limit(1).Find(&n).Error; err != nil || n.ID == 0 {
		return 0, nil, err
	}
	return n.CaseID, &n, nil
}

// ensureCase returns the case called name, creating it when none is.
func ensureCase(tx *gorm.DB, snap *CaseSnapshot, name string) (int64, error) {
	id, _, err := caseCalled(tx, name)
	if err != nil || id != 0 {
		if err == nil {
			err = snapCases(tx, snap, id)
		}
		return id, err
	}
	c := Case{Name: name}
	if err := tx.Create(&c).Error; err != nil {
		return 0, err
	}
	snap.Created = append(snap.Created, c.ID)
	return c.ID, nil
}

// freeName refuses a name that another case has as name or spelling.
func freeName(tx *gorm.DB, name string, self int64) error {
	id, _, err := caseCalled(tx, name)
	if err != nil {
		return err
	}
	if id != 0 && id != self {
		return newErr(CodeExists, nil, "another case is already called %q; merge the two instead", name)
	}
	return nil
}

// mergeName files name under target (see MergeCaseNames).
func mergeName(tx *gorm.DB, snap *CaseSnapshot, target int64, name string) error {
	id, spelling, err := caseCalled(tx, name)
	switch {
	case err != nil:
		return err
	case id == target:
		return nil
	case id == 0:
		return tx.Create(&CaseName{CaseID: target, Name: name}).Error
	}
	if err := snapCases(tx, snap, id); err != nil {
		return err
	}
	if spelling != nil {
		return tx.Model(spelling).Update("case_id", target).Error
	}
	return absorb(tx, target, id)
}

// absorb moves case from's spellings and mentions to into, makes from's
// name a spelling of into and deletes from.
func absorb(tx *gorm.DB, into, from int64) error {
	var c Case
	if err := tx.First(&c, from).Error; err != nil {
		return err
	}
	if err := tx.Model(&CaseName{}).Where("case_id = ?", from).Update("case_id", into).Error; err != nil {
		return err
	}
	err := tx.Exec(`INSERT INTO case_mentions (case_id, statement_id, state, created_by, created_at)
		SELECT ?, statement_id, state, created_by, created_at FROM case_mentions m WHERE m.case_id = ?
		AND NOT EXISTS (SELECT 1 FROM case_mentions x WHERE x.case_id = ? AND x.statement_id = m.statement_id)`, into, from, into).Error
	if err != nil {
		return err
	}
	if err := tx.Delete(&Case{}, from).Error; err != nil {
		return err
	}
	return tx.Create(&CaseName{CaseID: into, Name: c.Name}).Error
}
