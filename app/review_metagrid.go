package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// metaColumn is one value column of a metaGrid: a fixed width, or a share
// (weight) of the width the fixed columns and the labels leave.
type metaColumn struct {
	fixed  float32
	weight float32
}

// metaGrid lays out label/value pairs in rows, as a form of several
// columns whose labels line up from row to row: each label column is as
// wide as its widest label, each value column fixed or a weighted share of
// the rest. The review window's source fields use it so that each field
// gets the width its text wants (the Title wide, the Date ten characters)
// rather than three equal thirds, where the Title was narrower than the
// Date. A row of fewer pairs than columns ends in a value as wide as the
// rest of the row (the editor's Topic); a row whose values are all hidden
// takes no room (the source details the review folds away).
type metaGrid struct {
	cols []metaColumn
	rows []int // how many pairs each row holds
}

// newMetaGrid is a container of rows of label/value pairs (objects in
// reading order: label, value, label, value, …), one pair per column.
func newMetaGrid(cols []metaColumn, rows ...[]*widget.FormItem) *fyne.Container {
	g := &metaGrid{cols: cols}
	var objs []fyne.CanvasObject
	for _, row := range rows {
		g.rows = append(g.rows, min(len(row), len(cols)))
		for _, it := range row[:min(len(row), len(cols))] {
			l := widget.NewLabelWithStyle(it.Text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			objs = append(objs, l, it.Widget)
		}
	}
	return container.New(g, objs...)
}

// each calls f with the objects (label, value, …) of every row shown.
func (g *metaGrid) each(objs []fyne.CanvasObject, f func(row []fyne.CanvasObject)) {
	at := 0
	for _, n := range g.rows {
		if at+2*n > len(objs) {
			return
		}
		row := objs[at : at+2*n]
		at += 2 * n
		shown := false
		for i := 1; i < len(row); i += 2 {
			shown = shown || row[i].Visible()
		}
		if shown {
			f(row)
		}
	}
}

// labelWidths is each label column's width: its widest label.
func (g *metaGrid) labelWidths(objs []fyne.CanvasObject) []float32 {
	w := make([]float32, len(g.cols))
	g.each(objs, func(row []fyne.CanvasObject) {
		for i := 0; i+1 < len(row); i += 2 {
			w[i/2] = max(w[i/2], row[i].MinSize().Width)
		}
	})
	return w
}

// valueWidths shares width among the value columns.
func (g *metaGrid) valueWidths(lw []float32, width float32) []float32 {
	pad := theme.Padding()
	left := width - pad*float32(2*len(g.cols)-1)
	var weights float32
	for c, w := range lw {
		left -= w + g.cols[c].fixed
		weights += g.cols[c].weight
	}
	v := make([]float32, len(g.cols))
	for c, col := range g.cols {
		v[c] = col.fixed
		if col.weight > 0 && weights > 0 {
			v[c] += max(left, 0) * col.weight / weights
		}
	}
	return v
}

// Layout places the pairs row by row.
func (g *metaGrid) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	lw := g.labelWidths(objs)
	vw := g.valueWidths(lw, size.Width)
	var y float32
	g.each(objs, func(row []fyne.CanvasObject) {
		h := rowHeight(row)
		var x float32
		for i := 0; i+1 < len(row); i += 2 {
			c := i / 2
			row[i].Move(fyne.NewPos(x, y))
			row[i].Resize(fyne.NewSize(lw[c], h))
			x += lw[c] + pad
			w := vw[c]
			if i+2 == len(row) {
				w = max(size.Width-x, 0) // a short row's last value takes the rest
			}
			row[i+1].Move(fyne.NewPos(x, y))
			row[i+1].Resize(fyne.NewSize(w, h))
			x += w + pad
		}
		y += h + pad
	})
}

func rowHeight(row []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range row {
		if o.Visible() {
			h = max(h, o.MinSize().Height)
		}
	}
	return h
}

// MinSize is the labels, the fixed columns and each weighted column's
// widest value side by side, and the shown rows' heights.
func (g *metaGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	lw := g.labelWidths(objs)
	values := make([]float32, len(g.cols))
	var h float32
	n := 0
	g.each(objs, func(row []fyne.CanvasObject) {
		for i := 0; i+1 < len(row); i += 2 {
			values[i/2] = max(values[i/2], row[i+1].MinSize().Width)
		}
		h += rowHeight(row)
		n++
	})
	w := pad * float32(2*len(g.cols)-1)
	for c := range g.cols {
		w += lw[c] + max(g.cols[c].fixed, values[c])
	}
	if n > 1 {
		h += pad * float32(n-1)
	}
	return fyne.NewSize(w, h)
}
