package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"parley/widgets"
)

// TestUnansweredOffReturnsToWhereTheColumnsWere: Ctrl+U again (the filter
// off) kept each column on the card the filtered list had at its top, an
// unanswered point deep in the whole list, so the analyst landed in its
// middle. The columns now go back to where they were before the filter,
// however far the filtered list was scrolled; a statement selected while
// the filter was on is shown instead.
func TestUnansweredOffReturnsToWhereTheColumnsWere(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.tapTopic("All topics")
	const col = 1
	wd.scrollColumn(col, -90) // a little way down the whole list
	before := wd.topCard(col)
	wd.chord(fyne.KeyU)
	wd.scrollColumn(col, -2000) // to the filtered list's end
	wd.chord(fyne.KeyU)
	if after := wd.topCard(col); after != before {
		t.Fatalf("after Ctrl+U twice the column shows %+v at its top, %+v before", after, before)
	}

	// A statement picked while the filter is on stays in view after it.
	wd.chord(fyne.KeyU)
	wd.scrollColumn(col, -2000)
	cards := wd.cardsOnScreen(col)
	picked := cards[len(cards)-1]
	wd.tapCard(col, picked.id)
	wd.chord(fyne.KeyU)
	if !wd.cardWhole(col, picked.id) {
		t.Fatalf("the statement %d picked under Unanswered Only is not whole in view with the filter off", picked.id)
	}
}

// cardOnScreen is a card of a column and where it is drawn, from the top
// of the column's list.
type cardOnScreen struct {
	id  int64
	top float32
}

// columnList is the scrolled list of column col's cards.
func (wd *world) columnList(col int) *container.Scroll {
	wd.t.Helper()
	s, _ := walk(wd.ws.view.cols[col], func(o fyne.CanvasObject) bool {
		_, ok := o.(*container.Scroll)
		return ok
	}).(*container.Scroll)
	if s == nil {
		wd.t.Fatalf("column %d has no scrolled list", col)
	}
	return s
}

// scrollColumn turns the mouse wheel over column col's cards by dy.
func (wd *world) scrollColumn(col int, dy float32) {
	p, s := absRect(wd.columnList(col))
	test.Scroll(wd.ws.win.Canvas(), p.Add(fyne.NewPos(s.Width/2, s.Height/2)), 0, dy)
}

// cardsOnScreen are column col's cards at least partly in view, top first.
func (wd *world) cardsOnScreen(col int) []cardOnScreen {
	wd.t.Helper()
	list := wd.columnList(col)
	lp, ls := absRect(list)
	var out []cardOnScreen
	walk(list, func(o fyne.CanvasObject) bool {
		if c, ok := o.(*widgets.StatementCard); ok {
			p, s := absRect(c)
			if p.Y+s.Height > lp.Y && p.Y < lp.Y+ls.Height {
				out = append(out, cardOnScreen{c.Data.ID, p.Y - lp.Y})
			}
		}
		return false
	})
	if len(out) == 0 {
		wd.t.Fatalf("column %d shows no card", col)
	}
	for i := 1; i < len(out); i++ { // few cards: insertion sort by top
		for j := i; j > 0 && out[j].top < out[j-1].top; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// topCard is the card at the top of column col's list.
func (wd *world) topCard(col int) cardOnScreen { return wd.cardsOnScreen(col)[0] }

// cardWhole tells whether statement id's card is wholly in view in col.
func (wd *world) cardWhole(col int, id int64) bool {
	list := wd.columnList(col)
	lp, ls := absRect(list)
	c := walk(list, func(o fyne.CanvasObject) bool {
		c, ok := o.(*widgets.StatementCard)
		return ok && c.Data.ID == id
	})
	if c == nil {
		return false
	}
	p, s := absRect(c)
	return p.Y >= lp.Y-0.5 && p.Y+s.Height <= lp.Y+ls.Height+0.5
}
