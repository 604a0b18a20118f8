package app

import (
	"context"
	"fmt"
	"os"
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
// the sslmode each stands for. Each is written into the address, so that
// what the dialog shows is what is used (PGSSLMODE would otherwise decide
// where the address says nothing).
var sslModes = []struct{ label, mode string }{
	{"Encrypt if the server offers it (prefer)", "prefer"},
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

// The Connect dialog's hints, shown in a field only while it is empty.
const (
	hintHost = "e.g. db.example.org"
	hintPort = "5432"
	hintDB   = "e.g. parley"
	hintUser = "your user name on the server"
)

// connectDialog asks for a server address and hands it to then. Its
// fields start filled (connectDefaults); Enter in any of them connects.
func (ws *Workspace) connectDialog(title, confirm string, then func(addr string)) {
	cfg := connectDefaults(ws.app.Preferences().String(prefConnectTried), recentProjects(ws.app), os.Getenv)
	host, port, db, role := newBlurEntry(false), newBlurEntry(false), newBlurEntry(false), newBlurEntry(false)
	host.SetPlaceHolder(hintHost)
	port.SetPlaceHolder(hintPort)
	db.SetPlaceHolder(hintDB)
	role.SetPlaceHolder(hintUser)
	host.SetText(cfg.Host)
	port.SetText(strconv.Itoa(cfg.Port))
	db.SetText(cfg.Database)
	role.SetText(cfg.User)
	labels := make([]string, len(sslModes))
	for i, m := range sslModes {
		labels[i] = m.label
	}
	security := widget.NewSelect(labels, nil)
	security.SetSelectedIndex(0)
	for i, m := range sslModes {
		if m.mode == cfg.SSLMode {
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
	fields := []*blurEntry{host, port, db, role}
	submit := func() {
		c, err := connectConfig(host.Text, port.Text, db.Text, role.Text, sslModes[max(0, security.SelectedIndex())].mode)
		if err != nil {
			setText(problem, plainCause(err)) // a message may quote a name from a project
			problem.Show()
			if f := fields[min(connectField(err), len(fields)-1)]; f != nil {
				ws.win.Canvas().Focus(f)
			}
			return
		}
		// Remembered even if the connection fails, so that a typo is
		// corrected rather than typed again.
		ws.app.Preferences().SetString(prefConnectTried, c.Address())
		d.Hide()
		then(c.Address())
	}
	for _, f := range fields {
		f.onKey = func(ev *fyne.KeyEvent) bool {
			if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
				submit()
				return true
			}
			return false
		}
	}
	cancelB := widget.NewButton("Cancel", func() { d.Hide() })
	okB := widget.NewButton(confirm, submit)
	okB.Importance = widget.HighImportance
	body := container.NewBorder(nil, container.NewVBox(problem, container.NewCenter(container.NewHBox(cancelB, okB))), nil, nil,
		container.NewVBox(form, note))
	d = dialog.NewCustomWithoutButtons(title, body, ws.win)
	showModal(ws.win, d)
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	first := host
	for _, f := range fields { // the cursor in the first field left empty
		if strings.TrimSpace(f.Text) == "" {
			first = f
			break
		}
	}
	ws.win.Canvas().Focus(first)
}

// connectError is what is wrong with the Connect dialog's fields, and
// which field (0 server, 1 port, 2 database, 3 user) to correct.
type connectError struct {
	field int
	msg   string
}

func (e *connectError) Error() string { return e.msg }

func connectField(err error) int {
	if ce, ok := err.(*connectError); ok {
		return ce.field
	}
	return 0
}

// connectConfig checks what the Connect dialog was given.
func connectConfig(host, port, db, role, ssl string) (storage.ServerConfig, error) {
	c := storage.ServerConfig{Host: strings.TrimSpace(host), Database: strings.TrimSpace(db), User: strings.TrimSpace(role), SSLMode: ssl}
	bad := func(field int, msg string) (storage.ServerConfig, error) { return c, &connectError{field, msg} }
	p := strings.TrimSpace(port)
	n, err := strconv.Atoi(p)
	switch {
	case c.Host == "":
		return bad(0, "type the name or address of the database server, such as db.example.org")
	case strings.ContainsAny(c.Host, "/@ ?#") && !strings.HasPrefix(c.Host, "/"):
		return bad(0, "the server is a name or an address, such as db.example.org or 10.0.0.5, without a user or a database")
	case p == "":
		return bad(1, "type the server's port; PostgreSQL's is 5432")
	case err != nil || n < 1 || n > 65535:
		return bad(1, "the port is a number from 1 to 65535 (PostgreSQL's is 5432)")
	case c.Database == "":
		return bad(2, "type the name of the database that holds the team project")
	case strings.ContainsAny(c.Database, "/?#"):
		return bad(2, "a database's name has no / ? or #")
	case c.User == "":
		return bad(3, "type your user name on the database server")
	case strings.ContainsAny(c.User, "@/:"):
		return bad(3, "a user name has no @ / or : (the password is never typed here)")
	}
	c.Port = n
	return c, nil
}

// connectDefaults is what the Connect dialog offers at first: the server
// last tried in this dialog (a failed try too, so that a typo is
// corrected rather than typed again), else the last team project opened,
// else what PostgreSQL's variables say, as psql reads them (PGHOST,
// PGPORT, PGDATABASE, PGUSER, PGSSLMODE); where nothing says, port 5432,
// the system's user name and "prefer". The server and the database stay
// empty when nothing names them: there is no guessing a team's server.
func connectDefaults(tried string, recent []string, getenv func(string) string) storage.ServerConfig {
	c, ok := storage.ServerConfig{}, false
	if storage.IsServerAddress(tried) {
		c, ok = parsed(tried)
	}
	if !ok {
		c, ok = lastServer(recent), true
	}
	if c.Host == "" {
		c = storage.ServerConfig{Host: getenv("PGHOST"), Database: getenv("PGDATABASE"), User: getenv("PGUSER"), SSLMode: getenv("PGSSLMODE")}
		if n, err := strconv.Atoi(getenv("PGPORT")); err == nil && n > 0 && n <= 65535 {
			c.Port = n
		}
	}
	if c.Port == 0 {
		c.Port = 5432
	}
	if c.User == "" {
		c.User = storage.OSUser()
	}
	known := false
	for _, m := range sslModes {
		known = known || m.mode == c.SSLMode
	}
	if !known {
		c.SSLMode = "prefer"
	}
	return c
}

func parsed(addr string) (storage.ServerConfig, bool) {
	c, err := storage.ParseServerAddress(addr)
	return c, err == nil
}

// lastServer is the most recent team project among the recent ones, to
// fill the Connect dialog with.
func lastServer(recent []string) storage.ServerConfig {
	for _, p := range recent {
		if storage.IsServerAddress(p) {
			if c, ok := parsed(p); ok {
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
