package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// askClose runs when the user closes the window (or chooses Quit). What
// is saved as it is typed (a statement's text, an assessment) is saved on
// the way out anyway; a note typed but not added and a dialog's edits not
// saved would be lost, so the window asks first.
func (ws *Workspace) askClose() {
	if ws.closeAsked {
		return
	}
	note := ws.pendingNote()
	edits := unsavedDialogs(ws.win)
	if note == "" && len(edits) == 0 {
		ws.win.Close()
		return
	}
	var lines []string
	if note != "" {
		lines = append(lines, "The note you typed has not been added to the statement.")
	}
	for _, title := range edits {
		lines = append(lines, "“"+title+"” has changes that are not saved.")
	}
	d := dialog.NewCustomWithoutButtons("Close Parley?", wrapped(strings.Join(lines, "\n"), 420), ws.win)
	keep := widget.NewButton("Keep editing", d.Hide)
	discard := widget.NewButton("Discard and close", func() { d.Hide(); ws.win.Close() })
	discard.Importance = widget.DangerImportance
	buttons := []fyne.CanvasObject{keep, discard}
	if note != "" && len(edits) == 0 {
		add := widget.NewButton("Add note and close", func() {
			d.Hide()
			ws.detail.notes.onAdd()
			ws.win.Close()
		})
		add.Importance = widget.HighImportance
		buttons = append(buttons, add)
	}
	d.SetButtons(buttons)
	ws.closeAsked = true
	d.SetOnClosed(func() { ws.closeAsked = false })
	showModal(ws.win, d)
}

// pendingNote is the note typed for the selected statement and not added.
func (ws *Workspace) pendingNote() string {
	if ws.detail == nil || ws.detail.notes.id == 0 || ws.store() == nil || ws.store().ReadOnly() {
		return ""
	}
	return strings.TrimSpace(ws.detail.notes.entry.Text)
}

// showEditor shows d, a dialog that edits something, on win: Esc closes
// it, and closing the window while dirty reports unsaved changes asks
// first, naming title.
func showEditor(win fyne.Window, d dialog.Dialog, title string, dirty func() bool) {
	escapeCloses(win, d)
	k := escapes[win.Canvas()]
	k.dirty[d] = editor{title: title, dirty: dirty}
	d.Show()
}

// editor is an open dialog that edits something.
type editor struct {
	title string
	dirty func() bool
}

// unsavedDialogs names the open dialogs on win whose edits are not saved.
func unsavedDialogs(win fyne.Window) []string {
	k := escapes[win.Canvas()]
	if k == nil {
		return nil
	}
	var out []string
	for _, d := range k.open {
		if e, ok := k.dirty[d]; ok && e.dirty() {
			out = append(out, e.title)
		}
	}
	return out
}

// showForm shows a form dialog on win as an editor: its edits are unsaved
// while any field differs from what it showed at first.
func showForm(win fyne.Window, d dialog.Dialog, title string, items []*widget.FormItem) {
	state := func() string {
		var b strings.Builder
		for _, it := range items {
			fieldState(&b, it.Widget)
		}
		return b.String()
	}
	first := state()
	showEditor(win, d, title, func() bool { return state() != first })
	// The cursor in the first field, as in the other forms: typed at
	// once, a new dialogue's title went nowhere.
	for _, it := range items {
		if f, ok := it.Widget.(fyne.Focusable); ok {
			win.Canvas().Focus(f)
			break
		}
	}
}

// fieldState writes what a form field holds, for telling whether it
// changed; containers are read through.
func fieldState(b *strings.Builder, o fyne.CanvasObject) {
	switch x := o.(type) {
	case *blurEntry:
		b.WriteString(x.Text)
	case *widget.Entry:
		b.WriteString(x.Text)
	case *pickEntry:
		b.WriteString(x.Text)
	case *widget.Select:
		b.WriteString(x.Selected)
	case *widget.CheckGroup:
		b.WriteString(strings.Join(x.Selected, ","))
	case *widget.RadioGroup:
		b.WriteString(x.Selected)
	case *widget.Check:
		b.WriteString(strconv.FormatBool(x.Checked))
	case *fyne.Container:
		for _, k := range x.Objects {
			fieldState(b, k)
		}
	}
	b.WriteByte(0)
}
