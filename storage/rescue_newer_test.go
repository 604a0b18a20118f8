package storage_test

import (
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestRescueRefusesNewerProject: a project a newer Parley made may hold
// tables and columns this Parley does not know. A rescue reads only the
// ones it knows, so it used to "rescue" such a file and leave the newer
// format's data behind without a word; it now refuses it, untouched, and
// says to update Parley.
func TestRescueRefusesNewerProject(t *testing.T) {
	base := baseProject(t)
	p := filepath.Join(t.TempDir(), "later"+storage.Extension)
	newer := strconv.Itoa(storage.SchemaVersion + 1)
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "Newer", SQL: []string{
		"UPDATE parley_meta SET value = '" + newer + "' WHERE key = 'schema_version'",
		`CREATE TABLE speeches (id INTEGER PRIMARY KEY, body TEXT)`,
		`INSERT INTO speeches (body) VALUES ('the analyst''s work in the newer format')`,
		`ALTER TABLE statements ADD COLUMN confidence REAL`,
	}}))
	before, err := hostiletest.Sums(p)
	must(t, err)
	_, err = storage.ReadRescue(context.Background(), p)
	var se *storage.Error
	if !errors.As(err, &se) || se.Code != storage.CodeNewerVersion {
		t.Fatalf("rescue of a newer project: %v, want a refusal with CodeNewerVersion", err)
	}
	for _, want := range []string{"newer Parley", "project format " + newer, "update Parley"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message %q does not say %q", err, want)
		}
	}
	after, err := hostiletest.Sums(p)
	must(t, err)
	for k, v := range before {
		if after[k] != v {
			t.Errorf("%s changed", k)
		}
	}
}
