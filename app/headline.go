package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// headLine sets out a heading and its buttons: the buttons beside the
// heading when it fits on one line beside them, else the heading on the
// whole width (wrapping) and the buttons under it at the right. In a
// narrow pane (a 1024-pixel window) a heading wrapped beside buttons
// broke into ragged lines of two or three words.
type headLine struct {
	width    float32 // the width last laid out at; decides the arrangement
	onChange func()  // told when the arrangement changes, to lay out again
}

// newHeadLine is a headLine of head and buttons; onChange refreshes what
// holds it, whose height depends on the arrangement.
func newHeadLine(head *widget.Label, buttons fyne.CanvasObject, onChange func()) *fyne.Container {
	return container.New(&headLine{onChange: onChange}, head, buttons)
}

func (l *headLine) beside(objs []fyne.CanvasObject, width float32) bool {
	return textWidth(objs[0].(*widget.Label))+theme.Padding()+objs[1].MinSize().Width <= width
}

// Layout places the heading and the buttons for size.
func (l *headLine) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	was := l.beside(objs, l.width)
	l.width = size.Width
	head, buttons := objs[0], objs[1]
	bm := buttons.MinSize()
	now := l.beside(objs, size.Width)
	head.Move(fyne.NewPos(0, 0))
	if now {
		head.Resize(fyne.NewSize(size.Width-bm.Width-theme.Padding(), max(head.MinSize().Height, bm.Height)))
		buttons.Move(fyne.NewPos(size.Width-bm.Width, 0))
		buttons.Resize(bm)
	} else {
		head.Resize(fyne.NewSize(size.Width, head.MinSize().Height))
		head.Resize(fyne.NewSize(size.Width, head.MinSize().Height)) // its wrapped height at this width
		buttons.Move(fyne.NewPos(size.Width-bm.Width, head.Size().Height))
		buttons.Resize(bm)
	}
	if was != now && l.onChange != nil {
		l.onChange()
	}
}

// MinSize is the arrangement last laid out: the buttons' width (the
// heading wraps), and the heading's and the buttons' heights, side by
// side or one under the other.
func (l *headLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	hm, bm := objs[0].MinSize(), objs[1].MinSize()
	if l.beside(objs, l.width) {
		return fyne.NewSize(bm.Width+theme.Padding()+hm.Width, max(hm.Height, bm.Height))
	}
	return fyne.NewSize(max(hm.Width, bm.Width), hm.Height+bm.Height)
}
