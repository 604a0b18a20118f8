package storage_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

// A project path that cannot be opened was reported with the path twice
// and the system's words ("open project P: open P: too many levels of
// symbolic links"); it says what is wrong once, in words.
func TestOpenFailureSaysWhy(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"+storage.Extension), filepath.Join(dir, "b"+storage.Extension)
	must(t, os.Symlink(b, a))
	must(t, os.Symlink(a, b))
	cases := []struct {
		name, path, says string
		asRoot           bool
	}{
		{"SymlinkLoop", a, "is a symbolic link that leads back to itself", true},
		{"Unreadable", filepath.Join(dir, "locked"+storage.Extension), "you have no permission to read it", false},
	}
	base := baseProject(t)
	data, err := os.ReadFile(base)
	must(t, err)
	must(t, os.WriteFile(cases[1].path, data, 0o000))
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if !c.asRoot && os.Geteuid() == 0 {
				t.Skip("root reads any file")
			}
			s, err := storage.OpenWith(c.path, storage.Options{ReadOnly: true})
			if err == nil {
				s.Close()
				t.Fatal("opened")
			}
			if msg := err.Error(); !strings.Contains(msg, c.says) || strings.Count(msg, c.path) != 1 {
				t.Fatalf("%q; want the path once and %q", msg, c.says)
			}
		})
	}
}
