package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// PartyColumn shows one party's statements: a header (colour bar, party
// name, statement count, optional subtitle such as the topic's assessment)
// over a virtualised list of statement cards. It takes the keyboard focus
// when a card is tapped; Up and Down then move the selection.
type PartyColumn struct {
	widget.BaseWidget
	Title    string
	Color    color.Color
	Subtitle string
	// EmptyText is shown in place of cards when there are none.
	EmptyText string
	// Verdict, when not empty, shows the topic's assessment as a badge
	// before the subtitle: a verdict value given to SetTerms.
	Verdict string
	// Total, when more than the cards shown, is how many statements the
	// party holds in all: the header then reads "300 of 24,750 statements".
	Total int

	// OnSelected is called when the user selects a card (tap or keys); a
	// call to Select does not call it.
	OnSelected func(id int64)
	// OnSecondary reports a right click on a card with its absolute
	// position, for a context menu.
	OnSecondary func(id int64, pos fyne.Position)
	// OnFocusPrev and OnFocusNext are called on Left and Right while the
	// column has the keyboard, so the app can move it to a neighbour column
	// (Tab already does, through Fyne's focus order).
	OnFocusPrev, OnFocusNext func()
	// OnDelete is called on Delete while the column has the keyboard and a
	// card is selected, with the selected statement.
	OnDelete func(id int64)

	cards    []CardData
	measures []*cardMeasure
	selected int // index into cards, -1 for none
	focused  bool
	list     *cardList

	group   *HeaderGroup
	natural headerHeight // what the header needs at the column's width
	used    float32      // the header's height as last laid out
}

// headerHeight is the height a header needs at a width.
type headerHeight struct{ width, height float32 }

// HeaderGroup lines up the headers of columns shown side by side: each is
// as high as the highest, so that their cards start on one line. A party
// whose name wraps, or whose count goes under its name, made its column's
// cards start 15 px lower than its neighbour's.
type HeaderGroup struct{ cols []*PartyColumn }

// Add puts c in the group.
func (g *HeaderGroup) Add(c *PartyColumn) {
	g.cols = append(g.cols, c)
	c.group = g
}

// height is the highest header of the group's columns, of those measured
// at the width they have.
func (g *HeaderGroup) height() float32 {
	var h float32
	for _, c := range g.cols {
		if c.natural.width == c.Size().Width {
			h = max(h, c.natural.height)
		}
	}
	return h
}

// align lays out again the group's columns, but c, whose header is not
// height high.
func (g *HeaderGroup) align(c *PartyColumn, height float32) {
	for _, o := range g.cols {
		if o != c && o.used != height && o.natural.width == o.Size().Width {
			o.Refresh()
		}
	}
}

var _ fyne.Focusable = (*PartyColumn)(nil)

// NewPartyColumn returns an empty column for a party.
func NewPartyColumn(title string, c color.Color) *PartyColumn {
	col := &PartyColumn{Title: title, Color: c, selected: -1, EmptyText: "No statements on this topic"}
	col.ExtendBaseWidget(col)
	col.list = newCardList(col)
	return col
}

// SetHeader changes the title, colour and subtitle.
func (c *PartyColumn) SetHeader(title string, col color.Color, subtitle string) {
	c.Title, c.Color, c.Subtitle = title, col, subtitle
	c.Refresh()
}

// SetTotal says how many statements there are in all when the column shows
// only the first of them; 0 means the cards are all there is.
func (c *PartyColumn) SetTotal(n int) {
	c.Total = n
	c.Refresh()
}

// SetVerdict shows the topic's assessment in the header; "" hides it.
func (c *PartyColumn) SetVerdict(verdict string) {
	c.Verdict = verdict
	c.Refresh()
}

// SetCards shows cards. The selection is kept when its id is still there
// (a card passed with Selected set becomes the selection), and the column
// stays scrolled to the card that was at its top.
func (c *PartyColumn) SetCards(cards []CardData) {
	anchorID, anchorDelta, anchored := c.topAnchor()
	// The cards from the anchor on, in order: when the new cards lack the
	// anchor (a filter left it out), the first of them still there goes
	// to the top; none there, the column starts at the top. The old
	// offset was kept, clamped to the shorter list: a filter that left two
	// cards showed the second with the first scrolled out of sight.
	var after []int64
	if anchored {
		for i := c.indexOf(anchorID); i >= 0 && i < len(c.cards); i++ {
			after = append(after, c.cards[i].ID)
		}
	}
	selID, hadSel := c.Selected()
	c.cards = append(c.cards[:0], cards...)
	c.selected = -1
	for i := range c.cards {
		if c.cards[i].Selected || (hadSel && c.cards[i].ID == selID && c.selected < 0) {
			c.selected = i
		}
		c.cards[i].Selected = false
	}
	c.remeasure()
	c.list.dataChanged()
	if i := c.indexOf(anchorID); anchored && i >= 0 {
		c.list.scrollToOffset(c.list.tops[i] + anchorDelta)
	} else if anchored && len(c.list.heights) == len(c.cards) {
		top := float32(0)
		for _, id := range after {
			if j := c.indexOf(id); j >= 0 {
				top = c.list.tops[j] - c.list.gap
				break
			}
		}
		c.list.scrollToOffset(top)
	}
	c.Refresh()
}

// Cards returns the cards shown, in order.
func (c *PartyColumn) Cards() []CardData { return c.cards }

// remeasure measures every card in the column's current theme, reusing
// the measure of a card whose data did not change: after an edit the app
// hands back the whole column, and only the edited card needs measuring.
func (c *PartyColumn) remeasure() {
	old := make(map[int64]*cardMeasure, len(c.measures))
	for _, m := range c.measures {
		if m != nil && !m.stale(c) {
			old[m.data.ID] = m
		}
	}
	c.measures = make([]*cardMeasure, len(c.cards))
	for i, d := range c.cards {
		if m, ok := old[d.ID]; ok && sameCard(m.data, d) {
			c.measures[i] = m
			continue
		}
		c.measures[i] = measureCard(c, d)
	}
}

// topAnchor returns the id of the first card in view and how far the view
// is scrolled past its top.
func (c *PartyColumn) topAnchor() (int64, float32, bool) {
	l := c.list
	if len(l.heights) != len(c.cards) || len(c.cards) == 0 {
		return 0, 0, false
	}
	i := l.indexAt(l.scroll.Offset.Y)
	if i >= len(c.cards) {
		return 0, 0, false
	}
	return c.cards[i].ID, l.scroll.Offset.Y - l.tops[i], true
}

// Place is where a column is scrolled: the card at the top of its list
// and how far the list is scrolled past that card's top.
type Place struct {
	ID    int64
	Delta float32
}

// Place returns where the column is scrolled; false while it has no card
// laid out.
func (c *PartyColumn) Place() (Place, bool) {
	id, delta, ok := c.topAnchor()
	return Place{ID: id, Delta: delta}, ok
}

// ScrollToPlace scrolls the column back to p, as Place returned it; a
// column without p's card stays where it is.
func (c *PartyColumn) ScrollToPlace(p Place) {
	if i := c.indexOf(p.ID); i >= 0 && len(c.list.heights) == len(c.cards) {
		c.list.pending = -1
		c.list.scrollToOffset(c.list.tops[i] + p.Delta)
	}
}

func (c *PartyColumn) indexOf(id int64) int {
	for i := range c.cards {
		if c.cards[i].ID == id {
			return i
		}
	}
	return -1
}

// cardData is card i as drawn, with the column's selection applied.
func (c *PartyColumn) cardData(i int) CardData {
	d := c.cards[i]
	d.Selected = i == c.selected
	return d
}

// Select selects the card with id and scrolls to it; OnSelected is not called.
func (c *PartyColumn) Select(id int64) {
	if i := c.indexOf(id); i >= 0 {
		c.selectIndex(i, false)
	}
}

// SelectIndex selects the i-th card and scrolls to it; OnSelected is not called.
func (c *PartyColumn) SelectIndex(i int) {
	if i >= 0 && i < len(c.cards) {
		c.selectIndex(i, false)
	}
}

// Selected returns the selected card's id.
func (c *PartyColumn) Selected() (int64, bool) {
	if c.selected < 0 || c.selected >= len(c.cards) {
		return 0, false
	}
	return c.cards[c.selected].ID, true
}

// Unselect clears the selection.
func (c *PartyColumn) Unselect() {
	old := c.selected
	c.selected = -1
	c.list.refreshIndex(old)
}

// ScrollTo scrolls as little as needed to show the card with id.
func (c *PartyColumn) ScrollTo(id int64) {
	c.list.scrollTo(c.indexOf(id))
}

func (c *PartyColumn) selectIndex(i int, notify bool) {
	old := c.selected
	c.selected = i
	c.list.refreshIndex(old)
	c.list.refreshIndex(i)
	c.list.scrollTo(i)
	if notify && c.OnSelected != nil {
		c.OnSelected(c.cards[i].ID)
	}
}

func (c *PartyColumn) tapped(i int) {
	if i >= len(c.cards) {
		return
	}
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		cv.Focus(c)
	}
	c.selectIndex(i, true)
}

func (c *PartyColumn) secondary(i int, pos fyne.Position) {
	if i >= len(c.cards) {
		return
	}
	if c.selected != i {
		c.selectIndex(i, true)
	}
	if c.OnSecondary != nil {
		c.OnSecondary(c.cards[i].ID, pos)
	}
}

// FocusGained shows that the column has the keyboard.
func (c *PartyColumn) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost shows that the column lost the keyboard.
func (c *PartyColumn) FocusLost() { c.focused = false; c.Refresh() }

// TypedRune goes on to the window, as when nothing has the focus: the
// column takes no text, and the window's letter keys act on the selected
// card (A and D accept and dismiss a suggested link).
func (c *PartyColumn) TypedRune(r rune) {
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil && cv.OnTypedRune() != nil {
		cv.OnTypedRune()(r)
	}
}

// TypedKey moves the selection: Up, Down, Home, End, Page Up, Page Down;
// Left and Right call OnFocusPrev and OnFocusNext, Delete calls OnDelete;
// Esc goes on to the window.
func (c *PartyColumn) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyEscape:
		// The column has no use for Esc: the window's handler gets it
		// (it cancels what is under way), as when nothing has the focus.
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil && cv.OnTypedKey() != nil {
			cv.OnTypedKey()(ev)
		}
		return
	case ev.Name == fyne.KeyDelete:
		if id, ok := c.Selected(); ok && c.OnDelete != nil {
			c.OnDelete(id)
		}
		return
	case ev.Name == fyne.KeyLeft && c.OnFocusPrev != nil:
		c.OnFocusPrev()
		return
	case ev.Name == fyne.KeyRight && c.OnFocusNext != nil:
		c.OnFocusNext()
		return
	}
	n := len(c.cards)
	if n == 0 {
		return
	}
	i := c.selected
	switch ev.Name {
	case fyne.KeyDown:
		i++
	case fyne.KeyUp:
		if i < 0 {
			i = n
		}
		i--
	case fyne.KeyHome:
		i = 0
	case fyne.KeyEnd:
		i = n - 1
	case fyne.KeyPageDown:
		i = c.list.indexAt(c.list.tops[max(i, 0)] + c.list.scroll.Size().Height)
	case fyne.KeyPageUp:
		i = c.list.indexAt(c.list.tops[max(i, 0)] - c.list.scroll.Size().Height)
	default:
		return
	}
	i = min(max(i, 0), n-1)
	if i != c.selected {
		c.selectIndex(i, true)
	}
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (c *PartyColumn) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := newColumnRenderer(c)
	r.Refresh()
	return r
}
