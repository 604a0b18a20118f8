package widgets

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// highlightRenderer draws the span tints under the text lines.
type highlightRenderer struct {
	h       *HighlightedText
	tints   []*canvas.Rectangle
	lines   []*canvas.Text
	objects []fyne.CanvasObject
}

func (r *highlightRenderer) Destroy() {}

func (r *highlightRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *highlightRenderer) MinSize() fyne.Size { return r.h.MinSize() }

func (r *highlightRenderer) Refresh() {
	r.Layout(r.h.Size())
	canvas.Refresh(r.h)
}

func (r *highlightRenderer) Layout(size fyne.Size) {
	h := r.h
	m := h.measured()
	lines := h.wrapAt(size.Width)
	pad := h.pad()
	r.lines = placeLines(r.lines, m, lines, fyne.NewPos(pad, pad))
	fg := themeColor(h, theme.ColorNameForeground)
	for _, t := range r.lines {
		t.Color = fg
	}
	n := 0
	for li, l := range lines {
		for _, s := range h.Spans {
			x0, x1, ok := spanOnLine(m, l, s)
			if !ok {
				continue
			}
			for len(r.tints) <= n {
				r.tints = append(r.tints, canvas.NewRectangle(nil))
			}
			t := r.tints[n]
			alpha := float32(0.22)
			if h.SelectedID != 0 && s.ID == h.SelectedID {
				alpha = 0.5
			}
			t.FillColor = withAlpha(orGrey(h, s.Color), alpha)
			t.CornerRadius = 2
			t.Move(fyne.NewPos(pad+x0-1, pad+float32(li)*m.lineH))
			t.Resize(fyne.NewSize(x1-x0+2, m.lineH))
			t.Refresh()
			n++
		}
	}
	r.tints = r.tints[:n]
	o := make([]fyne.CanvasObject, 0, n+len(r.lines))
	for _, t := range r.tints {
		o = append(o, t)
	}
	for _, t := range r.lines {
		o = append(o, t)
	}
	r.objects = o
}

// spanOnLine returns the x range a span covers on a line, if any.
func spanOnLine(m *measuredText, l wrappedLine, s Span) (float32, float32, bool) {
	var x0, x1 float32
	found := false
	m.pieces(l, func(a, b, rStart int, x, w float32) {
		rEnd := rStart + utf8.RuneCountInString(m.text[a:b])
		if rEnd <= s.Start || rStart >= s.End {
			return
		}
		lo := x + prefixWidth(m, a, b, s.Start-rStart)
		hi := x + prefixWidth(m, a, b, s.End-rStart)
		if !found {
			x0, found = lo, true
		}
		x1 = hi
	})
	return x0, x1, found && x1 > x0
}

// prefixWidth is the width of the first k runes of text[a:b], clamped.
func prefixWidth(m *measuredText, a, b, k int) float32 {
	if k <= 0 {
		return 0
	}
	i := 0
	for off := range m.text[a:b] {
		if i == k {
			return measureText(m.text[a:a+off], m.size, m.style).Width
		}
		i++
	}
	return measureText(m.text[a:b], m.size, m.style).Width
}
