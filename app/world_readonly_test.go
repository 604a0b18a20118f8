package app

import "parley/storage"

// reopenReadOnly closes the world's project and opens the same file
// read-only in its window, as opening a file the analyst may not write.
func (wd *world) reopenReadOnly() {
	wd.ws.close()
	st, err := storage.OpenWith(wd.path, storage.Options{ReadOnly: true})
	wd.must(err)
	wd.st = st
	wd.ws.setProject(st)
}
