package storagetest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/pgtest"
)

func TestGenerateProject(t *testing.T) {
	ctx := context.Background()
	s, err := storage.Create(project(t))
	must(t, err)
	t.Cleanup(func() { s.Close() })
	var last int
	must(t, GenerateProject(ctx, s, 5000, func(done, total int) {
		if done < last || total != 5000 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	}))
	if last != 5000 {
		t.Errorf("last progress %d", last)
	}
	ds, err := s.Dialogues(ctx)
	must(t, err)
	series, err := s.AllSeries(ctx)
	must(t, err)
	parties, err := s.Parties(ctx)
	must(t, err)
	topics, err := s.Topics(ctx)
	must(t, err)
	tags, err := s.Tags(ctx)
	must(t, err)
	views, err := s.StatementViews(ctx, storage.StatementFilter{}, 0)
	must(t, err)
	for what, got := range map[string][2]int{"dialogues": {len(ds), 100}, "series": {len(series), 3}, "parties": {len(parties), 4},
		"topics": {len(topics), 54}, "tags": {len(tags), 24}, "statements": {len(views), 5000}} {
		if got[0] != got[1] {
			t.Errorf("%s: %d, want %d", what, got[0], got[1])
		}
	}
	joint, chinese := 0, 0
	lo, hi := map[int64]int64{}, map[int64]int64{}
	for _, v := range views {
		if len(v.PartyIDs) > 1 {
			joint++
		}
		if strings.Contains(v.Text, "人权") || strings.Contains(v.Text, "双方") {
			chinese++
		}
		if lo[v.DialogueID] == 0 || v.ID < lo[v.DialogueID] {
			lo[v.DialogueID] = v.ID
		}
		hi[v.DialogueID] = max(hi[v.DialogueID], v.ID)
	}
	notes, err := s.Notes(ctx)
	must(t, err)
	links, err := s.Links(ctx, 0)
	must(t, err)
	if joint < 50 || chinese < 50 || len(notes) == 0 || len(links) == 0 {
		t.Errorf("joint %d, Chinese %d, notes %d, links %d", joint, chinese, len(notes), len(links))
	}
	// A dialogue's statements are stored together, as imports store them.
	for d := range lo {
		if spread := hi[d] - lo[d]; spread > 60 {
			t.Errorf("dialogue %d's statements spread over %d ids", d, spread)
		}
	}
	res, err := s.IntegrityCheck(ctx)
	must(t, err)
	if res != "ok" {
		t.Fatalf("integrity %q", res)
	}
}

func TestStatementInputsRepeat(t *testing.T) {
	ctx := context.Background()
	texts := func() []string {
		s, err := storage.Create(project(t))
		must(t, err)
		defer s.Close()
		in, err := StatementInputs(ctx, s, 50, 7)
		must(t, err)
		out := make([]string, len(in))
		for i, x := range in {
			out[i] = x.Text
		}
		return out
	}
	a, b := texts(), texts()
	if strings.Join(a, "\n") != strings.Join(b, "\n") || len(a) != 50 {
		t.Fatal("the same seed gave different statements")
	}
}

// TestMain runs the tests on the back-end PARLEY_TEST_BACKEND names.
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// project is where a test's new project goes: a file, or an empty
// database of the test cluster.
func project(t *testing.T) string {
	if pgtest.Postgres() {
		return pgtest.Database(t)
	}
	return filepath.Join(t.TempDir(), "p"+storage.Extension)
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
