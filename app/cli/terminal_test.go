package cli

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"parley/storage"
)

// hostileReadout carries a window-title change ending in BEL, a line
// hidden by SGR 8, a carriage return that rewrites the line, a C1 CSI and
// a right-to-left override.
// The plain sentences around them keep the share of controls low enough
// for the reader to take the file as text.
var hostileReadout = "China and the EU discussed human rights.\n\n" + strings.Repeat("Both sides exchanged views on many subjects. ", 40) + "\n\n" +
	"The EU raised\x1b]0;owned\x07 concerns about\x1b[8m hidden\x1b[0m Xinjiang.\rFAKE \u009b2J and \u202Eexe.txt\u202C here.\n"

// controls are what must never reach a terminal from a readout.
const controls = "\x1b\x07\r\u009b\u202E\u202C"

func TestTerminalEscapesAreInert(t *testing.T) {
	p, _ := importProject(t)
	in := writeInput(t, "evil\x1b[31m.txt", hostileReadout)
	t.Run("Preview", func(t *testing.T) {
		code, out, stderr := importRun(t, "-author", "European Union", p, in)
		if code != 0 || !strings.Contains(out, `concerns about\x1b[8m hidden`) {
			t.Fatalf("exit %d, %q, %q", code, out, stderr)
		}
		if strings.ContainsAny(out, controls) {
			t.Errorf("the preview prints a control: %q", out)
		}
	})
	code, out, stderr := importRun(t, "-author", "European Union", "-accept", p, in)
	if code != 0 || strings.ContainsAny(out, controls) {
		t.Fatalf("exit %d, %q, %q", code, out, stderr)
	}
	t.Run("Search", func(t *testing.T) {
		code, out, stderr := dxRun(t, "search", p, "Xinjiang")
		if code != 0 || !strings.Contains(out, `\x1b]0;owned\x07`) || !strings.Contains(out, `\u202eexe.txt\u202c`) {
			t.Fatalf("exit %d, %q, %q", code, out, stderr)
		}
		if strings.ContainsAny(out, controls) {
			t.Errorf("search prints a control: %q", out)
		}
	})
	t.Run("ErrorMessage", func(t *testing.T) {
		code, _, stderr := dxRun(t, "search", "-tag", "x\x1b]0;t\x07", p, "EU")
		dxFail(t, code, stderr, 1, `no tag`)
		if strings.ContainsAny(stderr, controls) {
			t.Errorf("the error prints a control: %q", stderr)
		}
	})
	t.Run("Stored", func(t *testing.T) {
		st, err := storage.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		src, err := st.Source(context.Background(), 1)
		if err != nil || !strings.Contains(src.Text, "\x1b]0;owned\x07") || !strings.Contains(src.Text, "\u202E") {
			t.Fatalf("the stored text lost its characters: %v", err)
		}
	})
}

// failingWriter fails every write, as a full disk does.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestOutputErrorFails: output that cannot be written is a failure, not
// exit 0 (parley version > /dev/full).
func TestOutputErrorFails(t *testing.T) {
	var errb strings.Builder
	code := Run(context.Background(), &Env{Stdout: failingWriter{}, Stderr: &errb}, []string{"version"})
	dxFail(t, code, errb.String(), 1, "parley version: write standard output: no space left on device")
	code = Run(context.Background(), &Env{Stdout: failingWriter{}, Stderr: &errb}, []string{"help"})
	if code != 1 {
		t.Errorf("help: exit %d", code)
	}
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here")
	}
	defer full.Close()
	errb.Reset()
	code = Run(context.Background(), &Env{Stdout: full, Stderr: &errb}, []string{"version"})
	dxFail(t, code, errb.String(), 1, "write standard output: no space left on device")
}
