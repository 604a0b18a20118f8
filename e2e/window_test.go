//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"testing"
)

// The names the run uses; main is the main window's title before the
// other project is opened, work after.
const (
	mainTitle  = "Parley — Parley"
	workTitle  = "Parley — other"
	reviewWin  = "Review import: "
	readout    = "eu-readout.txt"
	reportName = "e2e-report.html"
	tagName    = "e2e-checked"
	noteText   = "Checked by the end-to-end test."
	pasted     = "China stated that the dialogue should rest on equality and mutual respect. China urged the EU to stop using human rights as a political tool."
)

// The statements the run tags, notes and links: the first of each column
// of the sample's "All topics" in the round the window opens on, the
// newest (the 40th). China's is joint with the EU.
const (
	chinaCard = "The EU and China engaged in in-depth exchanges on recent human rights developments"
	euCard    = "The European Union and the People’s Republic of China held the 40th session"
)

// TestWindow drives the built binary as a user would, then checks what it
// did with the headless commands.
func TestWindow(t *testing.T) {
	s := newSession(t)
	want := s.prepare()
	s.start()
	s.stepf("the window opens on the default project (a fresh HOME: the sample)")
	s.anywhere(mainTitle, "the menu bar", text("File"))
	s.shot("start")
	s.tourFile()
	s.tourEdit()
	s.tourProject()
	s.tourViewHelp()
	s.openOther()
	s.importFile(want)
	s.importPaste()
	s.annotate()
	s.exportReport()
	s.reopenRecent()
	s.newProjectFolder()
	s.importOverride()
	s.exportOverride()
	s.rescueFromFind()
	s.importJSON(rescuedTitle)
	s.quit(jsonTitle)
	s.check(want)
	s.checkGuards()
	s.checkJSON()
}

// work is the project the run changes: a sample project the test makes
// beside the default one, so that File → Open… finds it there.
func (s *session) work() string {
	return filepath.Join(s.home, ".local", "share", "Parley", "other.parley")
}

// prepare makes the other project and the readout, and asks the headless
// importer what it proposes for them, before the window holds the project.
func (s *session) prepare() expected {
	s.stepf("prepare: parley sample other.parley; a readout in HOME; what parley import proposes")
	if err := os.MkdirAll(filepath.Dir(s.work()), 0o755); err != nil {
		s.t.Fatal(err)
	}
	s.headless("sample", s.work())
	body, err := os.ReadFile(filepath.Join("testdata", readout))
	if err != nil {
		s.t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.home, readout), body, 0o644); err != nil {
		s.t.Fatal(err)
	}
	pastedFile := filepath.Join(s.tmp, "pasted.txt")
	if err := os.WriteFile(pastedFile, []byte(pasted), 0o644); err != nil {
		s.t.Fatal(err)
	}
	s.prepareGuards()
	return expected{
		before:          s.exportJSON(s.work()),
		proposals:       parseProposals(s.t, s.headless("import", "-author", "European Union", s.work(), filepath.Join(s.home, readout))),
		pastedSentences: texts(parseProposals(s.t, s.headless("import", "-author", "China", s.work(), pastedFile))),
	}
}
