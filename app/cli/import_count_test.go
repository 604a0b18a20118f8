package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportOneSentenceHeader: the preview's header of a one-sentence
// readout says "1 sentence", not "1 sentences".
func TestImportOneSentenceHeader(t *testing.T) {
	p := dxSample(t)
	txt := filepath.Join(t.TempDir(), "note.txt")
	if err := os.WriteFile(txt, []byte("The EU raised concerns.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := dxRun(t, "import", "-dialogue", "1", p, txt)
	if code != 0 || !strings.Contains(out, `"note", 1 sentence, author`) {
		t.Fatalf("import: exit %d, %q, %q", code, out, stderr)
	}
}
