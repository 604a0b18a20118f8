package cli

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWindowArgs(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(existing, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	loop := filepath.Join(dir, "loop")
	if err := os.Symlink(loop, loop); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		args  []string
		want  string
		usage bool
	}{
		{"NoArgs", nil, "", false},
		{"ExistingFile", []string{existing}, existing, false},
		{"NewProjectName", []string{filepath.Join(dir, "Talks.parley")}, filepath.Join(dir, "Talks.parley"), false},
		{"ProjectNameAnyCase", []string{"Talks.PARLEY"}, "Talks.PARLEY", false},
		// "unknown command" for a link the user named: the window says
		// that it leads in a circle.
		{"SymlinkLoop", []string{loop}, loop, false},
		{"MistypedCommand", []string{"exprot"}, "", true},
		{"UnknownFlag", []string{"-x"}, "", true},
		{"TwoProjects", []string{existing, existing}, "", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := WindowArgs(c.args)
			var ue *UsageError
			if c.usage != errors.As(err, &ue) {
				t.Fatalf("WindowArgs(%q) error %v, want usage error %v", c.args, err, c.usage)
			}
			if got != c.want {
				t.Errorf("WindowArgs(%q) = %q, want %q", c.args, got, c.want)
			}
		})
	}
}

func TestDisplayMissing(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("WAYLAND_DISPLAY", "")
	if got, want := DisplayMissing(), isUnixDesktop(); got != want {
		t.Errorf("no display: DisplayMissing() = %v, want %v", got, want)
	}
	t.Setenv("DISPLAY", ":0")
	if DisplayMissing() {
		t.Error("DISPLAY=:0: DisplayMissing() = true")
	}
}

func isUnixDesktop() bool {
	switch runtimeGOOS() {
	case "linux", "freebsd", "openbsd", "netbsd", "dragonfly":
		return true
	}
	return false
}

func runtimeGOOS() string { return runtime.GOOS }
