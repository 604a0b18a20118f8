// Package hostiletest builds hostile project files for tests: real
// projects with SQL added the way an attacker would add it, so that tests
// can check that Parley refuses them untouched, never runs their SQL, and
// rescues their data.
package hostiletest

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strconv"

	_ "github.com/glebarez/go-sqlite" // the driver alone, as another program would write the file

	"parley/storage"
)

// Marker is the parley_meta key the attackers' triggers write: a project
// that holds it ran their SQL.
const Marker = "pwned"

// Case is one hostile file.
type Case struct {
	Name string
	// SQL is run on a copy of a real project (or on an empty file when
	// Foreign is set).
	SQL     []string
	Foreign bool
	// InWAL leaves the SQL's changes in a -wal file beside the project, as
	// a file mailed with its log would be.
	InWAL bool
	// Code and Says are what opening it must answer.
	Code storage.Code
	Says string
	// Lost lists the data tables a rescue cannot bring back because the
	// file no longer holds them as tables.
	Lost []string
}

const mark = `INSERT OR REPLACE INTO parley_meta(key, value) VALUES ('` + Marker + `', `

// Cases is the corpus.
func Cases() []Case {
	u, says := storage.CodeUntrusted, "changed outside Parley"
	return []Case{
		{Name: "TriggerRewritesJudgements", Code: u, Says: "trigger judge added", SQL: []string{
			`CREATE TRIGGER judge AFTER INSERT ON sources BEGIN DELETE FROM notes; DELETE FROM statement_tags;
				UPDATE statements SET kind = 'agreement' WHERE kind = 'objection';
				UPDATE assessments SET verdict = 'convergent'; ` + mark + `'judge'); END`}},
		{Name: "OwnTriggerNameReplaced", Code: u, Says: "trigger sources_ai changed", SQL: []string{
			`DROP TRIGGER sources_ai`,
			`CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN UPDATE sources SET text = 'forged' WHERE id = new.id; ` + mark + `'sources_ai'); END`}},
		{Name: "TitleTriggerReplaced", Code: u, Says: "trigger sources_at changed", SQL: []string{
			`DROP TRIGGER sources_at`,
			`CREATE TRIGGER sources_at AFTER UPDATE OF title ON sources BEGIN DELETE FROM notes; ` + mark + `'sources_at'); END`}},
		{Name: "OwnTriggerExtended", Code: u, Says: "trigger statements_au changed", SQL: []string{
			`DROP TRIGGER statements_au`,
			`CREATE TRIGGER statements_au AFTER UPDATE OF text ON statements BEGIN
				DELETE FROM fts_statements WHERE rowid = old.id;
				INSERT INTO fts_statements(rowid, text) VALUES (new.id, parley_fold(new.text)); DELETE FROM notes; ` + mark + `'statements_au'); END`}},
		{Name: "ViewReplacesTable", Code: u, Says: "view notes added", Lost: []string{"notes"}, SQL: []string{
			`DROP TABLE notes`,
			`CREATE VIEW notes AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
				SELECT i AS id, NULL AS statement_id, NULL AS link_id, NULL AS assessment_id, 'spam' AS body,
				'2024-01-01 00:00:00+00:00' AS created_at, '2024-01-01 00:00:00+00:00' AS updated_at FROM n`}},
		{Name: "ViewReplacesStatements", Code: u, Says: "view statements added", Lost: []string{"statements"}, SQL: []string{
			`DROP TABLE statements`,
			`CREATE VIEW statements AS SELECT id, dialogue_id, topic_id, position, 'agreement' AS kind, 'forged: ' || text AS text,
				reported_by_id, speaker_id, source_id, start, "end", created_at, updated_at FROM statements_kept`,
			`CREATE TABLE statements_kept AS SELECT 1 AS id, 1 AS dialogue_id, NULL AS topic_id, 0 AS position, 'x' AS text,
				NULL AS reported_by_id, NULL AS speaker_id, NULL AS source_id, 0 AS start, 0 AS "end",
				'2024-01-01 00:00:00+00:00' AS created_at, '2024-01-01 00:00:00+00:00' AS updated_at`}},
		{Name: "RecursiveTrigger", Code: u, Says: "trigger breed added", SQL: []string{
			`CREATE TRIGGER breed AFTER INSERT ON tags BEGIN
				INSERT INTO tags(name, color, created_at, updated_at) VALUES (new.name || '+', new.color, new.created_at, new.updated_at); ` + mark + `'breed'); END`}},
		{Name: "HeavyTrigger", Code: u, Says: "trigger spin added", SQL: []string{
			`CREATE TRIGGER spin AFTER INSERT ON statements BEGIN ` + mark +
				`(SELECT count(*) FROM sqlite_schema a, sqlite_schema b, sqlite_schema c, sqlite_schema d, sqlite_schema e)); END`}},
		{Name: "ExtraTable", Code: u, Says: "table extra added", SQL: []string{`CREATE TABLE extra (x)`}},
		{Name: "ExtraIndex", Code: u, Says: "index evil_idx added", SQL: []string{`CREATE INDEX evil_idx ON statements (length(text))`}},
		{Name: "OwnIndexNameChanged", Code: u, Says: "index idx_statements_topic_id changed", SQL: []string{
			`DROP INDEX idx_statements_topic_id`, `CREATE INDEX idx_statements_topic_id ON statements (kind, topic_id)`}},
		{Name: "ChangedColumnDefault", Code: u, Says: "table tags changed", SQL: []string{
			`PRAGMA writable_schema = ON`,
			`UPDATE sqlite_schema SET sql = replace(sql, 'DEFAULT "#888888"', 'DEFAULT "#ff0000"') WHERE name = 'tags'`,
			`PRAGMA writable_schema = OFF`}},
		{Name: "HarmlessLookingView", Code: u, Says: "view summary added", SQL: []string{`CREATE VIEW summary AS SELECT count(*) AS n FROM statements`}},
		{Name: "MissingTrigger", Code: u, Says: "trigger statements_ai missing", SQL: []string{`DROP TRIGGER statements_ai`}},
		{Name: "MetaIsView", Code: u, Says: "view parley_meta added", SQL: []string{
			`DROP TABLE parley_meta`, `CREATE VIEW parley_meta AS SELECT 'schema_version' AS key, '1' AS value`}},
		{Name: "NewerVersionWithTrigger", Code: storage.CodeNewerVersion, Says: "newer Parley", SQL: []string{
			"UPDATE parley_meta SET value = '" + strconv.Itoa(storage.SchemaVersion+1) + "' WHERE key = 'schema_version'",
			`CREATE TRIGGER later AFTER INSERT ON sources BEGIN DELETE FROM notes; ` + mark + `'later'); END`}},
		{Name: "NegativeVersion", Code: storage.CodeNotProject, Says: "unknown project format (-1)", SQL: []string{
			`UPDATE parley_meta SET value = '-1' WHERE key = 'schema_version'`}},
		{Name: "TriggerInLog", InWAL: true, Code: u, Says: "trigger judge added", SQL: []string{
			`CREATE TRIGGER judge AFTER INSERT ON sources BEGIN DELETE FROM notes; ` + mark + `'judge'); END`}},
		// Format 2's register: the analyst's cases, phrase marks, commitment
		// checks and lessons are as much to protect as the statements.
		{Name: "TriggerEmptiesRegister", Code: u, Says: "trigger forget added", SQL: []string{
			`CREATE TRIGGER forget AFTER INSERT ON statements BEGIN DELETE FROM cases; DELETE FROM phrase_marks;
				UPDATE commitment_checks SET status = 'kept'; ` + mark + `'forget'); END`}},
		{Name: "TriggerTeachesLessons", Code: u, Says: "trigger teach added", SQL: []string{
			`CREATE TRIGGER teach AFTER INSERT ON sources BEGIN
				INSERT OR REPLACE INTO lessons(rule, key, value, count, created_at, updated_at)
				VALUES ('speaker_party', 'anyone', 'China', 1000000, new.created_at, new.created_at); ` + mark + `'teach'); END`}},
		{Name: "TriggerOnCaseMentions", Code: u, Says: "trigger hide added", SQL: []string{
			`CREATE TRIGGER hide AFTER INSERT ON case_mentions BEGIN DELETE FROM case_mentions WHERE state = 'manual'; ` + mark + `'hide'); END`}},
		{Name: "ViewReplacesPhraseMarks", Code: u, Says: "view phrase_marks added", Lost: []string{"phrase_marks"}, SQL: []string{
			`DROP TABLE phrase_marks`,
			`CREATE VIEW phrase_marks AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n)
				SELECT i AS id, 'spam ' || i AS phrase, 'hidden' AS state, '' AS created_by,
				'2024-01-01 00:00:00+00:00' AS created_at, '2024-01-01 00:00:00+00:00' AS updated_at FROM n`}},
		{Name: "ChangedCaseNameUnique", Code: u, Says: "table case_names changed", SQL: []string{
			`PRAGMA writable_schema = ON`,
			"UPDATE sqlite_schema SET sql = replace(sql, '`name` text NOT NULL', '`name` text') WHERE name = 'case_names'",
			`PRAGMA writable_schema = OFF`}},
		// Every insert then fails with SQLite's "database or disk is full",
		// which sends the analyst looking for disk space.
		{Name: "SequenceExhausted", Code: u, Says: "last number used for its statements is 9223372036854775807", SQL: []string{
			`UPDATE sqlite_sequence SET seq = 9223372036854775807 WHERE name = 'statements'`}},
		{Name: "ForeignWithMetaTable", Foreign: true, Code: u, Says: says, SQL: []string{
			`PRAGMA journal_mode = DELETE`,
			`CREATE TABLE parley_meta (key TEXT PRIMARY KEY, value TEXT)`,
			`INSERT INTO parley_meta VALUES ('schema_version', '1')`,
			`CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)`,
			`INSERT INTO accounts (name) VALUES ('x')`}},
	}
}

// Make writes the hostile file of c at path: a copy of the closed project
// base with c's SQL run on it by the driver alone.
func Make(base, path string, c Case) error {
	if !c.Foreign {
		if err := copyFile(base, path); err != nil {
			return err
		}
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	if c.InWAL {
		c.SQL = append([]string{"PRAGMA wal_autocheckpoint = 0"}, c.SQL...)
	}
	for _, q := range c.SQL {
		if _, err := db.Exec(q); err != nil {
			db.Close()
			return fmt.Errorf("%s: %s: %w", c.Name, q, err)
		}
	}
	if c.InWAL {
		return keepLog(db, path)
	}
	// Closing the last connection folds the journal back into the file.
	return db.Close()
}

// keepLog closes db but leaves path as it was before: the changes only in
// its -wal file, and no -shm file.
func keepLog(db *sql.DB, path string) error {
	for _, suffix := range []string{"", "-wal"} {
		if err := copyFile(path+suffix, path+suffix+".kept"); err != nil {
			db.Close()
			return err
		}
	}
	if err := db.Close(); err != nil {
		return err
	}
	for _, suffix := range []string{"", "-wal"} {
		if err := os.Rename(path+suffix+".kept", path+suffix); err != nil {
			return err
		}
	}
	if err := os.Remove(path + "-shm"); err != nil && !os.IsNotExist(err) {
		return err
	}
	return nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// Sums fingerprints path and every file SQLite or Parley could put beside
// it: the SHA-256 of each, or "absent".
func Sums(path string) (map[string]string, error) {
	out := map[string]string{}
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
		b, err := os.ReadFile(path + suffix)
		switch {
		case os.IsNotExist(err):
			out[suffix] = "absent"
		case err != nil:
			return nil, err
		default:
			h := sha256.Sum256(b)
			out[suffix] = hex.EncodeToString(h[:])
		}
	}
	return out, nil
}
