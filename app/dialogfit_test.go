package app

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// outside lists what of the dialog on top is drawn past the window's
// edges, and the dialog itself when it needs more room than the window
// has (Fyne then squeezes it). What scrolls is checked as its viewport,
// not its content; spacers draw nothing.
func (wd *world) outside() []string {
	c := wd.ws.win.Canvas()
	top := c.Overlays().Top()
	if top == nil {
		wd.t.Fatal("no dialog on top")
	}
	size := c.Size()
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
		s := o.Size()
		_, spacer := o.(*layout.Spacer)
		if !spacer && s.Width > 0 && s.Height > 0 && (p.X < -0.5 || p.Y < -0.5 || p.X+s.Width > size.Width+0.5 || p.Y+s.Height > size.Height+0.5) {
			name := fmt.Sprintf("%T %v %v", o, p, s)
			switch x := o.(type) {
			case *widget.Label:
				name = x.Text
			case *widget.Button:
				name = x.Text
			case *canvas.Text:
				name = x.Text
			}
			out = append(out, name)
		}
		if pu, ok := o.(*widget.PopUp); ok {
			if m := pu.MinSize(); m.Width > size.Width || m.Height > size.Height {
				out = append(out, fmt.Sprintf("the dialog needs %v", m))
			}
		}
		if _, ok := o.(*container.Scroll); ok {
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				walk(k)
			}
		}
	}
	walk(top)
	return out
}

// The Export dialog fits a window of 1024×640: every format, the buttons
// and the hint are inside it.
func TestExportDialogFitsA1024x640Window(t *testing.T) {
	wd := sampleWorld(t, 1024, 640)
	wd.menu("File", "Export…")
	if got := wd.outside(); len(got) > 0 {
		t.Fatalf("past the window's edge: %q", got)
	}
}

// cutTexts lists the texts drawn under o that end in an ellipsis.
func cutTexts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(k fyne.CanvasObject) bool {
		if tx, ok := k.(*canvas.Text); ok && strings.HasSuffix(tx.Text, "…") {
			out = append(out, tx.Text)
		}
		return false
	})
	return out
}

// At 1024×640 the detail pane's Reported by, Speaker and Kind show what
// they hold whole (the speaker was "(not …" beside its New… button).
func TestDetailPaneChoicesUncutAt1024x640(t *testing.T) {
	wd := sampleWorld(t, 1024, 640)
	wd.tapTopic("Regional issues")
	wd.tapCard(0, wd.ws.view.cols[0].Cards()[0].ID)
	e := wd.ws.detail
	for _, s := range []*widget.Select{e.reported, e.speaker, e.kind} {
		if got := cutTexts(s); len(got) > 0 {
			t.Errorf("the detail pane shows %q cut", got)
		}
	}
}

// On a screen of 1024×640 the import's review window opens no larger
// than the screen, and its content fits it.
func TestReviewWindowFitsA1024x640Screen(t *testing.T) {
	wd := newWorld(t)
	screen := fyne.NewSize(1024, 640)
	wd.ws.screen = screen // what Run learns from the driver
	rw := wd.reviewOf(reviewReadout, "EU")
	if s := rw.Canvas().Size(); s.Width > screen.Width || s.Height > screen.Height {
		t.Errorf("the review window is %v on a %v screen", s, screen)
	}
	if m := rw.Content().MinSize(); m.Width > screen.Width || m.Height > screen.Height {
		t.Errorf("the review window needs %v on a %v screen", m, screen)
	}
}

// brokenWords lists the word-wrapped labels under o too narrow for their
// longest word, which Fyne then breaks inside the word.
func brokenWords(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(k fyne.CanvasObject) bool {
		l, ok := k.(*widget.Label)
		if !ok || l.Wrapping != fyne.TextWrapWord || l.Size().Width == 0 {
			return false
		}
		for _, w := range strings.Fields(l.Text) {
			if fyne.MeasureText(w, theme.TextSize(), l.TextStyle).Width+2*theme.InnerPadding() > l.Size().Width+0.5 {
				out = append(out, l.Text)
				break
			}
		}
		return false
	})
	return out
}

// At 1024×640 a suggested link's words are whole: the Accept and Dismiss
// buttons no longer squeeze its head to a few pixels.
func TestSuggestedLinksReadWholeAt1024x640(t *testing.T) {
	wd := sampleWorld(t, 1024, 640)
	wd.tapTopic("Regional issues")
	wd.tapCard(1, wd.ws.view.cols[1].Cards()[0].ID)
	box := wd.ws.detail.suggest.object()
	if !box.Visible() {
		t.Fatal("no suggested links for the EU's first statement on Regional issues")
	}
	if got := brokenWords(box); len(got) > 0 {
		t.Errorf("words broken in %q", got)
	}
}

// Every dialog a menu item opens fits a window of 1024×640: Fyne draws a
// dialog that needs more room than the window has past the window's edges
// or squeezed.
func TestEveryMenusDialogFitsA1024x640Window(t *testing.T) {
	t.Setenv("HOME", t.TempDir())
	wd := newTourWorld(t)
	wd.ws.win.Resize(fyne.NewSize(1024, 640))
	size := wd.ws.win.Canvas().Size()
	checked := 0
	for _, o := range menuOpeners(wd) {
		if !o.open(wd) {
			continue
		}
		for _, ov := range wd.ws.win.Canvas().Overlays().List() {
			walk(ov, func(k fyne.CanvasObject) bool {
				if pu, ok := k.(*widget.PopUp); ok {
					checked++
					if m := pu.MinSize(); m.Width > size.Width || m.Height > size.Height {
						t.Errorf("%s: the dialog needs %v in a window of %v", o.route, m, size)
					}
					return true
				}
				return false
			})
		}
		wd.closeAll()
	}
	if checked < 10 {
		t.Fatalf("only %d dialogs checked", checked)
	}
}

// The Sources view's Make statement form fits a window of 1024×640.
func TestMakeStatementFormFitsA1024x640Window(t *testing.T) {
	wd := newWorld(t)
	wd.ws.win.Resize(fyne.NewSize(1024, 640))
	wd.addSource()
	tapSentence(t, wd.openSources(), "China rejected")
	wd.tap("Make statement…")
	if got := wd.outside(); len(got) > 0 {
		t.Fatalf("past the window's edge: %q", got)
	}
}

// At 1024×700 the detail pane gives its fields the pane's width (labels
// above them): the first statement of each column on a topic with a long
// name shows its party and kind whole, and at least 20 letters of its
// speaker (a name with a role) and topic (it was "Mia…" and
// "Universality a…").
func TestDetailPaneFieldsRoomyAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.tapTopic("Universality and non-interference")
	e := wd.ws.detail
	for col := range wd.ws.view.cols {
		cards := wd.ws.view.cols[col].Cards()
		if len(cards) == 0 {
			continue
		}
		wd.tapCard(col, cards[0].ID)
		for _, s := range []*widget.Select{e.reported, e.kind} {
			if got := cutTexts(s); len(got) > 0 {
				t.Errorf("statement %d: the detail pane shows %q cut", cards[0].ID, got)
			}
		}
		for _, s := range []*widget.Select{e.speaker, e.topic} {
			for _, got := range cutTexts(s) {
				if utf8.RuneCountInString(got) < 21 {
					t.Errorf("statement %d: the detail pane shows %q", cards[0].ID, got)
				}
			}
		}
	}
}
