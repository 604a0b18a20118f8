package storage_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"parley/storage"
	"parley/storage/storagetest"
)

// TestReleaseCachesFreesReadPages: the pages a read leaves in SQLite's
// cache are handed back by ReleaseCaches, and the same read afterwards,
// from the file again, gives the same statements.
func TestReleaseCachesFreesReadPages(t *testing.T) {
	ctx := context.Background()
	s, err := storage.Create(filepath.Join(t.TempDir(), "cache"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := storagetest.GenerateProject(ctx, s, 3000, nil); err != nil {
		t.Fatal(err)
	}
	storage.ReleaseCaches() // what the writes left cached
	ids := func() []int64 {
		t.Helper()
		vs, err := s.StatementViews(ctx, storage.StatementFilter{}, 0)
		if err != nil {
			t.Fatal(err)
		}
		out := make([]int64, len(vs))
		for i, v := range vs {
			out[i] = v.ID
		}
		return out
	}
	first := ids()
	if len(first) != 3000 {
		t.Fatalf("read %d statements, want 3000", len(first))
	}
	if freed := storage.ReleaseCaches(); freed < 256<<10 {
		t.Fatalf("ReleaseCaches freed %d bytes after reading 3000 statements, want at least 256 KB", freed)
	}
	if again := ids(); !slices.Equal(again, first) {
		t.Fatalf("after the release the read gave %d statements, before %d", len(again), len(first))
	}
}
