package app

import (
	"os"
	"path/filepath"

	"parley/app/sample"
	"parley/storage"
)

// exportFolder is where an export is proposed: the project's folder, but
// for a project in Parley's own data folder (the default project, and new
// projects kept where New Project proposes), a hidden folder on Linux
// (~/.local/share/Parley) that a new analyst would not find the report in,
// the user's Documents folder, or else the home folder.
func exportFolder(st *storage.Store) string {
	folder := projectFolder(st)
	def, err := sample.DefaultProjectPath()
	if err != nil || st.Server() || !sameFile(folder, filepath.Dir(def)) {
		return folder
	}
	home := homeFolder()
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs
	}
	return home
}

func isDir(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.IsDir()
}
