package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/layout"
)

// keepFocusLayout lays out the statement pane's content (padded, as
// container.NewPadded does) and then keeps the field that has the
// keyboard in view. The pane's parts arrive and change after the cursor
// was put in a field: Ctrl+T scrolled to the tag field, then the selected
// statement's suggested links, read off the UI goroutine, came in above it
// and pushed it out of sight, and the analyst typed into a field they
// could not see. A tag chip that wraps to a new line, a note or a link
// added above the field do the same. Scrolling by hand moves the content
// without laying it out, so it is left alone.
type keepFocusLayout struct {
	inner fyne.Layout
	e     *detailEditor
}

func newKeepFocusLayout(e *detailEditor) *keepFocusLayout {
	return &keepFocusLayout{inner: layout.NewPaddedLayout(), e: e}
}

func (l *keepFocusLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return l.inner.MinSize(objs) }

func (l *keepFocusLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.inner.Layout(objs, size)
	l.e.keepFocusInView()
}

// keepFocusInView scrolls the pane so that its focused field is in view
// again when the content laid out around it moved it out: the whole
// field when it fits in the pane, else its top when none of it shows.
func (e *detailEditor) keepFocusInView() {
	if e.scroll == nil || e.ws.win == nil || !e.scroll.Visible() {
		return
	}
	f, ok := e.ws.win.Canvas().Focused().(fyne.CanvasObject)
	if !ok || f == nil {
		return
	}
	top, found := float32(0), false
	walkVisible(e.scroll.Content, func(o fyne.CanvasObject, pos, _ fyne.Position, _ fyne.Size) bool {
		if o == f {
			top, found = pos.Y-e.scroll.Content.Position().Y, true
		}
		return found
	}, nil)
	if !found {
		return // the keyboard is elsewhere
	}
	bottom, view, off := top+f.Size().Height, e.scroll.Size().Height, e.scroll.Offset.Y
	fits := bottom-top <= view
	out := bottom <= off || top >= off+view
	if (fits && (top < off || bottom > off+view)) || (!fits && out) {
		e.scrollTo(top, bottom)
	}
}
