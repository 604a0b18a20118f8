package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app/exchange"
	"parley/app/report/reporttest"
)

// jsonBeside writes the project's JSON export beside it as name, changed
// by edit (nil: as exported), and returns its path.
func jsonBeside(t *testing.T, p *reporttest.Project, name string, edit func(string) string) string {
	t.Helper()
	var b strings.Builder
	if err := exchange.Export(context.Background(), p.Store, exchange.Selection{}, &b); err != nil {
		t.Fatal(err)
	}
	s := b.String()
	if edit != nil {
		s = edit(s)
	}
	path := filepath.Join(filepath.Dir(p.Path), name)
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// chooseJSON goes File → Import JSON… and picks name in the file chooser,
// which starts in the open project's folder, as a user clicks it and Open.
// The chooser draws a file's name and its extension apart.
func chooseJSON(t *testing.T, wd *world, name string) {
	t.Helper()
	wd.menu("File", "Import JSON…")
	tapOn(t, wd.ws.win.Canvas(), strings.TrimSuffix(name, ".json"))
	wd.tap("Open")
}

// nameNewProject types name into the new project's name field and taps
// Import.
func nameNewProject(t *testing.T, wd *world, name string) {
	t.Helper()
	w := wd.ws.win
	e := overlayEntry(w)
	if e == nil {
		t.Fatal("no name field for the new project")
	}
	w.Canvas().Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, name)
	wd.tap("Import")
}

// statementCount is how many statements the project at path holds.
func statementCount(t *testing.T, wd *world) int {
	t.Helper()
	n := 0
	for _, col := range wd.columnTexts() {
		n += len(col)
	}
	return n
}

// TestImportJSONThroughWindow: File → Import JSON…, the file picked in the
// chooser, the new project named: it is made beside the file, opens in the
// window, and the analyst is told what it holds.
func TestImportJSONThroughWindow(t *testing.T) {
	p := reporttest.CodedProject(t)
	jsonBeside(t, p, "partners.json", nil)
	wd := openWorld(t, p.Store)
	chooseJSON(t, wd, "partners.json")
	if e := overlayEntry(wd.ws.win); e == nil || e.Text != "partners" {
		t.Fatalf("the new project's name is offered as %v; want the file's name", e)
	}
	nameNewProject(t, wd, "From partners")
	out := filepath.Join(filepath.Dir(p.Path), "From partners.parley")
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("no project made: %v", err)
	}
	if st := wd.ws.store(); st == nil || st.Path() != out {
		t.Fatalf("the new project is not open: %v", st)
	}
	want := "Imported 1 dialogue, 1 source, " + plural(len(p.ByText), "statement")
	if !overlayText(wd.ws.win, want) || !overlayText(wd.ws.win, "into the new project From partners.parley") {
		t.Errorf("no summary saying %q: %q", want, drawnTexts(wd.ws.win.Canvas()))
	}
	if n := statementCount(t, wd); n == 0 {
		t.Error("the opened project shows no statements")
	}
	rows, err := wd.ws.store().ReadRows(context.Background())
	if err != nil || len(rows.Statements) != len(p.ByText) || len(rows.Notes) == 0 {
		t.Errorf("the new project holds %d statements and %d notes (%v); the file %d statements", len(rows.Statements), len(rows.Notes), err, len(p.ByText))
	}
}

// TestImportJSONRefusesBadFile: a file with a kind no Parley knows is
// refused in a dialog that names the statement and the value; no project
// is made and the open one is as it was.
func TestImportJSONRefusesBadFile(t *testing.T) {
	p := reporttest.CodedProject(t)
	jsonBeside(t, p, "bad.json", func(s string) string {
		if !strings.Contains(s, `"kind": "position"`) {
			t.Fatal("no statement of the kind position")
		}
		return strings.Replace(s, `"kind": "position"`, `"kind": "rebuttal"`, 1)
	})
	wd := openWorld(t, p.Store)
	before := statementCount(t, wd)
	entries, _ := os.ReadDir(filepath.Dir(p.Path))
	chooseJSON(t, wd, "bad.json")
	if !overlayText(wd.ws.win, `"rebuttal" is not a kind of statement`) || !overlayText(wd.ws.win, "bad.json: statement ") {
		t.Errorf("no error naming the file, the statement and the value: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	if e := overlayEntry(wd.ws.win); e != nil {
		t.Error("a name is asked for a file that cannot be imported")
	}
	after, _ := os.ReadDir(filepath.Dir(p.Path))
	if len(after) != len(entries) {
		t.Errorf("the folder held %d files and now %d", len(entries), len(after))
	}
	if st := wd.ws.store(); st != p.Store || statementCount(t, wd) != before {
		t.Error("the open project changed")
	}
}

// TestImportJSONAsksAboutEditedText: a statement whose text differs from
// its source's (edited in Parley after coding) is asked about; Cancel
// makes nothing, "Import as they are" imports it.
func TestImportJSONAsksAboutEditedText(t *testing.T) {
	p := reporttest.CodedProject(t)
	jsonBeside(t, p, "edited.json", func(s string) string {
		const said = `"text": "Both parties agreed`
		if !strings.Contains(s, said) {
			t.Fatalf("no statement begins %s", said)
		}
		return strings.Replace(s, said, `"text": "Both sides agreed`, 1)
	})
	wd := openWorld(t, p.Store)
	chooseJSON(t, wd, "edited.json")
	if !overlayText(wd.ws.win, "does not quote source") {
		t.Fatalf("no question about the edited statement: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	wd.tap("Cancel")
	if e := overlayEntry(wd.ws.win); e != nil {
		t.Fatal("Cancel went on to name a project")
	}
	chooseJSON(t, wd, "edited.json")
	wd.tap("Import as they are")
	nameNewProject(t, wd, "edited")
	if st := wd.ws.store(); st == nil || filepath.Base(st.Path()) != "edited.parley" {
		t.Fatalf("the new project is not open: %v", st)
	}
	if !overlayText(wd.ws.win, "Imported 1 dialogue") {
		t.Errorf("no summary: %q", drawnTexts(wd.ws.win.Canvas()))
	}
}

// TestImportJSONRefusesExistingProject: a name that is taken is refused
// with a word saying so, and the project under it is left as it is.
func TestImportJSONRefusesExistingProject(t *testing.T) {
	p := reporttest.CodedProject(t)
	jsonBeside(t, p, "partners.json", nil)
	wd := openWorld(t, p.Store)
	info, err := os.Stat(p.Path)
	if err != nil {
		t.Fatal(err)
	}
	chooseJSON(t, wd, "partners.json")
	nameNewProject(t, wd, strings.TrimSuffix(filepath.Base(p.Path), filepath.Ext(p.Path)))
	if !overlayText(wd.ws.win, "already exists") {
		t.Errorf("no word that the project exists: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	now, err := os.Stat(p.Path)
	if err != nil || now.Size() != info.Size() || !now.ModTime().Equal(info.ModTime()) {
		t.Errorf("the existing project was touched: %v", err)
	}
	if wd.ws.store() != p.Store {
		t.Error("another project was opened")
	}
}
