package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// lineShare lays out two truncating labels on one line: the first as wide
// as its text (up to the whole line), the second the rest, hidden when
// the rest is too narrow to read. The review's recent topics and its
// key hints share a line so that the proposals keep the height.
type lineShare struct{}

// newLineShare is a line of first, then second.
func newLineShare(first, second *widget.Label) *fyne.Container {
	return container.New(lineShare{}, first, second)
}

// textWidth is the width l needs to show its text whole: that of a label
// that does not truncate, and a pixel, since Fyne (v2.8.1) truncates a
// label laid out at exactly that width.
func textWidth(l *widget.Label) float32 {
	whole := widget.NewLabelWithStyle(l.Text, l.Alignment, l.TextStyle)
	return whole.MinSize().Width + 1
}

// Layout gives the first label its text's width and the second the rest.
func (lineShare) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	first, second := objs[0].(*widget.Label), objs[1].(*widget.Label)
	w := min(textWidth(first), size.Width)
	first.Move(fyne.NewPos(0, 0))
	first.Resize(fyne.NewSize(w, size.Height))
	rest := size.Width - w - theme.Padding()
	if rest < 6*theme.TextSize() {
		second.Hide()
		return
	}
	second.Show()
	second.Move(fyne.NewPos(size.Width-rest, 0))
	second.Resize(fyne.NewSize(rest, size.Height))
}

// MinSize is one line as narrow as the first label truncated.
func (lineShare) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(objs[0].MinSize().Width, max(objs[0].MinSize().Height, objs[1].MinSize().Height))
}
