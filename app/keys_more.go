package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// ctrlShift is Ctrl (Cmd on macOS) and Shift with k.
func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

// Keys of the compare view that had only a mouse path: the Unanswered
// choice hid in the kind filter's list, and "New statement" was a link
// under each column.
var (
	keyUnanswered   = ctrl(fyne.KeyU)
	keyNewStatement = ctrlShift(fyne.KeyN)
)

// toggleUnanswered narrows the columns to what the other side's readout
// leaves unanswered, or widens them again when they already are; the kind
// filter shows the choice, as if it had been picked there. It shows the
// Compare tab, where the filter acts, when another tab is on screen.
func (ws *Workspace) toggleUnanswered() {
	if ws.view == nil || ws.dialogueID == 0 {
		return
	}
	nf := ws.filter
	nf.unanswered = !nf.unanswered
	nf.kind = "" // one choice of the kind filter: Unanswered or a kind
	ws.filter = nf
	ws.showTab(tabCompare)
	ws.view.filters.apply()
	ws.load(loadColumns)
}

// newStatementHere asks for a new statement in the column of the selected
// statement, else the column that has the keyboard, else the first one.
func (ws *Workspace) newStatementHere() {
	if ws.view == nil || ws.store().ReadOnly() {
		return
	}
	if len(ws.columns) == 0 {
		ws.inform("No party", "Add the dialogue's parties first (Project › Parties…).")
		return
	}
	ws.showTab(tabCompare)
	i := min(ws.view.columnHere(), len(ws.columns)-1)
	ws.askNewStatement(ws.columns[i])
}

// columnHere is the index of the column a new statement goes to: the one
// showing the selected statement, else the focused one, else the first.
func (v *compareView) columnHere() int {
	focused := v.ws.win.Canvas().Focused()
	at := -1
	for i, c := range v.cols {
		if id, ok := c.Selected(); ok && id == v.ws.selected && v.ws.selected != 0 {
			return i
		}
		if at < 0 && focused != nil && focused == fyne.Focusable(c) {
			at = i
		}
	}
	return max(at, 0)
}
