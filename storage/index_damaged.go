package storage

import "errors"

// corruptVTab is SQLite's extended result code SQLITE_CORRUPT_VTAB: the
// content of a virtual table is damaged. In a project that is the FTS5
// search index (fts_statements, fts_notes, fts_sources), whose pieces
// are kept in their own tables apart from the statements, notes and
// sources it indexes: the data is there, only searching it (and saving
// what the index would have to follow) fails.
const corruptVTab = 267

// indexDamaged reports an error that says the search index is damaged.
// The driver's errors carry their SQLite result code; PostgreSQL's never
// have this one.
func indexDamaged(err error) bool {
	var c interface{ Code() int }
	return errors.As(err, &c) && c.Code() == corruptVTab
}

// indexDamagedErr is the error an analyst is shown for a damaged index of
// the project named name: what is damaged, what is not, and what mends
// it. The window and the command line add how to rescue.
func indexDamagedErr(name string, err error) error {
	return newErr(CodeIndexDamaged, err, "the search index of %s is damaged, so it cannot be searched or changed "+
		"(the statements, notes and sources themselves are not affected); rescuing the project into a new one builds the index anew", name)
}
