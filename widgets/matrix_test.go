package widgets

import (
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func sampleMatrix() MatrixData {
	return MatrixData{Rows: []string{"Human rights", "Xinjiang", "Tibet", "Trade"}, RowDepth: []int{0, 1, 1, 0},
		Cols: []string{"China", "EU"}, ColColors: []color.Color{colorChina, colorEU},
		Counts: [][]int{{5, 3}, {2, 4}, {0, 1}, {1, 0}},
		Badges: []string{VerdictDivergent, VerdictPartlyConvergent, VerdictNotAddressed, ""}}
}

func TestMatrix_Render(t *testing.T) {
	for _, th := range themes {
		t.Run(th.name, func(t *testing.T) {
			newThemedApp(t, th.th)
			m := NewMatrix(sampleMatrix(), nil)
			w := test.NewTempWindow(t, m)
			w.SetPadded(false)
			w.Resize(m.MinSize())
			test.AssertRendersToMarkup(t, "matrix/sample_"+th.name+".xml", w.Canvas())
		})
	}
}

func TestMatrix_TapCell(t *testing.T) {
	test.NewTempApp(t)
	var row, col = -1, -1
	m := NewMatrix(sampleMatrix(), func(r, c int) { row, col = r, c })
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(m.MinSize())
	g := m.grid()

	test.TapAt(m, fyne.NewPos(g.labelW+g.cellW*1.5, g.headH+g.rowH*2.5))
	if row != 2 || col != 1 {
		t.Fatalf("tapped cell (%d,%d), want (2,1)", row, col)
	}
	row, col = -1, -1
	test.TapAt(m, fyne.NewPos(g.labelW/2, g.headH+g.rowH/2))  // on a row label
	test.TapAt(m, fyne.NewPos(g.labelW+g.cellW/2, g.headH/2)) // on a header
	if row != -1 || col != -1 {
		t.Fatalf("tap outside the cells reported (%d,%d)", row, col)
	}
}

func TestMatrix_Ragged(t *testing.T) {
	test.NewTempApp(t)
	// fewer counts, depths and colours than rows and columns: zeros, no panic
	m := NewMatrix(MatrixData{Rows: []string{"a", "b"}, Cols: []string{"X", "Y", "Z"}, Counts: [][]int{{1}}}, nil)
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(500, 200))
	if m.MinSize().Width <= 0 {
		t.Fatal("no size")
	}
}

func TestMatrix_Hover(t *testing.T) {
	test.NewTempApp(t)
	m := NewMatrix(sampleMatrix(), nil)
	w := test.NewTempWindow(t, m)
	w.SetPadded(false)
	w.Resize(m.MinSize())
	g := m.grid()
	cell := fyne.NewPos(g.labelW+g.cellW*0.5, g.headH+g.rowH*1.5)
	test.MoveMouse(w.Canvas(), cell)
	r := m.r
	if !r.cellHover.Visible() || !r.rowHover.Visible() {
		t.Fatal("no hover shown over a cell")
	}
	if p := r.cellHover.Position(); p.X > cell.X || p.Y > cell.Y || p.X+r.cellHover.Size().Width < cell.X {
		t.Fatalf("cell outline at %v, pointer at %v", p, cell)
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(2, 2)) // the header corner
	if r.cellHover.Visible() {
		t.Fatal("hover still shown outside the cells")
	}
}

func TestMatrix_LongTopicShortened(t *testing.T) {
	test.NewTempApp(t)
	d := sampleMatrix()
	d.Rows[0] = strings.Repeat("A very long topic name ", 10)
	m := NewMatrix(d, nil)
	w := test.NewTempWindow(t, m)
	w.Resize(m.MinSize())
	if m.MinSize().Width > 900 {
		t.Fatalf("matrix %v wide for a long topic", m.MinSize().Width)
	}
}

func TestReadableOn(t *testing.T) {
	for _, th := range themes {
		newThemedApp(t, th.th)
		m := NewMatrix(MatrixData{}, nil)
		fg := themeColor(m, theme.ColorNameForeground)
		bg := themeColor(m, theme.ColorNameBackground)
		if got := readableOn(m, color.Transparent, fg); got != fg {
			t.Errorf("%s: on no fill the count is %v, want the foreground", th.name, got)
		}
		if got := readableOn(m, withAlpha(colorEU, 0.2), fg); got != fg {
			t.Errorf("%s: on a light tint the count is %v, want the foreground", th.name, got)
		}
		strong := color.NRGBA{R: 0x10, G: 0x20, B: 0x30, A: 0xff} // very dark
		if th.name == "dark" {
			strong = color.NRGBA{R: 0xf0, G: 0xf0, B: 0xc0, A: 0xff} // very light
		}
		if got := readableOn(m, strong, fg); got != bg {
			t.Errorf("%s: on a strong fill the count is %v, want the background colour", th.name, got)
		}
	}
}

func TestMatrix_SetData(t *testing.T) {
	test.NewTempApp(t)
	m := NewMatrix(sampleMatrix(), nil)
	w := test.NewTempWindow(t, m)
	w.Resize(m.MinSize())
	before := m.MinSize().Height
	d := sampleMatrix()
	d.Rows = append(d.Rows, "Multilateral cooperation")
	d.Counts = append(d.Counts, []int{2, 2})
	d.Badges = append(d.Badges, VerdictConvergent)
	m.SetData(d)
	if m.MinSize().Height <= before {
		t.Fatal("SetData with one more row did not grow the matrix")
	}
}
