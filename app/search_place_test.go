package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestFindShowsWholePlaceAt1024x700: in a window of 1024×700 the Find
// dialog says where each hit is in full ("Statement · European Union ·
// Civil and political rights · 40th … (Brussels, 2025-06-13)"); the line
// was cut with an ellipsis before the dialogue's date.
func TestFindShowsWholePlaceAt1024x700(t *testing.T) {
	openSample(t)
	w := projectWindow(t)
	c := w.Canvas()
	fyne.DoAndWait(func() { w.Resize(fyne.NewSize(1024, 700)) })
	pressShortcut(w, ctrl(fyne.KeyF))
	field := c.Focused()
	if field == nil {
		t.Fatal("Ctrl+F puts the cursor nowhere")
	}
	test.Type(field, "rule of law")
	var places []*widget.Label
	fyne.DoAndWait(func() {
		if top := c.Overlays().Top(); top != nil {
			for _, l := range visibleOf[*widget.Label](top) {
				if strings.HasPrefix(l.Text, "Statement · ") || strings.HasPrefix(l.Text, "Source · ") {
					places = append(places, l)
				}
			}
		}
	})
	if len(places) == 0 {
		t.Fatal("Find shows no hit for \"rule of law\"")
	}
	for _, l := range places {
		var shown []string
		fyne.DoAndWait(func() {
			for _, x := range visibleOf[*canvas.Text](l) {
				shown = append(shown, x.Text)
			}
		})
		if got := strings.Join(shown, " "); strings.Join(strings.Fields(got), " ") != strings.Join(strings.Fields(l.Text), " ") {
			t.Errorf("the place %q shows as %q", l.Text, got)
		}
		if _, s := absRect(l); s.Height < l.MinSize().Height {
			t.Errorf("the place %q is %.0f high, needs %.0f", l.Text, s.Height, l.MinSize().Height)
		}
	}
}
