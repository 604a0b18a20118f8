package widgets

import (
	"image/color"
	"sort"
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
	for i, t := range r.lines {
		t.Move(fyne.NewPos(pad, pad+h.ys[i]))
	}
	fg := themeColor(h, theme.ColorNameForeground)
	for _, t := range r.lines {
		t.Color = fg
	}
	starts := lineRuneStarts(m, lines)
	n := 0
	for _, sp := range h.Spans {
		if fill := r.spanFill(sp); fill != nil {
			n = r.tintSpan(n, lines, starts, sp, fill)
		}
	}
	if h.selEnd > h.selStart {
		n = r.tintSpan(n, lines, starts, Span{Start: h.selStart, End: h.selEnd}, themeColor(h, theme.ColorNameSelection))
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

// tintSpan draws sp's tint on the lines it covers (found by binary search
// over the lines' first runes) with rectangles from n on; it returns the
// next free rectangle.
func (r *highlightRenderer) tintSpan(n int, lines []wrappedLine, starts []int, sp Span, fill color.Color) int {
	h := r.h
	m := h.measured()
	pad := h.pad()
	li := sort.Search(len(lines), func(i int) bool { return starts[i+1] > sp.Start })
	for ; li < len(lines) && starts[li] < sp.End; li++ {
		x0, x1, ok := spanOnLine(m, lines[li], sp)
		if !ok {
			continue
		}
		for len(r.tints) <= n {
			r.tints = append(r.tints, canvas.NewRectangle(nil))
		}
		t := r.tints[n]
		t.FillColor = fill
		t.CornerRadius = 3
		t.Move(fyne.NewPos(pad+x0, pad+h.ys[li]))
		t.Resize(fyne.NewSize(x1-x0, m.lineH)) // no bleed: neighbours stay apart
		t.Refresh()
		n++
	}
	return n
}

// spanFill is a span's tint: an opaque colour is tinted lightly (strongly
// when the span is selected); a translucent one is drawn as given; a fully
// transparent one (a span that is only there to be tapped) not at all.
func (r *highlightRenderer) spanFill(sp Span) color.Color {
	c := orGrey(r.h, sp.Color)
	_, _, _, a := c.RGBA()
	selected := r.h.SelectedID != 0 && sp.ID == r.h.SelectedID
	switch {
	case a == 0:
		return nil
	case a < 0xffff:
		if selected {
			return withAlpha(c, 2)
		}
		return c
	case selected:
		return withAlpha(c, 0.5)
	}
	return withAlpha(c, 0.22)
}

// lineRuneStarts returns the rune offset at which each line starts, and the
// text's rune count last.
func lineRuneStarts(m *measuredText, lines []wrappedLine) []int {
	out := make([]int, len(lines)+1)
	r, prev := 0, 0
	for i, l := range lines {
		r += utf8.RuneCountInString(m.text[prev:l.start])
		prev = l.start
		out[i] = r
	}
	out[len(lines)] = r + utf8.RuneCountInString(m.text[prev:])
	return out
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
