package widgets

import (
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
	var x, x0, x1 float32
	found := false
	last := l.last
	for last > l.first && (m.tokens[last-1].space || m.tokens[last-1].newline) {
		last-- // trailing spaces are not drawn, so they are not tinted
	}
	for i := l.first; i < last; i++ {
		t := m.tokens[i]
		rEnd := t.rStart + runeLen(m, t)
		if rEnd > s.Start && t.rStart < s.End && !t.newline {
			a := x + partialWidth(m, t, s.Start-t.rStart)
			b := x + partialWidth(m, t, s.End-t.rStart)
			if !found {
				x0, found = a, true
			}
			x1 = b
		}
		x += t.w
	}
	return x0, x1, found && x1 > x0
}

func runeLen(m *measuredText, t textToken) int {
	n := 0
	for range m.text[t.start:t.end] {
		n++
	}
	return n
}

// partialWidth is the width of the first k runes of t, clamped to t.
func partialWidth(m *measuredText, t textToken, k int) float32 {
	if k <= 0 {
		return 0
	}
	n := runeLen(m, t)
	if k >= n {
		return t.w
	}
	i := 0
	for b := range m.text[t.start:t.end] {
		if i == k {
			return measureText(m.text[t.start:t.start+b], m.size, m.style).Width
		}
		i++
	}
	return t.w
}
