// Package tempfile names, locks and cleans up the temporary files Parley
// writes beside a target before putting them in place: an export's
// `.parley-export-N.tmp` and a new project's `.parley-new-N.parley` (with
// SQLite's -wal, -shm and -journal files and storage's .lock beside it).
//
// A writer that is killed leaves its temporary behind. While a writer lives
// its temporary is locked (the export's file itself, the project's .lock
// file, which storage holds); Clean removes the temporaries of exactly
// these names whose lock is free, the next time anything is written into
// the same folder. On Windows, where a lock would keep the writer itself
// from writing, an export's file is not locked; Windows refuses to delete
// a file another program holds open, which keeps a live writer's file.
package tempfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

const (
	exportPrefix  = ".parley-export-"
	exportSuffix  = ".tmp"
	projectPrefix = ".parley-new-"
	projectSuffix = ".parley"
	// staleAfter covers the moment between a writer creating its file and
	// taking the lock: a younger file is left alone even when unlocked.
	staleAfter = 2 * time.Second
)

// projectFiles are the suffixes of the files that make up a project.
var projectFiles = []string{"", "-wal", "-shm", "-journal", ".lock"}

// File is an export's temporary file, locked while it is written.
type File struct {
	*os.File
	lock *flock.Flock
}

// Create makes a new temporary file for an export in dir and locks it.
// Its error does not name the temporary file, which means nothing to the
// user.
func Create(dir string) (*File, error) {
	f, err := os.CreateTemp(dir, exportPrefix+"*"+exportSuffix)
	if err != nil {
		return nil, pathless(err)
	}
	t := &File{File: f}
	if runtime.GOOS != "windows" {
		t.lock = flock.New(f.Name(), flock.SetFlag(os.O_RDONLY))
		if _, err := t.lock.TryLock(); err != nil {
			t.Discard()
			return nil, pathless(err)
		}
	}
	return t, nil
}

// Discard closes the file, removes it unless it was renamed away, and
// releases the lock; it is safe to call after Close.
func (t *File) Discard() {
	t.File.Close()
	os.Remove(t.Name())
	if t.lock != nil {
		t.lock.Unlock()
	}
}

// ProjectPath returns an unused name in dir for a project under
// construction; storage.Create makes the file and holds its lock.
func ProjectPath(dir string) (string, error) {
	f, err := os.CreateTemp(dir, projectPrefix+"*"+projectSuffix)
	if err != nil {
		return "", pathless(err)
	}
	name := f.Name()
	f.Close()
	// storage.Create wants to make the file itself (it never replaces one).
	if err := os.Remove(name); err != nil {
		return "", pathless(err)
	}
	return name, nil
}

// RemoveProject deletes a project under construction with the journal
// and lock files beside it.
func RemoveProject(path string) {
	for _, suffix := range projectFiles {
		os.Remove(path + suffix)
	}
}

// Clean removes the temporaries in dir that a writer left when it was
// killed, and reports how many it removed. Only names of exactly Parley's
// patterns are touched; an error reading the folder is returned, one
// removing a file only stops that file.
func Clean(dir string) (int, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, pathless(err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		switch {
		case matches(name, exportPrefix, exportSuffix), matches(name, exportPrefix, ""):
			// The second: exports of Parley 0.1.0 named their file without
			// a suffix. (Its new projects were named after the target,
			// .NAME-N.parley, a name a user's file may have: those are
			// left alone.)
			if stale(filepath.Join(dir, name), filepath.Join(dir, name)) {
				n++
			}
		case matches(name, projectPrefix, projectSuffix):
			p := filepath.Join(dir, name)
			if stale(p, p+".lock") {
				RemoveProject(p)
				n++
			}
		}
	}
	return n, nil
}

// stale removes path when it is old enough and lockPath's lock is free
// (its writer is gone), holding the lock while it does.
func stale(path, lockPath string) bool {
	fi, err := os.Lstat(path)
	if err != nil || !fi.Mode().IsRegular() || time.Since(fi.ModTime()) < staleAfter {
		return false
	}
	lk := flock.New(lockPath, flock.SetFlag(os.O_RDONLY|os.O_CREATE))
	if ok, err := lk.TryLock(); err != nil || !ok {
		return false
	}
	// Windows deletes no open file: release first. A writer that is gone
	// cannot take the lock back meanwhile.
	lk.Unlock()
	return os.Remove(path) == nil
}

// matches reports whether name is prefix, decimal digits, suffix: the
// names os.CreateTemp gives for prefix+"*"+suffix.
func matches(name, prefix, suffix string) bool {
	mid, ok := strings.CutPrefix(name, prefix)
	if !ok {
		return false
	}
	mid, ok = strings.CutSuffix(mid, suffix)
	if !ok || mid == "" {
		return false
	}
	for _, c := range mid {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pathless drops the temporary file's name from err.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
