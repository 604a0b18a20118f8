package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"parley/storage"
)

// WindowArgs checks the arguments of `parley [PROJECT]`, which opens the
// window, and returns the project to open ("" for the last one). A word
// that is neither a file nor a project name is taken for a mistyped
// command rather than a project to create, and gives a UsageError.
func WindowArgs(args []string) (string, error) {
	switch {
	case len(args) == 0:
		return "", nil
	case len(args) > 1:
		return "", Usagef("give at most one project to open (see parley help)")
	}
	a := args[0]
	if strings.HasPrefix(a, "-") {
		return "", Usagef("unknown flag %s (see parley help)", a)
	}
	if storage.IsServerAddress(a) {
		return a, nil // a team project; the window asks before it creates one
	}
	// Lstat: a link that leads nowhere or in a circle is still a file the
	// user named; the window says what is wrong with it.
	if _, err := os.Lstat(a); err == nil {
		return a, nil
	}
	if strings.EqualFold(filepath.Ext(a), storage.Extension) {
		return a, nil // the window says it does not exist and offers to create it
	}
	return "", Usagef("unknown command %q (see parley help)", a)
}

// DisplayMissing reports, on Linux and the BSDs, that there is no X11 or
// Wayland display to open the window on, so that Parley can say so in one
// line instead of failing deep inside the graphics library.
func DisplayMissing() bool {
	switch runtime.GOOS {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == ""
	}
	return false
}
