package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// TestExportDialogListsUseTheRoom: in a window of 1280×800 the Export
// dialog's lists of dialogues and parties show the sample's three rounds
// and two parties whole, not one and a half behind a scroll bar (they are
// kept short only for a 1024×640 window).
func TestExportDialogListsUseTheRoom(t *testing.T) {
	exportListsWhole(t, 1280, 800)
}

// TestExportDialogFitsA1024x700Window: at 1024×700 the Export dialog shows
// every format, on one line, and the sample's three dialogues and two
// parties whole (the formats and the Include checks stacked in the
// columns left the dialogues one and a half rows).
func TestExportDialogFitsA1024x700Window(t *testing.T) {
	wd := exportListsWhole(t, 1024, 700)
	if got := wd.outside(); len(got) > 0 {
		t.Fatalf("past the window's edge: %q", got)
	}
	var ys []float32
	for _, label := range exportLabels() {
		tx, _ := wd.find(func(o fyne.CanvasObject) bool {
			tx, ok := o.(*canvas.Text)
			return ok && tx.Text == label
		}).(*canvas.Text)
		if tx == nil {
			t.Fatalf("the format %q is not on screen", label)
		}
		var pos fyne.Position
		fyne.DoAndWait(func() { pos = fyne.CurrentApp().Driver().AbsolutePositionForObject(tx) })
		ys = append(ys, pos.Y)
	}
	for i, y := range ys {
		if y != ys[0] {
			t.Errorf("the format %q is at y=%.0f, the first at y=%.0f: not on one line", exportLabels()[i], y, ys[0])
		}
	}
}

// exportListsWhole opens File → Export… in a window of w×h and checks
// that the lists of dialogues and parties show the sample's whole.
func exportListsWhole(t *testing.T, w, h float32) *world {
	t.Helper()
	wd := sampleWorld(t, w, h)
	listsWholeIn(t, wd)
	return wd
}

// listsWholeIn opens File → Export… and checks that the lists of
// dialogues and parties show the sample's whole.
func listsWholeIn(t *testing.T, wd *world) {
	t.Helper()
	wd.menu("File", "Export…")
	for _, first := range []string{"40th China-EU Human Rights Dialogue", "China"} {
		s, _ := wd.find(func(o fyne.CanvasObject) bool {
			s, ok := o.(*container.Scroll)
			if !ok {
				return false
			}
			g, ok := s.Content.(*widget.CheckGroup)
			return ok && len(g.Options) > 0 && len(g.Options[0]) >= len(first) && g.Options[0][:len(first)] == first
		}).(*container.Scroll)
		if s == nil {
			t.Fatalf("no list starting with %q", first)
		}
		var shown, whole float32
		fyne.DoAndWait(func() { shown, whole = s.Size().Height, s.Content.MinSize().Height })
		if shown < whole {
			t.Errorf("the list starting with %q shows %.0f of its %.0f px", first, shown, whole)
		}
	}
}
