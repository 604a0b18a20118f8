package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// reviewText is the review's source pane: the text with every proposal
// tinted. A readout pasted as one text is megabytes, which take seconds
// to measure, so the text is laid out on the runner as the Sources tab
// lays out a source, with a progress bar meanwhile, and only the lines
// near the screen are drawn: a key that re-tints the spans costs one
// screen, not the whole text.
type reviewText struct {
	text   *widgets.HighlightedText
	scroll *container.Scroll
	busy   *widget.ProgressBarInfinite
	status *widget.Label
	ready  bool
}

func newReviewText(onTapped func(id int64)) *reviewText {
	t := &reviewText{text: widgets.NewHighlightedText("", nil), busy: widget.NewProgressBarInfinite(),
		status: widget.NewLabel("Laying out the source…")}
	t.text.OnSpanTapped = onTapped
	t.scroll = container.NewVScroll(t.text)
	t.scroll.OnScrolled = func(p fyne.Position) { t.text.SetViewport(p.Y, t.scroll.Size().Height) }
	t.text.SetViewport(0, 1)
	return t
}

func (t *reviewText) object() fyne.CanvasObject {
	head := widget.NewLabelWithStyle("Source", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewBorder(container.NewVBox(head, t.status, t.busy), nil, nil, nil, t.scroll)
}

// layOut measures text on run and shows it when done; then is called
// after, on the UI goroutine.
func (t *reviewText) layOut(run runner, text string, then func()) {
	size := t.text.TextSize()
	// Started before the job is given: a runner may run it, and stop
	// the bar, at once.
	t.busy.Start()
	var p *widgets.PreparedText
	run.run(func() { p = widgets.PrepareText(text, size) }, func() {
		t.busy.Stop()
		t.busy.Hide()
		t.status.Hide()
		t.ready = true
		t.text.SetPrepared(text, p, t.text.Spans)
		t.scroll.Refresh() // the scroll takes the text's new height
		then()
	})
}

// setSpans tints the proposals, selected the one drawn stronger.
func (t *reviewText) setSpans(spans []widgets.Span, selected int64) {
	t.text.SelectedID = selected
	t.text.SetSpans(spans)
}

// reveal scrolls the text, when rune r is out of view, so that its line
// shows a third of the way down.
func (t *reviewText) reveal(r int) {
	view := t.scroll.Size().Height
	if !t.ready || view <= 0 {
		return
	}
	y := t.text.RuneTop(r)
	top := t.scroll.Offset.Y
	if y >= top && y+2*t.text.TextSize() <= top+view {
		return
	}
	t.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-view/3)))
	// ScrollToOffset does not call OnScrolled.
	t.text.SetViewport(t.scroll.Offset.Y, view)
}
