package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// MatrixData is a topic × party table of statement counts. RowDepth indents
// each row (its depth in the topic tree); Badges, when not nil, holds one
// verdict per row ("convergent", ... or "") shown in a last column; rows
// past its end (a row "No topic", which cannot be assessed) show none.
type MatrixData struct {
	Rows      []string
	RowDepth  []int
	Cols      []string
	ColColors []color.Color
	Counts    [][]int // Counts[row][col]
	Badges    []string
}

// Matrix draws MatrixData as a heat map: each cell tinted in its party's
// colour, stronger the more statements it holds. Tapping a cell reports it.
type Matrix struct {
	widget.BaseWidget
	Data   MatrixData
	OnCell func(row, col int)

	hoverRow, hoverCol int
	r                  *matrixRenderer
}

var (
	_ fyne.Tappable     = (*Matrix)(nil)
	_ desktop.Hoverable = (*Matrix)(nil)
)

// NewMatrix returns a matrix of d; onCell may be nil.
func NewMatrix(d MatrixData, onCell func(row, col int)) *Matrix {
	m := &Matrix{Data: d, OnCell: onCell, hoverRow: -1, hoverCol: -1}
	m.ExtendBaseWidget(m)
	return m
}

// SetData shows new data.
func (m *Matrix) SetData(d MatrixData) {
	m.Data = d
	m.Refresh()
}

// Tapped reports the cell under the pointer.
func (m *Matrix) Tapped(ev *fyne.PointEvent) {
	row, col, ok := m.cellAt(ev.Position)
	if ok && m.OnCell != nil {
		m.OnCell(row, col)
	}
}

// MouseIn starts hover tracking.
func (m *Matrix) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved highlights the cell under the pointer.
func (m *Matrix) MouseMoved(ev *desktop.MouseEvent) {
	row, col, ok := m.cellAt(ev.Position)
	if !ok {
		row, col = -1, -1
	}
	if row != m.hoverRow || col != m.hoverCol {
		m.hoverRow, m.hoverCol = row, col
		if m.r != nil {
			m.r.placeHover() // moving two rectangles, not redrawing the table
		}
	}
}

// MouseOut clears the hover.
func (m *Matrix) MouseOut() {
	m.hoverRow, m.hoverCol = -1, -1
	if m.r != nil {
		m.r.placeHover()
	}
}

// cellAt maps a position to a count cell.
func (m *Matrix) cellAt(pos fyne.Position) (int, int, bool) {
	g := m.grid()
	if pos.Y < g.headH || pos.X < g.labelW {
		return 0, 0, false
	}
	row := int((pos.Y - g.headH) / g.rowH)
	col := int((pos.X - g.labelW) / g.cellW)
	if row >= len(m.Data.Rows) || col >= len(m.Data.Cols) {
		return 0, 0, false
	}
	return row, col, true
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (m *Matrix) CreateRenderer() fyne.WidgetRenderer {
	m.ExtendBaseWidget(m)
	r := &matrixRenderer{m: m, rowHover: canvas.NewRectangle(color.Transparent), cellHover: canvas.NewRectangle(color.Transparent)}
	m.r = r
	r.Refresh()
	return r
}
