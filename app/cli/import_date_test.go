package cli

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

// An undated readout imported into a dialogue with a date names the
// office-holder of that day; into a dialogue without one, no one
// (import_date.go).
func TestImportDatesAnUndatedReadoutByItsDialogue(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.parley")
	st, err := storage.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, d := range []*storage.Dialogue{{Title: "Round 39", StartDate: "2024-06-16"}, {Title: "Undated round"}} {
		if err := st.CreateDialogue(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	file := writeInput(t, "r.txt", "China readout\n\nThe Foreign Minister met the EU High Representative.")
	for dialogue, want := range map[string]bool{"Round 39": true, "Undated round": false} {
		code, out, errs := importRun(t, "-author", "China", "-dialogue", dialogue, path, file)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if got := strings.Contains(out, "Wang Yi"); got != want {
			t.Errorf("-dialogue %q: Wang Yi named %v, want %v:\n%s", dialogue, got, want, out)
		}
	}
}
