package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// cardRenderer draws a StatementCard from its measure and geometry.
type cardRenderer struct {
	card      *StatementCard
	bg, hover *canvas.Rectangle
	head      []*chipLook
	countIcon []*canvas.Image
	countText []*canvas.Text
	lines     []*canvas.Text
	speaker   []*canvas.Text
	role      []*canvas.Text
	tags      []*chipLook
	applied   *cardGeom
	iconKey   iconKey
	objects   []fyne.CanvasObject
}

func (r *cardRenderer) Destroy() {}

func (r *cardRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *cardRenderer) MinSize() fyne.Size { return r.card.MinSize() }

func (r *cardRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.hover.Resize(size)
	g := r.card.geometryAt(size.Width)
	if g == r.applied {
		return
	}
	r.applied = g
	m := r.card.measure()
	inner := g.width - 2*m.pad
	for i, c := range r.head {
		label, _ := m.head[i].fit(m.headWidth(inner))
		c.fitTo(r.card, label, m.headWidth(inner))
		c.place(r.card, g.headPos[i])
	}
	for i := range r.countIcon {
		r.countIcon[i].Move(g.countPos[i])
		r.countIcon[i].Resize(fyne.NewSquareSize(m.iconSz))
		ts := measureText(r.countText[i].Text, r.countText[i].TextSize, fyne.TextStyle{})
		r.countText[i].Move(g.countPos[i].AddXY(m.iconSz+m.pad/6, (m.iconSz-ts.Height)/2))
		r.countText[i].Resize(ts)
	}
	r.lines = placeLines(r.lines, m.text, g.textLines, fyne.NewPos(m.pad, g.textY))
	r.speaker = placeLines(r.speaker, m.speaker, g.speakerLines, fyne.NewPos(m.pad, g.speakerY))
	rolePos := fyne.NewPos(m.pad, g.roleY)
	if g.roleInline {
		rolePos = rolePos.AddXY(g.roleX, 0)
	}
	r.role = placeLines(r.role, m.role, g.roleLines, rolePos)
	for i, c := range r.tags {
		c.fitTo(r.card, m.tags[i].label, inner)
		c.place(r.card, g.tagPos[i])
	}
	r.colorLines()
	r.collect()
}

// placeLines shows the lines of mt at pos, one canvas.Text per line, reusing
// the texts it was given.
func placeLines(pool []*canvas.Text, mt *measuredText, lines []wrappedLine, pos fyne.Position) []*canvas.Text {
	if mt == nil {
		return pool[:0]
	}
	for len(pool) < len(lines) {
		pool = append(pool, canvas.NewText("", color.Black))
	}
	pool = pool[:len(lines)]
	for i, l := range lines {
		t := pool[i]
		t.Text = mt.lineText(l)
		t.TextSize = mt.size
		t.TextStyle = mt.style
		t.Move(pos.AddXY(0, float32(i)*mt.lineH))
		t.Resize(fyne.NewSize(l.w+2, mt.lineH))
		t.Refresh()
	}
	return pool
}

func (r *cardRenderer) colorLines() {
	fg := themeColor(r.card, theme.ColorNameForeground)
	muted := themeColor(r.card, theme.ColorNamePlaceHolder)
	for _, t := range r.lines {
		t.Color = fg
	}
	for _, t := range r.speaker {
		t.Color = fg
	}
	for _, t := range r.role {
		t.Color = muted
	}
}

func (r *cardRenderer) collect() {
	o := r.objects[:0]
	o = append(o, r.bg, r.hover)
	for _, c := range r.head {
		o = append(o, c.objects()...)
	}
	for i := range r.countIcon {
		if r.card.m.counts[i] != "" {
			o = append(o, r.countIcon[i], r.countText[i])
		}
	}
	for _, ts := range [][]*canvas.Text{r.lines, r.speaker, r.role} {
		for _, t := range ts {
			o = append(o, t)
		}
	}
	for _, c := range r.tags {
		o = append(o, c.objects()...)
	}
	r.objects = o
}

func (r *cardRenderer) Refresh() {
	m := r.card.measure()
	r.refreshBackground()
	r.head = resizeLooks(r.head, len(m.head))
	for i, hc := range m.head {
		r.head[i].noDot, r.head[i].flush = hc.noDot, hc.flush
		r.head[i].set(r.card, hc.label, r.chipTint(hc), hc.fill, hc.bold)
		r.head[i].refresh()
	}
	r.tags = resizeLooks(r.tags, len(m.tags))
	for i, tc := range m.tags {
		r.tags[i].set(r.card, tc.label, orGrey(r.card, tc.tint), tc.fill, false)
		r.tags[i].refresh()
	}
	fg := themeColor(r.card, theme.ColorNamePlaceHolder)
	r.refreshIcons()
	for i := range r.countText {
		r.countText[i].Text = m.counts[i]
		r.countText[i].TextSize = chipMetricsFor(r.card).textSize
		r.countText[i].Color = fg
		r.countText[i].Refresh()
	}
	r.applied = nil
	r.Layout(r.card.Size())
	canvas.Refresh(r.card)
}

// refreshIcons reloads the count icons only when the theme changed: an icon
// refresh re-parses its SVG, far too slow to do for every card bound.
func (r *cardRenderer) refreshIcons() {
	key := iconKey{theme.CurrentForWidget(r.card), fyne.CurrentApp().Settings().ThemeVariant()}
	if key == r.iconKey {
		return
	}
	r.iconKey = key
	for i, res := range countIcons() {
		r.countIcon[i].Resource = res
		r.countIcon[i].Refresh()
	}
}

// iconKey is what the count icons' look depends on.
type iconKey struct {
	th fyne.Theme
	v  fyne.ThemeVariant
}

func resizeLooks(looks []*chipLook, n int) []*chipLook {
	for len(looks) < n {
		looks = append(looks, newChipLook())
	}
	return looks[:n]
}

// chipTint picks a header marker's colour from the theme by its role.
func (r *cardRenderer) chipTint(c cardChip) color.Color {
	switch c.role {
	case roleLink:
		return themeColor(r.card, theme.ColorNameWarning)
	case roleJoint:
		return themeColor(r.card, theme.ColorNameSuccess)
	case roleReported:
		return themeColor(r.card, theme.ColorNamePlaceHolder)
	}
	return orGrey(r.card, c.tint)
}

func (r *cardRenderer) refreshBackground() {
	d := r.card.Data
	radius := themeSize(r.card, theme.SizeNameInputRadius) * 1.5
	r.bg.CornerRadius, r.hover.CornerRadius = radius, radius
	r.bg.FillColor = themeColor(r.card, theme.ColorNameInputBackground)
	r.bg.StrokeColor = themeColor(r.card, theme.ColorNameSeparator)
	r.bg.StrokeWidth = 1
	switch {
	case d.Selected:
		r.bg.FillColor = withAlpha(themeColor(r.card, theme.ColorNamePrimary), 0.12)
		r.bg.StrokeColor = themeColor(r.card, theme.ColorNamePrimary)
		r.bg.StrokeWidth = 2
	case d.LinkLabel != "":
		r.bg.FillColor = withAlpha(themeColor(r.card, theme.ColorNameWarning), 0.12)
		r.bg.StrokeColor = themeColor(r.card, theme.ColorNameWarning)
		r.bg.StrokeWidth = 2
	}
	// The hover layer is hidden, not only transparent, while the pointer is
	// elsewhere: every object drawn costs a frame, transparent or not, and
	// Mesa's software renderer keeps some 36 KB of state per object drawn
	// (docs/compare.md, Memory).
	r.hover.FillColor = color.Transparent
	if r.card.hovered {
		r.hover.FillColor = themeColor(r.card, theme.ColorNameHover)
	}
	r.hover.Hidden = !r.card.hovered
	r.bg.Refresh()
	r.hover.Refresh()
}
