package tempfile

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"parley/storage"
)

// The child mode: make a temporary of the kind asked for in the folder
// PARLEY_TEMPFILE_DIR, say its name and wait to be killed, as an export or
// an import-json in progress does.
func TestMain(m *testing.M) {
	if dir := os.Getenv("PARLEY_TEMPFILE_DIR"); dir != "" {
		var name string
		switch os.Getenv("PARLEY_TEMPFILE_KIND") {
		case "export":
			f, err := Create(dir)
			if err != nil {
				panic(err)
			}
			f.WriteString("half an export")
			name = f.Name()
		case "project":
			p, err := ProjectPath(dir)
			if err != nil {
				panic(err)
			}
			if _, err := storage.Create(p); err != nil {
				panic(err)
			}
			name = p
		}
		os.Stdout.WriteString(name + "\n")
		time.Sleep(time.Hour)
	}
	os.Exit(m.Run())
}

// startWriter runs a child that holds a temporary of kind in dir.
func startWriter(t *testing.T, dir, kind string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "PARLEY_TEMPFILE_DIR="+dir, "PARLEY_TEMPFILE_KIND="+kind)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("the child said nothing: %v", err)
	}
	return cmd, line[:len(line)-1]
}

// age makes the files in dir an hour old, so that only the writer's lock
// can keep them.
func age(t *testing.T, dir string) {
	t.Helper()
	old := time.Now().Add(-time.Hour)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		os.Chtimes(filepath.Join(dir, e.Name()), old, old)
	}
}

func names(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// TestKilledWriterIsCleaned: a live writer's temporary is kept however old
// it is; once the writer is killed, the next Clean removes it and every
// file beside it of its naming.
func TestKilledWriterIsCleaned(t *testing.T) {
	for _, kind := range []string{"export", "project"} {
		t.Run(kind, func(t *testing.T) {
			dir := t.TempDir()
			mine := filepath.Join(dir, "Talks.parley")
			os.WriteFile(mine, []byte("the user's"), 0o644)
			cmd, name := startWriter(t, dir, kind)
			if filepath.Dir(name) != dir {
				t.Fatalf("temporary %s is not in %s", name, dir)
			}
			age(t, dir)
			if n, err := Clean(dir); n != 0 || err != nil {
				t.Fatalf("Clean removed %d files of a live writer (%v); left %v", n, err, names(dir))
			}
			if _, err := os.Stat(name); err != nil {
				t.Fatalf("the live writer's file is gone: %v", err)
			}
			cmd.Process.Kill()
			cmd.Wait()
			if n, err := Clean(dir); n != 1 || err != nil {
				t.Fatalf("Clean removed %d temporaries after the kill (%v); left %v", n, err, names(dir))
			}
			if left := names(dir); len(left) != 1 || left[0] != "Talks.parley" {
				t.Errorf("left %v, want only the user's project", left)
			}
		})
	}
}

// TestCleanSparesYoungAndOtherFiles: an unlocked temporary younger than
// staleAfter may be a writer that has not locked it yet; names that only
// look like Parley's are never touched.
func TestCleanSparesYoungAndOtherFiles(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{".parley-export-1.tmp", ".parley-new-12.parley", ".parley-export-77", ".parley-new-x1.parley",
		".Talks-123.parley", ".parley-new-12.parley.bak", "parley-new-1.parley"} {
		os.WriteFile(filepath.Join(dir, n), nil, 0o644)
	}
	if n, _ := Clean(dir); n != 0 {
		t.Fatalf("Clean removed %d young files", n)
	}
	age(t, dir)
	if n, _ := Clean(dir); n != 3 {
		t.Fatalf("Clean removed %d files, want the 3 of Parley's naming; left %v", n, names(dir))
	}
	if left := names(dir); len(left) != 4 {
		t.Errorf("left %v", left)
	}
}
