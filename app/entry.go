package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// blurEntry is an entry that reports when it loses focus, so that a text
// is saved the moment the user leaves the field, without a Save button.
type blurEntry struct {
	widget.Entry
	onBlur func()
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

// FocusLost saves through onBlur after the entry's own handling.
func (e *blurEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}
