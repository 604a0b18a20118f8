package app

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/storage/pgtest"
)

// TestMain stops the PostgreSQL cluster the team project tests start.
func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// serverParts splits a test cluster's address into what the Connect
// dialog asks for.
func serverParts(t *testing.T, addr string) storage.ServerConfig {
	t.Helper()
	c, err := storage.ParseServerAddress(addr)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// entryWithHint is the visible text field whose placeholder is hint.
func (wd *world) entryWithHint(hint string) *blurEntry {
	wd.t.Helper()
	e, _ := wd.find(func(o fyne.CanvasObject) bool {
		e, ok := o.(*blurEntry)
		return ok && e.PlaceHolder == hint
	}).(*blurEntry)
	if e == nil {
		wd.t.Fatalf("no field with the hint %q on screen", hint)
	}
	return e
}

// fillConnect types c into the open Connect dialog as a user does.
func (wd *world) fillConnect(c storage.ServerConfig) {
	wd.t.Helper()
	wd.replaceText(wd.entryWithHint(hintHost), c.Host)
	wd.replaceText(wd.entryWithHint(hintPort), strconv.Itoa(c.Port))
	wd.replaceText(wd.entryWithHint(hintDB), c.Database)
	wd.replaceText(wd.entryWithHint(hintUser), c.User)
	sel := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Select); return ok }).(*widget.Select)
	wd.chooseIn(sel, "Never encrypt (disable)")
}

func TestConnectDialog(t *testing.T) {
	ctx := context.Background()
	t.Run("OpensTeamProject", func(t *testing.T) {
		addr := pgtest.Database(t)
		team, err := storage.Create(addr)
		if err != nil {
			t.Fatal(err)
		}
		if err := team.CreateTag(ctx, &storage.Tag{Name: "team tag"}); err != nil {
			t.Fatal(err)
		}
		team.Close()
		wd := newWorld(t)
		c := serverParts(t, addr)
		wd.menu("File", "Connect to a Team Project…")
		wd.fillConnect(c)
		wd.tap("Connect")
		st := wd.ws.store()
		if st == nil || !st.Server() {
			t.Fatalf("the window holds %v, not the team project", st)
		}
		if want := "Parley — " + c.Database + " on 127.0.0.1"; wd.ws.win.Title() != want {
			t.Errorf("title %q, want %q", wd.ws.win.Title(), want)
		}
		tags, err := st.Tags(ctx)
		if err != nil || len(tags) != 1 || tags[0].Name != "team tag" {
			t.Fatalf("tags %v, %v", tags, err)
		}
		recent := recentProjects(wd.ws.app)
		if len(recent) == 0 || recent[0] != c.Address() || strings.Contains(recent[0], ":@") {
			t.Errorf("recent projects %q, want %q first", recent, c.Address())
		}
		// File → Connect… again is filled with the team project.
		wd.menu("File", "Connect to a Team Project…")
		if got := wd.entryWithHint(hintDB).Text; got != c.Database {
			t.Errorf("the dialog offers database %q, want %q", got, c.Database)
		}
		wd.tap("Cancel")
		// A team project has no Copy to a Team Project… item.
		if it := menuItem(wd.ws.win.MainMenu(), "File", "Copy to a Team Project…"); it != nil {
			t.Error("Copy to a Team Project… is offered on a team project")
		}
	})
	t.Run("ErrBadInput", func(t *testing.T) {
		wd := newWorld(t)
		wd.menu("File", "Connect to a Team Project…")
		for _, c := range []struct {
			host, port, db, user, want string
		}{
			{"", "5432", "hrd", "anna", "Type the name or address of the database server"},
			{"db.example.org", "5432", "", "anna", "Type the name of the database"},
			{"db.example.org", "port", "hrd", "anna", "The port is a number from 1 to 65535"},
			{"db.example.org", "", "hrd", "anna", "Type the server's port; PostgreSQL's is 5432."},
			{"anna@db", "5432", "hrd", "anna", "The server is a name or an address"},
			{"db.example.org", "5432", "hrd", "", "Type your user name on the database server."},
			{"db.example.org", "5432", "hrd", "anna:secret", "A user name has no @ / or :"},
		} {
			wd.replaceText(wd.entryWithHint(hintHost), c.host)
			wd.replaceText(wd.entryWithHint(hintPort), c.port)
			wd.replaceText(wd.entryWithHint(hintDB), c.db)
			wd.replaceText(wd.entryWithHint(hintUser), c.user)
			wd.tap("Connect")
			if l := wd.find(func(o fyne.CanvasObject) bool {
				l, ok := o.(*widget.Label)
				return ok && l.Visible() && strings.Contains(l.Text, c.want)
			}); l == nil {
				t.Errorf("%+v: no message saying %q", c, c.want)
			}
		}
		if wd.ws.store().Server() {
			t.Fatal("a bad address was connected to")
		}
		wd.tap("Cancel")
	})
	t.Run("EmptyDatabaseAsksFirst", func(t *testing.T) {
		addr := pgtest.Database(t)
		wd := newWorld(t)
		wd.menu("File", "Connect to a Team Project…")
		wd.fillConnect(serverParts(t, addr))
		wd.tap("Connect")
		if wd.ws.store().Server() {
			t.Fatal("an empty database was made a project without asking")
		}
		wd.tap("Create team project")
		st := wd.ws.store()
		if !st.Server() {
			t.Fatal("the new team project is not open")
		}
		if ds, err := st.Dialogues(ctx); err != nil || len(ds) != 0 {
			t.Fatalf("the new team project holds %v, %v", ds, err)
		}
	})
	t.Run("CopyToTeamProject", func(t *testing.T) {
		addr := pgtest.Database(t)
		wd := newWorld(t)
		want, err := wd.st.StatementViews(ctx, storage.StatementFilter{}, 0)
		wd.must(err)
		wd.menu("File", "Copy to a Team Project…")
		wd.fillConnect(serverParts(t, addr))
		wd.tap("Copy")
		wd.tap("Yes") // open the team project now
		st := wd.ws.store()
		if !st.Server() {
			t.Fatal("the team project is not open after the copy")
		}
		got, err := st.StatementViews(ctx, storage.StatementFilter{}, 0)
		wd.must(err)
		if len(got) != len(want) || len(got) == 0 || got[0].Text != want[0].Text {
			t.Fatalf("the team project holds %d statements, the file %d", len(got), len(want))
		}
	})
}
