package storage_test

import (
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// A project format that is no number, or none at all, was reported as
// "unknown project format (-1)": a -1 the file does not hold. The message
// names what the file records.
func TestUnknownVersionMessageNamesWhatTheFileHolds(t *testing.T) {
	base := baseProject(t)
	for _, c := range []hostiletest.Case{
		{Name: "Text", Says: `unknown project format ("abc")`, SQL: []string{
			`UPDATE parley_meta SET value = 'abc' WHERE key = 'schema_version'`}},
		{Name: "Missing", Says: "unknown project format (none recorded)", SQL: []string{
			`DELETE FROM parley_meta WHERE key = 'schema_version'`}},
		{Name: "Negative", Says: "unknown project format (-1)", SQL: []string{
			`UPDATE parley_meta SET value = '-1' WHERE key = 'schema_version'`}},
	} {
		t.Run(c.Name, func(t *testing.T) {
			p := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
			must(t, hostiletest.Make(base, p, c))
			s, err := storage.OpenWith(p, storage.Options{ReadOnly: true})
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if storage.CodeOf(err) != storage.CodeNotProject || !strings.Contains(err.Error(), c.Says) {
				t.Fatalf("code %d, %q; want %q", storage.CodeOf(err), err, c.Says)
			}
		})
	}
}
