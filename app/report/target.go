package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"parley/app/tempfile"
	"parley/storage"
)

// ErrNotRegular: an export's target is a folder, a device or a pipe.
var ErrNotRegular = errors.New("is not a regular file")

// CheckTarget says whether an export may be written to out, for the
// project at project. It refuses the project itself, any Parley project
// or other SQLite database (and the journal and lock files beside a
// project), and anything that is not a regular file: a folder, a device,
// a pipe. exists reports an existing regular file, which only an explicit
// "replace it" may overwrite.
func CheckTarget(out, project string) (exists bool, err error) {
	if isProjectName(out) {
		return false, storage.NamedErrorf("%s is named as a Parley project (or its journal); an export never replaces one: choose another name", out)
	}
	fi, err := os.Stat(out)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("write %s: %w", out, unwrapPath(err))
	}
	if pi, err := os.Stat(project); err == nil && os.SameFile(fi, pi) {
		return false, storage.NamedErrorf("%s is the project being exported; choose another name for the export", out)
	}
	if !fi.Mode().IsRegular() {
		return false, storage.NamedErrorf("%s %w (a folder, a device or a pipe); choose a file name", out, ErrNotRegular)
	}
	if isDatabase(out) {
		return false, storage.NamedErrorf("%s is a Parley project or another database; an export never replaces one: choose another name", out)
	}
	return true, nil
}

// isProjectName reports a name that only a project or the files SQLite
// and storage keep beside one have.
func isProjectName(p string) bool {
	base := strings.ToLower(filepath.Base(p))
	for _, suffix := range []string{"", "-wal", "-shm", "-journal", ".lock"} {
		if strings.HasSuffix(base, storage.Extension+suffix) {
			return true
		}
	}
	return false
}

// isDatabase reports whether the file starts as an SQLite database does.
func isDatabase(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return bytes.Equal(head[:n], []byte("SQLite format 3\x00"))
}

// WriteFile writes an export to out through a temporary file beside it,
// put in place only when write succeeded, so that a failed or cancelled
// export never leaves half a file. Without replace an existing file is
// never overwritten, even one that appears while the export runs. Stale
// temporaries that killed exports left in the folder are removed first.
// Errors name out, never the temporary file.
func WriteFile(out string, replace bool, write func(io.Writer) error) error {
	dir := filepath.Dir(out)
	// Cleaning is a courtesy: a folder that cannot be listed fails below.
	_, _ = tempfile.Clean(dir)
	tmp, err := tempfile.Create(dir)
	if err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	defer tmp.Discard()
	if err := write(pathlessWriter{tmp}); err != nil {
		return err
	}
	// A temporary file is private; an export is made to be shared.
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, unwrapPath(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", out, unwrapPath(err))
	}
	return place(tmp.Name(), out, replace)
}

// place moves the finished file to out. Without replace it links, which
// fails when out exists where a rename would silently replace it; where
// links are not supported it falls back to check-then-rename.
func place(tmp, out string, replace bool) error {
	if !replace {
		err := os.Link(tmp, out)
		if err == nil {
			return nil
		}
		if _, serr := os.Lstat(out); serr == nil || errors.Is(err, fs.ErrExist) {
			return &storage.Error{Code: storage.CodeExists, Message: out + " already exists; choose another name", Named: true}
		}
	}
	if err := os.Rename(tmp, out); err != nil {
		return fmt.Errorf("write %s: %w", out, unwrapPath(err))
	}
	return nil
}

// pathlessWriter keeps the temporary file's name out of write errors.
type pathlessWriter struct{ w io.Writer }

func (p pathlessWriter) Write(b []byte) (int, error) {
	n, err := p.w.Write(b)
	return n, unwrapPath(err)
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
