package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestQDPXCommands: the Chinese project goes through `export -format
// qdpx` and `import-qdpx` and its JSON export comes back the same; the
// workbook is written; a bad file and a taken name fail with one line.
func TestQDPXCommands(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.json")
	dxWriteChinese(t, in)
	a := filepath.Join(dir, "a.parley")
	if code, _, stderr := dxRun(t, "import-json", "-o", a, in); code != 0 {
		t.Fatal(stderr)
	}
	qdpxFile := filepath.Join(dir, "a.qdpx")
	if code, _, stderr := dxRun(t, "export", "-format", "qdpx", "-o", qdpxFile, a); code != 0 {
		t.Fatalf("export qdpx: %s", stderr)
	}
	b := filepath.Join(dir, "b.parley")
	code, out, stderr := dxRun(t, "import-qdpx", "-o", b, qdpxFile)
	if code != 0 || out != "created "+b+": 1 dialogue, 1 source, 2 statements, 2 notes\n" {
		t.Fatalf("import-qdpx: exit %d, %q, %q", code, out, stderr)
	}
	_, first, _ := dxRun(t, "export", "-format", "json", "-o", "-", a)
	_, second, _ := dxRun(t, "export", "-format", "json", "-o", "-", b)
	if first != second || !strings.Contains(first, "地区问题/新疆") {
		t.Error("the JSON export differs after export -format qdpx → import-qdpx")
	}
	if code, _, _ := dxRun(t, "import-qdpx", "-o", b, qdpxFile); code != 1 {
		t.Errorf("importing onto an existing project: exit %d, want 1", code)
	}
	bad := filepath.Join(dir, "bad.qdpx")
	os.WriteFile(bad, []byte("not a zip"), 0o644)
	code, _, stderr = dxRun(t, "import-qdpx", "-o", filepath.Join(dir, "c.parley"), bad)
	if code != 1 || !strings.Contains(stderr, "not a REFI-QDA project archive") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("bad file: exit %d, %q", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "c.parley")); err == nil {
		t.Error("a project was made from a bad file")
	}
	if code, _, _ := dxRun(t, "import-qdpx", "-party-cases", "-party-code", "X", "-o", filepath.Join(dir, "d"), qdpxFile); code != 2 {
		t.Errorf("two party mappings: exit %d, want 2", code)
	}
	book := filepath.Join(dir, "a.xlsx")
	if code, _, stderr := dxRun(t, "export", "-format", "xlsx", "-o", book, a); code != 0 {
		t.Fatalf("export xlsx: %s", stderr)
	}
	if head, _ := os.ReadFile(book); len(head) < 4 || string(head[:2]) != "PK" {
		t.Error("the workbook is not a zip file")
	}
}
