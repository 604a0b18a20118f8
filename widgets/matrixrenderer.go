package widgets

import (
	"image/color"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// matrixGrid is the matrix's geometry, from the theme and the labels.
type matrixGrid struct {
	pad, indent, labelW, cellW, badgeW, headH, rowH, text float32
}

func (m *Matrix) grid() matrixGrid {
	p := themeSize(m, theme.SizeNamePadding)
	g := matrixGrid{pad: p * 3, indent: p * 4, text: themeSize(m, theme.SizeNameText)}
	lineH := measureText("Mg", g.text, fyne.TextStyle{}).Height
	g.rowH = lineH + p*3
	g.headH = lineH + p*4
	for i, r := range m.Data.Rows {
		w := measureText(r, g.text, fyne.TextStyle{Bold: depthOf(m.Data, i) == 0}).Width
		g.labelW = max(g.labelW, w+float32(depthOf(m.Data, i))*g.indent)
	}
	g.labelW = min(g.labelW, p*70) + 2*g.pad // long topics are shortened
	g.cellW = p * 18
	cm := chipMetricsFor(m)
	for _, c := range m.Data.Cols {
		g.cellW = max(g.cellW, chipSize(cm, c, true, false, true).Width+2*g.pad)
	}
	if m.Data.Badges != nil {
		// Wide enough for any verdict, so that assessing a topic never
		// shifts the columns.
		for _, label := range verdictLabels() {
			g.badgeW = max(g.badgeW, chipSize(cm, label, true, false, false).Width+2*g.pad)
		}
		for _, b := range m.Data.Badges {
			g.badgeW = max(g.badgeW, chipSize(cm, VerdictLabel(b), true, false, false).Width+2*g.pad)
		}
	}
	return g
}

func depthOf(d MatrixData, row int) int {
	if row < len(d.RowDepth) {
		return d.RowDepth[row]
	}
	return 0
}

func countAt(d MatrixData, row, col int) int {
	if row < len(d.Counts) && col < len(d.Counts[row]) {
		return d.Counts[row][col]
	}
	return 0
}

// matrixRenderer rebuilds its canvas objects on refresh; a matrix holds
// topics × parties cells, a few hundred at most.
type matrixRenderer struct {
	m                   *Matrix
	rowHover, cellHover *canvas.Rectangle
	built               fyne.Size
	objects             []fyne.CanvasObject
}

func (r *matrixRenderer) Destroy() {}

func (r *matrixRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *matrixRenderer) MinSize() fyne.Size {
	g := r.m.grid()
	return fyne.NewSize(g.labelW+g.cellW*float32(len(r.m.Data.Cols))+g.badgeW,
		g.headH+g.rowH*float32(len(r.m.Data.Rows)))
}

func (r *matrixRenderer) Layout(size fyne.Size) {
	if size != r.built {
		r.Refresh()
	}
}

// placeHover moves the row band and the cell outline under the pointer.
func (r *matrixRenderer) placeHover() {
	m := r.m
	g := m.grid()
	if m.hoverRow < 0 || m.hoverRow >= len(m.Data.Rows) {
		r.rowHover.Hide()
		r.cellHover.Hide()
		return
	}
	y := g.headH + float32(m.hoverRow)*g.rowH
	r.rowHover.FillColor = themeColor(m, theme.ColorNameHover)
	r.rowHover.Move(fyne.NewPos(0, y))
	r.rowHover.Resize(fyne.NewSize(max(m.Size().Width, r.MinSize().Width), g.rowH))
	r.rowHover.Show()
	r.rowHover.Refresh()
	inset := g.pad / 3
	r.cellHover.StrokeColor = themeColor(m, theme.ColorNamePrimary)
	r.cellHover.StrokeWidth = 2
	r.cellHover.CornerRadius = themeSize(m, theme.SizeNameInputRadius)
	r.cellHover.Move(fyne.NewPos(g.labelW+float32(m.hoverCol)*g.cellW+inset, y+inset))
	r.cellHover.Resize(fyne.NewSize(g.cellW-2*inset, g.rowH-2*inset))
	r.cellHover.Show()
	r.cellHover.Refresh()
}

func (r *matrixRenderer) Refresh() {
	r.built = r.m.Size()
	m := r.m
	d := m.Data
	g := m.grid()
	fg := themeColor(m, theme.ColorNameForeground)
	muted := themeColor(m, theme.ColorNamePlaceHolder)
	width := max(m.Size().Width, r.MinSize().Width)
	objs := []fyne.CanvasObject{r.rowHover}
	add := func(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
		o.Move(pos)
		o.Resize(size)
		objs = append(objs, o)
	}
	maxCount := 1
	for _, row := range d.Counts {
		for _, n := range row {
			maxCount = max(maxCount, n)
		}
	}
	for c, name := range d.Cols {
		var tint color.Color
		if c < len(d.ColColors) {
			tint = d.ColColors[c]
		}
		look := newChipLook()
		look.flush = true
		look.set(m, name, orGrey(m, tint), 0, true)
		sz := look.minSize(m)
		x := g.labelW + float32(c)*g.cellW + (g.cellW-sz.Width)/2
		look.place(m, fyne.NewPos(x, (g.headH-sz.Height)/2))
		objs = append(objs, look.objects()...)
	}
	if d.Badges != nil {
		objs = append(objs, r.text("Assessment", fyne.NewPos(g.labelW+float32(len(d.Cols))*g.cellW+g.pad, 0), g.headH, muted, true, g.text*0.85))
	}
	rule := canvas.NewRectangle(themeColor(m, theme.ColorNameSeparator))
	add(rule, fyne.NewPos(0, g.headH-1), fyne.NewSize(width, 1))
	for row := range d.Rows {
		objs = append(objs, r.row(g, row, width, maxCount, fg, muted)...)
	}
	r.objects = append(objs, r.cellHover)
	r.placeHover()
	canvas.Refresh(m)
}

// row draws one topic's label, cells and badge.
func (r *matrixRenderer) row(g matrixGrid, row int, width float32, maxCount int, fg, muted color.Color) []fyne.CanvasObject {
	m := r.m
	d := m.Data
	y := g.headH + float32(row)*g.rowH
	depth := depthOf(d, row)
	label := ellipsize(d.Rows[row], g.text, fyne.TextStyle{Bold: depth == 0}, g.labelW-2*g.pad-float32(depth)*g.indent)
	objs := []fyne.CanvasObject{r.text(label, fyne.NewPos(g.pad+float32(depth)*g.indent, y), g.rowH, fg, depth == 0, g.text)}
	for c := range d.Cols {
		n := countAt(d, row, c)
		var tint color.Color
		if c < len(d.ColColors) {
			tint = d.ColColors[c]
		}
		cell := canvas.NewRectangle(color.Transparent)
		if n > 0 {
			// at most half strength, so that the count reads on any cell
			cell.FillColor = withAlpha(orGrey(m, tint), 0.12+0.4*float32(n)/float32(maxCount))
		}
		cell.CornerRadius = themeSize(m, theme.SizeNameInputRadius)
		inset := g.pad / 3
		cell.Move(fyne.NewPos(g.labelW+float32(c)*g.cellW+inset, y+inset))
		cell.Resize(fyne.NewSize(g.cellW-2*inset, g.rowH-2*inset))
		label, col := strconv.Itoa(n), readableOn(m, cell.FillColor, fg)
		if n == 0 {
			label, col = "–", muted
		}
		t := r.text(label, fyne.NewPos(0, y), g.rowH, col, n > 0, g.text)
		t.Move(fyne.NewPos(g.labelW+float32(c)*g.cellW+(g.cellW-t.MinSize().Width)/2, t.Position().Y))
		objs = append(objs, cell, t)
	}
	if d.Badges != nil && row < len(d.Badges) {
		b := NewVerdictBadge(d.Badges[row])
		sz := b.MinSize()
		b.Move(fyne.NewPos(g.labelW+float32(len(d.Cols))*g.cellW+g.pad, y+(g.rowH-sz.Height)/2))
		b.Resize(sz)
		objs = append(objs, b)
	}
	sep := canvas.NewRectangle(withAlpha(themeColor(m, theme.ColorNameSeparator), 0.6))
	sep.Move(fyne.NewPos(0, y+g.rowH-1))
	sep.Resize(fyne.NewSize(width, 1))
	return append(objs, sep)
}

// text returns a single-line text vertically centred in a row of height h.
func (r *matrixRenderer) text(s string, pos fyne.Position, h float32, c color.Color, bold bool, size float32) *canvas.Text {
	t := canvas.NewText(Visible(s), c)
	t.TextSize = size
	t.TextStyle = fyne.TextStyle{Bold: bold}
	ts := t.MinSize()
	t.Move(fyne.NewPos(pos.X, pos.Y+(h-ts.Height)/2))
	t.Resize(ts)
	return t
}

// readableOn returns fg, or the theme's background colour when that stands
// out more from fill (drawn over the background): a party colour that is
// very dark in the light theme, or very light in the dark theme.
func readableOn(o fyne.CanvasObject, fill, fg color.Color) color.Color {
	bg := themeColor(o, theme.ColorNameBackground)
	if fill == nil {
		return fg
	}
	f := color.NRGBAModel.Convert(fill).(color.NRGBA)
	b := color.NRGBAModel.Convert(bg).(color.NRGBA)
	a := float32(f.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(float32(x)*a + float32(y)*(1-a)) }
	blended := color.NRGBA{R: mix(f.R, b.R), G: mix(f.G, b.G), B: mix(f.B, b.B), A: 255}
	lb := luminance(blended)
	if dfg, dbg := lb-luminance(fg), lb-luminance(bg); dbg*dbg > dfg*dfg {
		return bg
	}
	return fg
}
