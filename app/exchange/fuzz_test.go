package exchange_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/exchange"
	"parley/storage"
)

// FuzzImport feeds arbitrary bytes to the importer: it must answer with a
// project or an error, never a panic, and a file it accepts must load into
// a project and export again. Seeds are the tricky project and the
// hand-written cases of TestImportErrors.
func FuzzImport(f *testing.F) {
	good := string(encode(f, tricky()))
	f.Add(good)
	f.Add(`{"format": "parley-project", "version": 1}`)
	f.Add(strings.Replace(good, `"start": 12`, `"start": "12"`, 1))
	f.Add(strings.Replace(good, `"parent": 6`, `"parent": 1`, 1))
	f.Add(`{"format": "parley-project", "version": 2}`)
	f.Fuzz(func(t *testing.T, data string) {
		doc, err := exchange.Decode([]byte(data))
		if err != nil {
			return
		}
		rows, err := exchange.ToRows(doc)
		if err != nil {
			return
		}
		s, err := storage.Create(filepath.Join(t.TempDir(), "f.parley"))
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if err := s.WriteRows(context.Background(), &rows, nil); err != nil {
			return
		}
		if _, err := s.ReadRows(context.Background()); err != nil {
			t.Fatalf("a project WriteRows accepted cannot be read: %v", err)
		}
	})
}
