package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

const maxColumns = 4
const noColumn = "(no column)"

// showColumnsDialog lets the user choose which parties get a column and in
// what order, up to four.
func (ws *Workspace) showColumnsDialog() {
	if ws.store() == nil {
		return
	}
	parties := ws.data.partyChoices()
	names := append([]string{noColumn}, parties.labels...)
	sels := make([]*widget.Select, maxColumns)
	items := make([]*widget.FormItem, maxColumns)
	for i := range sels {
		sels[i] = widget.NewSelect(names, nil)
		sels[i].SetSelected(noColumn)
		if i < len(ws.columns) {
			sels[i].SetSelected(parties.byID[ws.columns[i]])
		}
		items[i] = widget.NewFormItem(fmt.Sprintf("Column %d", i+1), sels[i])
	}
	d := dialog.NewForm("Columns", "Apply", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		var cols []int64
		seen := map[int64]bool{}
		for _, s := range sels {
			if id, found := parties.id(s.Selected); found && !seen[id] {
				seen[id] = true
				cols = append(cols, id)
			}
		}
		if len(cols) == 0 {
			ws.inform("Columns", "Choose at least one party to show.")
			return
		}
		ws.setColumns(cols)
	}, ws.win)
	d.Resize(fyne.NewSize(420, 300))
	showModal(ws.win, d)
}

// setColumns shows the parties cols, left to right, and remembers them for
// this project.
func (ws *Workspace) setColumns(cols []int64) {
	ws.columns = cols
	ws.columnsChosen = true
	ws.saveColumns()
	ws.load(loadCounts | loadColumns)
}
