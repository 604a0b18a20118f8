package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// manager is the frame of the vocabulary dialogs (Project → Dialogues…,
// Parties…, …): a list of the project's items and buttons acting on the
// chosen one. It re-reads its rows whenever the workspace loads new data.
type manager struct {
	ws       *Workspace
	rows     func() []string
	list     *widget.List
	selected int
	items    []string
	dlg      dialog.Dialog
}

// action is a manager button; needsRow disables it until a row is chosen.
type action struct {
	label    string
	needsRow bool
	run      func(row int)
}

func (ws *Workspace) showManager(title string, rows func() []string, actions ...action) *manager {
	m := &manager{ws: ws, rows: rows, selected: -1}
	m.items = rows()
	m.list = widget.NewList(func() int { return len(m.items) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("item")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(m.items[i]) })
	var buttons []fyne.CanvasObject
	var needy []*widget.Button
	for _, a := range actions {
		a := a
		b := widget.NewButton(a.label, func() {
			if a.needsRow && (m.selected < 0 || m.selected >= len(m.items)) {
				return
			}
			a.run(m.selected)
		})
		if a.needsRow {
			b.Disable()
			needy = append(needy, b)
		}
		if ws.store().ReadOnly() {
			b.Disable()
		}
		buttons = append(buttons, b)
	}
	m.list.OnSelected = func(i widget.ListItemID) {
		m.selected = i
		for _, b := range needy {
			if !ws.store().ReadOnly() {
				b.Enable()
			}
		}
	}
	body := container.NewBorder(nil, container.NewGridWithColumns(min(len(buttons), 4), buttons...), nil, nil, m.list)
	m.dlg = dialog.NewCustom(title, "Close", body, ws.win)
	m.dlg.Resize(fyne.NewSize(640, 480))
	ws.managerOpen = m
	m.dlg.SetOnClosed(func() {
		if ws.managerOpen == m {
			ws.managerOpen = nil
		}
	})
	m.dlg.Show()
	return m
}

// reload re-reads the rows after the workspace loaded new data.
func (m *manager) reload() {
	m.items = m.rows()
	if m.selected >= len(m.items) {
		m.selected = -1
		m.list.UnselectAll()
	}
	m.list.Refresh()
}

// selectRow chooses row i, e.g. to follow an item moved up or down.
func (m *manager) selectRow(i int) {
	if i >= 0 && i < len(m.items) {
		m.list.Select(i)
	}
}
