package widgets

import (
	"sort"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cardList is the PartyColumn's virtualised list. Unlike widget.List, whose
// SetItemHeight refreshes the whole list once per call and whose layout walks
// every row, it keeps each card's height and top offset in slices: a resize
// re-wraps all cards with arithmetic only, and a scroll finds the first
// visible card by binary search. Only visible cards exist as widgets.
type cardList struct {
	widget.BaseWidget
	col     *PartyColumn
	scroll  *container.Scroll
	content *fyne.Container

	tops    []float32 // tops[i] is card i's y; tops[n] the content height
	heights []float32
	width   float32
	gap     float32
	barRoom float32

	pending int // card to scroll to once the list has a size; -1 for none
	// internal is set while the list itself moves or resizes the scroll, so
	// that its clamping is not taken for the user scrolling
	internal bool

	visible map[int]*StatementCard
	bound   map[*StatementCard]int // the version each visible card shows
	pool    []*StatementCard
	version int
}

func newCardList(col *PartyColumn) *cardList {
	l := &cardList{col: col, pending: -1, visible: map[int]*StatementCard{}, bound: map[*StatementCard]int{}}
	l.content = container.New(&cardListLayout{l: l})
	l.scroll = container.NewVScroll(l.content)
	l.scroll.OnScrolled = func(fyne.Position) {
		if !l.internal {
			l.pending = -1 // the user scrolled: forget a scroll asked before layout
		}
		l.updateVisible()
	}
	l.ExtendBaseWidget(l)
	return l
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (l *cardList) CreateRenderer() fyne.WidgetRenderer {
	l.ExtendBaseWidget(l)
	return widget.NewSimpleRenderer(l.scroll)
}

// Refresh re-measures every card whose theme sizes changed and redraws.
func (l *cardList) Refresh() {
	l.col.remeasure()
	l.dataChanged()
}

// dataChanged is called when the column's cards changed: it recomputes the
// heights and rebinds the visible cards.
func (l *cardList) dataChanged() {
	l.version++
	l.width = -1
	l.relayout(l.content.Size().Width)
	l.scroll.Refresh()
	l.updateVisible()
}

// relayout computes every card's height at width.
func (l *cardList) relayout(width float32) {
	if width == l.width {
		return
	}
	l.width = width
	l.gap = themeSize(l, theme.SizeNamePadding) * 2
	l.barRoom = themeSize(l, theme.SizeNameScrollBarSmall) * 2
	l.stack()
	if l.contentHeight() <= l.scroll.Size().Height {
		l.barRoom = 0 // no scroll bar: keep the margins even
		l.stack()
	}
}

// stack computes every card's height and top at the current card width.
func (l *cardList) stack() {
	l.heights = l.heights[:0]
	l.tops = l.tops[:0]
	y := l.gap
	w := l.cardWidth()
	for _, m := range l.col.measures {
		h := m.height(w)
		l.tops = append(l.tops, y)
		l.heights = append(l.heights, h)
		y += h + l.gap
	}
	l.tops = append(l.tops, y)
}

// cardWidth leaves room for the scroll bar so it never covers a card's text.
func (l *cardList) cardWidth() float32 {
	return max(l.width-2*l.gap-l.barRoom, 0)
}

func (l *cardList) contentHeight() float32 {
	if len(l.tops) == 0 {
		return 0
	}
	return l.tops[len(l.tops)-1]
}

// indexAt returns the card at content y (or the one after a gap).
func (l *cardList) indexAt(y float32) int {
	n := len(l.heights)
	return sort.Search(n, func(i int) bool { return l.tops[i]+l.heights[i] >= y })
}

// updateVisible creates, reuses and places the cards in the viewport.
func (l *cardList) updateVisible() {
	if len(l.heights) != len(l.col.cards) {
		return // not laid out yet
	}
	top := l.scroll.Offset.Y
	bottom := top + l.scroll.Size().Height
	first := l.indexAt(top)
	last := first
	for last < len(l.heights) && l.tops[last] < bottom {
		last++
	}
	for i, c := range l.visible {
		if i < first || i >= last {
			delete(l.visible, i)
			delete(l.bound, c)
			c.hovered = false // it left the pointer without a MouseOut
			l.pool = append(l.pool, c)
		}
	}
	objs := make([]fyne.CanvasObject, 0, last-first)
	for i := first; i < last; i++ {
		objs = append(objs, l.bind(i))
	}
	l.content.Objects = objs
	canvas.Refresh(l.content)
}

// bind returns the card widget for index i, placed and showing its data.
func (l *cardList) bind(i int) *StatementCard {
	c, ok := l.visible[i]
	if !ok {
		if n := len(l.pool); n > 0 {
			c, l.pool = l.pool[n-1], l.pool[:n-1]
		} else {
			c = NewStatementCard(CardData{}, nil)
		}
		l.visible[i] = c
	}
	idx := i
	c.OnTapped = func() { l.col.tapped(idx) }
	c.OnSecondaryTapped = func(pos fyne.Position) { l.col.secondary(idx, pos) }
	if v, ok := l.bound[c]; !ok || v != l.version {
		l.bound[c] = l.version
		c.setMeasured(l.col.cardData(i), l.col.measures[i])
	}
	c.Move(fyne.NewPos(l.gap, l.tops[i]))
	c.Resize(fyne.NewSize(l.cardWidth(), l.heights[i]))
	return c
}

// refreshIndex redraws card i if it is visible (its state changed).
func (l *cardList) refreshIndex(i int) {
	if c, ok := l.visible[i]; ok {
		l.bound[c] = l.version
		c.setMeasured(l.col.cardData(i), l.col.measures[i])
	}
}

// scrollTo scrolls as little as needed to show card i whole.
func (l *cardList) scrollTo(i int) {
	if i < 0 || i >= len(l.col.cards) {
		return
	}
	if l.scroll.Size().Height <= 0 || len(l.heights) != len(l.col.cards) {
		l.pending = i // not laid out yet: scroll when it is
		return
	}
	l.pending = -1
	l.scrollFrom(i, l.scroll.Offset.Y)
}

// scrollFrom scrolls as little as needed from offset off to show card i.
func (l *cardList) scrollFrom(i int, off float32) {
	view := l.scroll.Size().Height
	top, bottom := l.tops[i]-l.gap, l.tops[i]+l.heights[i]+l.gap
	switch {
	case top < off || bottom-top > view:
		off = top
	case bottom > off+view:
		off = bottom - view
	default:
		if off == l.scroll.Offset.Y {
			return
		}
	}
	l.scrollToOffset(off)
}

func (l *cardList) scrollToOffset(off float32) {
	l.internal = true
	defer func() { l.internal = false }()
	off = min(off, l.contentHeight()-l.scroll.Size().Height)
	l.scroll.ScrollToOffset(fyne.NewPos(0, max(off, 0)))
	l.updateVisible()
}

// cardListLayout sizes the scroll content to all cards and places the
// visible ones.
type cardListLayout struct{ l *cardList }

func (c *cardListLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(120, c.l.contentHeight())
}

func (c *cardListLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	l := c.l
	l.internal = true
	defer func() { l.internal = false }()
	if size.Width != l.width {
		l.rewrap(size.Width)
	}
	if p := l.pending; p >= 0 && p < len(l.heights) && l.scroll.Size().Height > 0 {
		// asked before the list had its size: show it as if from the top,
		// again at each layout until the user scrolls, as the first sizes
		// a window gives are often not its last
		l.scrollFrom(p, 0)
		l.pending = p
	}
	l.updateVisible()
}

// rewrap lays every card out at a new width. Heights change, so the view
// keeps its place: the card at the top stays at the top, and a selected
// card that was in view stays in view.
func (l *cardList) rewrap(width float32) {
	top, frac, gap := -1, float32(0), float32(0)
	anchored := len(l.heights) == len(l.col.cards) && len(l.heights) > 0
	sel := l.col.selected
	selInView := anchored && sel >= 0 && sel < len(l.heights) && l.inView(sel)
	if anchored {
		top = l.indexAt(l.scroll.Offset.Y)
		if top < len(l.heights) {
			if d := l.scroll.Offset.Y - l.tops[top]; d < 0 {
				gap = d // in the gap above it: keep the pixels
			} else {
				frac = d / max(l.heights[top], 1)
			}
		}
	}
	l.relayout(width)
	l.version++
	l.content.Resize(fyne.NewSize(width, max(l.contentHeight(), l.scroll.Size().Height)))
	l.scroll.Refresh()
	if top >= 0 && top < len(l.heights) {
		l.scrollToOffset(l.tops[top] + gap + frac*l.heights[top])
	}
	if selInView {
		l.scrollFrom(sel, l.scroll.Offset.Y)
	}
}

// inView reports whether card i is wholly in the viewport.
func (l *cardList) inView(i int) bool {
	off, view := l.scroll.Offset.Y, l.scroll.Size().Height
	return l.tops[i] >= off && l.tops[i]+l.heights[i] <= off+view
}
