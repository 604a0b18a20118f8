package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExportNeverReplacesWhatItMustNot: `parley export -o P.parley
// P.parley` and its cousins are refused with the target left as it was;
// an existing file is replaced only with -force.
func TestExportNeverReplacesWhatItMustNot(t *testing.T) {
	p := dxSample(t)
	dir := t.TempDir()
	before, _ := os.ReadFile(p)
	other := dxSample(t)
	db := filepath.Join(dir, "backup.db")
	copyFile(t, other, db)
	alias := filepath.Join(dir, "alias.html")
	if err := os.Link(p, alias); err != nil {
		t.Fatal(err)
	}
	for name, c := range map[string]struct{ out, want string }{
		"Input":          {p, "as a Parley project"},
		"InputByAnother": {alias, "is the project being exported"},
		"OtherProject":   {other, "as a Parley project"},
		"ProjectJournal": {p + "-wal", "as a Parley project"},
		"DatabaseByName": {db, "is a Parley project or another database"},
		"Folder":         {dir, "not a regular file"},
		"Device":         {os.DevNull, "not a regular file"},
	} {
		t.Run(name, func(t *testing.T) {
			for _, force := range []bool{false, true} {
				args := []string{"export", "-format", "html", "-o", c.out, p}
				if force {
					args = append(args[:1], append([]string{"-force"}, args[1:]...)...)
				}
				code, _, stderr := dxRun(t, args...)
				dxFail(t, code, stderr, 1, c.want)
			}
		})
	}
	if after, _ := os.ReadFile(p); !bytes.Equal(before, after) {
		t.Fatal("the project changed")
	}
	if b, _ := os.ReadFile(db); !bytes.HasPrefix(b, []byte("SQLite format 3")) {
		t.Fatal("the other database was overwritten")
	}
	t.Run("FIFO", func(t *testing.T) {
		fifo := filepath.Join(dir, "pipe.csv")
		if err := mkfifo(fifo); err != nil {
			t.Skip(err)
		}
		code, _, stderr := dxRun(t, "export", "-force", "-format", "csv", "-o", fifo, p)
		dxFail(t, code, stderr, 1, "not a regular file")
		if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
			t.Errorf("the FIFO was replaced: %v", err)
		}
	})
	t.Run("ExistingFile", func(t *testing.T) {
		out := filepath.Join(dir, "brief.html")
		os.WriteFile(out, []byte("keep me"), 0o644)
		code, _, stderr := dxRun(t, "export", "-o", out, p)
		dxFail(t, code, stderr, 1, out+" already exists; -force replaces it")
		if b, _ := os.ReadFile(out); string(b) != "keep me" {
			t.Fatal("export overwrote a file without -force")
		}
		if code, _, stderr := dxRun(t, "export", "-force", "-o", out, p); code != 0 {
			t.Fatalf("-force: exit %d: %s", code, stderr)
		}
		if b, _ := os.ReadFile(out); !strings.Contains(string(b), "<html") {
			t.Fatal("-force did not replace the file")
		}
	})
	t.Run("NewFile", func(t *testing.T) {
		out := filepath.Join(dir, "new.csv")
		if code, _, stderr := dxRun(t, "export", "-format", "csv", "-o", out, p); code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		left, _ := filepath.Glob(filepath.Join(dir, ".parley-*"))
		if len(left) != 0 {
			t.Errorf("temporary files left: %v", left)
		}
	})
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestExportCleansStaleTemporaries: the 0-byte files killed exports left
// are removed by the next export into the folder; a live writer's file and
// files that only look alike are kept.
func TestExportCleansStaleTemporaries(t *testing.T) {
	p := dxSample(t)
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	files := map[string]bool{ // name: removed
		".parley-export-123456.tmp":  true,
		".parley-export-987.tmp":     true,
		".parley-export-notes.tmp":   false,
		".parley-export-123456.html": false,
		"parley-export-123456.tmp":   false,
	}
	for name := range files {
		f := filepath.Join(dir, name)
		os.WriteFile(f, nil, 0o600)
		os.Chtimes(f, old, old)
	}
	out := filepath.Join(dir, "brief.html")
	if code, _, stderr := dxRun(t, "export", "-o", out, p); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := os.IsNotExist(err); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
}

// TestExportMarksOverridesInNames: refusing to replace a file whose name
// holds a direction override prints the override escaped (\u202e), so the
// terminal shows the name as it is, not as the override draws it.
func TestExportMarksOverridesInNames(t *testing.T) {
	p := dxSample(t)
	out := filepath.Join(t.TempDir(), "brief\u202elmth.exe")
	if err := os.WriteFile(out, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := dxRun(t, "export", "-format", "html", "-o", out, p)
	dxFail(t, code, stderr, 1, `brief\u202elmth.exe already exists; -force replaces it`)
	if strings.Contains(stderr, "\u202e") {
		t.Errorf("the override reached the terminal: %q", stderr)
	}
}
