package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"parley/widgets"
)

// TestTagFieldStaysInViewWhenSuggestionsArrive: in the real window the
// statement a click selects is read off the UI goroutine. Ctrl+T pressed
// at once scrolled the pane to the tag field as the previous statement
// laid it out; the new statement's suggested links then arrived above the
// field and pushed it out of sight, and the analyst typed blind. The
// focused field is kept in view as the pane's content grows above it.
func TestTagFieldStaysInViewWhenSuggestionsArrive(t *testing.T) {
	wd := openSample(t)
	w := projectWindow(t)
	c := w.Canvas()
	fyne.DoAndWait(func() { w.Resize(fyne.NewSize(1024, 700)) })
	var joint, other *widgets.StatementCard
	fyne.DoAndWait(func() {
		joint = findIn(c.Content(), func(x *widgets.StatementCard) bool {
			return strings.HasPrefix(x.Data.Text, "The EU and China engaged") && x.Data.LinkCount > 0
		})
		other = findIn(c.Content(), func(x *widgets.StatementCard) bool { return x != joint })
	})
	if joint == nil || other == nil {
		t.Fatal("no cards of the sample on screen")
	}
	test.Tap(other) // the pane shows another statement first
	held := &heldRunner{}
	wd.ws.run = held
	defer func() { wd.ws.run = inlineRunner{} }()
	test.Tap(joint)
	pressShortcut(w, ctrl(fyne.KeyT))
	held.release() // the statement and its suggested links arrive now
	field, ok := c.Focused().(*blurEntry)
	if !ok || field.PlaceHolder != "Add a tag (Ctrl+T)" {
		t.Fatalf("Ctrl+T focuses %T, not the tag field", c.Focused())
	}
	var pane *container.Scroll
	fyne.DoAndWait(func() {
		for _, s := range visibleOf[*container.Scroll](c.Content()) {
			if findIn(s, func(e *blurEntry) bool { return e == field }) != nil {
				pane = s
			}
		}
	})
	if pane == nil {
		t.Fatal("the focused tag field is not in a visible pane")
	}
	// The real window lays out what grew on its next frame; the test
	// canvas has no frames.
	fyne.DoAndWait(pane.Refresh)
	if findButton(c, "Accept (A)") == nil {
		t.Fatal("the joint account shows no suggested links: the test shows nothing")
	}
	pp, ps := absRect(pane)
	fp, fs := absRect(field)
	if fp.Y < pp.Y || fp.Y+fs.Height > pp.Y+ps.Height {
		t.Errorf("the focused tag field is at y %.0f–%.0f; the pane shows %.0f–%.0f", fp.Y, fp.Y+fs.Height, pp.Y, pp.Y+ps.Height)
	}
	test.Type(field, "co")
	if field.Text != "co" {
		t.Errorf("typing in the focused field gives %q", field.Text)
	}
}
