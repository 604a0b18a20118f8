package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

const benchCards = 1000

// scrollThrough scrolls a column from top to bottom a screen at a time, so
// every card is bound and laid out once.
func scrollThrough(col *PartyColumn) {
	l := col.list
	view := l.scroll.Size().Height
	for off := float32(0); off < l.contentHeight(); off += view {
		l.scrollToOffset(off)
	}
}

// BenchmarkColumn_SetCards1000 is a topic switch: 1,000 new cards measured,
// stacked and scrolled through screen by screen.
func BenchmarkColumn_SetCards1000(b *testing.B) {
	test.NewTempApp(b)
	col := NewPartyColumn("China", colorChina)
	w := test.NewTempWindow(b, col)
	w.Resize(fyne.NewSize(400, 900))
	sets := [][]CardData{manyCards(1, benchCards), manyCards(5001, benchCards)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		col.SetCards(sets[i%2])
		scrollThrough(col)
	}
}

// BenchmarkColumn_SetCards1000FirstScreen is what a topic switch costs
// before the column can paint: 1,000 cards measured and stacked, the first
// screenful bound.
func BenchmarkColumn_SetCards1000FirstScreen(b *testing.B) {
	test.NewTempApp(b)
	col := NewPartyColumn("China", colorChina)
	w := test.NewTempWindow(b, col)
	w.Resize(fyne.NewSize(400, 900))
	sets := [][]CardData{manyCards(1, benchCards), manyCards(5001, benchCards)}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		col.SetCards(sets[i%2])
	}
}

// BenchmarkColumn_Refresh1000 is the refresh after an edit: the same 1,000
// cards handed back with one of them changed.
func BenchmarkColumn_Refresh1000(b *testing.B) {
	test.NewTempApp(b)
	col := NewPartyColumn("China", colorChina)
	w := test.NewTempWindow(b, col)
	w.Resize(fyne.NewSize(400, 900))
	cards := manyCards(1, benchCards)
	col.SetCards(cards)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		next := append([]CardData(nil), cards...)
		next[i%benchCards].NoteCount = i
		col.SetCards(next)
	}
}

// BenchmarkBaseline_LabelListSwitch1000 is its floor: a widget.List of
// 1,000 one-line labels given new data and refreshed.
func BenchmarkBaseline_LabelListSwitch1000(b *testing.B) {
	test.NewTempApp(b)
	sets := [2][]string{}
	for s := range sets {
		for i := 0; i < benchCards; i++ {
			sets[s] = append(sets[s], fmt.Sprintf("Statement %d", s*benchCards+i))
		}
	}
	cur := sets[0]
	list := widget.NewList(func() int { return len(cur) },
		func() fyne.CanvasObject { return widget.NewLabel("template") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(cur[i]) })
	w := test.NewTempWindow(b, list)
	w.Resize(fyne.NewSize(400, 900))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cur = sets[i%2]
		list.Refresh()
	}
}

// BenchmarkColumn_Resize1000 re-wraps 1,000 cards at a new width.
func BenchmarkColumn_Resize1000(b *testing.B) {
	test.NewTempApp(b)
	col := NewPartyColumn("China", colorChina)
	col.SetCards(manyCards(1, benchCards))
	w := test.NewTempWindow(b, col)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.Resize(fyne.NewSize(float32(360+i%2*60), 900))
	}
}

// BenchmarkBaseline_LabelList1000 is the floor: a widget.List of 1,000
// single-line labels of one height, refreshed and scrolled through.
func BenchmarkBaseline_LabelList1000(b *testing.B) {
	test.NewTempApp(b)
	texts := make([]string, benchCards)
	for i := range texts {
		texts[i] = fmt.Sprintf("Statement %d", i)
	}
	list := widget.NewList(func() int { return len(texts) },
		func() fyne.CanvasObject { return widget.NewLabel("template") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(texts[i]) })
	w := test.NewTempWindow(b, list)
	w.Resize(fyne.NewSize(400, 900))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		list.Refresh()
		for off := float32(0); off < list.GetScrollOffset()+1e6; off += 900 {
			list.ScrollToOffset(off)
			if list.GetScrollOffset() < off {
				break
			}
		}
		list.ScrollToTop()
	}
}

// BenchmarkBaseline_ListSetItemHeight1000 is the obvious alternative: a
// widget.List of the same cards, each row's height set with SetItemHeight
// from the card's measured height, then scrolled through.
func BenchmarkBaseline_ListSetItemHeight1000(b *testing.B) {
	test.NewTempApp(b)
	sets := [][]CardData{manyCards(1, benchCards), manyCards(5001, benchCards)}
	cur := sets[0]
	list := widget.NewList(func() int { return len(cur) },
		func() fyne.CanvasObject { return NewStatementCard(CardData{}, nil) },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*StatementCard).SetData(cur[i]) })
	w := test.NewTempWindow(b, list)
	w.Resize(fyne.NewSize(400, 900))
	probe := NewStatementCard(CardData{}, nil)
	test.NewTempWindow(b, probe)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		cur = sets[i%2]
		for j, d := range cur {
			probe.SetData(d)
			list.SetItemHeight(j, probe.HeightForWidth(list.Size().Width))
		}
		list.Refresh()
		for off := float32(0); ; off += 900 {
			list.ScrollToOffset(off)
			if list.GetScrollOffset() < off {
				break
			}
		}
		list.ScrollToTop()
	}
}
