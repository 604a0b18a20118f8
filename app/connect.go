package app

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/exchange"
	"parley/storage"
)

// Team projects live in a PostgreSQL database (docs/team.md). The Connect
// dialog asks for where it is and who connects; the password is never
// asked for or kept: PostgreSQL's client finds it in ~/.pgpass or
// PGPASSWORD, as psql does.

// sslModes are the choices of the Connect dialog's Security select, with
// the sslmode each stands for ("" leaves PostgreSQL's default, prefer).
var sslModes = []struct{ label, mode string }{
	{"Encrypt if the server offers it (prefer)", ""},
	{"Always encrypt (require)", "require"},
	{"Encrypt and check the server's certificate (verify-full)", "verify-full"},
	{"Never encrypt (disable)", "disable"},
}

// passwordNote tells where the password comes from.
const passwordNote = "Parley never asks for or keeps a password: like psql, it reads it from your ~/.pgpass file " +
	"or the PGPASSWORD variable, or the server admits you without one. Your IT team gives you the details."

// askConnect opens the Connect dialog for the team project to open.
func (ws *Workspace) askConnect() {
	ws.connectDialog("Connect to a team project", "Connect", ws.openProject)
}

// askPush copies the open project file into a team project the user names
// (parley push), then offers to open it.
func (ws *Workspace) askPush() {
	st := ws.store()
	if st == nil || st.Server() {
		return
	}
	ws.connectDialog("Copy to a team project", "Copy", func(addr string) {
		ws.background("Copying to "+addr, func(ctx context.Context) error {
			return exchange.Push(ctx, st, addr)
		}, func() {
			ws.confirm("Project copied", fmt.Sprintf("The project was copied to %s. Open the team project now? The file stays as it is.", addr),
				func(open bool) {
					if open {
						ws.openProject(addr)
					}
				})
		})
	})
}

// connectDialog asks for a server address and hands it to then.
func (ws *Workspace) connectDialog(title, confirm string, then func(addr string)) {
	cfg := lastServer(recentProjects(ws.app))
	host, port, db, role := newBlurEntry(false), newBlurEntry(false), newBlurEntry(false), newBlurEntry(false)
	host.SetPlaceHolder("db.example.org")
	port.SetPlaceHolder("5432")
	db.SetPlaceHolder("parley")
	role.SetPlaceHolder(storage.OSUser())
	host.SetText(cfg.Host)
	if cfg.Port != 0 {
		port.SetText(strconv.Itoa(cfg.Port))
	}
	db.SetText(cfg.Database)
	role.SetText(cfg.User)
	labels := make([]string, len(sslModes))
	for i, m := range sslModes {
		labels[i] = m.label
	}
	security := widget.NewSelect(labels, nil)
	security.SetSelectedIndex(0)
	for i, m := range sslModes {
		if m.mode == cfg.SSLMode && m.mode != "" {
			security.SetSelectedIndex(i)
		}
	}
	problem := widget.NewLabel("")
	problem.Importance = widget.DangerImportance
	problem.Wrapping = fyne.TextWrapWord
	problem.Hide()
	items := []*widget.FormItem{
		widget.NewFormItem("Server", host),
		widget.NewFormItem("Port", port),
		widget.NewFormItem("Database", db),
		widget.NewFormItem("User", role),
		widget.NewFormItem("Security", security),
	}
	form := widget.NewForm(items...)
	note := wrapped(passwordNote, 460)
	var d dialog.Dialog
	submit := func() {
		c, err := connectConfig(host.Text, port.Text, db.Text, role.Text, sslModes[max(0, security.SelectedIndex())].mode)
		if err != nil {
			problem.SetText(err.Error())
			problem.Show()
			return
		}
		d.Hide()
		then(c.Address())
	}
	cancelB := widget.NewButton("Cancel", func() { d.Hide() })
	okB := widget.NewButton(confirm, submit)
	okB.Importance = widget.HighImportance
	body := container.NewBorder(nil, container.NewVBox(problem, container.NewCenter(container.NewHBox(cancelB, okB))), nil, nil,
		container.NewVBox(form, note))
	d = dialog.NewCustomWithoutButtons(title, body, ws.win)
	showModal(ws.win, d)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	ws.win.Canvas().Focus(host)
}

// connectConfig checks what the Connect dialog was given.
func connectConfig(host, port, db, role, ssl string) (storage.ServerConfig, error) {
	c := storage.ServerConfig{Host: strings.TrimSpace(host), Database: strings.TrimSpace(db), User: strings.TrimSpace(role), SSLMode: ssl}
	switch {
	case c.Host == "":
		return c, fmt.Errorf("type the name or address of the database server")
	case strings.ContainsAny(c.Host, "/@ ") && !strings.HasPrefix(c.Host, "/"):
		return c, fmt.Errorf("the server is a name or an address, such as db.example.org or 10.0.0.5")
	case c.Database == "":
		return c, fmt.Errorf("type the name of the database that holds the team project")
	}
	if p := strings.TrimSpace(port); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 65535 {
			return c, fmt.Errorf("the port is a number from 1 to 65535 (PostgreSQL's is 5432)")
		}
		c.Port = n
	}
	return c, nil
}

// lastServer is the most recent team project among the recent ones, to
// fill the Connect dialog with.
func lastServer(recent []string) storage.ServerConfig {
	for _, p := range recent {
		if storage.IsServerAddress(p) {
			if c, err := storage.ParseServerAddress(p); err == nil {
				return c
			}
		}
	}
	return storage.ServerConfig{}
}

// askCreateTeamProject offers to make a team project in the empty
// database at addr: an empty one, or, with a project file open, a copy of
// it.
func (ws *Workspace) askCreateTeamProject(addr string) {
	var d dialog.Dialog
	msg := fmt.Sprintf("The database at %s holds no Parley project yet. Parley can make a team project there "+
		"(it creates its tables in the database).", addr)
	create := widget.NewButton("Create team project", func() {
		d.Hide()
		var st *storage.Store
		var err error
		ws.run.run(func() { st, err = storage.Create(addr) }, func() {
			if err != nil {
				ws.showError("Could not create the team project", err)
				return
			}
			ws.setProject(st)
		})
	})
	create.Importance = widget.HighImportance
	buttons := container.NewHBox(widget.NewButton("Cancel", func() { d.Hide() }), create)
	if st := ws.store(); st != nil && !st.Server() {
		buttons.Add(widget.NewButton("Copy this project there", func() {
			d.Hide()
			ws.background("Copying to "+addr, func(ctx context.Context) error { return exchange.Push(ctx, st, addr) },
				func() { ws.openProject(addr) })
		}))
	}
	body := container.NewBorder(nil, container.NewCenter(buttons), nil, nil, wrapped(msg, 460))
	d = dialog.NewCustomWithoutButtons("An empty database", body, ws.win)
	showModal(ws.win, d)
}
