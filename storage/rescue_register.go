package storage

import (
	"fmt"
	"reflect"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// rescueRegister reads the register's tables (project formats 2 and 3)
// into res, as rescueTables reads the others. A file of an earlier format
// lacks some of them, and then there is nothing to leave out.
func rescueRegister(tx *gorm.DB, objs []schemaObject, res *Rescue) error {
	for _, rd := range registerReads(&res.Rows.Register) {
		table, cols, err := modelColumns(tx, rd.model)
		if err != nil {
			return err
		}
		if len(byName(objs, table)) == 0 {
			continue
		}
		read, why := rescueUsable(tx, objs, table, cols)
		if why != "" {
			res.Left = append(res.Left, why)
			continue
		}
		if err := rescueRegisterTable(tx, rd, table, read, cols, res); err != nil {
			return err
		}
	}
	return nil
}

// rescueRegisterTable reads one table of the register into rd.out. When a
// time of the table is not one, its rows are read as rescueTables reads
// such rows: the others whole, those without their times, which WriteRows
// stamps; a lesson whose time was "x" used to stop the rescue.
func rescueRegisterTable(tx *gorm.DB, rd registerRead, table string, read []string, cols []*schema.Field, res *Rescue) error {
	sel := func(cols []string, where string, out any) error {
		q := "SELECT " + quoteColumns(cols) + " FROM `" + table + "`"
		if where != "" {
			q += " WHERE " + where
		}
		return tx.Raw(q + " ORDER BY " + rd.order).Scan(out).Error
	}
	err := sel(read, "", rd.out)
	if err == nil {
		return nil
	}
	m, merr := mendTimes(tx, table, read, cols)
	if merr != nil || m == nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	// The failed read may have left rows behind, and a read of no rows
	// leaves the list as it was.
	out := reflect.ValueOf(rd.out).Elem()
	out.Set(reflect.Zero(out.Type()))
	if err := sel(read, "NOT "+m.bad, rd.out); err != nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	more := reflect.New(reflect.TypeOf(rd.out).Elem())
	if err := sel(m.plain, m.bad, more.Interface()); err != nil {
		return fmt.Errorf("read %s: %w", table, err)
	}
	out.Set(reflect.AppendSlice(out, more.Elem()))
	res.Mended = append(res.Mended, m.left(table))
	return nil
}

// pruneRegister drops the register's rows that need a case or statement
// the rescue could not read, and clears a follow-up that points to one.
func pruneRegister(r *ProjectRows, statements map[int64]bool, left []string) []string {
	cases := make(map[int64]bool, len(r.Cases))
	for _, c := range r.Cases {
		cases[c.ID] = true
	}
	r.CaseNames, left = keep(left, "other spellings of cases", r.CaseNames, func(n *CaseName) bool { return cases[n.CaseID] })
	r.CaseMentions, left = keep(left, "case mentions", r.CaseMentions, func(m *CaseMention) bool {
		return cases[m.CaseID] && statements[m.StatementID]
	})
	r.CommitmentChecks, left = keep(left, "commitment checks", r.CommitmentChecks, func(c *CommitmentCheck) bool {
		clearRef(&c.FollowUpID, statements)
		return statements[c.StatementID]
	})
	r.Dismissals, left = keep(left, "dismissed suggestions", r.Dismissals, func(d *Dismissal) bool {
		return statements[d.FromID] && statements[d.ToID]
	})
	return pruneDismissals(r, left)
}

// pruneDismissals leaves out the dismissals no project could hold (a
// kind or link type Parley does not know, a statement paired with
// itself, a pair dismissed twice), so that one bad row does not stop the
// rescue of the rest.
func pruneDismissals(r *ProjectRows, left []string) []string {
	seen := map[[3]int64]bool{}
	n := len(r.Dismissals)
	out := r.Dismissals[:0]
	for _, d := range r.Dismissals {
		key := dismissalUniqueKey(d)
		if checkDismissal(d) != nil || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, d)
	}
	r.Dismissals = out
	if gone := n - len(out); gone > 0 {
		left = append(left, fmt.Sprintf("dismissed suggestions: %d left out because no project can hold them (an unknown kind or link type, a statement paired with itself, or a pair dismissed twice)", gone))
	}
	return left
}
