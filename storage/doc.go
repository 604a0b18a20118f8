// Package storage owns Parley's project file: the gorm models of DESIGN.md's
// word table, opening and migrating a project, the queries the views need,
// full-text search and the one-transaction functions through which every
// change is made. It knows nothing of Fyne.
//
// SQLite-only SQL (pragmas, FTS5 tables, triggers, backups) lives in
// dialect_sqlite.go so that a PostgreSQL twin needs one more file, not a
// rewrite.
package storage
