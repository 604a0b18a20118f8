package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// twoLines stacks two one-line labels as two lines of one paragraph: the
// second starts where the first's text ends rather than below its inner
// padding, so that a review row is some 62 px tall, not 78, and a window
// of 1024×700 shows a third more proposals.
type twoLines struct{}

// overlap is how much of the first label's padding the second covers:
// the inner padding under the first line and over the second, less the
// line spacing of a paragraph.
func (twoLines) overlap() float32 {
	return max(2*theme.InnerPadding()-theme.LineSpacing(), 0)
}

// Layout places the first label at the top and the second under its text.
func (l twoLines) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h0 := objs[0].MinSize().Height
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, h0))
	y := h0 - l.overlap()
	objs[1].Move(fyne.NewPos(0, y))
	objs[1].Resize(fyne.NewSize(size.Width, max(size.Height-y, objs[1].MinSize().Height)))
}

// MinSize is both lines and the padding around them.
func (l twoLines) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(a.Width, b.Width), a.Height+b.Height-l.overlap())
}
