package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
)

// This file holds every piece of PostgreSQL-only SQL, the twin of
// dialect_sqlite.go. Search works as on a file: the same words, phrases,
// prefixes, exclusions, accent and case folding, Chinese characters
// indexed one by one, and the same ranking and snippets (search_rank.go),
// over an index of tsvectors that triggers keep in step with the tables.

// pgDialect implements the PostgreSQL side of the store.
type pgDialect struct{}

func (pgDialect) name() string { return "PostgreSQL" }

func pgCode(err error) string {
	var e *pgconn.PgError
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

// isCorrupt: data_corrupted and index_corrupted.
func (pgDialect) isCorrupt(err error) bool {
	c := pgCode(err)
	return c == "XX001" || c == "XX002"
}

// isReadOnly: a read-only transaction or server (a standby), or a role
// that may not change the table.
func (pgDialect) isReadOnly(err error) bool {
	c := pgCode(err)
	return c == "25006" || c == "42501"
}

// isBusy: serialization failures, deadlocks and locks not granted.
func (pgDialect) isBusy(err error) bool {
	c := pgCode(err)
	return c == "40001" || c == "40P01" || c == "55P03"
}

func (pgDialect) isConstraint(err error) bool { return strings.HasPrefix(pgCode(err), "23") }

// keyColumns reads the columns of a unique violation's detail:
// "Key (from_id, to_id, type)=(1, 2, responds) already exists."
var keyColumns = regexp.MustCompile(`^Key \(([^)]*)\)=`)

func (pgDialect) describeConstraint(err error) string {
	var e *pgconn.PgError
	if !errors.As(err, &e) {
		return "the change breaks a rule of the project"
	}
	switch e.Code {
	case "23505":
		// Name the columns as SQLite does, so that one function words it.
		var cols []string
		if m := keyColumns.FindStringSubmatch(e.Detail); m != nil {
			for _, c := range strings.Split(m[1], ",") {
				cols = append(cols, e.TableName+"."+strings.TrimSpace(c))
			}
		}
		return describeUnique(strings.Join(cols, ", "))
	case "23503":
		return "it refers to something that does not exist"
	case "23502":
		return "a required field is empty"
	}
	return "the change breaks a rule of the project"
}

func (pgDialect) hasTable(db *gorm.DB, name string) (bool, error) {
	var n int64
	err := db.Raw("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?", name).Scan(&n).Error
	return n > 0, err
}

// readTx: PostgreSQL's default (read committed) gives every query its own
// snapshot; a read of several queries must see one.
func (pgDialect) readTx() *sql.TxOptions {
	return &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true}
}

// placeholders returns "($1,$2),($3,$4)" for rows rows of cols columns.
func (pgDialect) packRow(cols string) string { return "json_build_array(" + cols + ")::text" }

func (pgDialect) concatAll(expr, sep string) string { return "string_agg(" + expr + ", " + sep + ")" }

// packedInsert: binding is cheap on PostgreSQL's driver.
func (pgDialect) packedInsert(table, cols string, n int) string { return "" }

// packedRunInsert: as packedInsert.
func (pgDialect) packedRunInsert() string { return "" }

func (pgDialect) placeholders(rows, cols int) string {
	var b strings.Builder
	n := 0
	for r := 0; r < rows; r++ {
		if r > 0 {
			b.WriteByte(',')
		}
		b.WriteByte('(')
		for c := 0; c < cols; c++ {
			if c > 0 {
				b.WriteByte(',')
			}
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteByte(')')
	}
	return b.String()
}

// reserveIDs takes n values of the table's sequence. Other analysts insert
// meanwhile, so the ids need not follow each other; none is ever handed
// out again.
func (pgDialect) reserveIDs(tx *gorm.DB, table string, n int) ([]int64, error) {
	var ids []int64
	err := tx.Raw("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)", table, n).Scan(&ids).Error
	if err != nil {
		return nil, fmt.Errorf("reserve ids of %s: %w", table, err)
	}
	if len(ids) != n {
		return nil, fmt.Errorf("reserve ids of %s: got %d of %d", table, len(ids), n)
	}
	return ids, nil
}

// syncIDs moves each table's sequence past the highest id it holds.
func (pgDialect) syncIDs(tx *gorm.DB, tables ...string) error {
	for _, t := range tables {
		err := tx.Exec(`SELECT setval(pg_get_serial_sequence(?, 'id'), greatest((SELECT max(id) FROM `+t+`),
			(SELECT last_value FROM `+pgSequence(t)+`), 1))`, t).Error
		if err != nil {
			return fmt.Errorf("move the ids of %s on: %w", t, err)
		}
	}
	return nil
}

// pgSequence is the name gorm's serial id column gives a table's sequence.
func pgSequence(table string) string { return table + "_id_seq" }

// lightCache: the server manages its own memory.
func (pgDialect) lightCache(*gorm.DB) (func() error, error) {
	return func() error { return nil }, nil
}

// dropIndexes and createIndexes: the server builds its indexes well
// enough row by row, and dropping them would lock out every other analyst
// for the load.
func (pgDialect) dropIndexes(*gorm.DB, ...string) ([]string, error) { return nil, nil }

func (pgDialect) createIndexes(*gorm.DB, []string) error { return nil }

// integrityCheck runs what PostgreSQL offers without extensions: every
// search index row belongs to a row and every row has one. A damaged page
// surfaces as an error of the server (data_corrupted) on any read.
func (pgDialect) integrityCheck(db *gorm.DB, _ bool) (string, error) {
	var problems []string
	for _, t := range searchTables {
		var missing, extra int64
		err := db.Raw(fmt.Sprintf(`SELECT (SELECT count(*) FROM %[1]s x WHERE NOT EXISTS (SELECT 1 FROM %[2]s f WHERE f.id = x.id)),
			(SELECT count(*) FROM %[2]s f WHERE NOT EXISTS (SELECT 1 FROM %[1]s x WHERE x.id = f.id))`, t.table, t.fts)).
			Row().Scan(&missing, &extra)
		if err != nil {
			if CodeOf(err) == CodeCorrupt {
				return err.Error(), nil
			}
			return "", err
		}
		if missing+extra > 0 {
			problems = append(problems, fmt.Sprintf("search index %s: %d rows missing, %d left over", t.fts, missing, extra))
		}
	}
	if len(problems) > 0 {
		return strings.Join(problems, "; "), nil
	}
	return "ok", nil
}

// saveCopy writes the server project into a new project file.
func (pgDialect) saveCopy(ctx context.Context, s *Store, path string) error {
	return copyProject(ctx, s, path)
}
