package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestExportBadTimeThroughWindow: a project whose statement and note hold
// a date that is no date (written by another program) used to fail every
// export with "Could not write the export". File → Export… now writes the
// report and the workbook with those dates empty, and the dialog after
// the export names the statement and the note.
func TestExportBadTimeThroughWindow(t *testing.T) {
	p := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	noErr(t, hostiletest.Make(rescueBase(t), p, hostiletest.Case{Name: "BadTime", SQL: []string{
		"UPDATE statements SET created_at = '12/03/2024'",
		"UPDATE notes SET created_at = 'yesterday'"}}))
	st, err := storage.Open(p)
	noErr(t, err)
	wd := openWorld(t, st)
	w := wd.ws.win
	for _, c := range []struct{ format, name, done string }{
		{exportHTML, "brief.html", "Open in browser"},
		{exportXLSX, "table.xlsx", "Close"},
	} {
		t.Run(c.name, func(t *testing.T) {
			wd.menu("File", "Export…")
			tapOn(t, w.Canvas(), c.format)
			wd.tapCheck("The analyst's notes")
			wd.tap("Choose a file…")
			e := overlayEntry(w)
			if e == nil {
				t.Fatal("no file name field")
			}
			w.Canvas().Focus(e)
			e.TypedShortcut(&fyne.ShortcutSelectAll{})
			test.Type(e, c.name)
			wd.tap("Export")
			if overlayText(w, "Could not write the export") {
				t.Fatal("the export failed")
			}
			if findButton(w.Canvas(), c.done) == nil {
				t.Fatal("no dialog saying the export is done")
			}
			for _, want := range []string{
				`statement 1: its date of creation reads "12/03/2024", which is not a date and time (written outside Parley); it is left empty`,
				`note 1: its date of creation reads "yesterday"`,
			} {
				if !overlayText(w, want) {
					t.Errorf("the dialog does not say %q", want)
				}
			}
			b, err := os.ReadFile(filepath.Join(filepath.Dir(p), c.name))
			noErr(t, err)
			if c.name == "brief.html" && !strings.Contains(string(b), "Compare with the 38th round.") {
				t.Error("the report lost the note")
			}
			wd.tap("Close")
		})
	}
}
