package widgets

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// diffRenderer draws the diff through a HighlightedText (tints and wrapped
// lines) and adds a rule per marked piece: under added words, through
// dropped ones.
type diffRenderer struct {
	d     *DiffText
	rules []*canvas.Rectangle
	objs  []fyne.CanvasObject
}

func (r *diffRenderer) Destroy() {}

func (r *diffRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *diffRenderer) MinSize() fyne.Size { return r.d.MinSize() }

func (r *diffRenderer) Refresh() {
	d := r.d
	addName, dropName := d.markColors()
	add, drop := themeColor(d, addName), themeColor(d, dropName)
	spans := make([]Span, len(d.spans))
	for i, s := range d.spans {
		c := add
		if s.op == DiffDropped {
			c = drop
		}
		spans[i] = Span{Start: s.start, End: s.end, Color: withAlpha(c, 0.28)}
	}
	if d.h.Text != d.text {
		d.h.SetText(d.text, spans)
	} else {
		d.h.SetSpans(spans)
	}
	r.Layout(d.Size())
	canvas.Refresh(d)
}

func (r *diffRenderer) Layout(size fyne.Size) {
	d := r.d
	h := d.h
	h.Resize(size)
	h.Move(fyne.NewPos(0, 0))
	m := h.measured()
	lines := h.wrapAt(size.Width)
	starts := lineRuneStarts(m, lines)
	pad := h.pad()
	addName, dropName := d.markColors()
	n := 0
	for _, s := range d.spans {
		sp := Span{Start: s.start, End: s.end}
		li := sort.Search(len(lines), func(i int) bool { return starts[i+1] > sp.Start })
		for ; li < len(lines) && starts[li] < sp.End; li++ {
			x0, x1, ok := spanOnLine(m, lines[li], sp)
			if !ok {
				continue
			}
			for len(r.rules) <= n {
				r.rules = append(r.rules, canvas.NewRectangle(nil))
			}
			rule := r.rules[n]
			n++
			y := pad + h.ys[li]
			if s.op == DiffDropped {
				rule.FillColor = themeColor(d, dropName)
				rule.Move(fyne.NewPos(pad+x0, y+m.lineH/2))
				rule.Resize(fyne.NewSize(x1-x0, 1.5))
			} else {
				rule.FillColor = themeColor(d, addName)
				rule.Move(fyne.NewPos(pad+x0, y+m.lineH-2))
				rule.Resize(fyne.NewSize(x1-x0, 2))
			}
			rule.Refresh()
		}
	}
	r.objs = r.objs[:0]
	r.objs = append(r.objs, h)
	for _, rl := range r.rules[:n] {
		r.objs = append(r.objs, rl)
	}
}
