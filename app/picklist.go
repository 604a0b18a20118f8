package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// pickList is the frame of Project → What Parley Learnt… and Dismissed
// Suggestions…: an intro, the rows read off the UI goroutine, and buttons
// acting on the chosen row (or on all of them).
type pickList[T any] struct {
	ws       *Workspace
	rows     []T
	selected int
	intro    *widget.Label
	list     *widget.List
	text     string // the intro
	empty    string // said before the intro when there are no rows
	reading  string // said before the intro until the rows are read
	failed   string // the error's title when the rows cannot be read
	// read reads the rows, in the order shown, on the runner.
	read func(st *storage.Store) ([]T, error)
	// enable sets the buttons after a choice or a read.
	enable func()
	// sized, when set, sets the rows' heights at the list's width
	// (SetItemHeight), after a read and when the width changes.
	sized   func(width float32)
	rowsFit *rowsFit // nil unless sized
}

// show opens the dialog titled title, the list below the intro and the
// buttons below the list, and reads the rows.
func (p *pickList[T]) show(title string, newRow func() fyne.CanvasObject, updateRow func(T, *fyne.Container), buttons fyne.CanvasObject) {
	p.selected = -1
	p.intro = widget.NewLabel(p.text)
	p.intro.Wrapping = fyne.TextWrapWord
	p.list = widget.NewList(func() int { return len(p.rows) }, newRow, func(i widget.ListItemID, o fyne.CanvasObject) {
		if i < len(p.rows) {
			updateRow(p.rows[i], o.(*fyne.Container))
		}
	})
	p.list.OnSelected = func(i widget.ListItemID) {
		p.selected = i
		p.enable()
	}
	p.enable()
	var rows fyne.CanvasObject = p.list
	if p.sized != nil {
		p.rowsFit = &rowsFit{fit: p.sized}
		rows = container.New(p.rowsFit, p.list)
	}
	// Until the rows are read (the runner may be busy with an import's
	// aftermath) the list is empty: say so, rather than show nothing.
	p.intro.SetText(p.reading + "\n\n" + p.text)
	body := container.NewBorder(p.intro, buttons, nil, nil, rows)
	d := dialog.NewCustom(title, "Close", body, p.ws.win)
	d.Resize(managerSize(p.ws.win))
	showModal(p.ws.win, d)
	p.fetch()
}

// writable is whether the project can be changed.
func (p *pickList[T]) writable() bool {
	return p.ws.store() != nil && !p.ws.store().ReadOnly()
}

// chosen is the chosen row, if any.
func (p *pickList[T]) chosen() (T, bool) {
	if p.selected < 0 || p.selected >= len(p.rows) {
		var zero T
		return zero, false
	}
	return p.rows[p.selected], true
}

// fetch reads the rows off the UI goroutine and shows them.
func (p *pickList[T]) fetch() {
	st := p.ws.store()
	var rows []T
	var err error
	p.ws.run.run(func() { rows, err = p.read(st) }, func() {
		if err != nil {
			p.ws.showError(p.failed, err)
			return
		}
		p.rows = rows
		p.selected = -1
		p.list.UnselectAll()
		if p.rowsFit != nil {
			p.rowsFit.remeasure(p.list.Size().Width)
		}
		p.list.Refresh()
		if len(rows) == 0 {
			p.intro.SetText(p.empty + "\n\n" + p.text)
		} else {
			p.intro.SetText(p.text)
		}
		p.enable()
	})
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}
