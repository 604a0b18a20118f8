package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// gridHead is a header of an EvolutionGrid: a round's label across the
// top (bold, centred) or a topic's name down the side (indented by its
// depth, bold for a top-level topic, wrapped over as many lines as its
// row has room for and cut with "…" only past them).
type gridHead struct {
	widget.BaseWidget
	g     *EvolutionGrid
	label string
	depth int
	round bool
	row   int            // the topic's row, -1 on a round's header
	text  *canvas.Text   // the first line
	more  []*canvas.Text // the topic's name's further lines
}

var _ fyne.Tappable = (*gridHead)(nil)

// Tapped reports a topic's name tapped.
func (h *gridHead) Tapped(*fyne.PointEvent) {
	if h.row >= 0 && h.g.OnTopic != nil {
		h.g.OnTopic(h.row)
	}
}

func newGridHead(g *EvolutionGrid) *gridHead {
	h := &gridHead{g: g, row: -1, text: canvas.NewText("", nil)}
	h.ExtendBaseWidget(h)
	return h
}

func (h *gridHead) set(label string, depth int, round bool, row int) {
	h.label, h.depth, h.round, h.row = label, depth, round, row
	h.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (h *gridHead) CreateRenderer() fyne.WidgetRenderer {
	h.ExtendBaseWidget(h)
	return &gridHeadRenderer{h: h}
}

type gridHeadRenderer struct{ h *gridHead }

func (r *gridHeadRenderer) Destroy() {}

func (r *gridHeadRenderer) Objects() []fyne.CanvasObject {
	out := []fyne.CanvasObject{r.h.text}
	for _, t := range r.h.more {
		out = append(out, t)
	}
	return out
}

// MinSize is small: the table sizes every cell to the largest of the cell
// and the header templates, and the grid sets the headers' sizes itself.
func (r *gridHeadRenderer) MinSize() fyne.Size {
	m := r.h.g.metrics()
	return fyne.NewSize(m.text, m.lineH)
}

func (r *gridHeadRenderer) Refresh() {
	r.Layout(r.h.Size())
	canvas.Refresh(r.h)
}

func (r *gridHeadRenderer) Layout(size fyne.Size) {
	h := r.h
	m := h.g.metrics()
	style := fyne.TextStyle{Bold: h.round || h.depth == 0}
	fg := themeColor(h, theme.ColorNameForeground)
	indent := m.pad + float32(h.depth)*m.indent
	lines := []string{ellipsize(h.label, m.text, style, size.Width-indent-m.pad)}
	if !h.round {
		lines = headLines(h.label, m.text, style, size.Width-indent-m.pad, int((size.Height-m.pad)/m.lineH))
	}
	for len(h.more) < len(lines)-1 {
		h.more = append(h.more, canvas.NewText("", nil))
	}
	for i, t := range append([]*canvas.Text{h.text}, h.more...) {
		t.TextSize, t.TextStyle, t.Color = m.text, style, fg
		t.Text = ""
		if i < len(lines) {
			t.Text = lines[i]
		}
		ts := t.MinSize()
		switch {
		case h.round:
			t.Move(fyne.NewPos(max((size.Width-ts.Width)/2, m.pad), (size.Height-ts.Height)/2))
		default:
			// A topic's name starts level with the cell's first line.
			t.Move(fyne.NewPos(indent, m.pad+float32(i)*m.lineH))
		}
		t.Resize(ts)
		t.Refresh()
	}
}

// headLines wraps a topic's name at width into at most n lines (one at
// least); what does not fit ends the last line with "…".
func headLines(label string, size float32, style fyne.TextStyle, width float32, n int) []string {
	n = max(n, 1)
	mt := measure(label, size, style)
	wrapped := mt.wrap(max(width, 1))
	var out []string
	for i, l := range wrapped {
		if i == n-1 && len(wrapped) > n {
			out = append(out, ellipsize(mt.text[l.start:], size, style, width))
			break
		}
		out = append(out, mt.lineText(l))
	}
	return out
}
