package report

import (
	"bytes"
	"testing"
)

// TestControlWriterSplitWrites feeds a C1 control split across two writes
// (its 0xC2 last in one, the second byte first in the next), a lone 0xC2
// at the very end and an ordinary two-byte letter beginning with 0xC2.
func TestControlWriterSplitWrites(t *testing.T) {
	var out bytes.Buffer
	cw := &controlWriter{w: &out}
	for _, p := range []string{"a\x1b[2Jb\xc2", "\x9b31m\x7f", "\xc2", "\xa9 ok\t\n\x00", "\xc2"} {
		if _, err := cw.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
	}
	if err := cw.Close(); err != nil {
		t.Fatal(err)
	}
	want := `a\x1b[2Jb\x9b31m\x7f© ok` + "\t\n" + `\x00` + "\xc2"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}
