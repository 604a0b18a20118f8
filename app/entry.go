package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// blurEntry is the app's text field. It reports when it loses focus, so
// that a text is saved the moment the user leaves the field, without a
// Save button; and it behaves as a field of a form on the keyboard: Tab
// and Shift+Tab move the focus even in a multi-line field (Fyne's
// multi-line entry types a tab, which was saved into statements); Esc
// goes on to the window (it closes the dialog on top); Ctrl+Enter calls
// onSubmit when set.
type blurEntry struct {
	widget.Entry
	onBlur   func()
	onSubmit func()
	onKey    func(*fyne.KeyEvent) bool // sees keys first; true: taken
	// onEmptyUndo, when set, takes undo and redo while the field is empty:
	// there is no typing to undo, so they undo the app's last edit.
	onEmptyUndo func(redo bool)
}

func newBlurEntry(multiLine bool) *blurEntry {
	e := &blurEntry{}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// newTextArea is a multi-line text field with wrapped lines.
func newTextArea() *blurEntry { return newBlurEntry(true) }

// newTextLine is a one-line text field.
func newTextLine() *blurEntry { return newBlurEntry(false) }

// CreateRenderer is the entry's with a wheelRelay over it: the wheel
// scrolls the field while it can, then the pane holding it (wheel.go).
func (e *blurEntry) CreateRenderer() fyne.WidgetRenderer {
	return relayWheel(e, e.Entry.CreateRenderer())
}

// FocusLost saves through onBlur after the entry's own handling.
func (e *blurEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}

// AcceptsTab says no, so that Tab moves to the next field.
func (e *blurEntry) AcceptsTab() bool { return false }

// TypedKey offers the key to onKey, then passes Esc, which an entry has
// no use for, on to the window.
func (e *blurEntry) TypedKey(ev *fyne.KeyEvent) {
	if e.onKey != nil && !e.Disabled() && e.onKey(ev) {
		return
	}
	if ev.Name == fyne.KeyEscape {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && c.OnTypedKey() != nil {
			c.OnTypedKey()(ev)
		}
		return
	}
	e.Entry.TypedKey(ev)
}

// TypedShortcut takes Ctrl+Enter as "submit" when onSubmit is set and
// passes the rest to the entry (copy, paste, undo, word moves).
func (e *blurEntry) TypedShortcut(s fyne.Shortcut) {
	if cs, ok := s.(*desktop.CustomShortcut); ok && e.onSubmit != nil && isSubmit(cs) {
		if !e.Disabled() {
			e.onSubmit()
		}
		return
	}
	if e.onEmptyUndo != nil && e.Text == "" {
		if undo, redo := isUndoRedo(s); undo || redo {
			e.onEmptyUndo(redo)
			return
		}
	}
	e.Entry.TypedShortcut(s)
}

// isUndoRedo tells Ctrl+Z (undo) from Ctrl+Y and Ctrl+Shift+Z (redo).
func isUndoRedo(s fyne.Shortcut) (undo, redo bool) {
	switch x := s.(type) {
	case *fyne.ShortcutUndo:
		return true, false
	case *fyne.ShortcutRedo:
		return false, true
	case *desktop.CustomShortcut:
		return false, x.KeyName == fyne.KeyZ && x.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift
	}
	return false, false
}

// isSubmit is Ctrl+Enter (either Enter key), Cmd+Enter on macOS.
func isSubmit(s *desktop.CustomShortcut) bool {
	return s.Modifier == fyne.KeyModifierShortcutDefault && (s.KeyName == fyne.KeyReturn || s.KeyName == fyne.KeyEnter)
}

// wrapped is text wrapped at width, as tall as it needs: dialogs use it so
// that a long message is never cut off.
func wrapped(text string, width float32) fyne.CanvasObject {
	text = widgets.Visible(text) // dialogs name projects, sources, statements
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	strut := canvas.NewRectangle(color.Transparent)
	strut.SetMinSize(fyne.NewSize(width, 0))
	return container.NewStack(strut, l)
}
