package widgets

import (
	"sort"

	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Span marks a range of a HighlightedText in rune offsets [Start, End),
// tinted in Color; ID comes back through OnSpanTapped.
type Span struct {
	Start, End int
	Color      color.Color
	// More are the colours of the span's other holders (a joint
	// statement): each colour gets a band of the line's height, Color's
	// first, so that no holder's colour hides another's.
	More []color.Color
	ID   int64
	// Selected draws the span in the theme's selection colour with an
	// outline, so that a selection never passes for a party's tint.
	Selected bool
}

// HighlightedText shows wrapped text with the background of each span tinted
// in its colour, as the Sources view and the import review show coded
// statements. Tapping a span reports its ID.
type HighlightedText struct {
	widget.BaseWidget
	Text         string
	Spans        []Span
	OnSpanTapped func(id int64)
	// SelectedID, when not zero, draws that span's tint stronger and
	// outlines it.
	SelectedID int64
	// OnRangeSelected, when set, lets the user select any range by dragging
	// over the text; it gets the rune range when the drag ends.
	OnRangeSelected func(start, end int)

	selStart, selEnd int // rune range shown selected
	dragging         bool
	dragFrom         int

	m      *measuredText
	lines  []wrappedLine
	ys     []float32 // each line's top, below the padding
	starts []int     // each line's first rune, the text's rune count last
	height float32   // of all lines
	width  float32

	viewTop, viewH float32 // the part on screen; viewH 0: all of it
}

var (
	_ fyne.Tappable          = (*HighlightedText)(nil)
	_ fyne.SecondaryTappable = (*HighlightedText)(nil)
	_ desktop.Cursorable     = (*HighlightedText)(nil)
)

// NewHighlightedText returns the text with its spans tinted.
func NewHighlightedText(text string, spans []Span) *HighlightedText {
	h := &HighlightedText{Text: text, Spans: spans}
	h.ExtendBaseWidget(h)
	return h
}

// SetText changes the text and its spans.
func (h *HighlightedText) SetText(text string, spans []Span) {
	h.Text, h.Spans, h.m = text, spans, nil
	h.Refresh()
}

// PreparedText is a text measured for a HighlightedText: measuring a text
// of megabytes (a readout pasted as one big text) takes most of a second,
// so the Sources view does it on its runner, off the UI goroutine.
type PreparedText struct{ m *measuredText }

// PrepareText measures text in the given text size (TextSize of the widget
// that will show it). Call it off the UI goroutine: it splits and adds up
// there, and has only the words it never measured before shaped on the UI
// goroutine (measureOffUI).
func PrepareText(text string, size float32) *PreparedText {
	return &PreparedText{m: measureOffUI(text, size, fyne.TextStyle{})}
}

// TextSize is the size the widget draws its text in, for PrepareText.
func (h *HighlightedText) TextSize() float32 { return themeSize(h, theme.SizeNameText) }

// SetPrepared changes the text to one PrepareText measured, and its spans.
// Should the theme's text size have changed since, the text is measured
// again when drawn.
func (h *HighlightedText) SetPrepared(text string, p *PreparedText, spans []Span) {
	h.Text, h.Spans, h.m = text, spans, p.m
	h.lines, h.width = nil, -1
	h.Refresh()
}

// SetViewport says which part of the text is on screen: the enclosing
// scroll's offset and height. Only the lines there and about a screen
// either side are drawn, so that a text of a hundred thousand lines costs
// what one screen costs; without a viewport every line is drawn.
func (h *HighlightedText) SetViewport(top, height float32) {
	if h.viewTop == top && h.viewH == height {
		return
	}
	h.viewTop, h.viewH = top, height
	h.Refresh()
}

// drawn returns the lines [lo, hi) that the viewport shows, with a margin.
func (h *HighlightedText) drawn() (lo, hi int) {
	if h.viewH <= 0 {
		return 0, len(h.lines)
	}
	margin := max(h.viewH, 1000) // a window grown since the last scroll is still covered
	top, bottom := h.viewTop-margin-h.pad(), h.viewTop+h.viewH+margin
	lineH := h.m.lineH
	lo = sort.Search(len(h.ys), func(i int) bool { return h.ys[i]+lineH > top })
	hi = sort.Search(len(h.ys), func(i int) bool { return h.ys[i] > bottom })
	return lo, hi
}

// SetSpans changes the spans only.
func (h *HighlightedText) SetSpans(spans []Span) {
	h.Spans = spans
	h.Refresh()
}

// Cursor is a pointer: spans can be tapped.
func (h *HighlightedText) Cursor() desktop.Cursor { return desktop.DefaultCursor }

// Tapped reports the span under the pointer, if any.
func (h *HighlightedText) Tapped(ev *fyne.PointEvent) {
	if h.OnRangeSelected != nil && h.selEnd > h.selStart {
		h.SetSelection(0, 0) // a click ends a dragged selection, as in any text
	}
	r, ok := h.RuneAt(ev.Position)
	if !ok || h.OnSpanTapped == nil {
		return
	}
	for _, s := range h.Spans {
		if r >= s.Start && r < s.End {
			h.OnSpanTapped(s.ID)
			return
		}
	}
}

// TappedSecondary is accepted so that a right click does not fall through
// to the widget below.
func (h *HighlightedText) TappedSecondary(*fyne.PointEvent) {}

// RuneAt returns the rune offset of the character at pos.
func (h *HighlightedText) RuneAt(pos fyne.Position) (int, bool) {
	m := h.measured()
	lines := h.wrapAt(h.Size().Width)
	pad := h.pad()
	y := pos.Y - pad
	li := sort.Search(len(h.ys), func(i int) bool { return h.ys[i]+m.lineH > y })
	if y < 0 || li >= len(lines) || y < h.ys[li] {
		return 0, false // above the text, below it, or between paragraphs
	}
	x := pos.X - pad
	r, found := 0, false
	m.pieces(lines[li], func(a, b, rStart int, px, w float32) {
		if !found && x >= px && x < px+w {
			r, found = rStart+runesWithin(m, a, b, x-px), true
		}
	})
	return r, found
}

// runesWithin returns the index of the rune of text[a:b] under x.
func runesWithin(m *measuredText, a, b int, x float32) int {
	n := 0
	for i := range m.text[a:b] {
		if i > 0 && measureText(m.text[a:a+i], m.size, m.style).Width > x {
			return n - 1
		}
		n++
	}
	return n - 1
}

func (h *HighlightedText) pad() float32 { return themeSize(h, theme.SizeNameInnerPadding) }

func (h *HighlightedText) measured() *measuredText {
	size := themeSize(h, theme.SizeNameText)
	if h.m == nil || h.m.size != size {
		h.m, h.lines, h.width = measure(h.Text, size, fyne.TextStyle{}), nil, -1
	}
	return h.m
}

func (h *HighlightedText) wrapAt(w float32) []wrappedLine {
	m := h.measured()
	if w <= 0 {
		w = 480
	}
	if h.lines == nil || h.width != w {
		h.width = w
		h.lines = m.wrap(max(w-2*h.pad(), 40))
		h.ys, h.height = paragraphYs(h.lines, m.lineH), 0
		h.starts = lineRuneStarts(m, h.lines)
		if n := len(h.lines); n > 0 {
			h.height = h.ys[n-1] + m.lineH
		}
	}
	return h.lines
}

// paragraphYs places lines one under the other, with half a line more
// after each paragraph so that a long source reads as paragraphs.
func paragraphYs(lines []wrappedLine, lineH float32) []float32 {
	ys := make([]float32, len(lines))
	y := float32(0)
	for i, l := range lines {
		ys[i] = y
		y += lineH
		if l.hard {
			y += lineH / 2
		}
	}
	return ys
}

// MinSize is the height the text needs at its current width.
func (h *HighlightedText) MinSize() fyne.Size {
	h.ExtendBaseWidget(h)
	h.wrapAt(h.Size().Width)
	return fyne.NewSize(80, h.height+2*h.pad())
}

// Resize re-wraps the text; when the height it needs changes, a refresh
// lets the enclosing layout (typically a scroll) grow or shrink it.
func (h *HighlightedText) Resize(s fyne.Size) {
	old := h.MinSize().Height
	h.BaseWidget.Resize(s)
	if h.MinSize().Height != old {
		h.Refresh()
	}
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (h *HighlightedText) CreateRenderer() fyne.WidgetRenderer {
	h.ExtendBaseWidget(h)
	r := &highlightRenderer{h: h}
	r.Refresh()
	return r
}
