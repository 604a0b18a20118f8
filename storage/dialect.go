package storage

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

// dialect is everything that differs between the back-ends: a project file
// (SQLite, dialect_sqlite.go) and a team project on a PostgreSQL server
// (dialect_pg.go). The rest of storage, and everything above it, is the
// same gorm code for both; a store holds its dialect and asks it whenever
// SQL would differ.
type dialect interface {
	// name is the back-end's name for messages: "SQLite" or "PostgreSQL".
	name() string

	// Classifying driver errors.
	isCorrupt(err error) bool
	isReadOnly(err error) bool
	isBusy(err error) bool
	isConstraint(err error) bool
	describeConstraint(err error) string

	// hasTable reports whether the database holds table name.
	hasTable(db *gorm.DB, name string) (bool, error)
	// readTx is how a read transaction begins: one snapshot of the data.
	readTx() *sql.TxOptions
	// placeholders returns the parameters of a multi-row INSERT sent
	// straight to the driver (without gorm's rewriting of ?):
	// "(?,?),(?,?)" or "($1,$2),($3,$4)".
	placeholders(rows, cols int) string

	// Full-text search: its tables and what keeps them in step.
	ensureSearch(tx *gorm.DB) error
	// insertSources stores sources (one being imported, or a whole
	// project's with their ids) and indexes them for search.
	insertSources(tx *gorm.DB, srcs []Source) error
	pauseStatementIndex(tx *gorm.DB) error
	resumeStatementIndex(tx *gorm.DB, afterID int64) error
	// indexStatements indexes statements first…last for search while
	// the index is paused, if the back-end needs that (it reports whether
	// it did): resumeStatementIndex then need not index them again.
	indexStatements(tx *gorm.DB, first, last int64) (bool, error)
	// matchExpr is the query of index fts for phrases; phraseExpr for one.
	matchExpr(fts string, phrases []queryPhrase) string
	phraseExpr(fts string, p queryPhrase) string
	// loose reports whether index fts may find rows that do not hold the
	// phrases (only their words): the candidates' text is then checked.
	loose(fts string) bool
	candidatesSQL(fts, col string, ranged bool, mode scopeMode) string
	rowRef(fts string) string
	densitySQL(fts string) string
	rowCountSQL(fts string) string

	// Packed rows: one value for many, where the driver's cost is per
	// value handed over (see packedRow). packRow is one JSON array of
	// cols, as text; concatAll joins expr over all rows with sep.
	packRow(cols string) string
	concatAll(expr, sep string) string
	// packedInsert is an INSERT of rows given as one JSON array of arrays
	// (one parameter), each holding the n columns cols names in order, or
	// "" where binding every value is as cheap.
	packedInsert(table, cols string, n int) string
	// packedRunInsert is the INSERT of bulkWriter.runStatements, or ""
	// where binding every value is as cheap.
	packedRunInsert() string

	// Bulk loads.
	dropIndexes(tx *gorm.DB, tables ...string) ([]string, error)
	createIndexes(tx *gorm.DB, sqls []string) error
	// reserveIDs hands out n new ids of table for rows inserted with
	// explicit ids; none of them is ever handed out again.
	reserveIDs(tx *gorm.DB, table string, n int) ([]int64, error)
	// syncIDs makes the tables hand out ids above the ones written
	// explicitly (a whole project loaded with its own ids).
	syncIDs(tx *gorm.DB, tables ...string) error
	// lightCache shrinks the connection's cache for a large one-off write
	// and returns what puts it back.
	lightCache(tx *gorm.DB) (restore func() error, err error)

	// saveCopy writes the whole project into a new project file at path.
	saveCopy(ctx context.Context, s *Store, path string) error
	// integrityCheck runs the back-end's checks of the data and the search
	// index: "ok" or what is wrong.
	integrityCheck(db *gorm.DB, searchIndex bool) (string, error)
}

// dialects lists both back-ends, for classifying an error where no store
// is at hand.
var dialects = []dialect{sqliteDialect{}, pgDialect{}}

func anyCorrupt(err error) bool {
	for _, d := range dialects {
		if d.isCorrupt(err) {
			return true
		}
	}
	return false
}

func anyReadOnly(err error) bool {
	for _, d := range dialects {
		if d.isReadOnly(err) {
			return true
		}
	}
	return false
}
