package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage/hostiletest"
)

// TestExportJSONUnknownValues: a project whose statement kind, link type
// and verdict were set to values this Parley does not know (by SQLite
// alone) opens, and its JSON export says on standard error what it wrote
// them as, exits 0 and imports again; the copy's own export is stable.
func TestExportJSONUnknownValues(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	dxWriteChinese(t, in)
	if code, _, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "a.parley"), in); code != 0 {
		t.Fatal(stderr)
	}
	edited := filepath.Join(dir, "edited.parley")
	err := hostiletest.Make(filepath.Join(dir, "a.parley"), edited, hostiletest.Case{Name: "unknown", SQL: []string{
		"UPDATE statements SET kind = 'rebuttal' WHERE id = 1",
		"UPDATE links SET type = 'refutes'",
		"UPDATE assessments SET verdict = 'Partly convergent'",
	}})
	if err != nil {
		t.Fatal(err)
	}
	first := filepath.Join(dir, "first.json")
	code, _, stderr := dxRun(t, "export", "-format", "json", "-o", first, edited)
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, stderr)
	}
	for _, want := range []string{"3 values this version of Parley does not know", `statement 1's kind "rebuttal" as "position"`,
		`link 1's type "refutes" as "responds_to"`, `assessment 1's verdict "Partly convergent" as "partly_convergent"`} {
		if !strings.Contains(stderr, want) {
			t.Errorf("export's warning lacks %s: %q", want, stderr)
		}
	}
	if code, _, stderr := dxRun(t, "import-json", "-o", filepath.Join(dir, "b.parley"), first); code != 0 {
		t.Fatalf("the export of a project Parley opens does not import: %s", stderr)
	}
	second := filepath.Join(dir, "second.json")
	if code, _, stderr := dxRun(t, "export", "-format", "json", "-o", second, filepath.Join(dir, "b.parley")); code != 0 || stderr != "" {
		t.Fatalf("export of the copy: exit %d, %q", code, stderr)
	}
	a, _ := os.ReadFile(first)
	b, _ := os.ReadFile(second)
	if !bytes.Equal(a, b) {
		t.Error("export → import → export differs")
	}
}
