package cli

import (
	"io"
	"os"

	"golang.org/x/term"
)

// terminal reports whether w is a terminal (a tty, asked of the kernel):
// a file or pipe is not, nor is /dev/null, a character device that a mode
// test would take for one.
func terminal(w io.Writer) bool {
	if u, ok := w.(interface{ Unwrap() io.Writer }); ok {
		w = u.Unwrap()
	}
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
