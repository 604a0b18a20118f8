package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// paneLayout holds the compare tab's split between the topic pane and the
// rest. While the user has not dragged the divider it gives the topic
// tree the width its rows need (whole names, counts, verdict dot), as long
// as that leaves the columns and the statement pane centreRoom: in a
// narrower window (1024 px) the longest names end in "…" rather than the
// statement columns shrink to 190 px, and dragging the divider gives the
// names their room back. The split's minimum sizes still win when the
// window is too narrow for both.
type paneLayout struct {
	split *container.Split
	want  func() float32 // the width the left pane would like
	set   float64        // the Offset last set here; another one was dragged
}

func newPaneLayout(split *container.Split, want func() float32) *paneLayout {
	return &paneLayout{split: split, want: want, set: split.Offset}
}

// Layout sizes the split to the container and places the divider.
func (l *paneLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	l.place(size.Width)
}

// place moves the divider to where the left pane gets its wanted width,
// unless the user moved it.
func (l *paneLayout) place(width float32) {
	if l.split.Offset != l.set || width <= 0 {
		return
	}
	avail := width - dividerWidth()
	if avail <= 0 {
		return
	}
	off := float64(topicPaneWidth(l.want(), avail) / avail)
	l.set = off
	l.split.SetOffset(off)
}

// centreRoom is the width the columns and the statement pane want beside
// the topic pane: two statement columns of some 220 px and the statement
// pane of some 260 px (buildCompare shares them 63:37), with the dividers.
const centreRoom = 700

// minTopicPane is the narrowest the topic pane is made by itself: room for
// the counts, the verdict dot and the first words of a name, and for its
// head (Topics, Topics…) and the Assessment pane under it, which a new
// project's tree (All topics alone) squeezed to 140 px.
const minTopicPane = 240

// topicPaneWidth is the topic pane's width in a split of width avail when
// its rows would like want: want, at least minTopicPane, unless that
// leaves the rest less than centreRoom.
func topicPaneWidth(want, avail float32) float32 {
	want = max(want, minTopicPane)
	if room := avail - dividerWidth() - centreRoom; want > room {
		return max(room, minTopicPane)
	}
	return want
}

// MinSize is the split's.
func (l *paneLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		s = s.Max(o.MinSize())
	}
	return s
}

// dividerWidth is the width of a split's divider as Fyne v2.8.1 draws it:
// the theme's split thickness, else 5.
func dividerWidth() float32 {
	if w := theme.Size(theme.SizeNameSplitThickness); w > 0 {
		return w
	}
	return 5
}

// shareRow lays objects out in a row, each at least its minimum width,
// sharing the width left over equally.
type shareRow struct{}

// Layout places the objects left to right.
func (shareRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	min := shareRow{}.MinSize(objs)
	extra := (size.Width - min.Width) / float32(max(len(objs), 1))
	x := float32(0)
	for _, o := range objs {
		w := o.MinSize().Width + extra
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// MinSize is the objects' minimum widths side by side.
func (shareRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for i, o := range objs {
		m := o.MinSize()
		s.Width += m.Width
		if i > 0 {
			s.Width += theme.Padding()
		}
		s.Height = max(s.Height, m.Height)
	}
	return s
}
