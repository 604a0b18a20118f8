package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// keyLine is one line of the shortcuts list: the keys, what they do, and
// whether they change the project (they do nothing in a read-only one).
type keyLine struct {
	keys, what string
	edits      bool
}

// Three lines join two keys each: with the keys of Open, Import and this
// list, eighteen lines no longer fitted a window 640 pixels high.
var keyLines = []keyLine{
	{"Ctrl+Z", "undo (Ctrl+Shift+Z or Ctrl+Y: redo)", true},
	{"Ctrl+F", "find in the project", false},
	{"Ctrl+O", "open a project", false},
	{"Ctrl+I", "import a readout into the dialogue", true},
	{"Ctrl+E", "export a report", false},
	{"Ctrl+1 … Ctrl+4", "the tabs Compare, Sources, Overview, Evolution", false},
	{"Ctrl+T", "tag the selected statement", true},
	{"Ctrl+N", "add a note to it (Ctrl+Enter adds the note typed)", true},
	{"Ctrl+L", "link it to another statement (then pick the other one)", true},
	{"A, D", "accept or dismiss its first suggested link", true},
	{"Ctrl+Shift+N", "a new statement in the selected statement's column", true},
	{"Ctrl+U", "show only the unanswered points (again: show all)", false},
	{"Arrow keys, Tab", "previous or next statement (Up, Down), column (Left, Right, Tab)", false},
	{"Delete", "delete the selected statement", true},
	{"Esc", "close the dialog; cancel \"Link to…\"", false},
	{"F1", "this list", false},
	{"Ctrl+Q", "quit (asks first if something is not saved)", false},
}

// readOnlyKeys says why a read-only project's list is shorter.
const readOnlyKeys = "This project is read-only: the editing keys (undo, redo, tag, note, link, accept, dismiss, delete) do nothing here and are left out."

// showKeys lists the shortcuts as a table, the keys in bold in a column of
// their own. It was one centred text, each line keys and words run
// together, which read as a ragged block under Fyne's information icon.
func (ws *Workspace) showKeys() {
	st := ws.store()
	showModal(ws.win, dialog.NewCustom("Keyboard shortcuts", "OK", keyTable(st != nil && st.ReadOnly()), ws.win))
}

// keyTable is the shortcuts that work in the project: in a read-only one
// only the keys that do not edit, and a line saying why the others are
// missing.
func keyTable(readOnly bool) fyne.CanvasObject {
	rows := container.New(layout.NewFormLayout())
	for _, l := range keyLines {
		if readOnly && l.edits {
			continue
		}
		rows.Add(widget.NewLabelWithStyle(l.keys, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		rows.Add(widget.NewLabel(l.what))
	}
	// Fifteen rows of a label's usual height filled a window 700 pixels
	// high; a table of short lines reads as well with half the room
	// above and below each.
	table := container.NewThemeOverride(rows, tightRows{fyne.CurrentApp().Settings().Theme()})
	if !readOnly {
		return table
	}
	return container.NewVBox(table, wrapped(readOnlyKeys, table.MinSize().Width))
}

// tightRows is a theme with half the room around a label's text.
type tightRows struct{ fyne.Theme }

// Size halves the inner padding.
func (t tightRows) Size(n fyne.ThemeSizeName) float32 {
	if n == theme.SizeNameInnerPadding {
		return t.Theme.Size(n) / 2
	}
	return t.Theme.Size(n)
}
