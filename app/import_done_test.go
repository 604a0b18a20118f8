package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/exchange"
	"parley/app/report/reporttest"
)

// step runs the first job held, and its follow-up; false when none is.
func (h *heldRunner) step() bool {
	if len(h.jobs) == 0 {
		return false
	}
	j := h.jobs[0]
	h.jobs = h.jobs[1:]
	j.work()
	if j.done != nil {
		j.done()
	}
	return true
}

// TestImportDoneShowsOverTheImportedProject: File → Import JSON… with the
// runner doing one job at a time, as the window's runner does while the
// UI goroutine draws between them: when "Import done" appears, the window
// already shows the new project (its title, its statements), not the
// project that was open nor a half-loaded one.
func TestImportDoneShowsOverTheImportedProject(t *testing.T) {
	p := reporttest.CodedProject(t)
	var b strings.Builder
	if err := exchange.Export(context.Background(), p.Store, exchange.Selection{}, &b); err != nil {
		t.Fatal(err)
	}
	wd := newWorld(t) // another project: what it shows is not the file's
	if err := os.WriteFile(filepath.Join(filepath.Dir(wd.path), "partners.json"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	held := &heldRunner{}
	wd.ws.run = held
	defer func() { wd.ws.run = inlineRunner{} }()
	wd.menu("File", "Import JSON…")
	tapOn(t, wd.ws.win.Canvas(), "partners")
	wd.tap("Open")
	held.release() // reading and checking the file
	nameNewProject(t, wd, "From partners")
	shown := false
	for held.step() {
		if !overlayText(wd.ws.win, "Import done") {
			continue
		}
		shown = true
		if title := wd.ws.win.Title(); title != "Parley — From partners" {
			t.Errorf("Import done shows over the window titled %q", title)
		}
		found := false
		for _, col := range wd.columnTexts() {
			for _, text := range col {
				_, ok := p.ByText[reporttest.Key(text)]
				found = found || ok
			}
		}
		if !found {
			t.Errorf("Import done shows before the imported statements: the columns hold %q", wd.columnTexts())
		}
		break
	}
	held.release()
	if !shown && !overlayText(wd.ws.win, "Import done") {
		t.Fatalf("no Import done: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	if !shown {
		t.Error("Import done shows only after the runner's jobs are all done")
	}
}
