package storage

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"gorm.io/gorm"
)

var updateSchema = flag.Bool("update-schema", false, "rewrite schema/vN.json for the current SchemaVersion from a fresh project")

// TestSchemaCanonical checks that a fresh project holds exactly the
// canonical schema of the current format, which open trusts. When it fails
// after a model or trigger change, that change needs a new migration and a
// new format: projects of the old format must still open.
func TestSchemaCanonical(t *testing.T) {
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
		return dialect.ensureSearch(tx)
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
