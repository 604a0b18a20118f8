// Package storage owns Parley's project file: the gorm models of the words
// the README introduces, opening and migrating a project, the queries the
// views need, full-text search, the table of kinds and verdicts, and the
// one-transaction functions through which every change is made. It knows
// nothing of Fyne. docs/architecture.md shows where it sits and how data
// flows through it.
//
// SQLite-only SQL (pragmas, FTS5 tables, triggers, backups) lives in
// dialect_sqlite.go so that a PostgreSQL twin needs one more file, not a
// rewrite.
package storage
