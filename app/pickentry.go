package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// pickEntry is a text field with a list to pick from (Fyne's SelectEntry:
// an import's author, a statement's topic). Fyne's takes Esc and does
// nothing with it; this one passes Esc on to the window, as the app's
// other text fields do, so that it closes the dialog on top.
type pickEntry struct {
	widget.SelectEntry
}

func newPickEntry(options []string) *pickEntry {
	e := &pickEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip) // as NewSelectEntry does
	e.SetOptions(options)
	return e
}

// CreateRenderer is the select entry's with a wheelRelay over it: the
// wheel scrolls the field while it can, then the pane holding it
// (wheel.go).
func (e *pickEntry) CreateRenderer() fyne.WidgetRenderer {
	return relayWheel(e, e.SelectEntry.CreateRenderer())
}

// TypedKey passes Esc on to the window.
func (e *pickEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && c.OnTypedKey() != nil {
			c.OnTypedKey()(ev)
		}
		return
	}
	e.SelectEntry.TypedKey(ev)
}
