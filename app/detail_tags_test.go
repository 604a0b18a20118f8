package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
)

// TestTagSuggestionsShowAt1024x700: Ctrl+T on a statement with suggested
// links scrolled the pane just far enough to show the tag field at its
// foot; what the user typed then opened the list of tags under it, out of
// sight. The list is brought into view as it opens.
func TestTagSuggestionsShowAt1024x700(t *testing.T) {
	w := jointAccountShown(t)
	c := w.Canvas()
	fyne.DoAndWait(func() { w.Resize(fyne.NewSize(1024, 700)) })
	pressShortcut(w, ctrl(fyne.KeyT))
	field, ok := c.Focused().(*blurEntry)
	if !ok || field.PlaceHolder != "Add a tag (Ctrl+T)" {
		t.Fatalf("Ctrl+T focuses %T, not the tag field", c.Focused())
	}
	test.Type(field, "co")
	var pane *container.Scroll
	var rows []*suggestionRow
	fyne.DoAndWait(func() {
		for _, s := range visibleOf[*container.Scroll](c.Content()) {
			if findIn(s, func(e *blurEntry) bool { return e == field }) != nil {
				pane = s
			}
		}
		if pane != nil {
			rows = visibleOf[*suggestionRow](pane)
		}
	})
	if pane == nil || len(rows) == 0 {
		t.Fatalf("typing \"co\" in the tag field shows %d tags (pane %v)", len(rows), pane != nil)
	}
	pp, ps := absRect(pane)
	fp, _ := absRect(field)
	rp, rs := absRect(rows[0])
	if rp.Y+rs.Height > pp.Y+ps.Height || fp.Y < pp.Y {
		t.Errorf("the field at y %.0f and its first tag at %.0f–%.0f; the pane shows %.0f–%.0f", fp.Y, rp.Y, rp.Y+rs.Height, pp.Y, pp.Y+ps.Height)
	}
}
