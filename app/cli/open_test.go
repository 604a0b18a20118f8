package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

// TestReadWhileWindowOpen: search and export read a project that another
// Parley holds, and see what it committed; writing commands still refuse.
func TestReadWhileWindowOpen(t *testing.T) {
	p := dxSample(t)
	holder, err := storage.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	ctx := context.Background()
	ds, err := holder.Dialogues(ctx)
	if err != nil || len(ds) == 0 {
		t.Fatalf("dialogues: %v", err)
	}
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: ds[0].ID, Text: "A zeppelin statement made while the window is open."}}
	if err := holder.CreateStatement(ctx, &in); err != nil {
		t.Fatal(err)
	}

	code, out, stderr := dxRun(t, "search", p, "zeppelin")
	if code != 0 || !strings.Contains(out, "[zeppelin]") {
		t.Fatalf("search: exit %d, %q, %q", code, out, stderr)
	}
	dst := filepath.Join(t.TempDir(), "out.csv")
	if code, _, stderr := dxRun(t, "export", "-format", "csv", "-o", dst, p); code != 0 {
		t.Fatalf("export: exit %d, %q", code, stderr)
	}
	csv, err := os.ReadFile(dst)
	if err != nil || !strings.Contains(string(csv), "zeppelin") {
		t.Fatalf("export lacks the new statement: %v", err)
	}
	src := filepath.Join(t.TempDir(), "r.txt")
	if err := os.WriteFile(src, []byte("The EU raised concerns about Tibet."), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := dxRun(t, "import", "-accept", "-dialogue", "1", p, src); code != 1 || !strings.Contains(stderr, "in use by another Parley (a window or a command)") {
		t.Fatalf("import into a held project: exit %d, %q", code, stderr)
	}
}
