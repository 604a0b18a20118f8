package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TestNewStatementDialogHasNoEmptyBand: the New statement dialog (under a
// column) is as high as its form: a fixed height of 320 left some 60 px of
// empty dialog between the Kind field and the buttons.
func TestNewStatementDialogHasNoEmptyBand(t *testing.T) {
	wd := newWorld(t)
	wd.tapNewStatement(0)
	top := wd.ws.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	var kind *widget.Select
	var add *widget.Button
	for _, o := range test.LaidOutObjects(top) {
		switch x := o.(type) {
		case *widget.Select:
			kind = x
		case *widget.Button:
			if x.Text == "Add" {
				add = x
			}
		}
	}
	if kind == nil || add == nil {
		t.Fatal("no Kind field or Add button in the dialog")
	}
	kp, ks := absRect(kind)
	ap, _ := absRect(add)
	if gap := ap.Y - (kp.Y + ks.Height); gap > 4*theme.Padding() {
		t.Errorf("%.0f px of empty dialog between the Kind field and the buttons", gap)
	}
	wd.key(fyne.KeyEscape)
}
