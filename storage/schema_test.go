package storage

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"gorm.io/gorm"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite schema/vN.json for the current SchemaVersion from a fresh project")

// TestSchemaCanonical checks that a fresh project holds exactly the
// canonical schema of the current format, which open trusts. When it fails
// after a model or trigger change, that change needs a new migration and a
// new format: projects of the old format must still open.
func TestSchemaCanonical(t *testing.T) {
	fileOnly(t, "SchemaCanonical")
	s := mustOpen(t)
	have, err := readSchema(context.Background(), s.read(context.Background()))
	noErr(t, err)
	file := filepath.Join("schema", "v"+strconv.Itoa(SchemaVersion)+".json")
	if *updateSchema {
		b, err := json.MarshalIndent(have, "", "\t")
		noErr(t, err)
		noErr(t, os.WriteFile(file, append(b, '\n'), 0o644))
		t.Logf("wrote %s (%d objects)", file, len(have))
		return
	}
	want, ok := canonicalSchema(SchemaVersion)
	if !ok {
		t.Fatalf("no %s", file)
	}
	if d := schemaDiff(have, want); len(d) > 0 {
		t.Fatalf("a fresh project differs from %s: %v", file, d)
	}
	if len(have) < 40 {
		t.Fatalf("only %d objects in a fresh project", len(have))
	}
}

// TestSearchTriggersExact replaces one of Parley's triggers by one of the
// same name and runs the step every migration ends with: the trigger is
// Parley's again, by exact SQL.
func TestSearchTriggersExact(t *testing.T) {
	fileOnly(t, "SearchTriggersExact")
	s := mustOpen(t)
	ctx := context.Background()
	evil := "CREATE TRIGGER sources_ai AFTER INSERT ON sources BEGIN UPDATE sources SET text = 'forged' WHERE id = new.id; END"
	err := s.write(ctx, "replace", func(tx *gorm.DB) error {
		if err := tx.Exec("DROP TRIGGER sources_ai").Error; err != nil {
			return err
		}
		if err := tx.Exec(evil).Error; err != nil {
			return err
		}
		return sqliteDialect{}.ensureSearch(tx)
	})
	noErr(t, err)
	have, err := readSchema(ctx, s.read(ctx))
	noErr(t, err)
	want, _ := canonicalSchema(SchemaVersion)
	if d := schemaDiff(have, want); len(d) > 0 {
		t.Fatalf("after ensureSearch: %v", d)
	}
	src := Source{Title: "t", Text: "original words"}
	noErr(t, s.CreateSource(ctx, &src))
	got, err := s.Source(ctx, src.ID)
	noErr(t, err)
	if got.Text != "original words" {
		t.Fatalf("the replaced trigger ran: %q", got.Text)
	}
}

// TestForeignKeyOrder opens a project whose tables list their foreign
// keys in another order, as gorm writes them in map order from one project
// to the next; a foreign key that differs is still refused.
func TestForeignKeyOrder(t *testing.T) {
	fileOnly(t, "ForeignKeyOrder")
	cases := []struct {
		name, from, to string
		code           Code
	}{
		{"Reordered", "CONSTRAINT `fk_notes_statement`", "CONSTRAINT `fk_notes_statement`", 0},
		{"Changed", "REFERENCES `statements`(`id`) ON DELETE CASCADE", "REFERENCES `statements`(`id`) ON DELETE SET NULL", CodeUntrusted},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := closedProject(t)
			db := rawDB(t, p)
			var ddl string
			noErr(t, db.Raw("SELECT sql FROM sqlite_schema WHERE name = 'notes'").Scan(&ddl).Error)
			body := strings.TrimSuffix(ddl, ")")
			i := strings.Index(body, ",CONSTRAINT ")
			clauses := strings.Split(body[i+1:], ",")
			for l, r := 0, len(clauses)-1; l < r; l, r = l+1, r-1 {
				clauses[l], clauses[r] = clauses[r], clauses[l]
			}
			changed := strings.Replace(body[:i+1]+strings.Join(clauses, ",")+")", c.from, c.to, 1)
			if changed == ddl {
				t.Fatal("nothing changed")
			}
			noErr(t, db.Exec("PRAGMA writable_schema = ON").Error)
			noErr(t, db.Exec("UPDATE sqlite_schema SET sql = ? WHERE name = 'notes'", changed).Error)
			closeRaw(t, db)
			s, err := Open(p)
			if c.code == 0 {
				noErr(t, err)
				noErr(t, s.Close())
				return
			}
			wantCode(t, err, c.code)
		})
	}
}

// BenchmarkSchemaCheck measures what the schema check adds to an open:
// verifySchema against reading the version alone (what open did before),
// on the same read-only connection.
func BenchmarkSchemaCheck(b *testing.B) {
	f := mustFixture(b)
	if err := f.s.Close(); err != nil {
		b.Fatal(err)
	}
	p := f.s.Path()
	ctx := context.Background()
	db, done, err := openProbe(p, false)
	if err != nil {
		b.Fatal(err)
	}
	defer done()
	b.Run("baseline-version", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := schemaVersion(ctx, sqliteDialect{}, db); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("verifySchema", func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			if _, err := verifySchema(ctx, db, p, false); err != nil {
				b.Fatal(err)
			}
		}
	})
}
