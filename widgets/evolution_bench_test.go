package widgets

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// BenchmarkEvolutionGrid_SetData50x100 is the grid's share of showing a
// series of 50 rounds × 100 topics: new data, then the first screen drawn.
func BenchmarkEvolutionGrid_SetData50x100(b *testing.B) {
	test.NewTempApp(b)
	sets := [2]EvolutionData{bigEvolution(50, 100), bigEvolution(50, 100)}
	sets[1].Topics[0] = "Another topic"
	g := NewEvolutionGrid(sets[0], nil)
	w := test.NewTempWindow(b, g)
	w.Resize(fyne.NewSize(1200, 700))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.SetData(sets[i%2])
		w.Canvas().Refresh(g)
	}
}

// BenchmarkEvolutionGrid_Scroll50x100 scrolls the grid to a far cell and
// back: the cells in view rebound.
func BenchmarkEvolutionGrid_Scroll50x100(b *testing.B) {
	test.NewTempApp(b)
	g := NewEvolutionGrid(bigEvolution(50, 100), nil)
	w := test.NewTempWindow(b, g)
	w.Resize(fyne.NewSize(1200, 700))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.ScrollTo((i*37)%100, (i*13)%50)
	}
}

// BenchmarkBaseline_LabelTableScroll50x100 is the floor of both: a
// widget.Table of one-line labels of the same size, scrolled the same way.
func BenchmarkBaseline_LabelTableScroll50x100(b *testing.B) {
	test.NewTempApp(b)
	d := bigEvolution(50, 100)
	t := widget.NewTableWithHeaders(func() (int, int) { return 100, 50 },
		func() fyne.CanvasObject { return widget.NewLabel("China on topic 100 in round 50") },
		func(id widget.TableCellID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(d.Cells[id.Row][id.Col][0].First)
		})
	w := test.NewTempWindow(b, t)
	w.Resize(fyne.NewSize(1200, 700))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t.ScrollTo(widget.TableCellID{Row: (i * 37) % 100, Col: (i * 13) % 50})
	}
}
