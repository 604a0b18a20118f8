//go:build e2e

package e2e

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
)

// The JSON step's names: a JSON export of the sample in HOME, and the
// project File → Import JSON… makes of it beside the file.
const (
	jsonFile  = "exported.json"
	jsonTitle = "Parley — exported"
)

// prepareJSON writes a JSON export of the sample (base, a project the
// window never opens) into HOME for File → Import JSON… to read.
func (s *session) prepareJSON(base string) {
	s.headless("export", "-format", "json", "-o", filepath.Join(s.home, jsonFile), base)
}

// importJSON takes File → Import JSON… through the real file chooser and
// the new project's name: the project opens, and the window says what it
// imported.
func (s *session) importJSON(from string) {
	s.stepf("File → Import JSON… → Home → %s → Open; the new project's name; Import", jsonFile)
	s.opens(from, "the JSON chooser", func() { s.menu(from, "File", "Import JSON…") })
	s.chooserPick(from, jsonFile, "Open")
	stem := strings.TrimSuffix(jsonFile, filepath.Ext(jsonFile))
	s.find(from, "the new project's name", textField(stem))
	s.find(from, "the folder of the JSON file", kindText("*widget.Label", s.home))
	s.shot("import-json-name")
	s.press(from, "Import")

	s.stepf("the new project opens; the window says what it imported")
	done := s.find(jsonTitle, "the Import done message", labelPrefix("Imported "))
	s.t.Logf("e2e: the window says %q", done.Text)
	s.shot("import-json-done")
	if !strings.Contains(done.Text, " statements") || !strings.Contains(done.Text, stem+".parley") {
		s.fail("the window says %q, want the statements counted and %s.parley named", done.Text, stem)
	}
	s.press(jsonTitle, "OK")
}

// jsonProject is the project File → Import JSON… made, beside the file.
func (s *session) jsonProject() string {
	return filepath.Join(s.home, strings.TrimSuffix(jsonFile, filepath.Ext(jsonFile))+".parley")
}

// checkJSON: the project the window made of the JSON file holds what the
// file held: exported again, it is the file byte for byte (records,
// IDs, names, notes), and it holds statements.
func (s *session) checkJSON() {
	want, err := os.ReadFile(filepath.Join(s.home, jsonFile))
	if err != nil {
		s.t.Fatal(err)
	}
	got := s.exportJSON(s.jsonProject())
	if len(got.Statements) == 0 {
		s.t.Errorf("the project imported from %s holds no statements", jsonFile)
	}
	body, err := os.ReadFile(filepath.Join(s.tmp, "export-"+itoa(s.exports)+".json"))
	if err != nil {
		s.t.Fatal(err)
	}
	if !bytes.Equal(body, want) {
		s.t.Errorf("%s exported again differs from %s, which it was made from (%d bytes, want %d)",
			filepath.Base(s.jsonProject()), jsonFile, len(body), len(want))
	}
}
