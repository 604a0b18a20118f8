package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// gridHead is a header of an EvolutionGrid: a round's label across the
// top (bold, centred) or a topic's name down the side (indented by its
// depth, bold for a top-level topic, cut with "…" when too long).
type gridHead struct {
	widget.BaseWidget
	g     *EvolutionGrid
	label string
	depth int
	round bool
	row   int // the topic's row, -1 on a round's header
	text  *canvas.Text
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

func (r *gridHeadRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.h.text} }

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
	t := h.text
	t.TextSize = m.text
	t.TextStyle = fyne.TextStyle{Bold: h.round || h.depth == 0}
	t.Color = themeColor(h, theme.ColorNameForeground)
	indent := m.pad + float32(h.depth)*m.indent
	t.Text = ellipsize(h.label, m.text, t.TextStyle, size.Width-indent-m.pad)
	ts := t.MinSize()
	if h.round {
		t.Move(fyne.NewPos(max((size.Width-ts.Width)/2, m.pad), (size.Height-ts.Height)/2))
	} else {
		// A topic's name sits level with the cell's first line.
		t.Move(fyne.NewPos(indent, m.pad))
	}
	t.Resize(ts)
	t.Refresh()
}
