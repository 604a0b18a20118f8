package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gorm.io/gorm"
)

// format1Project writes a project as the first Parley did: format 1's
// schema and search index, stamped version 1, with a statement and a note;
// edit may change the raw file before it is closed.
func format1Project(t *testing.T, edit func(db *gorm.DB)) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "old"+Extension)
	db := rawDB(t, p)
	noErr(t, db.Transaction(func(tx *gorm.DB) error {
		if err := createFormat1(tx); err != nil {
			return err
		}
		if err := tx.Exec("INSERT INTO parley_meta (key, value) VALUES (?, '1')", versionKey).Error; err != nil {
			return err
		}
		return createSearchOf(tx, 1)
	}))
	const now = "2024-06-16 09:00:00+00:00"
	for _, q := range []string{
		"INSERT INTO dialogues (id, title, created_at, updated_at) VALUES (1, '39th', '" + now + "', '" + now + "')",
		"INSERT INTO parties (id, name, created_at, updated_at) VALUES (1, 'EU', '" + now + "', '" + now + "')",
		"INSERT INTO statements (id, dialogue_id, kind, text, created_at, updated_at) VALUES (7, 1, 'concern', 'The EU raised the case of Ilham Tohti.', '" + now + "', '" + now + "')",
		"INSERT INTO statement_parties (statement_id, party_id) VALUES (7, 1)",
		"INSERT INTO notes (id, statement_id, body, created_at, updated_at) VALUES (3, 7, 'raised every year', '" + now + "', '" + now + "')",
	} {
		noErr(t, db.Exec(q).Error)
	}
	if edit != nil {
		edit(db)
	}
	closeRaw(t, db)
	return p
}

// createSearchOf creates the search index of project format v as Parley
// wrote it then: its FTS tables and triggers, by the exact SQL of the
// format's canonical schema.
func createSearchOf(tx *gorm.DB, v int) error {
	objs, ok := canonicalSchema(v)
	if !ok {
		return fmt.Errorf("no canonical schema for format %d", v)
	}
	var tables, triggers []string
	for _, o := range objs {
		switch {
		case o.SQL == nil:
		case o.Type == "table" && strings.HasPrefix(*o.SQL, "CREATE VIRTUAL TABLE"):
			tables = append(tables, *o.SQL)
		case o.Type == "trigger" && strings.Contains(*o.SQL, " fts_"):
			triggers = append(triggers, *o.SQL)
		}
	}
	sort.Strings(tables)
	sort.Strings(triggers)
	return execAll(tx, append(tables, triggers...))
}

// TestMigrateFormat1 opens a project of format 1: it is migrated in place
// to the current format, its schema is then exactly the canonical one, and
// its data is all there, searchable, with version 1 and no author.
func TestMigrateFormat1(t *testing.T) {
	ctx := context.Background()
	s, err := Open(format1Project(t, nil))
	noErr(t, err)
	defer s.Close()
	wantCanonicalSchema(t, s)
	st, err := s.Statement(ctx, 7)
	noErr(t, err)
	if st.Version != 1 || st.CreatedBy != "" || !strings.Contains(st.Text, "Ilham Tohti") {
		t.Fatalf("statement after migration: %+v", st)
	}
	notes, err := s.NotesOf(ctx, 7, 0, 0)
	noErr(t, err)
	if len(notes) != 1 || notes[0].Version != 1 {
		t.Fatalf("notes after migration: %+v", notes)
	}
	hits, err := s.Search(ctx, SearchQuery{Query: "Tohti"})
	noErr(t, err)
	if len(hits) == 0 || hits[0].StatementID != 7 {
		t.Fatalf("search after migration found %+v, want statement 7", hits)
	}
	c := Case{Name: "Ilham Tohti"}
	noErr(t, s.write(ctx, "add case", func(tx *gorm.DB) error { return tx.Create(&c).Error }))
	if c.Version != 1 {
		t.Fatalf("a new case has version %d", c.Version)
	}
}

// TestMigrateFormat1ForeignKeyOrder migrates a format-1 project whose
// tables list their foreign keys in another order, as gorm wrote them in
// map order: the columns format 2 adds land after them, and the result is
// still trusted.
func TestMigrateFormat1ForeignKeyOrder(t *testing.T) {
	p := format1Project(t, func(db *gorm.DB) {
		var ddl string
		noErr(t, db.Raw("SELECT sql FROM sqlite_schema WHERE name = 'notes'").Scan(&ddl).Error)
		body := strings.TrimSuffix(ddl, ")")
		i := strings.Index(body, ",CONSTRAINT ")
		clauses := strings.Split(body[i+1:], ",")
		for l, r := 0, len(clauses)-1; l < r; l, r = l+1, r-1 {
			clauses[l], clauses[r] = clauses[r], clauses[l]
		}
		noErr(t, db.Exec("PRAGMA writable_schema = ON").Error)
		noErr(t, db.Exec("UPDATE sqlite_schema SET sql = ? WHERE name = 'notes'", body[:i+1]+strings.Join(clauses, ",")+")").Error)
	})
	s, err := Open(p)
	noErr(t, err)
	noErr(t, s.Close())
	s, err = Open(p)
	noErr(t, err)
	noErr(t, s.Close())
}

// TestRescueFormat1 rescues a format-1 file that carries a hostile
// trigger: every row comes over although the file lacks format 2's
// columns, which take their defaults.
func TestRescueFormat1(t *testing.T) {
	p := format1Project(t, func(db *gorm.DB) {
		noErr(t, db.Exec("CREATE TRIGGER evil AFTER INSERT ON sources BEGIN DELETE FROM notes; END").Error)
	})
	_, err := Open(p)
	wantCode(t, err, CodeUntrusted)
	res, err := ReadRescue(context.Background(), p)
	noErr(t, err)
	r := res.Rows
	if len(r.Statements) != 1 || len(r.Notes) != 1 || len(r.Parties) != 1 || len(r.Dialogues) != 1 {
		t.Fatalf("rescued %d statements, %d notes, %d parties, %d dialogues; left %v",
			len(r.Statements), len(r.Notes), len(r.Parties), len(r.Dialogues), res.Left)
	}
	if r.Statements[0].Version != 1 || len(r.Statements[0].PartyIDs) != 1 {
		t.Fatalf("rescued statement %+v", r.Statements[0])
	}
	s := mustOpen(t)
	noErr(t, s.WriteRows(context.Background(), &r, nil))
}

// wantCanonicalSchema fails t unless s's schema is exactly the one this
// version creates.
func wantCanonicalSchema(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	have, err := readSchema(ctx, s.read(ctx))
	noErr(t, err)
	want, _ := canonicalSchema(SchemaVersion)
	if d := schemaDiff(have, want); len(d) > 0 {
		t.Fatalf("migrated schema differs from the canonical one: %v", d)
	}
}

// wantCurrentVersion fails t unless s is stamped with this version's
// format.
func wantCurrentVersion(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	if v, err := schemaVersion(ctx, s.d, s.read(ctx)); err != nil || v != SchemaVersion {
		t.Fatalf("version after migration %d, %v", v, err)
	}
}
