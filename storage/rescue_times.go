package storage

import (
	"fmt"
	"reflect"
	"strings"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// timeMend is what a rescue does about a table whose times are not all
// times: a hand-edited file may hold "yesterday" in created_at, and one
// such value used to stop the whole rescue, which is there for exactly
// such files. The rows holding a time that is none (timeIsNone) are read
// without their times (a statement without the time that is none), and
// WriteRows stamps them with the time of the rescue.
type timeMend struct {
	bad   string   // SQL: the row holds such a time
	plain []string // the columns read, but its times
	rows  int64
}

// mendTimes is called when reading the columns read of table failed; cols
// are the model's fields. It returns nil when no time is to blame.
func mendTimes(tx *gorm.DB, table string, read []string, cols []*schema.Field) (*timeMend, error) {
	isTime := map[string]bool{}
	for _, f := range cols {
		if f.FieldType == reflect.TypeOf(time.Time{}) || f.FieldType == reflect.TypeOf(&time.Time{}) {
			isTime[f.DBName] = true
		}
	}
	m := &timeMend{}
	var bad []string
	for _, c := range read {
		if isTime[c] {
			bad = append(bad, timeIsNone("`"+c+"`"))
		} else {
			m.plain = append(m.plain, c)
		}
	}
	if len(bad) == 0 {
		return nil, nil
	}
	m.bad = "(" + strings.Join(bad, " OR ") + ")"
	if err := tx.Raw("SELECT count(*) FROM `" + table + "` WHERE " + m.bad).Scan(&m.rows).Error; err != nil || m.rows == 0 {
		return nil, err
	}
	return m, nil
}

// left says what the rescue did about table's times.
func (m *timeMend) left(table string) string {
	rows := "rows"
	if m.rows == 1 {
		rows = "row"
	}
	return fmt.Sprintf("%s: the date and time of %d %s, which is not one (edited outside Parley); the time of the rescue stands in for it",
		table, m.rows, rows)
}

// timeIsNone is SQL that holds when column c is a date and time that is
// none: not text (another program wrote a number or bytes there, which
// the driver cannot scan into a time, and which julianday would read as
// a Julian day), text SQLite reads no date from, or text that does not
// begin with a date ("now" and "2460000.5" are dates to julianday, not
// to the driver).
func timeIsNone(c string) string {
	return fmt.Sprintf("(%[1]s IS NOT NULL AND (typeof(%[1]s) <> 'text' OR julianday(%[1]s) IS NULL"+
		" OR %[1]s NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'))", c)
}

// mendedStatementTimes is what rowsReadStatements reads for the
// statements' times: each that is none (timeIsNone) is left empty.
func mendedStatementTimes() string {
	one := func(c string) string {
		return fmt.Sprintf("CASE WHEN %s THEN NULL ELSE %s END", timeIsNone(c), c)
	}
	return one("created_at") + ", " + one("updated_at")
}
