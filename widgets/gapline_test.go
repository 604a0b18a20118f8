package widgets

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// A gap line opens what it names on a click, on Enter and on Space once
// it has the keyboard's focus (Tab reaches it), and shows where the
// pointer or the focus is.
func TestGapLine_TapKeysAndFocus(t *testing.T) {
	test.NewTempApp(t)
	var taps int
	g := NewGapLine([]color.Color{colorEU}, "Regional issues/Hong Kong", "raised by European Union; not mentioned by China", func() { taps++ })
	w := test.NewTempWindow(t, container.NewVBox(widget.NewEntry(), g))
	w.Resize(fyne.NewSize(600, 120))

	test.Tap(g)
	if taps != 1 {
		t.Fatalf("a click made %d taps", taps)
	}
	w.Canvas().FocusNext() // the entry
	w.Canvas().FocusNext() // the line
	if w.Canvas().Focused() != g {
		t.Fatalf("Tab does not reach the line: %v has the focus", w.Canvas().Focused())
	}
	r := test.WidgetRenderer(g).(*gapLineRenderer)
	if r.bg.FillColor == color.Transparent {
		t.Error("the focused line looks as any other")
	}
	w.Canvas().Focused().TypedRune(' ')
	w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if taps != 3 {
		t.Fatalf("Space and Enter made %d taps, want 2 more than the click's", taps-1)
	}
	w.Canvas().Unfocus()
	if r.bg.FillColor != color.Transparent {
		t.Error("the line keeps its focus look after the focus left")
	}
}

// The dots, the lead and the text follow each other from the left on one
// line when they fit; a text longer than the line wraps under the lead,
// whole, never drawn past the line's end (it was cut with an ellipsis,
// which lost the end of an omission of many parties).
func TestGapLine_Layout(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			long := "During the dialogue, the Chinese side pointed out serious human rights issues that exist in EU countries, including regression in democracy and freedom."
			g := NewGapLine([]color.Color{colorChina, colorEU}, "China, concern:", long, nil)
			short := NewGapLine([]color.Color{colorEU}, "Hong Kong", "raised by EU", nil)
			w := test.NewTempWindow(t, container.NewVBox(short, g))
			w.Resize(fyne.NewSize(420, 200))
			r := test.WidgetRenderer(g).(*gapLineRenderer)
			if len(r.dots) != 2 || r.dots[0].FillColor != colorChina || r.dots[1].FillColor != colorEU {
				t.Fatalf("dots %v", r.dots)
			}
			rs := test.WidgetRenderer(short).(*gapLineRenderer)
			if !(rs.lead.Position().X > rs.dots[0].Position().X && rs.text.Position().X > rs.lead.Position().X && rs.text.Position().Y == rs.lead.Position().Y) {
				t.Errorf("a short line is not dot, lead, text on one line: dot at %v, lead at %v, text at %v",
					rs.dots[0].Position(), rs.lead.Position(), rs.text.Position())
			}
			if !(r.dots[1].Position().X > r.dots[0].Position().X && r.lead.Position().X > r.dots[1].Position().X &&
				r.text.Position().Y > r.lead.Position().Y && r.text.Position().X == r.lead.Position().X) {
				t.Errorf("a long line does not wrap under its lead: dots at %v, %v, lead at %v, text at %v",
					r.dots[0].Position(), r.dots[1].Position(), r.lead.Position(), r.text.Position())
			}
			if end := r.text.Position().X + r.text.Size().Width; end > g.Size().Width+0.5 {
				t.Errorf("the text ends at %.0f in a line of %.0f", end, g.Size().Width)
			}
			var shown []string
			walkRich(r.text, func(tx *canvas.Text) { shown = append(shown, tx.Text) })
			if got := strings.Join(strings.Fields(strings.Join(shown, " ")), " "); got != long {
				t.Errorf("the long text shows as %q", shown)
			}
			if g.Size().Height < 2*short.Size().Height {
				t.Errorf("the wrapped line is %.0f px tall, a line %.0f", g.Size().Height, short.Size().Height)
			}
		})
	}
}

// textShownCut reports whether l draws its text shortened with an ellipsis.
func textShownCut(l *widget.Label) bool {
	var shown string
	for _, o := range test.WidgetRenderer(l).Objects() {
		walkRich(o, func(tx *canvas.Text) { shown += tx.Text })
	}
	return shown != l.Text && len(shown) > 0 && shown[len(shown)-len("…"):] == "…"
}

func walkRich(o fyne.CanvasObject, f func(*canvas.Text)) {
	switch x := o.(type) {
	case *canvas.Text:
		f(x)
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walkRich(c, f)
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			walkRich(c, f)
		}
	}
}
