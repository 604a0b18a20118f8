package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage/hostiletest"
)

// dxDamagedIndex is the sample project with the search index of its
// statements damaged behind Parley's back: the blocks of the index cut in
// half, the file's pages sound.
func dxDamagedIndex(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "damaged.parley")
	c := hostiletest.Case{Name: "damaged index", SQL: []string{
		"UPDATE fts_statements_data SET block = substr(block, 1, length(block)/2) WHERE id > 10"}}
	noErr(t, hostiletest.Make(dxSample(t), p, c))
	return p
}

// TestSearchDamagedIndex: search on a damaged index says the index is
// damaged and names the command that rescues the project, which builds a
// project whose search works again.
func TestSearchDamagedIndex(t *testing.T) {
	p := dxDamagedIndex(t)
	code, _, stderr := dxRun(t, "search", p, "human rights")
	if code != 1 {
		t.Fatalf("search: exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{"search index of damaged.parley is damaged", "parley rescue -o NEW.parley " + p} {
		if !strings.Contains(stderr, want) {
			t.Errorf("search: %q does not say %q", stderr, want)
		}
	}
	if strings.Contains(stderr, "malformed") {
		t.Errorf("search: %q shows SQLite's words", stderr)
	}
	np := filepath.Join(t.TempDir(), "mended.parley")
	if code, _, stderr := dxRun(t, "rescue", "-o", np, p); code != 0 {
		t.Fatalf("rescue: exit %d: %s", code, stderr)
	}
	if code, out, stderr := dxRun(t, "search", np, "human rights"); code != 0 || out == "" {
		t.Fatalf("search of the rescued project: exit %d, %q: %s", code, out, stderr)
	}
}

// TestImportDamagedIndexNamesRescue: parley import -accept into a project
// whose search index is damaged through and through (every block cut in
// half, so storing new statements meets it) fails, saying the index is
// damaged and how to rescue: the command, and the window's way; the
// rescued project takes the import.
func TestImportDamagedIndexNamesRescue(t *testing.T) {
	p := filepath.Join(t.TempDir(), "damaged.parley")
	c := hostiletest.Case{Name: "damaged index", SQL: []string{
		"UPDATE fts_statements_data SET block = substr(block, 1, length(block)/2)"}}
	noErr(t, hostiletest.Make(dxSample(t), p, c))
	readout := filepath.Join(t.TempDir(), "readout.txt")
	noErr(t, os.WriteFile(readout, []byte("EU statement\n\nThe European Union raised the case of Ilham Tohti and called for his release.\n"), 0o644))
	code, _, stderr := dxRun(t, "import", "-accept", "-author", "European Union", "-dialogue", "New round", p, readout)
	if code != 1 {
		t.Fatalf("import: exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{"search index of damaged.parley is damaged", "parley rescue -o NEW.parley " + p, "Rescue into a new project…"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("import: %q does not say %q", stderr, want)
		}
	}
	if n := strings.Count(stderr, "parley rescue"); n != 1 {
		t.Errorf("import names the rescue %d times: %q", n, stderr)
	}
	np := filepath.Join(t.TempDir(), "mended.parley")
	if code, _, stderr := dxRun(t, "rescue", "-o", np, p); code != 0 {
		t.Fatalf("rescue: exit %d: %s", code, stderr)
	}
	if code, out, stderr := dxRun(t, "import", "-accept", "-author", "European Union", "-dialogue", "New round", np, readout); code != 0 || !strings.Contains(out, "stored 1 statements") {
		t.Fatalf("import into the rescued project: exit %d, %q: %s", code, out, stderr)
	}
}
