package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage/hostiletest"
)

// unknownValuesProject is a project made by import-json whose statement
// kind, link type and verdict were then set to values this Parley does not
// know by SQLite alone, as a hand edit or a newer Parley would.
func unknownValuesProject(t *testing.T, dir string) string {
	t.Helper()
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
	return edited
}

// unknownWarnings are the words each export of unknownValuesProject must
// say on standard error.
var unknownWarnings = []string{"3 values this version of Parley does not know", `statement 1's kind "rebuttal" as "position"`,
	`link 1's type "refutes" as "responds_to"`, `assessment 1's verdict "Partly convergent" as "partly_convergent"`}

// TestExportQDPXAndXLSXUnknownValues: the REFI-QDA and workbook exports of
// a project with values this Parley does not know say on standard error,
// as the JSON export does, what they wrote them as, and exit 0 with the
// file written; a project without such values exports without a word.
func TestExportQDPXAndXLSXUnknownValues(t *testing.T) {
	dir := t.TempDir()
	edited := unknownValuesProject(t, dir)
	for _, format := range []string{"qdpx", "xlsx"} {
		out := filepath.Join(dir, "edited."+format)
		code, _, stderr := dxRun(t, "export", "-format", format, "-o", out, edited)
		if code != 0 {
			t.Fatalf("export -format %s: exit %d, %s", format, code, stderr)
		}
		for _, want := range unknownWarnings {
			if !strings.Contains(stderr, want) {
				t.Errorf("export -format %s's warning lacks %s: %q", format, want, stderr)
			}
		}
		if fi, err := os.Stat(out); err != nil || fi.Size() == 0 {
			t.Errorf("export -format %s wrote no file: %v", format, err)
		}
		clean := filepath.Join(dir, "clean."+format)
		if code, _, stderr := dxRun(t, "export", "-format", format, "-o", clean, filepath.Join(dir, "a.parley")); code != 0 || stderr != "" {
			t.Errorf("export -format %s of a project without unknown values: exit %d, %q", format, code, stderr)
		}
	}
}

// TestExportJSONUnknownValues: a project whose statement kind, link type
// and verdict were set to values this Parley does not know (by SQLite
// alone) opens, and its JSON export says on standard error what it wrote
// them as, exits 0 and imports again; the copy's own export is stable.
func TestExportJSONUnknownValues(t *testing.T) {
	dir := t.TempDir()
	edited := unknownValuesProject(t, dir)
	first := filepath.Join(dir, "first.json")
	code, _, stderr := dxRun(t, "export", "-format", "json", "-o", first, edited)
	if code != 0 {
		t.Fatalf("export: exit %d, %s", code, stderr)
	}
	for _, want := range unknownWarnings {
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
