package exchange

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"parley/storage"
)

// CreateProject makes a new project at path and lets fill write into it.
// The project is built under a temporary name in the same folder and only
// put in place when fill succeeded, so a failed or interrupted import never
// leaves a half-made project behind. It refuses to replace an existing
// file (storage.ErrExists).
func CreateProject(ctx context.Context, path string, fill func(ctx context.Context, s *storage.Store) error) error {
	if _, err := os.Lstat(path); err == nil {
		return existsErr(path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("create project %s: %w", path, err)
	}
	tmp, err := tempName(path)
	if err != nil {
		return err
	}
	defer removeProjectFiles(tmp)
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
	return placeNoClobber(tmp, path)
}

// tempName returns an unused name beside path for the project under
// construction.
func tempName(path string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+strings.TrimSuffix(filepath.Base(path), storage.Extension)+"-*"+storage.Extension)
	if err != nil {
		// The temporary file's name means nothing to the user.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return "", fmt.Errorf("create project %s: %w", path, err)
	}
	name := f.Name()
	f.Close()
	// storage.Create wants to make the file itself (it refuses to replace one).
	if err := os.Remove(name); err != nil {
		return "", fmt.Errorf("create project %s: %w", path, err)
	}
	return name, nil
}

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
	return &storage.Error{Code: storage.CodeExists, Message: path + " already exists; choose another name"}
}

// removeProjectFiles deletes a project file and the journal and lock files
// SQLite and storage keep beside it.
func removeProjectFiles(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal", path + ".lock"} {
		os.Remove(p)
	}
}
