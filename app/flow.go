package app

import "fyne.io/fyne/v2"

// flowLayout places objects left to right at their minimum size and wraps
// to a new row when the width runs out, like words in a paragraph.
type flowLayout struct {
	gap   float32
	width float32 // width of the last layout, to know how many rows MinSize needs
}

func (f *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.place(objs, size.Width, true)
}

// place lays out (when move is set) and returns the height needed.
func (f *flowLayout) place(objs []fyne.CanvasObject, width float32, move bool) float32 {
	x, y, row := float32(0), float32(0), float32(0)
	for _, o := range objs {
		m := o.MinSize()
		if x > 0 && width > 0 && x+m.Width > width {
			x, y, row = 0, y+row+f.gap, 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + f.gap
		if m.Height > row {
			row = m.Height
		}
	}
	return y + row
}

// MinSize is as wide as the widest object and as high as the rows need at
// the width last laid out.
func (f *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		if m := o.MinSize(); m.Width > w {
			w = m.Width
		}
	}
	return fyne.NewSize(w, f.place(objs, f.width, false))
}
