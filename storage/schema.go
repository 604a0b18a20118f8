package storage

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"

	"gorm.io/gorm"
)

// A project file can come from anyone. Its schema (tables, indexes,
// triggers, views) is SQL that SQLite runs inside Parley: a trigger fires on
// Parley's own writes, a view answers Parley's reads. So before anything
// else touches a file, its schema is compared with exactly what this
// version of Parley creates for the file's project format; any object
// Parley did not write refuses the file (ErrUntrusted), whose data can then
// be rescued into a clean project (ReadRescue). Like dialect_sqlite.go
// this is SQLite's side only: a PostgreSQL project lives on a server, not
// in a file that arrives by mail.

// schemaObject is one row of sqlite_schema.
type schemaObject struct {
	Type  string  `json:"type"`
	Name  string  `json:"name"`
	Table string  `json:"tbl_name"`
	SQL   *string `json:"sql"` // nil for SQLite's own automatic indexes
}

func (o schemaObject) key() string { return o.Type + " " + o.Name }

// schemaFiles holds the canonical schema of every project format, one file
// per version, generated from a fresh project and checked by
// TestSchemaCanonical. A format's file never changes once released: a model
// change needs a new migration and a new file.
//
//go:embed schema
var schemaFiles embed.FS

// canonical caches the parsed canonical schemas by version.
var canonical sync.Map // int → map[string]schemaObject

// canonicalSchema returns the objects a project of format version holds,
// by key; ok is false for a format this Parley does not know. The result
// is shared: callers must not change it.
func canonicalSchema(version int) (map[string]schemaObject, bool) {
	if m, ok := canonical.Load(version); ok {
		return m.(map[string]schemaObject), true
	}
	b, err := schemaFiles.ReadFile("schema/v" + strconv.Itoa(version) + ".json")
	if err != nil {
		return nil, false
	}
	var objs []schemaObject
	if err := json.Unmarshal(b, &objs); err != nil {
		panic(fmt.Sprintf("storage: embedded schema v%d: %v", version, err)) // a build error, not a user's
	}
	out := make(map[string]schemaObject, len(objs))
	for _, o := range objs {
		out[o.key()] = o
	}
	canonical.Store(version, out)
	return out, true
}

// readSchema lists every object of the file's schema, sorted by type and
// name. Reading sqlite_schema parses the schema but runs none of it.
func readSchema(ctx context.Context, db *gorm.DB) ([]schemaObject, error) {
	rows, err := db.WithContext(ctx).Raw("SELECT type, name, tbl_name, sql FROM sqlite_schema").Rows()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []schemaObject
	for rows.Next() {
		var o schemaObject
		var s sql.NullString
		if err := rows.Scan(&o.Type, &o.Name, &o.Table, &s); err != nil {
			return nil, err
		}
		if s.Valid {
			o.SQL = &s.String
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key() < out[j].key() })
	return out, nil
}

// schemaDiff lists what differs between the file's objects and the
// canonical ones: "trigger x added", "trigger sources_ai changed", "table
// notes missing".
func schemaDiff(have []schemaObject, want map[string]schemaObject) []string {
	var out []string
	seen := make(map[string]bool, len(have))
	for _, o := range have {
		seen[o.key()] = true
		w, ok := want[o.key()]
		switch {
		case !ok:
			out = append(out, o.key()+" added")
		case w.Table != o.Table || !sameSQL(w.SQL, o.SQL):
			out = append(out, o.key()+" changed")
		}
	}
	var missing []string
	for k := range want {
		if !seen[k] {
			missing = append(missing, k+" missing")
		}
	}
	sort.Strings(missing)
	return append(out, missing...)
}

func sameSQL(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b || tableConstraints(*a) == tableConstraints(*b)
}

// tableConstraints puts the table constraints of a CREATE TABLE in a
// fixed order after its columns: gorm writes a table's foreign keys in map
// order, so two projects made by the same Parley may list them
// differently, and a column added by ALTER TABLE comes after them. The
// body is split at its top-level commas only (outside quotes and
// brackets); columns keep their order and only whole CONSTRAINT clauses
// move, so two statements equal after this define the same table.
func tableConstraints(ddl string) string {
	open := strings.IndexByte(ddl, '(')
	body, ok := strings.CutSuffix(ddl, ")")
	if !ok || open < 0 || !strings.HasPrefix(ddl, "CREATE TABLE ") {
		return ddl
	}
	clauses, ok := topLevelClauses(body[open+1:])
	if !ok {
		return ddl
	}
	var cols, cons []string
	for _, c := range clauses {
		c = strings.TrimSpace(c)
		if strings.HasPrefix(c, "CONSTRAINT ") {
			cons = append(cons, c)
		} else {
			cols = append(cols, c)
		}
	}
	sort.Strings(cons)
	return ddl[:open+1] + strings.Join(append(cols, cons...), ",") + ")"
}

// topLevelClauses splits a table body at the commas outside quotes,
// identifiers and parentheses; ok is false when a quote or bracket is left
// open.
func topLevelClauses(body string) (clauses []string, ok bool) {
	var quote byte
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '[':
			quote = ']'
		case c == '(':
			depth++
		case c == ')':
			if depth--; depth < 0 {
				return nil, false
			}
		case c == ',' && depth == 0:
			clauses = append(clauses, body[start:i])
			start = i + 1
		}
	}
	if quote != 0 || depth != 0 {
		return nil, false
	}
	return append(clauses, body[start:]), true
}

// untrusted is the error for a file whose schema is not Parley's.
func untrusted(path string, diff []string) error {
	const show = 4
	list := strings.Join(diff[:min(show, len(diff))], ", ")
	if len(diff) > show {
		list += fmt.Sprintf(" and %d more", len(diff)-show)
	}
	return newErr(CodeUntrusted, nil, "%s was changed outside Parley (%s). Code stored in a project runs whenever the project is used "+
		"and could change or delete your work, so Parley does not open it; rescue its data into a new, clean project instead", filepath.Base(path), list)
}

// verifySchema checks the file's schema against the canonical schema of
// its project format and returns that format: 0 for an empty database
// (only allowed when fresh). The version is read only once parley_meta is
// known to be Parley's own table, never through anything the file defines.
func verifySchema(ctx context.Context, db *gorm.DB, path string, fresh bool) (int, error) {
	have, err := readSchema(ctx, db)
	if err != nil {
		return 0, err
	}
	if len(have) == 0 && fresh {
		return 0, nil
	}
	current, _ := canonicalSchema(SchemaVersion)
	meta := current["table "+Meta{}.TableName()]
	named := byName(have, meta.Name)
	if len(named) == 0 {
		return 0, newErr(CodeNotProject, nil, "%s is an SQLite database but not a Parley project", filepath.Base(path))
	}
	if d := schemaDiff(named, map[string]schemaObject{meta.key(): meta}); len(d) > 0 {
		return 0, untrusted(path, d)
	}
	v, raw, err := metaVersion(ctx, db)
	if err != nil {
		return 0, err
	}
	if v > SchemaVersion {
		return v, newErr(CodeNewerVersion, nil, "%s was made by a newer Parley (project format %d; this Parley reads up to %d); update Parley to open it", filepath.Base(path), v, SchemaVersion)
	}
	want, ok := canonicalSchema(v)
	if !ok {
		return v, newErr(CodeNotProject, nil, "%s has an unknown project format (%s); it was not made by Parley", filepath.Base(path), raw)
	}
	if d := schemaDiff(have, want); len(d) > 0 {
		return v, untrusted(path, d)
	}
	return v, countersInRange(ctx, db, path)
}

// maxCounter is past any number Parley gives a row (and past the integers
// a JSON reader keeps exact).
const maxCounter = 1 << 53

// countersInRange refuses a file whose AUTOINCREMENT counters were set near
// the end of what SQLite counts: every insert would then fail with SQLite's
// "database or disk is full", which sends the analyst looking for disk
// space. A rescue writes the rows into a project whose counters start
// from its rows.
func countersInRange(ctx context.Context, db *gorm.DB, path string) error {
	var rows []struct {
		Name string
		Seq  int64
	}
	err := db.WithContext(ctx).Raw("SELECT name, seq FROM sqlite_sequence WHERE seq > ? ORDER BY name LIMIT 1", int64(maxCounter)).Scan(&rows).Error
	if err != nil {
		return fmt.Errorf("read the row counters: %w", err)
	}
	if len(rows) == 0 {
		return nil
	}
	return newErr(CodeUntrusted, nil, "%s was changed outside Parley (the last number used for its %s is %d, so nothing more can be added to them). "+
		"Rescue its data into a new, clean project instead", filepath.Base(path), rows[0].Name, rows[0].Seq)
}

// byName returns the objects called name (SQLite compares names without
// regard to case).
func byName(objs []schemaObject, name string) []schemaObject {
	var out []schemaObject
	for _, o := range objs {
		if strings.EqualFold(o.Name, name) {
			out = append(out, o)
		}
	}
	return out
}

// metaVersion is the project format parley_meta records, and the record
// as it is written for messages: -1 with "none recorded" when there is no
// record, -1 with the text (quoted, made printable) when it is no number,
// so that a refusal names what the file holds rather than a -1 it does not.
func metaVersion(ctx context.Context, db *gorm.DB) (int, string, error) {
	var vals []string
	err := db.WithContext(ctx).Raw("SELECT value FROM parley_meta WHERE key = ?", versionKey).Scan(&vals).Error
	if err != nil {
		return 0, "", err
	}
	if len(vals) != 1 {
		return -1, "none recorded", nil
	}
	v, err := strconv.Atoi(strings.TrimSpace(vals[0]))
	if err != nil {
		raw := vals[0]
		if len(raw) > 40 {
			raw = raw[:40] + "…"
		}
		return -1, strconv.QuoteToGraphic(raw), nil
	}
	return v, strconv.Itoa(v), nil
}
