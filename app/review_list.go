package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// reviewList is the review window's list of proposals. A click on a row
// focuses the list (Fyne's list takes the keyboard when a row is tapped),
// and a click on the row already selected does not select it again, so the
// window's keys never came back: Up/Down moved the list's own highlight while
// the editor stayed on the old proposal, and Enter, Delete and the digits
// did nothing. The list hands every key to the window's handler instead, so
// the keys the window shows work wherever the analyst clicked.
type reviewList struct {
	widget.List
	onKey  func(*fyne.KeyEvent)
	onRune func(rune)
}

func newReviewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject),
	onKey func(*fyne.KeyEvent), onRune func(rune)) *reviewList {
	l := &reviewList{onKey: onKey, onRune: onRune}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// TypedKey gives the key to the review window (Up, Down, Enter, Delete).
func (l *reviewList) TypedKey(ev *fyne.KeyEvent) { l.onKey(ev) }

// TypedRune gives the character to the review window (1–9: a recent topic).
func (l *reviewList) TypedRune(c rune) { l.onRune(c) }
