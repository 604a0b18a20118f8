package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app/sample"
	"parley/storage"
	"parley/widgets"
)

// TestWheelScrollsDetailPaneToItsEnd: with the pointer held over the
// detail pane, the mouse wheel took it only until a text field (the
// statement's text, a note's) came under the pointer; the field's own
// scroll kept the wheel though it had nothing to scroll, so at 1024 px
// the pane stopped before its links. The wheel now goes on to the pane
// and reaches the last link's text and Delete statement….
func TestWheelScrollsDetailPaneToItsEnd(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1024, Height: 800}, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprintf("%.0fx%.0f", size.Width, size.Height), func(t *testing.T) {
			wheelToDetailEnd(t, size)
		})
	}
}

func wheelToDetailEnd(t *testing.T, size fyne.Size) {
	w := jointAccountShown(t)
	c := w.Canvas()
	fyne.DoAndWait(func() { w.Resize(size) })

	var pane *container.Scroll
	var last *widget.Label
	var remove *widget.Button
	fyne.DoAndWait(func() {
		for _, s := range visibleOf[*container.Scroll](c.Content()) {
			if findIn(s, func(l *widget.Label) bool { return l.Text == "Links" }) != nil {
				pane = s
			}
		}
		if pane == nil {
			return
		}
		inLinks := false
		for _, l := range visibleOf[*widget.Label](pane) {
			inLinks = inLinks || l.Text == "Links"
			if inLinks && strings.Contains(l.Text, ": ") {
				last = l
			}
		}
		remove = findIn(pane, func(b *widget.Button) bool { return b.Text == "Delete statement…" })
	})
	if pane == nil || last == nil || remove == nil {
		t.Fatalf("no detail pane with a link and Delete statement… (pane %v, link %v)", pane != nil, last != nil)
	}

	panePos, paneSize := absRect(pane)
	pointer := panePos.Add(fyne.NewPos(paneSize.Width/2, paneSize.Height/2))
	for range 200 {
		fyne.DoAndWait(func() { test.Scroll(c, pointer, 0, -20) })
	}

	fyne.DoAndWait(func() {
		bottom := panePos.Y + paneSize.Height
		for _, o := range []fyne.CanvasObject{last, remove} {
			p, s := absRect(o)
			if p.Y < panePos.Y || p.Y+s.Height > bottom+1 {
				t.Errorf("at %v, scrolled to %.0f, %T %q spans %.0f–%.0f; the pane shows %.0f–%.0f",
					size, pane.Offset.Y, o, textOf(o), p.Y, p.Y+s.Height, panePos.Y, bottom)
			}
		}
		content := pane.Content
		cp, cs := absRect(content)
		if p, s := absRect(last); p.Y+s.Height > cp.Y+cs.Height+1 {
			t.Errorf("at %v the last link's text ends at %.0f, below the pane's content (%.0f)", size, p.Y+s.Height, cp.Y+cs.Height)
		}
	})
}

// openSample opens the sample project, as a new user first sees it, in a
// window of 1280×800.
func openSample(t *testing.T) *world {
	t.Helper()
	st, err := storage.Create(filepath.Join(t.TempDir(), "sample"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return openWorld(t, st)
}

// jointAccountShown opens the sample project as a new user sees it, in a
// window of 1280×800, and taps the card of the 40th round's joint account,
// which has a link and suggested links; it returns the window.
func jointAccountShown(t *testing.T) fyne.Window {
	t.Helper()
	openSample(t)
	w := projectWindow(t)
	var card *widgets.StatementCard
	fyne.DoAndWait(func() {
		card = findIn(w.Canvas().Content(), func(x *widgets.StatementCard) bool {
			return strings.HasPrefix(x.Data.Text, "The EU and China engaged") && x.Data.LinkCount > 0
		})
	})
	if card == nil {
		t.Fatal("no card of the joint account on screen")
	}
	test.Tap(card)
	return w
}

// TestWheelScrollsALongTextFirst: over a text field holding more than
// it shows, the wheel scrolls the field first, and the pane only once the
// field is at its end.
func TestWheelScrollsALongTextFirst(t *testing.T) {
	wd := newWorld(t)
	long := "The EU raised concerns" + strings.Repeat(" about the situation in Tibet and Xinjiang", 30) + "."
	in := storage.StatementInput{PartyIDs: []int64{wd.eu.ID}}
	in.DialogueID, in.Text, in.TopicID = wd.d.ID, long, &wd.tibet.ID
	wd.must(wd.st.CreateStatement(context.Background(), &in))
	wd.ws.load(loadAll)
	wd.pickTopic(wd.tibet.ID)
	wd.pickCard(1, in.ID)
	w := projectWindow(t)
	c := w.Canvas()
	var field *blurEntry
	var pane *container.Scroll
	fyne.DoAndWait(func() {
		field = findIn(c.Content(), func(e *blurEntry) bool { return e.Text == long })
		for _, s := range visibleOf[*container.Scroll](c.Content()) {
			if findIn(s, func(e *blurEntry) bool { return e == field }) != nil && findIn(s, func(l *widget.Label) bool { return l.Text == "Links" }) != nil {
				pane = s
			}
		}
	})
	if field == nil || pane == nil {
		t.Fatalf("no text field of the long statement in a pane (field %v, pane %v)", field != nil, pane != nil)
	}
	fp, fs := absRect(field)
	pointer := fp.Add(fyne.NewPos(fs.Width/2, fs.Height/2))
	fyne.DoAndWait(func() { test.Scroll(c, pointer, 0, -20) })
	if pane.Offset.Y != 0 {
		t.Fatalf("the first turn of the wheel over a long text scrolled the pane to %.0f, not the text", pane.Offset.Y)
	}
	for range 200 {
		fyne.DoAndWait(func() { test.Scroll(c, pointer, 0, -20) })
	}
	if pane.Offset.Y == 0 {
		t.Fatal("at the end of the long text, the wheel does not go on to the pane")
	}
}

// projectWindow is the window showing the project: the one with content
// (the test app keeps an empty window of its own too).
func projectWindow(t *testing.T) fyne.Window {
	t.Helper()
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Content() != nil {
			return w
		}
	}
	t.Fatal("no window shows the project")
	return nil
}

// visibleOf is every visible object of type T under o, in drawing order.
func visibleOf[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	walk(o, func(x fyne.CanvasObject) bool {
		if t, ok := x.(T); ok {
			out = append(out, t)
		}
		return false
	})
	return out
}

// findIn is the first visible object of type T under o that match
// accepts.
func findIn[T fyne.CanvasObject](o fyne.CanvasObject, match func(T) bool) T {
	var zero T
	for _, x := range visibleOf[T](o) {
		if match(x) {
			return x
		}
	}
	return zero
}

func textOf(o fyne.CanvasObject) string {
	switch x := o.(type) {
	case *widget.Label:
		return x.Text
	case *widget.Button:
		return x.Text
	}
	return ""
}
