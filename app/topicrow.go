package app

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// dotSize is the diameter of the party and verdict dots in a tree row: big
// enough to tell the colours apart, small enough to leave the topic's name
// the room.
const dotSize = 9

// topicRow is one row of the topic tree: the name first, then one count per
// column with a dot in the party's colour, then the verdict as a dot. The
// counts sit in slots of one width for the whole tree, so they line up.
type topicRow struct {
	name    *widget.Label
	verdict *canvas.Circle
	dots    [maxColumns]*canvas.Circle
	counts  [maxColumns]*canvas.Text
	opens   [maxColumns]*canvas.Text // "·2": the unanswered, in the warning colour
	slot    *float32                 // width of a count slot, shared by the tree's rows
	lines   *int                     // lines of text a row has room for, shared too (see treeLines)
	box     *fyne.Container
}

func newTopicRow(slot *float32, lines *int) *topicRow {
	r := &topicRow{name: widget.NewLabel("Topic name"), verdict: canvas.NewCircle(color.Transparent), slot: slot, lines: lines}
	// A name too long for the row wraps onto a second line (the tree makes
	// every row that tall when one name needs it); only past that is it cut.
	r.name.Wrapping = fyne.TextWrapWord
	r.name.Truncation = fyne.TextTruncateEllipsis
	objs := []fyne.CanvasObject{r.name, r.verdict}
	for i := range r.dots {
		r.dots[i] = canvas.NewCircle(color.Transparent)
		r.counts[i] = canvas.NewText("", theme.Color(theme.ColorNameForeground))
		r.counts[i].TextSize = theme.Size(theme.SizeNameCaptionText)
		r.counts[i].Alignment = fyne.TextAlignLeading
		r.opens[i] = canvas.NewText("", theme.Color(theme.ColorNameWarning))
		r.opens[i].TextSize = r.counts[i].TextSize
		objs = append(objs, r.dots[i], r.counts[i], r.opens[i])
		// Hidden until set shows a column's count: Fyne's tree takes its
		// minimum width from a row fresh from create, where four slots
		// made the window unable to shrink below 920 px.
		r.dots[i].Hide()
		r.counts[i].Hide()
		r.opens[i].Hide()
	}
	r.box = &fyne.Container{Layout: topicRowLayout{r}, Objects: objs}
	return r
}

// set shows counts n in the parties' colours, each with how many of them
// are unanswered (open), and the verdict ("" for none).
func (r *topicRow) set(n, open []int, colours []color.Color, verdict string) {
	fg, warn := theme.Color(theme.ColorNameForeground), theme.Color(theme.ColorNameWarning)
	for i := range r.counts {
		if i >= len(n) {
			show(r.dots[i], false)
			show(r.counts[i], false)
			show(r.opens[i], false)
			continue
		}
		setCanvasText(r.counts[i], fmt.Sprint(n[i]), fg)
		show(r.counts[i], true)
		setCanvasText(r.opens[i], openLabel(open[i]), warn)
		show(r.opens[i], open[i] > 0)
		setFill(r.dots[i], colours[i], nil)
		show(r.dots[i], true)
	}
	fill, ring := verdictDot(verdict)
	setFill(r.verdict, fill, ring)
	// No assessment, no dot: hidden rather than drawn transparent, as
	// every object drawn costs the frame (see widgets' refreshBackground).
	show(r.verdict, verdict != "")
	// Lay the row out again (the counts' slot is shared by the tree and
	// may have grown) without refreshing it whole: that shaped the topic's
	// name again, on every visible row at every topic switch (40 % of a
	// switch at a million statements).
	r.box.Layout.Layout(r.box.Objects, r.box.Size())
}

// show shows or hides o, refreshing it when that changes.
func show(o fyne.CanvasObject, visible bool) {
	if o.Visible() == visible {
		return
	}
	if visible {
		o.Show()
	} else {
		o.Hide()
	}
	o.Refresh()
}

func setFill(c *canvas.Circle, fill, ring color.Color) {
	// A stroke, even a transparent one, is drawn inside the circle and
	// shrinks its fill: only a ring gets one.
	var w float32
	if ring == nil {
		ring = color.Transparent
	} else {
		w = 1.5
	}
	if c.FillColor != fill || c.StrokeColor != ring || c.StrokeWidth != w {
		c.FillColor, c.StrokeColor, c.StrokeWidth = fill, ring, w
		c.Refresh()
	}
}

// verdictDot is the look of a verdict's dot: filled in the verdict's theme
// colour; a verdict without a colour (not addressed by one side) as a grey ring, so it reads apart from a verdict;
// nothing without an assessment.
func verdictDot(verdict string) (fill, ring color.Color) {
	name := widgets.VerdictColorName(verdict)
	switch {
	case verdict == "":
		return color.Transparent, nil
	case name == theme.ColorNamePlaceHolder:
		return color.Transparent, theme.Color(name)
	}
	return theme.Color(name), nil
}

// countLabel is a party's count on a topic, with the unanswered among them
// after a dot: "6·2"; "6" when none is. The tree shows the two parts apart,
// the unanswered in the warning colour, as the topic's summary and the
// Overview's list do.
func countLabel(n, open int) string {
	return fmt.Sprint(n) + openLabel(open)
}

// openLabel is the unanswered part of countLabel: "·2", or "".
func openLabel(open int) string {
	if open == 0 {
		return ""
	}
	return fmt.Sprintf("·%d", open)
}

// setCanvasText sets t's text and colour, refreshing it only on a change.
func setCanvasText(t *canvas.Text, s string, c color.Color) {
	if t.Text != s || t.Color != c {
		t.Text, t.Color = s, c
		t.Refresh()
	}
}

// slotReserve is the count label a slot has room for at least: two digits
// and two unanswered. With less, the first import of readouts (which
// brings the No topic row and ten unanswered) widened every slot, and the
// topic pane with them, by some 12 px under the user's eyes.
const slotReserve = "00·00"

// countSlotWidth is the width the widest count label needs (see
// countLabel), at least that of slotReserve.
func countSlotWidth(widest string) float32 {
	size := theme.Size(theme.SizeNameCaptionText)
	return max(fyne.MeasureText(widest, size, fyne.TextStyle{}).Width,
		fyne.MeasureText(slotReserve, size, fyne.TextStyle{}).Width)
}

// topicRowLayout places the name at the left and the counts and the verdict
// dot from the right edge.
type topicRowLayout struct{ r *topicRow }

func (l topicRowLayout) right() float32 {
	n := 0
	for _, c := range l.r.counts {
		if c.Visible() {
			n++
		}
	}
	return rowRight(n, *l.r.slot)
}

// The gaps of a row's right part, in paddings: between a party's dot and
// its count (close, so that they read as one), between one party's count
// and the next party's dot (enough that "12·2" does not run into it), and
// before the verdict's dot.
const (
	dotGap     = 0.25
	slotGap    = 1.5
	verdictGap = 1.5
)

// rowRight is the width of a row's right part: n counts with their dots
// in slots of width slot, and the verdict dot.
func rowRight(n int, slot float32) float32 {
	pad := theme.Padding()
	w := dotSize + (3+verdictGap)*pad // verdict dot, kept even when empty so counts align
	return w + float32(n)*(dotSize+dotGap*pad+slot+slotGap*pad)
}

func (l topicRowLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	x := size.Width - 3*pad - dotSize // clear of the tree's scroll bar
	dot := fyne.NewSize(dotSize, dotSize)
	midY := (size.Height - dotSize) / 2
	l.r.verdict.Resize(dot)
	l.r.verdict.Move(fyne.NewPos(x, midY))
	x -= verdictGap * pad
	for i := len(l.r.counts) - 1; i >= 0; i-- {
		c := l.r.counts[i]
		if !c.Visible() {
			continue
		}
		th := c.MinSize().Height
		x -= *l.r.slot
		cw := c.MinSize().Width
		c.Resize(fyne.NewSize(cw, th))
		c.Move(fyne.NewPos(x, (size.Height-th)/2))
		o := l.r.opens[i]
		o.Resize(fyne.NewSize(max(*l.r.slot-cw, 0), th))
		o.Move(fyne.NewPos(x+cw, (size.Height-th)/2))
		x -= dotGap*pad + dotSize
		l.r.dots[i].Resize(dot)
		l.r.dots[i].Move(fyne.NewPos(x, midY))
		x -= slotGap * pad
	}
	// The name, wrapped at its width, is centred on the row as the counts
	// are: a one-line name in a row of two lines would sit at its top.
	// (A label that cuts reports one line as its minimum, wrapped or not:
	// the name is measured here.)
	// A name of two lines gets a label of two (its paddings may reach
	// past a row that is kept tighter: see treeRowHeight).
	name := l.r.name
	h := labelHeight(*l.r.lines)
	if w := fyne.MeasureText(name.Text, theme.TextSize(), name.TextStyle).Width; w+2*theme.InnerPadding() <= x {
		h = labelHeight(1)
	}
	name.Resize(fyne.NewSize(x, h))
	name.Move(fyne.NewPos(0, (size.Height-h)/2))
}

func (l topicRowLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	m := l.r.name.MinSize()
	return fyne.NewSize(m.Width+l.right(), treeRowHeight(*l.r.lines))
}

// treeRowHeight is the height of a row of n lines: a label's, less one inner
// padding for each line past the first, so that a row of two lines is
// some 50 px tall rather than 58 and the tree shows more of them.
func treeRowHeight(n int) float32 {
	return labelHeight(n) - float32(n-1)*theme.InnerPadding()
}

// labelHeight is the height of a label of n lines, paddings included.
func labelHeight(n int) float32 {
	inner := theme.InnerPadding()
	return 2*inner + float32(n)*fyne.MeasureText("Mg", theme.TextSize(), fyne.TextStyle{}).Height + float32(n-1)*theme.LineSpacing()
}
