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
	lo, hi := h.drawn()
	r.lines = placeLines(r.lines, m, lines[lo:hi], fyne.NewPos(pad, pad))
	for i, t := range r.lines {
		t.Move(fyne.NewPos(pad, pad+h.ys[lo+i]))
	}
	fg := themeColor(h, theme.ColorNameForeground)
	for _, t := range r.lines {
		t.Color = fg
	}
	n := 0
	for _, sp := range h.Spans {
		n = r.drawSpan(n, lo, hi, sp)
	}
	if h.selEnd > h.selStart {
		n = r.drawSpan(n, lo, hi, Span{Start: h.selStart, End: h.selEnd, Selected: true})
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

// drawSpan draws sp on the lines it covers among the drawn lines [lo, hi)
// (found by binary search over the lines' first runes) with rectangles
// from n on: one band per colour and, when sp is selected, an outline; it
// returns the next free rectangle.
func (r *highlightRenderer) drawSpan(n, lo, hi int, sp Span) int {
	h := r.h
	lines, starts := h.lines, h.starts
	if hi <= lo || sp.End <= starts[lo] || sp.Start >= starts[hi] {
		return n // off screen: most spans of a long text
	}
	fills := r.spanFills(sp)
	var stroke color.Color
	if sp.Selected || h.SelectedID != 0 && sp.ID == h.SelectedID {
		stroke = themeColor(h, theme.ColorNamePrimary)
	}
	if len(fills) == 0 && stroke == nil {
		return n
	}
	m := h.measured()
	pad := h.pad()
	li := max(lo, sort.Search(len(lines), func(i int) bool { return starts[i+1] > sp.Start }))
	for ; li < hi && starts[li] < sp.End; li++ {
		x0, x1, ok := spanOnLine(m, lines[li], sp)
		if !ok {
			continue
		}
		pos := fyne.NewPos(pad+x0, pad+h.ys[li])
		size := fyne.NewSize(x1-x0, m.lineH)
		if len(fills) == 1 {
			n = r.rect(n, pos, size, fills[0], stroke, true)
			continue
		}
		band := m.lineH / float32(len(fills))
		for i, f := range fills {
			n = r.rect(n, pos.AddXY(0, band*float32(i)), fyne.NewSize(size.Width, band), f, nil, false)
		}
		if stroke != nil {
			n = r.rect(n, pos, size, color.Transparent, stroke, true)
		}
	}
	return n
}

// rect places rectangle n of the pool (no bleed: neighbours stay apart);
// a stroke colour outlines it, rounded draws its corners round.
func (r *highlightRenderer) rect(n int, pos fyne.Position, size fyne.Size, fill, stroke color.Color, rounded bool) int {
	for len(r.tints) <= n {
		r.tints = append(r.tints, canvas.NewRectangle(nil))
	}
	t := r.tints[n]
	t.FillColor, t.StrokeColor, t.StrokeWidth, t.CornerRadius = fill, stroke, 0, 0
	if stroke != nil {
		t.StrokeWidth = 2
	}
	if rounded {
		t.CornerRadius = 3
	}
	t.Move(pos)
	t.Resize(size)
	t.Refresh()
	return n + 1
}

// spanFills are a span's tints, one per holder: an opaque colour is tinted
// lightly (strongly when the span is selected); a translucent one is drawn
// as given; a fully transparent one (a span that is only there to be
// tapped) not at all. A selected range is drawn in the selection colour.
func (r *highlightRenderer) spanFills(sp Span) []color.Color {
	if sp.Selected {
		return []color.Color{themeColor(r.h, theme.ColorNameSelection)}
	}
	selected := r.h.SelectedID != 0 && sp.ID == r.h.SelectedID
	var out []color.Color
	for _, c := range append([]color.Color{sp.Color}, sp.More...) {
		if f := r.tint(c, selected); f != nil {
			out = append(out, f)
		}
	}
	return out
}

func (r *highlightRenderer) tint(c color.Color, selected bool) color.Color {
	c = orGrey(r.h, c)
	_, _, _, a := c.RGBA()
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
