package evolution

import (
	"context"
	"path/filepath"
	"testing"

	"parley/app/evolution/evolutiontest"
	"parley/storage"
)

// mustStore creates an empty project in a temporary folder.
func mustStore(t testing.TB) *storage.Store {
	t.Helper()
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// mustFixture is a project holding the made-up three rounds.
func mustFixture(t testing.TB) *storage.Store {
	t.Helper()
	st := mustStore(t)
	if _, err := evolutiontest.Fixture(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return st
}

// mustSeries loads the fixture's series.
func mustSeries(t testing.TB, st *storage.Store) *Series {
	t.Helper()
	ctx := context.Background()
	ser, err := FindSeries(ctx, st, evolutiontest.FixtureSeries)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(ctx, st, ser.ID)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func storageFilter(dialogueID int64) storage.StatementFilter {
	return storage.StatementFilter{DialogueID: dialogueID}
}
