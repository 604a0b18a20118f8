package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// pickEntry is a text field with a list to pick from (Fyne's SelectEntry:
// an import's author, a statement's topic). Fyne's takes Esc and does
// nothing with it; this one passes Esc on to the window, as the app's
// other text fields do, so that it closes the dialog on top. With nothing
// to pick from its arrow is disabled: Fyne's opened an empty pop-up that
// showed nothing and took the next click (a new project's review: the
// arrow of Topic, then Accept all did nothing).
type pickEntry struct {
	widget.SelectEntry
	empty bool // no options: the arrow is disabled
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

// SetOptions sets the list to pick from; none disables the arrow.
func (e *pickEntry) SetOptions(options []string) {
	e.SelectEntry.SetOptions(options)
	e.empty = len(options) == 0
	e.arrowFollows()
}

// Enable enables the field, and its arrow when there is a list.
func (e *pickEntry) Enable() {
	e.SelectEntry.Enable()
	e.arrowFollows()
}

func (e *pickEntry) arrowFollows() {
	b, ok := e.ActionItem.(fyne.Disableable)
	if !ok {
		return
	}
	if e.empty || e.Disabled() {
		b.Disable()
	} else {
		b.Enable()
	}
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
