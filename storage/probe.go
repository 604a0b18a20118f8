package storage

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"gorm.io/gorm"
)

// openProbe opens a connection that only looks at the file at path (to
// check its schema or rescue its data) and changes nothing in or beside it:
//
//   - without a -wal file beside it, the connection is immutable: SQLite
//     creates no -wal or -shm file;
//   - with a -wal file but no -shm file (a project mailed with its log, or
//     one whose index was deleted), SQLite would create the -shm file to
//     read the log, so a private copy of the file and its log is read
//     instead;
//   - with both, the file is in use or was left so by a crash, and the
//     connection reads it as any reader would.
//
// immutable forces the first way (a read-only project in a read-only
// folder). done closes the connection and removes any copy.
func openProbe(path string, immutable bool) (db *gorm.DB, done func(), err error) {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		real = path // SQLite reports what is wrong with it
	}
	wal, shm := exists(real+"-wal"), exists(real+"-shm")
	switch {
	case immutable || !wal:
		db, err = openDB(real, modeImmutable)
	case !shm:
		return openCopy(real)
	default:
		db, err = openDB(real, modeRead)
	}
	if err != nil {
		return nil, nil, err
	}
	return db, func() { closeDB(db) }, nil
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, os.ErrNotExist)
}

// openCopy copies path and its -wal file into a private folder and opens
// the copy.
func openCopy(path string) (*gorm.DB, func(), error) {
	dir, err := os.MkdirTemp("", "parley-probe-")
	if err != nil {
		return nil, nil, fmt.Errorf("copy %s to read its log: %w", filepath.Base(path), err)
	}
	cp := filepath.Join(dir, "probe"+Extension)
	for _, suffix := range []string{"", "-wal"} {
		if err := copyFile(path+suffix, cp+suffix); err != nil {
			os.RemoveAll(dir)
			return nil, nil, fmt.Errorf("copy %s to read its log: %w", filepath.Base(path), err)
		}
	}
	db, err := openDB(cp, modeRead)
	if err != nil {
		os.RemoveAll(dir)
		return nil, nil, err
	}
	return db, func() { closeDB(db); os.RemoveAll(dir) }, nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
