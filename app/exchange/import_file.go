package exchange

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	"parley/storage"
)

// Summary counts what an import stored.
type Summary struct {
	Dialogues, Sources, Statements, Notes int
}

// Prepared is a JSON export read and checked completely, ready to become
// a new project. The window prepares a file before it asks for the new
// project's name, so that a bad file is refused before the analyst names
// anything; `parley import-json` prepares and creates in one go.
type Prepared struct {
	file string
	rows storage.ProjectRows
}

// Prepare reads the JSON export at jsonPath and checks all of it as an
// import does; errors begin with the file's name and name the record.
func Prepare(jsonPath string, o ImportOptions) (*Prepared, error) {
	base := filepath.Base(jsonPath)
	doc, err := DecodeFile(jsonPath)
	if err != nil {
		return nil, storage.NamedErrorf("%s: %w", base, err)
	}
	// The import's peak memory is set by what the collector lets pile up
	// beyond what is live, twice the live heap: collecting the decoder's
	// garbage before the rows are built, and the document once they are
	// (the rows share its strings), keeps a 100k import-json's peak near
	// 180 MB where it reached 258 MB.
	runtime.GC()
	rows, err := ToRowsWith(doc, o)
	if err == nil {
		err = storage.CheckRows(&rows)
	}
	if err != nil {
		return nil, storage.NamedErrorf("%s: %w", base, err)
	}
	debug.FreeOSMemory()
	return &Prepared{file: base, rows: rows}, nil
}

// Summary counts what the file holds.
func (p *Prepared) Summary() Summary {
	r := &p.rows
	return Summary{Dialogues: len(r.Dialogues), Sources: len(r.Sources), Statements: len(r.Statements), Notes: len(r.Notes)}
}

// Create writes the file's project into a new project at projectPath,
// which must not exist, in one transaction; the project only appears
// under its name once it is complete (see CreateProject). A Prepared is
// created once: storage tidies its rows as it writes them.
func (p *Prepared) Create(ctx context.Context, projectPath string, progress storage.BulkProgress) (Summary, error) {
	sum := p.Summary()
	err := CreateProject(ctx, projectPath, func(ctx context.Context, s *storage.Store) error {
		if err := s.WriteRows(ctx, &p.rows, progress); err != nil {
			return storage.NamedErrorf("%s: %w", p.file, err)
		}
		return nil
	})
	p.rows = storage.ProjectRows{}
	if err != nil {
		return Summary{}, err
	}
	return sum, nil
}

// ImportFile reads the JSON export at jsonPath into a new project at
// projectPath, which must not exist. The file is checked completely before
// the project is made, and the project only appears when it is complete.
func ImportFile(ctx context.Context, jsonPath, projectPath string, o ImportOptions) (Summary, error) {
	// Say at once that the target is taken, before reading a large file.
	if _, err := os.Lstat(projectPath); err == nil {
		return Summary{}, existsErr(projectPath)
	}
	p, err := Prepare(jsonPath, o)
	if err != nil {
		return Summary{}, err
	}
	return p.Create(ctx, projectPath, o.Progress)
}
