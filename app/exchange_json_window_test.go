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

	"parley/app/exchange"
	"parley/app/report/reporttest"
)

// exportJSONAs goes File → Export…, taps the JSON format, unchecks the
// parties named, and writes name in the project's folder; it returns the
// file's path.
func exportJSONAs(t *testing.T, wd *world, name string, uncheck ...string) string {
	t.Helper()
	return exportFormatAs(t, wd, exportJSON, name, uncheck...)
}

// exportFormatAs is exportJSONAs for the format labelled label in the dialog;
// name's extension is the one the dialog must propose.
func exportFormatAs(t *testing.T, wd *world, label, name string, uncheck ...string) string {
	t.Helper()
	w := wd.ws.win
	wd.menu("File", "Export…")
	tapOn(t, w.Canvas(), label)
	for _, p := range uncheck {
		wd.tapCheck(p)
	}
	wd.tap("Choose a file…")
	e := overlayEntry(w)
	if ext := filepath.Ext(name); e == nil || !strings.HasSuffix(e.Text, ext) {
		t.Fatalf("no file name field proposing a %s: %v", ext, e)
	}
	w.Canvas().Focus(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, name)
	wd.tap("Export")
	return filepath.Join(filepath.Dir(wd.ws.store().Path()), name)
}

// TestExportJSONThroughWindow: File → Export…, Parley JSON, everything
// checked as the dialog offers it: the file is the whole project, byte for
// byte what `parley export -format json` writes, and it imports again.
func TestExportJSONThroughWindow(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	out := exportJSONAs(t, wd, "backup.json")
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no .json written: %v", err)
	}
	var want bytes.Buffer
	if err := exchange.Export(context.Background(), p.Store, exchange.Selection{}, &want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Bytes()) {
		t.Errorf("the window's JSON (%d bytes) is not the whole project's (%d bytes)", len(got), want.Len())
	}
	if !overlayText(wd.ws.win, "Wrote "+out) {
		t.Error("no word of the file written")
	}
	sum, err := exchange.ImportFile(context.Background(), out, filepath.Join(t.TempDir(), "back.parley"), exchange.ImportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Statements != len(p.ByText) || sum.Statements == 0 {
		t.Errorf("read back %d statements, the project has %d", sum.Statements, len(p.ByText))
	}
}

// TestExportJSONKeepsTheChoice: a party unchecked in the dialog leaves its
// statements out of the JSON, which still imports.
func TestExportJSONKeepsTheChoice(t *testing.T) {
	p := reporttest.CodedProject(t)
	wd := openWorld(t, p.Store)
	out := exportJSONAs(t, wd, "china.json", p.EU.Name)
	doc, err := exchange.DecodeFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Statements) == 0 || len(doc.Statements) >= len(p.ByText) {
		t.Fatalf("%d statements of %d exported; want China's only", len(doc.Statements), len(p.ByText))
	}
	for _, s := range doc.Statements {
		for _, party := range s.Parties {
			if party == p.EU.Name && len(s.Parties) == 1 {
				t.Errorf("statement %d is the EU's alone, yet exported", s.ID)
			}
		}
	}
}
