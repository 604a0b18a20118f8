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
// Date.
type metaGrid struct{ cols []metaColumn }

// newMetaGrid is a container of rows of label/value pairs (objects in
// reading order: label, value, label, value, …), one pair per column.
func newMetaGrid(cols []metaColumn, rows ...[]*widget.FormItem) *fyne.Container {
	var objs []fyne.CanvasObject
	for _, row := range rows {
		for _, it := range row {
			l := widget.NewLabelWithStyle(it.Text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
			objs = append(objs, l, it.Widget)
		}
	}
	return container.New(&metaGrid{cols: cols}, objs...)
}

// labelWidths is each label column's width: its widest label.
func (g *metaGrid) labelWidths(objs []fyne.CanvasObject) []float32 {
	w := make([]float32, len(g.cols))
	for i := 0; i+1 < len(objs); i += 2 {
		c := (i / 2) % len(g.cols)
		w[c] = max(w[c], objs[i].MinSize().Width)
	}
	return w
}

// valueWidths shares width among the value columns.
func (g *metaGrid) valueWidths(objs []fyne.CanvasObject, width float32) []float32 {
	pad := theme.Padding()
	left := width - pad*float32(2*len(g.cols)-1)
	var weights float32
	for c, lw := range g.labelWidths(objs) {
		left -= lw + g.cols[c].fixed
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
	lw, vw := g.labelWidths(objs), g.valueWidths(objs, size.Width)
	var y float32
	for r := 0; r*2*len(g.cols) < len(objs); r++ {
		row := objs[r*2*len(g.cols) : min((r+1)*2*len(g.cols), len(objs))]
		h := rowHeight(row)
		var x float32
		for i := 0; i+1 < len(row); i += 2 {
			c := i / 2
			row[i].Move(fyne.NewPos(x, y))
			row[i].Resize(fyne.NewSize(lw[c], h))
			x += lw[c] + pad
			row[i+1].Move(fyne.NewPos(x, y))
			row[i+1].Resize(fyne.NewSize(vw[c], h))
			x += vw[c] + pad
		}
		y += h + pad
	}
}

func rowHeight(row []fyne.CanvasObject) float32 {
	var h float32
	for _, o := range row {
		h = max(h, o.MinSize().Height)
	}
	return h
}

// MinSize is the labels, the fixed columns and each weighted column's
// widest value side by side, and the rows' heights.
func (g *metaGrid) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	w := pad * float32(2*len(g.cols)-1)
	values := make([]float32, len(g.cols))
	for i := 0; i+1 < len(objs); i += 2 {
		c := (i / 2) % len(g.cols)
		values[c] = max(values[c], objs[i+1].MinSize().Width)
	}
	for c, lw := range g.labelWidths(objs) {
		w += lw + max(g.cols[c].fixed, values[c])
	}
	var h float32
	n := 0
	for r := 0; r*2*len(g.cols) < len(objs); r++ {
		h += rowHeight(objs[r*2*len(g.cols) : min((r+1)*2*len(g.cols), len(objs))])
		n++
	}
	if n > 1 {
		h += pad * float32(n-1)
	}
	return fyne.NewSize(w, h)
}
