package exchange

import (
	"bytes"
	"fmt"
	"io"
)

// notJSON says what a file handed to the JSON import is when its first
// bytes show it is one of the other files an analyst keeps beside its
// exports: a project, a REFI-QDA archive or a workbook (both zip files),
// or a PDF. The decoder's own word for them was "not valid JSON: line 1,
// column 1: invalid character 'S'". It returns nil for anything else.
func notJSON(r io.ReaderAt) error {
	head := make([]byte, 16)
	n, _ := r.ReadAt(head, 0)
	head = head[:n]
	switch {
	case bytes.HasPrefix(head, []byte("SQLite format 3\x00")):
		return fmt.Errorf("this is a Parley project (or another SQLite file), not a JSON export: open it in Parley as it is, or write its JSON with parley export -format json")
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return fmt.Errorf("this is a zip archive (a REFI-QDA project, a workbook or a Word file?), not a JSON export: parley import-qdpx reads a .qdpx")
	case bytes.HasPrefix(head, []byte("%PDF-")):
		return fmt.Errorf("this is a PDF, not a JSON export: parley import reads a readout in PDF into a project")
	}
	return nil
}
