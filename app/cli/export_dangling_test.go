package cli

import (
	"path/filepath"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestExportDanglingPartyImportsAgain: a statement held by a party, and
// tagged with a tag, that the project does not hold (rows of a file
// edited outside Parley) was exported as held by party "" and tagged "",
// so that the export's own import refused it. The party and tag that are
// not there are left out, and the JSON imports.
func TestExportDanglingPartyImportsAgain(t *testing.T) {
	p := dxSample(t)
	edited := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	err := hostiletest.Make(p, edited, hostiletest.Case{Name: "Dangling", SQL: []string{
		`INSERT INTO statement_parties(statement_id, party_id) SELECT min(id), 999 FROM statements`,
		`INSERT INTO statement_tags(statement_id, tag_id) SELECT min(id), 999 FROM statements`}})
	if err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(t.TempDir(), "edited.json")
	if code, _, stderr := dxRun(t, "export", "-format", "json", "-o", js, edited); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	back := filepath.Join(t.TempDir(), "back"+storage.Extension)
	if code, _, stderr := dxRun(t, "import-json", "-o", back, js); code != 0 {
		t.Fatalf("the export does not import: exit %d: %s", code, stderr)
	}
}
