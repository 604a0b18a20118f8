package exchange

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"parley/app/tempfile"
	"parley/storage"
)

// CreateProject makes a new project at path and lets fill write into it.
// The project is built under a temporary name in the same folder (see
// package tempfile) and only put in place when fill succeeded, so a failed
// or interrupted import never leaves a half-made project behind; what a
// killed one left is removed by the next. It refuses to replace an
// existing file (storage.ErrExists). Errors name path, never the
// temporary file.
func CreateProject(ctx context.Context, path string, fill func(ctx context.Context, s *storage.Store) error) error {
	if _, err := os.Lstat(path); err == nil {
		return existsErr(path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("create project %s: %w", path, err)
	}
	dir := filepath.Dir(path)
	// Cleaning is a courtesy: a folder that cannot be listed fails below.
	_, _ = tempfile.Clean(dir)
	tmp, err := tempfile.ProjectPath(dir)
	if err != nil {
		return fmt.Errorf("create project %s: %w", path, err)
	}
	defer tempfile.RemoveProject(tmp)
	err = build(ctx, tmp, path, fill)
	if err == nil {
		err = placeNoClobber(tmp, path)
	}
	return hideTemp(err, tmp, path)
}

// build makes the project at tmp.
func build(ctx context.Context, tmp, path string, fill func(ctx context.Context, s *storage.Store) error) error {
	s, err := storage.Create(tmp)
	if err != nil {
		return fmt.Errorf("create project %s: %w", path, err)
	}
	if err := fill(ctx, s); err != nil {
		s.Close()
		return err
	}
	if err := s.Close(); err != nil {
		return fmt.Errorf("create project %s: %w", path, err)
	}
	// Closing the last connection checkpoints the journal into the file;
	// should it not have, the journal holds data that must not be dropped.
	if fi, err := os.Stat(tmp + "-wal"); err == nil && fi.Size() > 0 {
		return fmt.Errorf("create project %s: the new project's journal was not written back", path)
	}
	return nil
}

// hideTemp puts the project's name where an error names the temporary
// file (storage and the driver name the file they work on), keeping the
// error's chain for errors.Is.
func hideTemp(err error, tmp, path string) error {
	if err == nil || !strings.Contains(err.Error(), tmp) && !strings.Contains(err.Error(), filepath.Base(tmp)) {
		return err
	}
	msg := strings.ReplaceAll(err.Error(), tmp, path)
	msg = strings.ReplaceAll(msg, filepath.Base(tmp), filepath.Base(path))
	return &renamed{msg: msg, err: err}
}

type renamed struct {
	msg string
	err error
}

func (r *renamed) Error() string { return r.msg }
func (r *renamed) Unwrap() error { return r.err }

// placeNoClobber moves the finished project to path unless something
// appeared there meanwhile. A hard link fails when the target exists, which
// a rename would silently replace; where links are not supported it falls
// back to check-then-rename.
func placeNoClobber(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		return nil
	}
	if errors.Is(err, os.ErrExist) {
		return existsErr(path)
	}
	if _, serr := os.Lstat(path); serr == nil {
		return existsErr(path)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("create project %s: %w", path, err)
	}
	return nil
}

func existsErr(path string) error {
	return &storage.Error{Code: storage.CodeExists, Message: path + " already exists; choose another name", Named: true}
}
