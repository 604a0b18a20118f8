package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// GapLine is one line of a list of findings that opens what it names: dots
// in the parties' colours, a lead in bold (a topic, or who raised what) and
// a plain text cut to the width. It reads as text, not as a button, lights
// up under the pointer and with the keyboard's focus, and Enter or Space
// taps it as a click does.
//
// With Wrap set it is a small paragraph rather than one line: the dots, the
// lead and a quiet Note (say, the topic) on the first line, and the whole
// Text wrapped to the width under the lead, for findings that are read,
// such as a statement nobody answered. A line without Wrap becomes such a
// paragraph too where it does not fit its width, rather than lose its end.
type GapLine struct {
	widget.BaseWidget
	Dots     []color.Color
	Lead     string
	Note     string // quiet text after the lead (Wrap only), cut to the width
	Text     string
	Wrap     bool
	OnTapped func()

	hovered, focused bool
}

var (
	_ fyne.Tappable      = (*GapLine)(nil)
	_ fyne.Focusable     = (*GapLine)(nil)
	_ desktop.Hoverable  = (*GapLine)(nil)
	_ desktop.Cursorable = (*GapLine)(nil)
)

// NewGapLine returns a line; onTap may be nil.
func NewGapLine(dots []color.Color, lead, text string, onTap func()) *GapLine {
	g := &GapLine{Dots: dots, Lead: lead, Text: text, OnTapped: onTap}
	g.ExtendBaseWidget(g)
	return g
}

// NewGapParagraph returns a GapLine with Wrap set: lead and note on the
// first line, text wrapped whole under them; onTap may be nil.
func NewGapParagraph(dots []color.Color, lead, note, text string, onTap func()) *GapLine {
	g := &GapLine{Dots: dots, Lead: lead, Note: note, Text: text, Wrap: true, OnTapped: onTap}
	g.ExtendBaseWidget(g)
	return g
}

// Tapped calls OnTapped.
func (g *GapLine) Tapped(*fyne.PointEvent) {
	if g.OnTapped != nil {
		g.OnTapped()
	}
}

// MouseIn shows the hover state.
func (g *GapLine) MouseIn(*desktop.MouseEvent) { g.hovered = true; g.Refresh() }

// MouseMoved is needed for desktop.Hoverable.
func (g *GapLine) MouseMoved(*desktop.MouseEvent) {}

// MouseOut clears the hover state.
func (g *GapLine) MouseOut() { g.hovered = false; g.Refresh() }

// Cursor shows a pointer: the line opens something.
func (g *GapLine) Cursor() desktop.Cursor { return desktop.PointerCursor }

// FocusGained shows the focus.
func (g *GapLine) FocusGained() { g.focused = true; g.Refresh() }

// FocusLost clears the focus.
func (g *GapLine) FocusLost() { g.focused = false; g.Refresh() }

// TypedRune taps the line on Space.
func (g *GapLine) TypedRune(r rune) {
	if r == ' ' {
		g.Tapped(nil)
	}
}

// TypedKey taps the line on Enter.
func (g *GapLine) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		g.Tapped(nil)
	}
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (g *GapLine) CreateRenderer() fyne.WidgetRenderer {
	g.ExtendBaseWidget(g)
	r := &gapLineRenderer{line: g, bg: canvas.NewRectangle(color.Transparent),
		lead: widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		note: widget.NewLabel(""), text: widget.NewLabel("")}
	r.text.Truncation = fyne.TextTruncateEllipsis
	r.note.Truncation = fyne.TextTruncateEllipsis
	r.note.Importance = widget.LowImportance
	r.bg.CornerRadius = themeSize(g, theme.SizeNameInputRadius)
	r.Refresh()
	return r
}

type gapLineRenderer struct {
	line             *GapLine
	bg               *canvas.Rectangle
	dots             []*canvas.Circle
	lead, note, text *widget.Label
}

// gapDot is the diameter of a party's dot.
const gapDot = 9

func (r *gapLineRenderer) Layout(size fyne.Size) {
	if r.setParagraph(r.paragraph(size.Width)) {
		r.layoutWrapped(size)
		return
	}
	pad := themeSize(r.line, theme.SizeNamePadding)
	r.bg.Resize(size)
	x := pad
	for _, d := range r.dots {
		d.Resize(fyne.NewSize(gapDot, gapDot))
		d.Move(fyne.NewPos(x, (size.Height-gapDot)/2))
		x += gapDot + pad/2
	}
	lw := r.lead.MinSize().Width
	if r.line.Lead == "" {
		lw = 0
	}
	lw = min(lw, max(size.Width-x, 0))
	r.lead.Resize(fyne.NewSize(lw, size.Height))
	r.lead.Move(fyne.NewPos(x, 0))
	x += lw - pad // the two labels' paddings would leave a gap of two
	r.text.Resize(fyne.NewSize(max(size.Width-x, 0), size.Height))
	r.text.Move(fyne.NewPos(x, 0))
}

func (r *gapLineRenderer) MinSize() fyne.Size {
	if r.setParagraph(r.paragraph(r.line.Size().Width)) {
		return r.wrappedMinSize()
	}
	pad := themeSize(r.line, theme.SizeNamePadding)
	h := r.text.MinSize().Height
	w := pad + float32(len(r.dots))*(gapDot+pad/2) + r.text.MinSize().Width
	if r.line.Lead != "" {
		w += r.lead.MinSize().Width - pad
	}
	return fyne.NewSize(w, h)
}

func (r *gapLineRenderer) Refresh() {
	g := r.line
	for len(r.dots) < len(g.Dots) {
		r.dots = append(r.dots, canvas.NewCircle(color.Transparent))
	}
	r.dots = r.dots[:len(g.Dots)]
	for i, c := range g.Dots {
		if r.dots[i].FillColor != c {
			r.dots[i].FillColor = c
			r.dots[i].Refresh()
		}
	}
	r.lead.SetText(Visible(g.Lead))
	r.lead.Hidden = g.Lead == ""
	r.note.SetText(Visible(g.Note))
	r.note.Hidden = !g.Wrap || g.Note == ""
	r.text.SetText(Visible(g.Text))
	switch {
	case g.focused:
		r.bg.FillColor = themeColor(g, theme.ColorNameFocus)
	case g.hovered:
		r.bg.FillColor = themeColor(g, theme.ColorNameHover)
	default:
		r.bg.FillColor = color.Transparent
	}
	r.bg.Refresh()
	r.Layout(g.Size())
}

func (r *gapLineRenderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.bg}
	for _, d := range r.dots {
		objs = append(objs, d)
	}
	return append(objs, r.lead, r.note, r.text)
}

func (r *gapLineRenderer) Destroy() {}
