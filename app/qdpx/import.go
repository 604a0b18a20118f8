package qdpx

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"parley/app/exchange"
	"parley/storage"
)

// Summary counts what an import stored and says what it left out.
type Summary struct {
	exchange.Summary
	Report
}

// ImportFile reads the .qdpx at qdpxPath into a new project at
// projectPath, which must not exist. The archive is read and checked
// completely before the project is made, and the project is built under a
// temporary name and only put in place when complete.
func ImportFile(ctx context.Context, qdpxPath, projectPath string, o Options) (Summary, error) {
	var sum Summary
	if _, err := os.Lstat(projectPath); err == nil {
		return sum, &storage.Error{Code: storage.CodeExists, Message: projectPath + " already exists; choose another name", Named: true}
	}
	// Checked before opening too: opening a named pipe waits for a writer,
	// which, for a .qdpx picked by mistake, never comes.
	if st, err := os.Stat(qdpxPath); err == nil && !st.Mode().IsRegular() {
		return sum, storage.NamedErrorf("%s is not a regular file", qdpxPath)
	}
	f, err := os.Open(qdpxPath)
	if err != nil {
		return sum, fmt.Errorf("read %s: %w", qdpxPath, err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return sum, fmt.Errorf("read %s: %w", qdpxPath, err)
	}
	if !st.Mode().IsRegular() {
		return sum, storage.NamedErrorf("%s is not a regular file", qdpxPath)
	}
	doc, rep, err := Read(f, st.Size(), o)
	sum.Report = rep
	if err != nil {
		return sum, storage.NamedErrorf("%s: %w", filepath.Base(qdpxPath), err)
	}
	rows, err := exchange.ToRows(doc)
	if err != nil {
		return sum, storage.NamedErrorf("%s: %w", filepath.Base(qdpxPath), err)
	}
	err = exchange.CreateProject(ctx, projectPath, func(ctx context.Context, s *storage.Store) error {
		return s.WriteRows(ctx, &rows, nil)
	})
	if err != nil {
		return sum, err
	}
	sum.Summary = exchange.Summary{Dialogues: len(rows.Dialogues), Sources: len(rows.Sources),
		Statements: len(rows.Statements), Notes: len(rows.Notes)}
	return sum, nil
}
