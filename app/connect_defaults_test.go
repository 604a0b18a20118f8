package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// TestConnectDefaults: File → Connect to a Team Project… starts filled
// with real values, not hints: PostgreSQL's variables on a first run (port
// 5432 and the system's user where they say nothing); the address last
// tried in the dialog afterwards, even one that did not connect, so that
// a typo is corrected rather than typed again. Enter connects; a field
// left empty is named and gets the cursor.
func TestConnectDefaults(t *testing.T) {
	for _, v := range []string{"PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGSSLMODE"} {
		t.Setenv(v, "")
	}
	t.Run("FirstRun", func(t *testing.T) {
		wd := newWorld(t)
		wd.menu("File", "Connect to a Team Project…")
		host, port, db, user := wd.entryWithHint(hintHost), wd.entryWithHint(hintPort), wd.entryWithHint(hintDB), wd.entryWithHint(hintUser)
		if host.Text != "" || port.Text != "5432" || db.Text != "" || user.Text != storage.OSUser() {
			t.Fatalf("first run offers %q %q %q %q", host.Text, port.Text, db.Text, user.Text)
		}
		if wd.ws.win.Canvas().Focused() != host {
			t.Error("the cursor is not in the empty Server field")
		}
		wd.tap("Cancel")
	})
	t.Run("Environment", func(t *testing.T) {
		t.Setenv("PGHOST", "db.team.example")
		t.Setenv("PGPORT", "6543")
		t.Setenv("PGDATABASE", "hrd")
		t.Setenv("PGUSER", "anna")
		t.Setenv("PGSSLMODE", "verify-full")
		wd := newWorld(t)
		wd.menu("File", "Connect to a Team Project…")
		got := []string{wd.entryWithHint(hintHost).Text, wd.entryWithHint(hintPort).Text, wd.entryWithHint(hintDB).Text, wd.entryWithHint(hintUser).Text}
		if strings.Join(got, " ") != "db.team.example 6543 hrd anna" {
			t.Errorf("from the environment the dialog offers %q", got)
		}
		sel := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Select); return ok }).(*widget.Select)
		if !strings.Contains(sel.Selected, "verify-full") {
			t.Errorf("security %q, want verify-full from PGSSLMODE", sel.Selected)
		}
		wd.tap("Cancel")
	})
	t.Run("LastTried", func(t *testing.T) {
		t.Setenv("PGHOST", "db.team.example")
		wd := newWorld(t)
		wd.menu("File", "Connect to a Team Project…")
		db := wd.entryWithHint(hintDB)
		wd.replaceText(wd.entryWithHint(hintHost), "127.0.0.1")
		wd.replaceText(wd.entryWithHint(hintPort), "1") // nothing listens there
		wd.replaceText(db, "")
		wd.replaceText(wd.entryWithHint(hintUser), "ben")
		wd.ws.win.Canvas().Focus(db)
		wd.key(fyne.KeyReturn)
		if wd.labelContaining("Type the name of the database that holds the team project.") == nil {
			t.Fatal("Enter with no database does not say what is missing")
		}
		if wd.ws.win.Canvas().Focused() != db {
			t.Error("the cursor is not in the Database field")
		}
		wd.replaceText(db, "typo")
		wd.key(fyne.KeyReturn)
		if !wd.dialogTitled("Could not connect to the team project") {
			t.Fatal("Enter did not try to connect")
		}
		wd.tap("Close")
		wd.menu("File", "Connect to a Team Project…")
		got := []string{wd.entryWithHint(hintHost).Text, wd.entryWithHint(hintPort).Text, wd.entryWithHint(hintDB).Text, wd.entryWithHint(hintUser).Text}
		if strings.Join(got, " ") != "127.0.0.1 1 typo ben" {
			t.Errorf("after a failed try the dialog offers %q, not what was tried", got)
		}
		wd.tap("Cancel")
	})
}
