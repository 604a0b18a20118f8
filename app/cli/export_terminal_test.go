//go:build linux

package cli

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportBinaryRefusesTerminal: `parley export -format xlsx -o -` (or
// qdpx) in a terminal used to pour a zip archive onto the screen. It is
// refused with a line saying where to write instead, and nothing reaches
// the terminal; the text formats still print there, and the binary ones
// still go to a pipe and to /dev/null (a character device, not a
// terminal).
func TestExportBinaryRefusesTerminal(t *testing.T) {
	p := dxSample(t)
	runTo := func(stdout *os.File, args ...string) (int, string) {
		var errb strings.Builder
		code := Run(context.Background(), &Env{Stdout: stdout, Stderr: &errb}, append([]string{"export"}, args...))
		return code, errb.String()
	}
	for _, format := range []string{"xlsx", "qdpx"} {
		t.Run("Terminal/"+format, func(t *testing.T) {
			got := readTerminal(t, func(tty *os.File) {
				code, stderr := runTo(tty, "-format", format, "-o", "-", p)
				dxFail(t, code, stderr, 1, format+" is a binary format and standard output is a terminal; write it to a file with -o FILE."+format)
			})
			if len(got) > 0 {
				t.Errorf("the terminal received %d bytes: %.40q", len(got), got)
			}
		})
		t.Run("Pipe/"+format, func(t *testing.T) {
			r, w, err := os.Pipe()
			noErr(t, err)
			var got bytes.Buffer
			done := make(chan error)
			go func() { _, err := io.Copy(&got, r); done <- err }()
			code, stderr := runTo(w, "-format", format, "-o", "-", p)
			w.Close()
			noErr(t, <-done)
			if code != 0 || !bytes.HasPrefix(got.Bytes(), []byte("PK\x03\x04")) {
				t.Fatalf("exit %d, %s, %d bytes starting %.8q", code, stderr, got.Len(), got.Bytes())
			}
		})
		t.Run("DevNull/"+format, func(t *testing.T) {
			null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
			noErr(t, err)
			defer null.Close()
			if code, stderr := runTo(null, "-format", format, "-o", "-", p); code != 0 {
				t.Fatalf("exit %d, %s", code, stderr)
			}
		})
	}
	t.Run("Terminal/csv", func(t *testing.T) {
		var code int
		var stderr string
		got := readTerminal(t, func(tty *os.File) { code, stderr = runTo(tty, "-format", "csv", "-o", "-", p) })
		if code != 0 || !strings.Contains(string(got), "Xinjiang") {
			t.Fatalf("exit %d, %s, %.80q", code, stderr, got)
		}
	})
	t.Run("File", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "p.xlsx")
		if code, stderr := runTo(nil, "-format", "xlsx", "-o", out, p); code != 0 {
			t.Fatalf("exit %d, %s", code, stderr)
		}
	})
}

// readTerminal runs write with a terminal as its standard output and
// returns what the terminal showed; it reads while write runs, since a
// terminal holds only a few kilobytes unread.
func readTerminal(t *testing.T, write func(tty *os.File)) []byte {
	t.Helper()
	tty, master := openPTY(t)
	var got bytes.Buffer
	done := make(chan struct{})
	go func() { io.Copy(&got, master); close(done) }() // ends with EIO once the tty is closed
	write(tty)
	tty.Close()
	<-done
	return got.Bytes()
}
