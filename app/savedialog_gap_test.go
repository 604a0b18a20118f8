package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The dialogs that ask for a project's name and folder (File › New
// Project…, File › Save a Copy…) were given a fixed height taller than
// their two rows, which left a band of empty space above the buttons:
// they are as tall as what they hold, as the app's other dialogs are, and
// the buttons sit a little under the last row, not against it.
func TestProjectNameDialogsHaveNoGapAboveTheButtons(t *testing.T) {
	for _, c := range []struct{ item, confirm string }{
		{"New Project…", "Create"},
		{"Save a Copy…", "Save"},
	} {
		t.Run(c.confirm, func(t *testing.T) {
			wd := newWorld(t)
			wd.menu("File", c.item)
			cv := wd.ws.win.Canvas()
			change, ok := findButton(cv, "Change…"), findButton(cv, c.confirm)
			if change == nil || ok == nil {
				t.Fatalf("the dialog shows no Change… or %s button", c.confirm)
			}
			d := fyne.CurrentApp().Driver()
			below := d.AbsolutePositionForObject(change).Y + change.Size().Height
			gap := d.AbsolutePositionForObject(ok).Y - below
			// The form's last row and the button bar are set apart as in
			// the other dialogs: a few theme paddings, neither a band of
			// empty space nor buttons touching the row above.
			if lo, hi := 2*theme.Padding(), 4*theme.Padding(); gap < lo || gap > hi {
				t.Errorf("%.0f units of space above the %s button (want %.0f to %.0f)", gap, c.confirm, lo, hi)
			}
		})
	}
}
