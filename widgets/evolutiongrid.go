package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// EvolutionEntry is one party's statements on one topic in one round.
type EvolutionEntry struct {
	Count int
	First string // the first line of the first statement
	// Change sums up how the statements relate to the round before
	// ("1 new · 2 repeated"); empty for none.
	Change string
}

// EvolutionParty is a party of the grid: every cell has a line for it.
type EvolutionParty struct {
	Name  string
	Color color.Color
}

// EvolutionData is a series' topics × rounds. Cells[topic][round][party]
// lines up with Topics, Rounds and Parties; missing entries show empty.
type EvolutionData struct {
	Topics     []string
	TopicDepth []int
	Rounds     []string
	Parties    []EvolutionParty
	Cells      [][][]EvolutionEntry
}

func (d *EvolutionData) entry(topic, round, party int) EvolutionEntry {
	if topic < len(d.Cells) && round < len(d.Cells[topic]) && party < len(d.Cells[topic][round]) {
		return d.Cells[topic][round][party]
	}
	return EvolutionEntry{}
}

// EvolutionGrid shows EvolutionData as a table: topics down the side,
// rounds across, each cell a line per party with its count and the first
// line of what it said, tinted in the party's colour. Only the visible
// cells exist (it is a widget.Table), so a series of 50 rounds × 100
// topics scrolls as lightly as three rounds do. Tapping a cell, or Space
// on the cell the keyboard highlights, reports it; tapping a topic's name
// reports the topic.
type EvolutionGrid struct {
	widget.BaseWidget
	Data    EvolutionData
	OnCell  func(topic, round int)
	OnTopic func(topic int)

	table *widget.Table
	headW float32 // the topics' column
	colW  float32 // each round's column, as last fitted
}

// NewEvolutionGrid returns a grid of d; onCell may be nil.
func NewEvolutionGrid(d EvolutionData, onCell func(topic, round int)) *EvolutionGrid {
	g := &EvolutionGrid{Data: d, OnCell: onCell}
	g.table = widget.NewTableWithHeaders(g.length, g.createCell, g.updateCell)
	g.table.CreateHeader = func() fyne.CanvasObject { return newGridHead(g) }
	g.table.UpdateHeader = g.updateHeader
	g.table.OnSelected = g.onSelected
	g.ExtendBaseWidget(g)
	g.size()
	return g
}

// SetData shows new data, keeping the scroll position where it can.
func (g *EvolutionGrid) SetData(d EvolutionData) {
	g.Data = d
	g.size()
	g.table.Refresh()
}

// ScrollTo brings a cell into view.
func (g *EvolutionGrid) ScrollTo(topic, round int) {
	g.table.ScrollTo(widget.TableCellID{Row: topic, Col: round})
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (g *EvolutionGrid) CreateRenderer() fyne.WidgetRenderer {
	g.ExtendBaseWidget(g)
	return widget.NewSimpleRenderer(g.table)
}

// Refresh re-reads the theme's sizes as well as the data.
func (g *EvolutionGrid) Refresh() {
	g.size()
	g.table.Refresh()
	g.BaseWidget.Refresh()
}

func (g *EvolutionGrid) length() (int, int) { return len(g.Data.Topics), len(g.Data.Rounds) }

// size sets the header column to the topics' names (capped) and the
// header row to the rounds' labels.
func (g *EvolutionGrid) size() {
	m := g.metrics()
	w := m.text * 8
	for i, t := range g.Data.Topics {
		w = max(w, measureText(t, m.text, fyne.TextStyle{Bold: depthAt(g.Data.TopicDepth, i) == 0}).Width+float32(depthAt(g.Data.TopicDepth, i))*m.indent)
	}
	g.headW = min(w, m.text*13) + 2*m.pad
	g.table.SetColumnWidth(-1, g.headW)
	g.table.SetRowHeight(-1, m.lineH+2*m.pad)
	g.colW = 0
	g.fitColumns(g.Size().Width)
}

// Resize narrows the rounds' columns so that all of them fit the width
// given, when they can at minCellText text sizes each: a window of 1024
// pixels then shows three rounds beside the pairings rather than two and
// a half. A series too long to fit keeps its columns wide and scrolls.
func (g *EvolutionGrid) Resize(s fyne.Size) {
	g.fitColumns(s.Width)
	g.BaseWidget.Resize(s)
}

// minCellText is how narrow, in text sizes, a round's column may get; its
// lines are cut with an ellipsis, and the whole text is a tap away.
const minCellText = 10

func (g *EvolutionGrid) fitColumns(width float32) {
	n := len(g.Data.Rounds)
	if n == 0 || width <= 0 {
		return
	}
	m := g.metrics()
	w := min(m.cellW, (width-g.headW-m.pad)/float32(n))
	if w < m.text*minCellText {
		w = m.cellW
	}
	if w == g.colW {
		return
	}
	g.colW = w
	for i := 0; i < n; i++ {
		g.table.SetColumnWidth(i, w)
	}
}

func (g *EvolutionGrid) onSelected(id widget.TableCellID) {
	// Unselected at once: a cell is a button here, and tapping the same one
	// again must report it again.
	g.table.UnselectAll()
	if id.Row >= 0 && id.Col >= 0 && g.OnCell != nil {
		g.OnCell(id.Row, id.Col)
	}
}

func (g *EvolutionGrid) createCell() fyne.CanvasObject { return newGridCell(g) }

func (g *EvolutionGrid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*gridCell)
	c.set(id.Row, id.Col)
}

func (g *EvolutionGrid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	h := o.(*gridHead)
	switch {
	case id.Row < 0 && id.Col >= 0 && id.Col < len(g.Data.Rounds):
		h.set(g.Data.Rounds[id.Col], 0, true, -1)
	case id.Col < 0 && id.Row >= 0 && id.Row < len(g.Data.Topics):
		h.set(g.Data.Topics[id.Row], depthAt(g.Data.TopicDepth, id.Row), false, id.Row)
	default:
		h.set("", 0, false, -1)
	}
}

func depthAt(d []int, i int) int {
	if i < len(d) {
		return d[i]
	}
	return 0
}

// gridMetrics are the grid's sizes from the theme.
type gridMetrics struct {
	pad, indent, text, caption, lineH, capH, cellW float32
}

func (g *EvolutionGrid) metrics() gridMetrics {
	p := themeSize(g, theme.SizeNamePadding)
	m := gridMetrics{pad: p, indent: p * 3, text: themeSize(g, theme.SizeNameText), caption: themeSize(g, theme.SizeNameCaptionText)}
	m.lineH = measureText("Mg", m.text, fyne.TextStyle{}).Height
	m.capH = measureText("Mg", m.caption, fyne.TextStyle{}).Height
	m.cellW = m.text * 15
	return m
}
