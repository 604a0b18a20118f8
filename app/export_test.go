package app

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app/report"
	"parley/app/report/reporttest"
)

func TestExportFormDefaults(t *testing.T) {
	test.NewTempApp(t)
	p := reporttest.CodedProject(t)
	l, err := readExportLists(context.Background(), p.Store)
	if err != nil {
		t.Fatal(err)
	}
	f := newExportForm(l, p.Dialogue.ID)
	format, o, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	if format != "html" || o.Paper != report.A4 || !o.Sources || !o.Overview || o.Notes {
		t.Errorf("defaults: %s %+v", format, o)
	}
	if len(o.Dialogues) != 1 || o.Dialogues[0] != p.Dialogue.ID || len(o.Parties) != 2 || len(o.Topics)+len(o.Tags) != 0 {
		t.Errorf("default selection %+v", o)
	}
	if got := exportFileName(f, o, format); got != "39th-china-eu-human-rights-dialogue.html" {
		t.Errorf("file name %q", got)
	}
}

func TestExportFormChoices(t *testing.T) {
	test.NewTempApp(t)
	p := reporttest.CodedProject(t)
	l, err := readExportLists(context.Background(), p.Store)
	if err != nil {
		t.Fatal(err)
	}
	f := newExportForm(l, 0)
	w := test.NewTempWindow(t, f.content())
	w.Resize(fyne.NewSize(780, 900))
	test.Tap(checkIn(f.topics, "Regional issues"))
	test.Tap(checkIn(f.parties, "China")) // every party is checked at first
	test.Tap(f.notes)
	test.Tap(f.overview)
	tapOn(t, w.Canvas(), "Letter")
	tapOn(t, w.Canvas(), exportCSV)
	format, o, err := f.options()
	if err != nil {
		t.Fatal(err)
	}
	regional := p.Topics["Regional issues/Visit to Xizang"]
	if format != "csv" || o.Paper != report.Letter || !o.Notes || o.Overview {
		t.Errorf("choices: %s %+v", format, o)
	}
	if len(o.Topics) != 1 || o.Topics[0] != *regional.ParentID || len(o.Parties) != 1 || o.Parties[0] != p.EU.ID {
		t.Errorf("selection %+v", o)
	}
	test.Tap(checkIn(f.parties, "European Union"))
	if _, _, err := f.options(); err == nil || !strings.Contains(err.Error(), "party") {
		t.Errorf("no party checked: err %v", err)
	}
}

func TestExportToFile(t *testing.T) {
	p := reporttest.CodedProject(t)
	path := filepath.Join(t.TempDir(), "brief.html")
	var last float64
	o := report.Options{Dialogues: []int64{p.Dialogue.ID}, Sources: true, Overview: true}
	if _, err := exportTo(context.Background(), p.Store, "html", o, path, false, func(v float64) { last = v }); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "Shen refuted the EU’s accusations") || last != 1 {
		t.Errorf("report of %d bytes, progress ended at %v", len(b), last)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	gone := filepath.Join(t.TempDir(), "cancelled.html")
	if _, err := exportTo(ctx, p.Store, "html", o, gone, false, nil); err == nil {
		t.Error("a cancelled export succeeded")
	}
	if entries, _ := os.ReadDir(filepath.Dir(gone)); len(entries) != 0 {
		t.Errorf("a cancelled export left %d files", len(entries))
	}
}

func TestExportMenuOpensDialog(t *testing.T) {
	wd := openWorld(t, reporttest.CodedProject(t).Store)
	wd.menu("File", "Export…")
	if wd.find(func(o fyne.CanvasObject) bool {
		c, ok := o.(*widget.Check)
		return ok && c.Text == "The analyst's notes"
	}) == nil {
		t.Fatal("the export dialog has no notes option")
	}
	// Nothing to export: the dialog says so and stays open with the choices.
	wd.tapCheck("European Union")
	wd.tapCheck("China")
	wd.tap("Choose a file…")
	if wd.findLabel("Nothing to export") == nil || wd.findLabel("Choose at least one party to export.") == nil {
		t.Fatal("no word that no party is checked")
	}
	wd.tap("OK")
	if findButton(wd.ws.win.Canvas(), "Choose a file…") == nil {
		t.Fatal("the export dialog closed on a choice it refused")
	}
}

func TestStartExportOffersBrowser(t *testing.T) {
	wd := openWorld(t, reporttest.CodedProject(t).Store)
	path := filepath.Join(t.TempDir(), "brief.html")
	startExport(&wd.ws.services, "html", report.Options{Sources: true}, path, false)
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("report not written: %v", err)
	}
	wd.tap("Open in browser")
	if findButton(wd.ws.win.Canvas(), "Open in browser") != nil {
		t.Error("the dialog stayed open after opening the browser")
	}
}

// overlayEntry returns the first entry on the window's top overlay.
func overlayEntry(w fyne.Window) *widget.Entry {
	var found *widget.Entry
	fyne.DoAndWait(func() {
		if top := w.Canvas().Overlays().Top(); top != nil {
			for _, o := range test.LaidOutObjects(top) {
				if e := entryOf(o); e != nil && found == nil {
					found = e
				}
			}
		}
	})
	return found
}

// overlayText reports whether any label on the window's overlays holds s.
func overlayText(w fyne.Window, s string) bool {
	found := false
	fyne.DoAndWait(func() {
		for _, ov := range w.Canvas().Overlays().List() {
			for _, o := range test.LaidOutObjects(ov) {
				if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, s) {
					found = true
				}
			}
		}
	})
	return found
}

// exportAs goes through File → Export… to the file chooser and types name
// over the proposed one.
func exportAs(t *testing.T, wd *world, name string) {
	t.Helper()
	w := wd.ws.win
	wd.menu("File", "Export…")
	wd.tap("Choose a file…")
	e := overlayEntry(w)
	if e == nil || !strings.HasSuffix(e.Text, ".html") {
		t.Fatalf("no file name field with the proposed name: %v", e)
	}
	w.Canvas().Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, name)
	if e.Text != name {
		t.Fatalf("name field holds %q", e.Text)
	}
	wd.tap("Export")
}

// TestExportAsksBeforeReplacing: an existing file in the chosen place is
// replaced only after the user says so.
func TestExportAsksBeforeReplacing(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	w := wd.ws.win
	brief := filepath.Join(filepath.Dir(p.Path), "brief.html")
	os.WriteFile(brief, []byte("keep me"), 0o644)
	exportAs(t, wd, "brief.html")
	if findButton(w.Canvas(), "Replace") == nil || !overlayText(w, "brief.html already exists") {
		t.Fatal("no question before replacing brief.html")
	}
	wd.tap("Cancel")
	if b, _ := os.ReadFile(brief); string(b) != "keep me" {
		t.Fatal("the file changed though the user said Cancel")
	}
	exportAs(t, wd, "brief.html")
	wd.tap("Replace")
	if findButton(w.Canvas(), "Open in browser") == nil {
		t.Fatal("no \"Open in browser\" after replacing")
	}
	if b, _ := os.ReadFile(brief); !strings.Contains(string(b), "Shen refuted") {
		t.Fatal("Replace did not write the report")
	}
}

// TestExportRefusesProject: choosing the project's own file (or another
// project) shows an error and leaves the file as it was; Fyne's save
// dialog would have emptied it.
func TestExportRefusesProject(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	w := wd.ws.win
	before, err := os.ReadFile(p.Path)
	if err != nil || len(before) == 0 {
		t.Fatal(err)
	}
	exportAs(t, wd, filepath.Base(p.Path))
	if !overlayText(w, "an export never replaces one") {
		t.Error("no error shown for the project's own file")
	}
	if findButton(w.Canvas(), "Replace") != nil {
		t.Error("offered to replace the project")
	}
	if after, _ := os.ReadFile(p.Path); !bytes.Equal(before, after) {
		t.Fatal("the project file changed")
	}
}

// TestExportNameIsNotAPath: the file name field takes a name, not a path:
// "../brief.html" would write beside the folder shown, where the user did
// not look. Parley says so, and nothing is written.
func TestExportNameIsNotAPath(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	w := wd.ws.win
	dir := filepath.Dir(p.Path)
	for _, name := range []string{"../brief.html", "sub/brief.html", `..\brief.html`, ".."} {
		exportAs(t, wd, name)
		if findButton(w.Canvas(), "Open in browser") != nil {
			t.Errorf("%q: exported", name)
		}
		if !overlayText(w, "name, not a path") {
			t.Errorf("%q: nothing says why", name)
		}
		wd.tap("OK")
	}
	for _, p := range []string{filepath.Join(filepath.Dir(dir), "brief.html"), filepath.Join(dir, "sub", "brief.html"), filepath.Join(dir, `..\brief.html`)} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was written", p)
		}
	}
}

// TestExportMarksOverridesInNames: a file whose name holds a direction
// override ("brief\u202elmth.exe" draws as "briefexe.html") is named with
// the override marked (⇆) in the question before replacing it and in
// "Wrote …" after, so that the analyst sees which file it is.
func TestExportMarksOverridesInNames(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	w := wd.ws.win
	name := "brief\u202elmth.exe"
	os.WriteFile(filepath.Join(filepath.Dir(p.Path), name), []byte("keep me"), 0o644)
	exportAs(t, wd, name)
	if !overlayText(w, "brief⇆lmth.exe already exists") || overlayText(w, "\u202e") {
		t.Fatal("the question before replacing does not mark the override")
	}
	wd.tap("Replace")
	if !overlayText(w, "Wrote ") || !overlayText(w, "brief⇆lmth.exe") || overlayText(w, "\u202e") {
		t.Fatal("\"Wrote …\" does not mark the override")
	}
}
