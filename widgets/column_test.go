package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// manyCards returns n cards with ids from first, of varying length.
func manyCards(first int64, n int) []CardData {
	s := sampleCards()
	out := make([]CardData, n)
	for i := range out {
		d := s[i%len(s)]
		d.ID = first + int64(i)
		d.Text = fmt.Sprintf("%d. %s", d.ID, d.Text)
		out[i] = d
	}
	return out
}

func newColumnWindow(t *testing.T, cards []CardData) (*PartyColumn, fyne.Window) {
	col := NewPartyColumn("China", colorChina)
	col.SetCards(cards)
	w := test.NewTempWindow(t, col)
	w.SetPadded(false)
	w.Resize(fyne.NewSize(360, 640))
	return col, w
}

func TestPartyColumn_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			col, w := newColumnWindow(t, sampleCards())
			col.SetHeader("China", colorChina, "Divergent: each side restates its own position")
			test.AssertRendersToMarkup(t, "party_column/cards_"+th.name+".xml", w.Canvas())

			col.Select(2)
			w.Canvas().Focus(col)
			test.AssertRendersToMarkup(t, "party_column/selected_focused_"+th.name+".xml", w.Canvas())
			test.AssertImageMatches(t, "party_column/selected_focused_"+th.name+".png", w.Canvas().Capture())
		})
	}
}

func TestPartyColumn_Empty(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, nil)
	test.AssertRendersToMarkup(t, "party_column/empty.xml", w.Canvas())
	col.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown}) // nothing to select: no panic
	if _, ok := col.Selected(); ok {
		t.Fatal("empty column has a selection")
	}
}

func TestPartyColumn_TapSelects(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, sampleCards())
	var got []int64
	col.OnSelected = func(id int64) { got = append(got, id) }
	var menuID int64
	col.OnSecondary = func(id int64, _ fyne.Position) { menuID = id }

	test.Tap(col.list.visible[1])
	if id, ok := col.Selected(); !ok || id != 2 || len(got) != 1 || got[0] != 2 {
		t.Fatalf("after tap: selected %d %v, callbacks %v; want 2", id, ok, got)
	}
	if w.Canvas().Focused() != col {
		t.Fatal("the column did not take the keyboard focus on tap")
	}
	if !col.list.visible[1].Data.Selected || col.list.visible[0].Data.Selected {
		t.Fatal("the tapped card is not the one drawn selected")
	}
	test.TapSecondary(col.list.visible[2])
	if menuID != 3 {
		t.Fatalf("context menu for %d, want 3", menuID)
	}
	if id, _ := col.Selected(); id != 3 {
		t.Fatalf("right click selected %d, want 3", id)
	}
}

func TestPartyColumn_Keys(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, manyCards(1, 50))
	var got []int64
	col.OnSelected = func(id int64) { got = append(got, id) }
	w.Canvas().Focus(col)

	press := func(k fyne.KeyName) { w.Canvas().Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	press(fyne.KeyDown) // nothing selected: the first card
	press(fyne.KeyDown)
	press(fyne.KeyDown)
	press(fyne.KeyUp)
	if want := []int64{1, 2, 3, 2}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("selections %v, want %v", got, want)
	}
	press(fyne.KeyEnd)
	if id, _ := col.Selected(); id != 50 {
		t.Fatalf("End selected %d, want 50", id)
	}
	if _, ok := col.list.visible[49]; !ok {
		t.Fatal("End did not scroll the last card into view")
	}
	press(fyne.KeyDown) // at the end: stays
	press(fyne.KeyHome)
	if id, _ := col.Selected(); id != 1 || col.list.scroll.Offset.Y != 0 {
		t.Fatalf("Home selected %d at offset %v", id, col.list.scroll.Offset.Y)
	}
	press(fyne.KeyPageDown)
	if id, _ := col.Selected(); id <= 2 {
		t.Fatalf("Page Down selected %d, want a card a page further", id)
	}

	var moved string
	col.OnFocusNext = func() { moved = "next" }
	press(fyne.KeyRight)
	if moved != "next" {
		t.Fatal("Right did not call OnFocusNext")
	}
}

func TestPartyColumn_SetCardsKeepsScrollAndSelection(t *testing.T) {
	test.NewTempApp(t)
	col, _ := newColumnWindow(t, manyCards(1, 200))
	col.Select(100)
	col.ScrollTo(120)
	topID, delta, ok := col.topAnchor()
	if !ok || topID < 100 {
		t.Fatalf("top card %d after ScrollTo(120)", topID)
	}

	// a refresh that inserts cards above and edits the selected one
	cards := append(manyCards(1000, 5), manyCards(1, 200)...)
	cards[5+99].Text = "edited"
	col.SetCards(cards)

	if id, ok := col.Selected(); !ok || id != 100 {
		t.Fatalf("selection %d %v after SetCards, want 100", id, ok)
	}
	if id, d, _ := col.topAnchor(); id != topID || d != delta {
		t.Fatalf("top card %d+%v after SetCards, want %d+%v", id, d, topID, delta)
	}

	col.SetCards(manyCards(500, 3)) // ids gone: no selection, back to top
	if _, ok := col.Selected(); ok {
		t.Fatal("selection kept though its id is gone")
	}
	if col.list.scroll.Offset.Y != 0 {
		t.Fatalf("offset %v with 3 cards", col.list.scroll.Offset.Y)
	}
}

func TestPartyColumn_Virtualised(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, manyCards(1, 1000))
	if n := len(col.list.content.Objects); n == 0 || n > 10 {
		t.Fatalf("%d card widgets for a 640-high column, want a screenful", n)
	}
	col.ScrollTo(700)
	if _, ok := col.list.visible[699]; !ok {
		t.Fatal("card 700 not in view after ScrollTo")
	}
	for i, c := range col.list.visible {
		if c.Data.ID != int64(i+1) {
			t.Fatalf("widget at index %d shows card %d", i, c.Data.ID)
		}
		if c.Size().Height != col.list.heights[i] {
			t.Fatalf("card %d is %v high, its row %v", i, c.Size().Height, col.list.heights[i])
		}
	}

	// narrower: every card re-wraps and the content grows
	before := col.list.contentHeight()
	w.Resize(fyne.NewSize(240, 640))
	if after := col.list.contentHeight(); after <= before {
		t.Fatalf("content %v high at 240 wide, %v at 360", after, before)
	}
	for i, c := range col.list.visible {
		if c.Size().Height != col.list.heights[i] || c.Size().Height != col.measures[i].geometry(c.Size().Width).height {
			t.Fatalf("card %d not re-sized to its wrapped height", i)
		}
	}
}

func TestPartyColumn_Header(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, sampleCards())
	col.SetHeader("European Union", colorEU, "Convergent")
	test.AssertRendersToMarkup(t, "party_column/header.xml", w.Canvas())
}

// TestPartyColumn_SelectBeforeLayout: a selection made before the column
// has its size must not leave it scrolled by the window's first, small
// layouts once it has room.
func TestPartyColumn_SelectBeforeLayout(t *testing.T) {
	test.NewTempApp(t)
	col := NewPartyColumn("China", colorChina)
	col.SetCards(manyCards(1, 5))
	col.Select(2)
	w := test.NewTempWindow(t, col)
	w.Resize(fyne.NewSize(340, 2000))
	if off := col.list.scroll.Offset.Y; off != 0 {
		t.Fatalf("offset %v with all cards in view", off)
	}
	col.SetCards(manyCards(1, 60))
	col.Select(50)
	if _, ok := col.list.visible[49]; !ok {
		t.Fatal("Select did not scroll to a card below the fold")
	}
}

func TestPartyColumn_ReusesMeasures(t *testing.T) {
	test.NewTempApp(t)
	col, _ := newColumnWindow(t, manyCards(1, 20))
	before := append([]*cardMeasure(nil), col.measures...)
	next := manyCards(1, 20)
	next[3].Tags = append(next[3].Tags, TagData{Name: "new tag", Color: colorEU})
	next[7].Selected = true // selection alone is not a change of the card
	col.SetCards(next)
	for i, m := range col.measures {
		if reused := m == before[i]; reused == (i == 3) {
			t.Errorf("card %d: measure reused %v", i, reused)
		}
	}
	if id, _ := col.Selected(); id != 8 {
		t.Fatalf("selected %d, want 8", id)
	}
	if len(col.measures[3].tags) != len(next[3].Tags) {
		t.Fatal("the changed card was not measured again")
	}
}

// TestPartyColumn_ThemeSwitch: switching theme while the column shows
// re-colours the cards in view and those bound later from the pool.
func TestPartyColumn_ThemeSwitch(t *testing.T) {
	newThemedApp(t, themes[0].th)
	col, _ := newColumnWindow(t, manyCards(1, 100))
	test.ApplyTheme(t, themes[1].th)
	want := themes[1].th.Color(theme.ColorNameInputBackground, theme.VariantDark)
	check := func(when string) {
		for i, c := range col.list.visible {
			bg := test.TempWidgetRenderer(t, c).Objects()[0].(*canvas.Rectangle)
			if i != col.selected && bg.FillColor != want {
				t.Fatalf("%s: card %d background %v, want %v", when, i, bg.FillColor, want)
			}
		}
	}
	check("after the switch")
	col.ScrollTo(90)
	check("after scrolling to cards bound later")
}

// TestPartyColumn_ResizeKeepsPlace: when the column gets narrower (the
// detail editor opens beside it), the selected card it showed stays in view.
func TestPartyColumn_ResizeKeepsPlace(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, manyCards(1, 60))
	col.Select(30)
	if !col.list.inView(29) {
		t.Fatal("selected card not in view after Select")
	}
	for _, width := range []float32{220, 500, 180, 360} {
		w.Resize(fyne.NewSize(width, 640))
		if !col.list.inView(29) {
			t.Fatalf("at %v wide the selected card left the view (offset %v, top %v)", width, col.list.scroll.Offset.Y, col.list.tops[29])
		}
	}
	col.Unselect()
	col.ScrollTo(45)
	top := col.list.indexAt(col.list.scroll.Offset.Y)
	w.Resize(fyne.NewSize(250, 640))
	if now := col.list.indexAt(col.list.scroll.Offset.Y); now != top {
		t.Fatalf("top card %d after resize, was %d", now, top)
	}
}

func TestPartyColumn_Verdict(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			col, w := newColumnWindow(t, sampleCards()[:1])
			col.SetHeader("China", colorChina, "Regional issues / Xinjiang: each side restates its own position on the region")
			col.SetVerdict(VerdictDivergent)
			test.AssertRendersToMarkup(t, "party_column/verdict_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestPartyColumn_DeleteKeyReportsTheSelectedCard(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, sampleCards())
	var got []int64
	col.OnDelete = func(id int64) { got = append(got, id) }
	w.Canvas().Focus(col)
	col.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete}) // nothing selected yet
	col.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	id, _ := col.Selected()
	col.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if len(got) != 1 || got[0] != id {
		t.Fatalf("OnDelete got %v, want [%d]", got, id)
	}
}

// TestPartyColumn_ShortTitleKeepsItsLine: a party's name that fits on a
// line of the column keeps that line whole at every width, the count going
// under it where the two do not fit side by side (a 240 px column wrapped
// "European Union" after its first word, beside "2 statements").
func TestPartyColumn_ShortTitleKeepsItsLine(t *testing.T) {
	test.NewTempApp(t)
	col, w := newColumnWindow(t, manyCards(1, 2))
	col.SetHeader("European Union", colorEU, "Regional issues")
	for width := float32(190); width <= 420; width += 10 {
		w.Resize(fyne.NewSize(width, 640))
		whole := false
		var drawn []string
		for _, o := range test.LaidOutObjects(col) {
			if tx, ok := o.(*canvas.Text); ok && o.Visible() {
				drawn = append(drawn, tx.Text)
				whole = whole || tx.Text == "European Union"
			}
		}
		if !whole {
			t.Errorf("at %.0f px the title is drawn as %q", width, drawn)
		}
	}
}

// TestHeaderGroup_CardsStartOnOneLine: two columns side by side, one whose
// count goes under its name (European Union at 220 px) and one whose count
// fits beside it (China): in a HeaderGroup their headers are as high, so
// that their cards and empty texts start on one line.
func TestHeaderGroup_CardsStartOnOneLine(t *testing.T) {
	test.NewTempApp(t)
	cn := NewPartyColumn("China", colorChina)
	cn.SetCards(manyCards(1, 3))
	eu := NewPartyColumn("European Union", colorEU)
	eu.SetCards(manyCards(10, 3))
	g := &HeaderGroup{}
	g.Add(cn)
	g.Add(eu)
	w := test.NewTempWindow(t, container.NewGridWithColumns(2, cn, eu))
	w.SetPadded(false)
	for _, width := range []float32{440, 900} {
		w.Resize(fyne.NewSize(width, 640))
		if a, b := cn.list.Position().Y, eu.list.Position().Y; a != b || a == 0 {
			t.Errorf("at %.0f px China's cards start at %.0f, the EU's at %.0f", width, a, b)
		}
	}
	eu.SetHeader("European Union", colorEU, "Regional issues, a subtitle long enough to wrap in a narrow column")
	w.Resize(fyne.NewSize(440, 640))
	if a, b := cn.list.Position().Y, eu.list.Position().Y; a != b {
		t.Errorf("after a longer subtitle China's cards start at %.0f, the EU's at %.0f", a, b)
	}
}

// A filter that leaves out the card at the column's top kept the old
// offset, clamped to the shorter list: of two cards left, the second
// showed with the first scrolled out of sight. The first card still there
// from the old top on goes to the top; none, the column starts at the top.
func TestPartyColumn_SetCardsWithoutTheTopCard(t *testing.T) {
	test.NewTempApp(t)
	all := manyCards(1, 200)
	col, _ := newColumnWindow(t, all)
	col.ScrollTo(120)
	topID, _, ok := col.topAnchor()
	if !ok || topID < 100 {
		t.Fatalf("top card %d after ScrollTo(120)", topID)
	}
	pick := func(ids ...int64) []CardData {
		var out []CardData
		for _, id := range ids {
			out = append(out, all[id-1])
		}
		return out
	}
	left := []int64{5, 10}
	for id := topID + 30; id <= 200; id++ {
		left = append(left, id)
	}
	col.SetCards(pick(left...))
	// Card topID+30 is the third left: it starts the view, the gap above
	// it included.
	if off, want := col.list.scroll.Offset.Y, col.list.tops[2]-col.list.gap; off != want {
		t.Errorf("offset %v after a filter without card %d, want %v: card %d, the first left after it, at the top", off, topID, want, topID+30)
	}
	col.SetCards(all)
	col.ScrollTo(120)
	col.SetCards(pick(5, 10))
	if off := col.list.scroll.Offset.Y; off != 0 {
		t.Errorf("offset %v when only cards above the old top are left", off)
	}
}
