package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// TestExportDialogListsUseTheRoom: in a window of 1280×800 the Export
// dialog's lists of dialogues and parties show the sample's three rounds
// and two parties whole, not one and a half behind a scroll bar (they are
// kept short only for a 1024×640 window).
func TestExportDialogListsUseTheRoom(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
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
