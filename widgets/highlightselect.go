package widgets

import (
	"sort"
	"unicode/utf8"

	"fyne.io/fyne/v2"
)

var _ fyne.Draggable = (*HighlightedText)(nil)

// Dragged selects the runes between where the drag started and the pointer,
// when OnRangeSelected is set, so that any range (not only a whole span or
// sentence) can become a statement.
func (h *HighlightedText) Dragged(ev *fyne.DragEvent) {
	if h.OnRangeSelected == nil {
		return
	}
	if !h.dragging {
		h.dragging = true
		h.dragFrom = h.nearestRune(ev.Position.Subtract(ev.Dragged))
	}
	to := h.nearestRune(ev.Position)
	h.selStart, h.selEnd = min(h.dragFrom, to), max(h.dragFrom, to)
	h.Refresh()
}

// DragEnd reports the selected range, if it holds any text.
func (h *HighlightedText) DragEnd() {
	if !h.dragging {
		return
	}
	h.dragging = false
	if h.selEnd > h.selStart && h.OnRangeSelected != nil {
		h.OnRangeSelected(h.selStart, h.selEnd)
	}
}

// SetSelection shows runes [start, end) as selected; an empty range clears it.
func (h *HighlightedText) SetSelection(start, end int) {
	h.selStart, h.selEnd = max(start, 0), max(end, 0)
	h.Refresh()
}

// Selection returns the selected rune range, if any.
func (h *HighlightedText) Selection() (start, end int, ok bool) {
	return h.selStart, h.selEnd, h.selEnd > h.selStart
}

// nearestRune returns the rune boundary closest to pos: past a line's end
// it is the line's end, above the text its start, below it its end.
func (h *HighlightedText) nearestRune(pos fyne.Position) int {
	m := h.measured()
	lines := h.wrapAt(h.Size().Width)
	if len(lines) == 0 {
		return 0
	}
	pad := h.pad()
	y := pos.Y - pad
	if y < 0 {
		return 0
	}
	li := sort.Search(len(h.ys), func(i int) bool { return h.ys[i]+m.lineH > y })
	if li >= len(lines) {
		return utf8.RuneCountInString(m.text)
	}
	x := pos.X - pad
	r := h.starts[li] // before the first piece: the line's start
	m.pieces(lines[li], func(a, b, rStart int, px, w float32) {
		switch {
		case x >= px+w:
			r = rStart + utf8.RuneCountInString(m.text[a:b])
		case x >= px:
			i := runesWithin(m, a, b, x-px)
			// the nearer edge of the rune under the pointer
			left := prefixWidth(m, a, b, i)
			right := prefixWidth(m, a, b, i+1)
			if x-px-left > right-(x-px) {
				i++
			}
			r = rStart + i
		}
	})
	return r
}

// RuneTop returns how far below the widget's top the line holding rune r
// starts, so that a scroll around the text can bring a span into view.
func (h *HighlightedText) RuneTop(r int) float32 {
	h.wrapAt(h.Size().Width)
	if len(h.ys) == 0 {
		return 0
	}
	li := sort.Search(len(h.ys), func(i int) bool { return h.starts[i+1] > r })
	return h.pad() + h.ys[min(li, len(h.ys)-1)]
}
