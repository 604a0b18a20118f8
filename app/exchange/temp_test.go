package exchange_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/storage"
)

// TestImportCleansKilledImports: the hidden project a killed import-json
// left (with its journal and lock files) is removed by the next import
// into the folder; other hidden projects stay.
func TestImportCleansKilledImports(t *testing.T) {
	dir := t.TempDir()
	left := []string{".parley-new-4711.parley", ".parley-new-4711.parley-wal", ".parley-new-4711.parley-shm", ".parley-new-4711.parley.lock"}
	kept := []string{".Talks-2024.parley", ".parley-new-backup.parley"}
	old := time.Now().Add(-time.Hour)
	for _, n := range append(left, kept...) {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte("x"), 0o644)
		os.Chtimes(p, old, old)
	}
	in := filepath.Join(dir, "in.json")
	if err := os.WriteFile(in, encode(t, tricky()), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := exchange.ImportFile(context.Background(), in, filepath.Join(dir, "out.parley"), exchange.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := ".Talks-2024.parley .parley-new-backup.parley in.json out.parley"
	if got := strings.Join(names, " "); got != want {
		t.Errorf("folder holds %s, want %s", got, want)
	}
}

// TestCreateProjectErrorsNameTheProject: storage names the file it works
// on, which during an import is the temporary; the user reads the name
// they gave.
func TestCreateProjectErrorsNameTheProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Talks.parley")
	err := exchange.CreateProject(context.Background(), path, func(ctx context.Context, s *storage.Store) error {
		return fmt.Errorf("%s is damaged (%s)", filepath.Base(s.Path()), s.Path())
	})
	if err == nil || err.Error() != "Talks.parley is damaged ("+path+")" {
		t.Fatalf("err = %v", err)
	}
}
