package widgets

import (
	"image/color"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// gridCell is one cell of an EvolutionGrid: per party a tinted band with
// the count in a pill, the first line of what it said, and under it how
// that relates to the round before. The table reuses cells as it scrolls,
// so set only moves and recolours the cell's objects.
type gridCell struct {
	widget.BaseWidget
	g           *EvolutionGrid
	topic, rnd  int
	bands, pill []*canvas.Rectangle
	count, line []*canvas.Text
	change      []*canvas.Text
	objs        []fyne.CanvasObject
}

func newGridCell(g *EvolutionGrid) *gridCell {
	c := &gridCell{g: g, topic: -1, rnd: -1}
	c.ExtendBaseWidget(c)
	return c
}

func (c *gridCell) set(topic, rnd int) {
	c.topic, c.rnd = topic, rnd
	c.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *gridCell) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	return &gridCellRenderer{c: c}
}

// blockH is the height of one party's block: a text line and a caption.
func (m gridMetrics) blockH() float32 { return m.lineH + m.capH + m.pad }

type gridCellRenderer struct{ c *gridCell }

func (r *gridCellRenderer) Destroy() {}

func (r *gridCellRenderer) Objects() []fyne.CanvasObject { return r.c.objs }

func (r *gridCellRenderer) MinSize() fyne.Size {
	m := r.c.g.metrics()
	n := max(len(r.c.g.Data.Parties), 1)
	return fyne.NewSize(m.cellW, float32(n)*m.blockH()+m.pad)
}

func (r *gridCellRenderer) Refresh() {
	r.Layout(r.c.Size())
	canvas.Refresh(r.c)
}

// grow makes sure the cell has objects for n parties.
func (c *gridCell) grow(n int) {
	for len(c.bands) < n {
		c.bands = append(c.bands, canvas.NewRectangle(nil))
		c.pill = append(c.pill, canvas.NewRectangle(nil))
		c.count = append(c.count, canvas.NewText("", nil))
		c.line = append(c.line, canvas.NewText("", nil))
		c.change = append(c.change, canvas.NewText("", nil))
	}
	c.objs = c.objs[:0]
	for i := 0; i < n; i++ {
		c.objs = append(c.objs, c.bands[i], c.pill[i], c.count[i], c.line[i], c.change[i])
	}
}

func (r *gridCellRenderer) Layout(size fyne.Size) {
	c := r.c
	d := &c.g.Data
	m := c.g.metrics()
	c.grow(len(d.Parties))
	fg := themeColor(c, theme.ColorNameForeground)
	muted := themeColor(c, theme.ColorNamePlaceHolder)
	radius := themeSize(c, theme.SizeNameInputRadius)
	for i, p := range d.Parties {
		e := EvolutionEntry{}
		if c.topic >= 0 {
			e = d.entry(c.topic, c.rnd, i)
		}
		y := m.pad/2 + float32(i)*m.blockH()
		band := c.bands[i]
		band.FillColor, band.CornerRadius = color0(e.Count > 0, withAlpha(orGrey(c, p.Color), 0.14)), radius
		band.Move(fyne.NewPos(m.pad/2, y))
		band.Resize(fyne.NewSize(size.Width-m.pad, m.blockH()-m.pad/2))
		band.Refresh()
		x := r.placeCount(i, e, p, y, m, fg, muted)
		line := c.line[i]
		line.Text, line.Color, line.TextSize = "", fg, m.text
		if e.Count > 0 {
			line.Text = ellipsize(firstLine(e.First), m.text, fyne.TextStyle{}, size.Width-x-m.pad)
		}
		line.Move(fyne.NewPos(x, y+m.pad/4))
		line.Resize(line.MinSize())
		line.Refresh()
		ch := c.change[i]
		ch.Text, ch.Color, ch.TextSize = ellipsize(e.Change, m.caption, fyne.TextStyle{}, size.Width-2*m.pad), muted, m.caption
		ch.Move(fyne.NewPos(m.pad*1.5, y+m.lineH+m.pad/4))
		ch.Resize(ch.MinSize())
		ch.Refresh()
	}
}

// placeCount draws the party's count in a pill of its colour ("–" with no
// pill when it said nothing) and returns where the text line starts.
func (r *gridCellRenderer) placeCount(i int, e EvolutionEntry, p EvolutionParty, y float32, m gridMetrics, fg, muted color.Color) float32 {
	c := r.c
	t := c.count[i]
	t.TextSize, t.TextStyle = m.caption, fyne.TextStyle{Bold: true}
	pill := c.pill[i]
	pill.CornerRadius = m.lineH / 2
	if e.Count == 0 {
		t.Text, t.Color = "–", muted
		pill.FillColor = color.Transparent
	} else {
		t.Text = strconv.Itoa(e.Count)
		pill.FillColor = withAlpha(orGrey(c, p.Color), 0.85)
		t.Color = readableOn(c, pill.FillColor, fg)
	}
	ts := t.MinSize()
	w := max(ts.Width+m.pad*2, m.lineH*1.3)
	h := m.lineH - m.pad/2
	x := m.pad
	pill.Move(fyne.NewPos(x, y+m.pad/2))
	pill.Resize(fyne.NewSize(w, h))
	pill.Refresh()
	t.Move(fyne.NewPos(x+(w-ts.Width)/2, y+m.pad/2+(h-ts.Height)/2))
	t.Resize(ts)
	t.Refresh()
	return x + w + m.pad
}

// color0 is c when on, else transparent.
func color0(on bool, c color.Color) color.Color {
	if on {
		return c
	}
	return color.Transparent
}

// firstLine is s up to its first line break.
func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}
