package qdpx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Limits on what an import reads, so that a zip bomb or a mistaken pick
// (a disk image renamed .qdpx) ends in a message rather than in all the
// memory there is. Tests lower them.
var (
	// MaxUncompressed caps the sum of the entries Parley reads.
	MaxUncompressed int64 = 1 << 30
	// MaxRatio caps how much an entry larger than a mebibyte may expand:
	// XML and plain text deflate about 4–20 times, a bomb thousands.
	MaxRatio int64 = 200
)

// archive is an opened .qdpx: its entries by clean name.
type archive struct {
	files map[string]*zip.File
	read  int64 // bytes read so far, against MaxUncompressed
}

func openArchive(r io.ReaderAt, size int64) (*archive, error) {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		if e := notQDPX(r); e != nil {
			return nil, e
		}
		return nil, fmt.Errorf("not a REFI-QDA project archive (.qdpx is a zip file): %w", err)
	}
	a := &archive{files: map[string]*zip.File{}}
	var total uint64
	for _, f := range zr.File {
		if err := checkName(f.Name); err != nil {
			return nil, err
		}
		if a.files[f.Name] != nil {
			// Tools disagree on which of two same-named entries counts
			// (the first, the last), so such a file reads differently in
			// each; Parley read the last one without a word.
			return nil, fmt.Errorf("the archive holds two entries named %q; refusing it", f.Name)
		}
		total += f.UncompressedSize64
		if f.UncompressedSize64 > 1<<20 && f.UncompressedSize64 > uint64(MaxRatio)*max(f.CompressedSize64, 1) {
			return nil, fmt.Errorf("%s would expand %d times (a zip bomb?); refusing to read it", f.Name, f.UncompressedSize64/max(f.CompressedSize64, 1))
		}
		a.files[f.Name] = f
	}
	if total > uint64(MaxUncompressed) {
		return nil, tooLarge()
	}
	if a.files[entryQDE] == nil {
		return nil, errors.New("the archive holds no project.qde: not a REFI-QDA project")
	}
	return a, nil
}

// refusal marks an error that refuses the whole file, where other
// errors in reading a source only skip that source.
type refusal struct{ error }

func (r refusal) Unwrap() error { return r.error }

func tooLarge() error {
	return refusal{fmt.Errorf("the project is too large to import (more than %d MB uncompressed)", MaxUncompressed>>20)}
}

// checkName refuses entries whose names would leave the archive if
// unpacked (Parley never unpacks, but a file that tries is not trusted).
func checkName(name string) error {
	bad := name == "" || strings.HasPrefix(name, "/") || strings.Contains(name, `\`) || strings.Contains(name, ":") ||
		path.Clean(name) != strings.TrimSuffix(name, "/") && path.Clean(name)+"/" != name
	for _, part := range strings.Split(name, "/") {
		if part == ".." {
			bad = true
		}
	}
	if bad {
		return fmt.Errorf("the archive holds an entry named %q, a path that leaves the archive; refusing it", name)
	}
	return nil
}

// get reads one entry whole, within the limits.
func (a *archive) get(name string) ([]byte, error) {
	f := a.files[name]
	if f == nil {
		return nil, fmt.Errorf("the archive has no %s", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	defer rc.Close()
	left := MaxUncompressed - a.read
	var buf bytes.Buffer
	buf.Grow(int(min(f.UncompressedSize64, uint64(max(left, 0)))))
	n, err := io.Copy(&buf, io.LimitReader(rc, left+1))
	a.read += n
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if n > left {
		return nil, tooLarge()
	}
	return buf.Bytes(), nil
}

// internal resolves a REFI-QDA "internal://name" reference to the entry
// under sources/.
func (a *archive) internal(ref string) (string, error) {
	name, ok := strings.CutPrefix(ref, "internal://")
	if !ok {
		return "", fmt.Errorf("refers to %q outside the archive", ref)
	}
	entry := "sources/" + name
	if err := checkName(entry); err != nil || strings.Contains(name, "/") && path.Clean(entry) != entry {
		return "", refusal{fmt.Errorf("refers to %q, a path that leaves the archive; refusing it", ref)}
	}
	// The standard says sources/; some tools write Sources/ (QualCoder
	// reads both, and zip names are case-sensitive).
	for _, e := range []string{entry, "Sources/" + name} {
		if a.files[e] != nil {
			return e, nil
		}
	}
	return "", fmt.Errorf("refers to %q, which is not in the archive", ref)
}

// notQDPX names what a file that is not a zip archive is when its first
// bytes show it is one of the files an analyst keeps beside a .qdpx: a
// project, a JSON export or a PDF ("zip: not a valid zip file" told a
// user who picked one by mistake nothing). Nil for anything else.
func notQDPX(r io.ReaderAt) error {
	head := make([]byte, 64)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return errors.New("this is a Parley project (or another SQLite file), not a REFI-QDA project: open it in Parley as it is")
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return errors.New("this is a PDF, not a REFI-QDA project: parley import reads a readout in PDF into a project")
	}
	if t := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n"); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		return errors.New("this is a JSON file, not a REFI-QDA project: parley import-json (File › Import JSON…) reads Parley's JSON exports")
	}
	return nil
}
