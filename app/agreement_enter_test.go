package app

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestAgreementEnterCompares: in Project → Agreement Between Coders…, the
// cursor is in the other coder's field; typing a path and pressing Enter
// compares, as the Compare button does.
func TestAgreementEnterCompares(t *testing.T) {
	dir := t.TempDir()
	wd := openWorld(t, sampleStore(t, filepath.Join(dir, "mine.parley")))
	otherPath := filepath.Join(dir, "theirs.parley")
	wd.must(sampleStore(t, otherPath).Close())
	wd.menu("Project", "Agreement Between Coders…")
	f := wd.ws.win.Canvas().Focused()
	if f == nil {
		t.Fatal("the dialog put the cursor nowhere")
	}
	test.Type(f, otherPath)
	wd.key(fyne.KeyReturn)
	if wd.findLabel("Disagreements (0)") == nil && wd.findLabel("No disagreements: both coded every shared sentence alike.") == nil {
		t.Fatal("Enter did not compare the codings")
	}
}
