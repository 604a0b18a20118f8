package app

import (
	"os"
	"path/filepath"
	"testing"

	"parley/app/sample"
	"parley/storage"
)

// A project kept in Parley's data folder (~/.local/share/Parley, where New
// Project proposes) exports to Documents: the report went to that hidden
// folder, where a new analyst would not find it. A project elsewhere still
// exports beside itself.
func TestExportProposesDocumentsForProjectInDataFolder(t *testing.T) {
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, ".local", "share"))
	docs := filepath.Join(home, "Documents")
	if err := os.MkdirAll(docs, 0o755); err != nil {
		t.Fatal(err)
	}
	def, err := sample.DefaultProjectPath()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(def), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ project, folder string }{
		{filepath.Join(filepath.Dir(def), "Talks"+storage.Extension), docs},
		{filepath.Join(home, "work", "Talks"+storage.Extension), filepath.Join(home, "work")},
	} {
		if err := os.MkdirAll(filepath.Dir(c.project), 0o755); err != nil {
			t.Fatal(err)
		}
		st, err := storage.Create(c.project)
		if err != nil {
			t.Fatal(err)
		}
		wd := openWorld(t, st)
		wd.fill()
		wd.open()
		wd.menu("File", "Export…")
		wd.tap("Choose a file…")
		if wd.findLabel(c.folder) == nil {
			t.Errorf("the export of %s does not propose the folder %s", c.project, c.folder)
		}
		wd.tap("Cancel")
	}
}
