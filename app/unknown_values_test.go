package app

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"parley/app/report/reporttest"
	"parley/storage"
	"parley/storage/hostiletest"
)

// unknownProject is the coded project with a statement's kind and every
// verdict set to values this Parley does not know, by SQLite alone as a
// hand edit or a newer Parley would; it returns the project, open, and
// the statement.
func unknownProject(t *testing.T) (*storage.Store, int64) {
	t.Helper()
	p := reporttest.CodedProject(t)
	id := p.ByText[reporttest.Key("Shen refuted the EU’s accusations")]
	if err := p.Store.Close(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	err := hostiletest.Make(p.Path, path, hostiletest.Case{Name: "unknown values", SQL: []string{
		"UPDATE statements SET kind = 'rebuttal' WHERE id = " + itoa64(id),
		"UPDATE assessments SET verdict = 'mixed'",
	}})
	if err != nil {
		t.Fatal(err)
	}
	st, err := storage.Open(path)
	if err != nil {
		t.Fatalf("a project with unknown values does not open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st, id
}

// TestUnknownKindShownMarked: a kind this Parley does not know shows on
// its card and in the detail editor as it is, marked, and editing the
// statement's text keeps it.
func TestUnknownKindShownMarked(t *testing.T) {
	st, id := unknownProject(t)
	wd := openWorld(t, st)
	wd.tapTopic("Xinjiang, Xizang and Hong Kong")
	col := -1
	for i := range wd.ws.view.cols {
		if c, ok := wd.card(i, id); ok {
			col = i
			if !strings.Contains(strings.Join(drawnTexts(wd.ws.win.Canvas()), "|"), "Rebuttal (unknown kind)") {
				t.Errorf("the card %+v does not show the kind marked", c)
			}
		}
	}
	if col < 0 {
		t.Fatal("the statement shows in no column")
	}
	wd.tapCard(col, id)
	if got := wd.ws.detail.kind.Selected; got != "Rebuttal (unknown kind)" {
		t.Errorf("the detail editor shows the kind as %q", got)
	}
	wd.replaceText(wd.ws.detail.text, "Shen refuted the accusations.")
	wd.ws.win.Canvas().Unfocus()
	s, err := st.Statement(context.Background(), id)
	if err != nil || s.Text != "Shen refuted the accusations." || s.Kind != "rebuttal" {
		t.Errorf("after the edit: %q %q %v", s.Text, s.Kind, err)
	}
}

// TestUnknownValuesExportAndImportAgain: what Parley opens it exports and
// imports again, in the window: File → Export… as Parley JSON says which
// values went in as known ones, and File → Import JSON… reads the file into
// a new project where the statement has a known kind and a note keeping
// the one it had.
func TestUnknownValuesExportAndImportAgain(t *testing.T) {
	st, id := unknownProject(t)
	wd := openWorld(t, st)
	out := exportJSONAs(t, wd, "copy.json")
	if !overlayText(wd.ws.win, `statement `+itoa64(id)+`'s kind "rebuttal" as "position"`) {
		t.Errorf("the export does not say what it did with the unknown kind: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	wd.tap("Close")
	chooseJSON(t, wd, filepath.Base(out))
	nameNewProject(t, wd, "again")
	now := wd.ws.store()
	if now == nil || filepath.Base(now.Path()) != "again.parley" {
		t.Fatalf("the re-imported project is not open: %v", now)
	}
	s, err := now.Statement(context.Background(), id)
	if err != nil || s.Kind != storage.KindPosition {
		t.Fatalf("the statement came back as %q (%v)", s.Kind, err)
	}
	notes, err := now.NotesOf(context.Background(), id, 0, 0)
	kept := false
	for _, n := range notes {
		kept = kept || strings.Contains(n.Body, `"rebuttal"`)
	}
	if err != nil || !kept {
		t.Errorf("no note keeps the kind: %+v %v", notes, err)
	}
}

// TestUnknownValuesExportQDPXAndXLSX: File → Export… as a REFI-QDA
// project and as a workbook says, as the JSON export does, which values
// this Parley does not know went into the file as known ones, beside the
// file written.
func TestUnknownValuesExportQDPXAndXLSX(t *testing.T) {
	st, id := unknownProject(t)
	wd := openWorld(t, st)
	for _, f := range []struct{ label, name string }{{exportQDPX, "copy.qdpx"}, {exportXLSX, "copy.xlsx"}} {
		out := exportFormatAs(t, wd, f.label, f.name)
		if !overlayText(wd.ws.win, "Wrote "+out) {
			t.Errorf("%s: no word of the file written: %q", f.label, drawnTexts(wd.ws.win.Canvas()))
		}
		if !overlayText(wd.ws.win, `statement `+itoa64(id)+`'s kind "rebuttal" as "position"`) {
			t.Errorf("%s: the export does not say what it did with the unknown kind: %q", f.label, drawnTexts(wd.ws.win.Canvas()))
		}
		if !overlayText(wd.ws.win, "values this version of Parley does not know") {
			t.Errorf("%s: the export does not say the values are unknown: %q", f.label, drawnTexts(wd.ws.win.Canvas()))
		}
		wd.tap("Close")
	}
}

func itoa64(n int64) string { return strconv.FormatInt(n, 10) }
