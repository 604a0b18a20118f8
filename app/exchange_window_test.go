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
	"parley/app/qdpx"
	"parley/app/report/reporttest"
)

// TestExportQDPXThroughWindow: File → Export…, a tap on the REFI-QDA
// format, a file name: the .qdpx written reads back with every statement.
func TestExportQDPXThroughWindow(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	w := wd.ws.win
	wd.menu("File", "Export…")
	tapOn(t, w.Canvas(), exportQDPX)
	wd.tap("Choose a file…")
	e := overlayEntry(w)
	if e == nil || !strings.HasSuffix(e.Text, ".qdpx") {
		t.Fatalf("no file name field proposing a .qdpx: %v", e)
	}
	w.Canvas().Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "partners.qdpx")
	wd.tap("Export")
	out := filepath.Join(filepath.Dir(p.Path), "partners.qdpx")
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("no .qdpx written: %v", err)
	}
	back := filepath.Join(t.TempDir(), "back.parley")
	sum, err := qdpx.ImportFile(context.Background(), out, back, qdpx.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Statements != len(p.ByText) || sum.Statements == 0 {
		t.Errorf("read back %d statements, the project has %d", sum.Statements, len(p.ByText))
	}
}

// TestImportQDPXMapping: the mapping step offers what the file has and
// turns the choice into the import's options.
func TestImportQDPXMapping(t *testing.T) {
	m := newQDPXMapping(qdpx.Choices{Name: "hr", Variables: []string{"party"}, Codes: []string{"Side"}, Cases: 2})
	want := []string{partyVarPre + "party", partyCodePre + "Side", partyCases, partyNone}
	if strings.Join(m.parties.Options, "|") != strings.Join(want, "|") {
		t.Fatalf("options %q, want %q", m.parties.Options, want)
	}
	for choice, o := range map[string]qdpx.Options{
		partyVarPre + "party": {PartyVariable: "party", Dialogue: "hr"},
		partyCodePre + "Side": {PartyCode: "Side", Dialogue: "hr"},
		partyCases:            {PartyCases: true, Dialogue: "hr"},
		partyNone:             {Dialogue: "hr"},
	} {
		m.parties.SetSelected(choice)
		if got := m.options(); got != o {
			t.Errorf("%s: options %+v, want %+v", choice, got, o)
		}
	}
}

// TestImportQDPXThroughWindow: from the mapping step on (Fyne's file
// chooser before it is the system's), the user keeps the proposed party
// source, names the new project and gets it open with every statement.
func TestImportQDPXThroughWindow(t *testing.T) {
	p := reporttest.CodedProject(t)
	dir := t.TempDir()
	file := filepath.Join(dir, "partners.qdpx")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := qdpx.Export(context.Background(), p.Store, exchange.Selection{}, f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	c, err := qdpx.Inspect(file)
	if err != nil || !c.Parley {
		t.Fatalf("inspect: %+v %v", c, err)
	}
	wd := newWorld(t)
	w := wd.ws.win
	fyne.DoAndWait(func() { wd.ws.showQDPXMapping(file, c) })
	if !overlayText(w, "written by Parley") {
		t.Fatal("the mapping step does not say who wrote the file")
	}
	wd.tap("Choose the new project…")
	e := overlayEntry(w)
	if e == nil {
		t.Fatal("no name field for the new project")
	}
	w.Canvas().Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "From partners")
	wd.tap("Import")
	out := filepath.Join(dir, "From partners.parley")
	if _, err := os.Stat(out); err != nil {
		t.Fatalf("no project made: %v", err)
	}
	if !overlayText(w, "statements in") {
		t.Error("no word of what was imported")
	}
	if st := wd.ws.store(); st == nil || filepath.Base(st.Path()) != "From partners.parley" {
		t.Fatalf("the new project is not open: %v", st)
	}
	n := 0
	for _, col := range wd.columnTexts() {
		n += len(col)
	}
	if n == 0 {
		t.Error("the opened project shows no statements")
	}
}

// TestImportQDPXMappingShownVisibly: a mailed .qdpx whose origin,
// variables and codes are named with a direction override shows them as
// marks in the mapping step, and choosing what is shown still picks the
// variable or code it stands for, even when two names look alike.
func TestImportQDPXMappingShownVisibly(t *testing.T) {
	c := qdpx.Choices{Name: "../../hr", Origin: "\u202eAXDQAM",
		Variables: []string{"\u202eytrap", "\u202dytrap"}, Codes: []string{"\u202eediS"}}
	wd := newWorld(t)
	w := wd.ws.win
	fyne.DoAndWait(func() { wd.ws.showQDPXMapping(filepath.Join(t.TempDir(), "\u202epdqx.partners"), c) })
	if bad := hidden(w.Canvas()); len(bad) > 0 {
		t.Errorf("the mapping step draws %q", bad)
	}
	if !overlayText(w, "written by ⇆AXDQAM") {
		t.Errorf("the mapping step does not show the origin's override: %q", drawnTexts(w.Canvas()))
	}
	// The file's name in the next dialogs' titles: asking for the new
	// project, and the failure (the file is not there).
	wd.tap("Choose the new project…")
	if bad := hidden(w.Canvas()); len(bad) > 0 {
		t.Errorf("asking for the new project draws %q", bad)
	}
	if e := overlayEntry(w); e == nil || e.Text != "..-..-hr" {
		t.Errorf("the new project's name is offered as %v; want the file's name as a name, ..-..-hr", e)
	}
	wd.tap("Import")
	if !overlayText(w, "no such file") {
		t.Errorf("no word of the failure: %q", drawnTexts(w.Canvas()))
	}
	if bad := hidden(w.Canvas()); len(bad) > 0 {
		t.Errorf("the failure draws %q", bad)
	}
	m := newQDPXMapping(c)
	for choice, o := range map[string]qdpx.Options{
		partyVarPre + "⇆ytrap":     {PartyVariable: "\u202eytrap", Dialogue: "../../hr"},
		partyVarPre + "⇆ytrap (2)": {PartyVariable: "\u202dytrap", Dialogue: "../../hr"},
		partyCodePre + "⇆ediS":     {PartyCode: "\u202eediS", Dialogue: "../../hr"},
	} {
		m.parties.SetSelected(choice)
		if got := m.options(); got != o {
			t.Errorf("%q: options %+v, want %+v (offered %q)", choice, got, o, m.parties.Options)
		}
	}
}
