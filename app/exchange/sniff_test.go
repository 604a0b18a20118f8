package exchange_test

import "testing"

// TestImportOtherKindsOfFile: a project, a .qdpx or a PDF picked by
// mistake for the JSON import used to be called "not valid JSON: line 1,
// column 1: invalid character 'S' looking for beginning of value"; the
// message says what the file is and what reads it.
func TestImportOtherKindsOfFile(t *testing.T) {
	for _, c := range []struct{ head, want string }{
		{"SQLite format 3\x00\x10\x00\x02\x02", "this is a Parley project (or another SQLite file), not a JSON export"},
		{"PK\x03\x04\x14\x00\x00\x00", "parley import-qdpx reads a .qdpx"},
		{"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "this is a PDF, not a JSON export"},
	} {
		importBad(t, []byte(c.head+"rest of the file"), c.want)
	}
}
