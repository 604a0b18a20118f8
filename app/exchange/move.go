package exchange

import (
	"context"
	"fmt"

	"parley/storage"
)

// Moving a project between a file and a team project on a PostgreSQL
// server (parley push and pull, File → Copy to a Team Project… and Save a
// Copy…) copies every row with its ids, times and authorship in one read
// snapshot and one write transaction, so the JSON export of the copy is
// the export of the original.

// Push copies the open project src into the team project at addr: a new
// project in an empty database, or a team project that holds nothing yet.
// A team project that holds data is refused (storage.ErrConflict), never
// merged into.
func Push(ctx context.Context, src *storage.Store, addr string) error {
	if !storage.IsServerAddress(addr) {
		return fmt.Errorf("push: %s is not a server address (postgres://user@host/database)", addr)
	}
	dst, err := storage.Create(addr)
	if storage.CodeOf(err) == storage.CodeExists {
		dst, err = storage.Open(addr)
	}
	if err != nil {
		return err
	}
	err = CopyRows(ctx, src, dst)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	return err
}

// Pull copies the project src (a team project, or a file) into a new
// project file at path, which must not exist; a failed copy leaves
// nothing there.
func Pull(ctx context.Context, src *storage.Store, path string) error {
	return CreateProject(ctx, path, func(ctx context.Context, dst *storage.Store) error {
		return CopyRows(ctx, src, dst)
	})
}

// CopyRows writes every row of src into dst, which must be empty.
func CopyRows(ctx context.Context, src, dst *storage.Store) error {
	rows, err := src.ReadRows(ctx)
	if err != nil {
		return fmt.Errorf("read %s: %w", src.Name(), err)
	}
	if err := dst.WriteRows(ctx, &rows, nil); err != nil {
		return fmt.Errorf("copy into %s: %w", dst.Name(), err)
	}
	return nil
}
