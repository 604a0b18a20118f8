package app

import (
	"fmt"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// noteList shows the notes of the selected statement with their times and
// lets the user add, edit and delete them.
type noteList struct {
	ws    *Workspace
	id    int64
	list  *fyne.Container
	entry *blurEntry
	add   *widget.Button
	box   *fyne.Container
}

func newNoteList(ws *Workspace) *noteList {
	n := &noteList{ws: ws, list: container.NewVBox()}
	n.entry = newTextArea()
	n.entry.SetMinRowsVisible(2)
	n.entry.SetPlaceHolder("Write a note (Ctrl+N), add it with Ctrl+Enter")
	n.entry.onSubmit = n.onAdd
	// The cursor stays here after Ctrl+Enter added the note; with nothing
	// typed, Ctrl+Z then undoes the note (as in the tag field) rather than
	// bringing the added text back into the field.
	n.entry.onEmptyUndo = func(redo bool) {
		if redo {
			ws.Redo()
		} else {
			ws.Undo()
		}
	}
	n.add = widget.NewButton("Add note", n.onAdd)
	n.box = container.NewVBox(n.list, n.entry, container.NewHBox(n.add))
	return n
}

func (n *noteList) object() fyne.CanvasObject { return n.box }

func (n *noteList) apply(id int64, notes []storage.Note, ro bool) {
	if n.id != id {
		n.entry.SetText("")
	}
	n.id = id
	rows := make([]fyne.CanvasObject, 0, len(notes))
	for _, note := range notes {
		rows = append(rows, n.row(note, ro))
	}
	if len(rows) == 0 {
		rows = append(rows, emptyLabel("No notes yet."))
	}
	n.list.Objects = rows
	n.list.Refresh()
	if ro {
		n.entry.Disable()
		n.add.Disable()
	} else {
		n.entry.Enable()
		n.add.Enable()
	}
}

func (n *noteList) row(note storage.Note, ro bool) fyne.CanvasObject {
	// The date first and the author after it, on a line of their own
	// that truncates: a long name ends in "…", the date stays whole. Beside
	// the Edit and Delete buttons, in the detail pane of a 1024-pixel
	// window, "author · date" wrapped into three ragged lines.
	by := note.CreatedAt.Local().Format("2 Jan 2006 15:04")
	if note.CreatedBy != "" {
		by += " · " + note.CreatedBy
	}
	meta := container.NewVBox(noteMeta(by))
	if note.UpdatedAt.Sub(note.CreatedAt).Seconds() > 1 || note.Version > 1 {
		edited := "edited " + note.UpdatedAt.Local().Format("2 Jan 2006 15:04")
		if note.UpdatedBy != "" && note.UpdatedBy != note.CreatedBy {
			edited += " by " + note.UpdatedBy
		}
		meta.Add(noteMeta(edited))
	}
	// A note of megabytes (pasted, or in a mailed project) is shown cut and
	// not offered for editing: a label or field lays it out for minutes,
	// and saving the cut text would lose the rest.
	shown, cut := editableText(note.Body)
	if cut {
		shown += fmt.Sprintf("\n(This note is %d characters long: only its beginning is shown, and it cannot be edited here.)", utf8.RuneCountInString(note.Body))
	}
	body := widget.NewLabel(widgets.Visible(shown))
	body.Wrapping = fyne.TextWrapWord
	edit := widget.NewButton("Edit", func() { n.askEdit(note) })
	if cut {
		edit.Disable()
	}
	del := widget.NewButton("Delete", func() {
		n.ws.confirm("Delete this note?", "You can undo this with Edit › Undo.", func(ok bool) {
			if ok {
				n.ws.deleteNote(note)
			}
		})
	})
	for _, b := range []*widget.Button{edit, del} {
		b.Importance = widget.LowImportance
		if ro {
			b.Disable()
		}
	}
	// The buttons under the note, at its end, as a comment's are.
	return container.NewVBox(meta, body, container.NewHBox(layout.NewSpacer(), edit, del))
}

// noteMeta is one line of a note's dates and authors, in the low
// importance of what is about the note rather than the note.
func noteMeta(text string) *widget.Label {
	l := widget.NewLabel(widgets.Visible(text))
	l.Importance = widget.LowImportance
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}

func (n *noteList) onAdd() {
	if n.id == 0 || n.entry.Text == "" {
		return
	}
	body := n.entry.Text
	n.entry.SetText("")
	n.ws.addNote(n.id, body)
}

func (n *noteList) askEdit(note storage.Note) {
	e := newTextArea()
	e.SetText(note.Body)
	e.SetMinRowsVisible(6)
	d := dialog.NewCustomConfirm("Edit note", "Save", "Cancel", e, func(ok bool) {
		if ok && e.Text != note.Body {
			n.ws.editNote(note, e.Text)
		}
	}, n.ws.win)
	d.Resize(fyne.NewSize(520, 280))
	showEditor(n.ws.win, d, "Edit note", func() bool { return e.Text != note.Body })
	n.ws.win.Canvas().Focus(e)
}

// focus puts the cursor in the new-note field.
func (n *noteList) focus() { n.ws.win.Canvas().Focus(n.entry) }
