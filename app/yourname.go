package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// askYourName opens Edit → Your Name…: the name the analyst's edits are
// recorded under (who coded a statement, who changed it last, the edit
// log). Empty means the computer's user name. On a team project on a
// server the database role names the edits instead, whatever is set here.
func (ws *Workspace) askYourName() {
	name := newTextLine()
	name.SetText(yourName(ws.app))
	name.SetPlaceHolder(storage.OSUser())
	text := "Your edits are recorded under this name: who coded a statement, who changed it last, and the project's edit log. " +
		"Leave it empty to use this computer's user name"
	if u := storage.OSUser(); u != "" {
		text += " (" + u + ")"
	}
	text += "."
	if st := ws.store(); st != nil && st.ServerRole() != "" {
		text += "\n\nThis project is on a server: there your edits are recorded under your database role, " + st.ServerRole() + "."
	}
	var d dialog.Dialog
	save := func() {
		n := strings.Join(strings.Fields(name.Text), " ")
		ws.app.Preferences().SetString(prefYourName, n)
		if st := ws.store(); st != nil {
			st.SetAuthor(n)
		}
		d.Hide()
		ws.refresh()
	}
	name.OnSubmitted = func(string) { save() }
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	ok := widget.NewButton("Save", save)
	ok.Importance = widget.HighImportance
	form := widget.NewForm(widget.NewFormItem("Your name", name))
	body := container.NewVBox(wrapped(text, 460), form, container.NewCenter(container.NewHBox(cancel, ok)))
	d = dialog.NewCustomWithoutButtons("Your name", body, ws.win)
	d.Resize(fyne.NewSize(520, 0))
	showModal(ws.win, d)
	ws.win.Canvas().Focus(name)
}
