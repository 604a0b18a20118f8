package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/assets"
	"parley/storage"
)

// dxRun runs parley with args and returns exit status, stdout and stderr.
func dxRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), &Env{Stdout: &out, Stderr: &errOut}, args)
	return code, out.String(), errOut.String()
}

// dxFail checks exit status code and a single line on stderr holding want.
func dxFail(t *testing.T, code int, stderr string, wantCode int, want string) {
	t.Helper()
	if code != wantCode {
		t.Errorf("exit %d, want %d (stderr %q)", code, wantCode, stderr)
	}
	first := strings.SplitN(stderr, "\n", 2)[0]
	if !strings.Contains(first, want) {
		t.Errorf("stderr %q does not start with a line saying %q", stderr, want)
	}
	if wantCode == 1 && strings.Count(stderr, "\n") != 1 {
		t.Errorf("stderr is not one line: %q", stderr)
	}
}

func dxSample(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "sample.parley")
	if code, _, stderr := dxRun(t, "sample", p); code != 0 {
		t.Fatalf("parley sample: exit %d: %s", code, stderr)
	}
	return p
}

func TestNew(t *testing.T) {
	dir := t.TempDir()
	t.Run("OK", func(t *testing.T) {
		code, out, _ := dxRun(t, "new", filepath.Join(dir, "empty"))
		p := filepath.Join(dir, "empty.parley")
		if code != 0 || !strings.Contains(out, "created "+p) {
			t.Fatalf("exit %d, %q", code, out)
		}
		s, err := storage.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		if ds, err := s.Dialogues(context.Background()); err != nil || len(ds) != 0 {
			t.Fatalf("new project holds %d dialogues, %v", len(ds), err)
		}
	})
	t.Run("ErrExists", func(t *testing.T) {
		p := filepath.Join(dir, "notes.txt")
		os.WriteFile(p, []byte("keep me"), 0o644)
		code, _, stderr := dxRun(t, "new", p)
		dxFail(t, code, stderr, 1, "already exists")
		if b, _ := os.ReadFile(p); string(b) != "keep me" {
			t.Error("new overwrote a file")
		}
	})
	t.Run("ErrFolder", func(t *testing.T) {
		// A folder is not a project's name: new, sample and the importers
		// refuse it rather than create FOLDER.parley beside it.
		folder := filepath.Join(dir, "Talks")
		if err := os.Mkdir(folder, 0o755); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"new", folder}, {"sample", folder}, {"new", folder + string(filepath.Separator)}} {
			code, _, stderr := dxRun(t, args...)
			dxFail(t, code, stderr, 1, "is a folder; name the new project inside it")
			if !strings.HasPrefix(stderr, "parley "+args[0]+": ") {
				t.Errorf("no prefix: %q", stderr)
			}
		}
		if _, err := os.Stat(folder + ".parley"); err == nil {
			t.Error("a project was created beside the folder")
		}
	})
	t.Run("ErrFileIsFolder", func(t *testing.T) {
		// "Minutes" would make Minutes.parley, which is a folder.
		folder := filepath.Join(dir, "Minutes.parley")
		if err := os.Mkdir(folder, 0o755); err != nil {
			t.Fatal(err)
		}
		code, _, stderr := dxRun(t, "new", filepath.Join(dir, "Minutes"))
		dxFail(t, code, stderr, 1, "Minutes.parley is a folder; name the new project inside it")
	})
	t.Run("ErrUsage", func(t *testing.T) {
		code, _, stderr := dxRun(t, "new")
		dxFail(t, code, stderr, 2, "name the new project")
		if !strings.Contains(stderr, "usage: parley new PROJECT") {
			t.Errorf("no usage in %q", stderr)
		}
	})
	t.Run("Help", func(t *testing.T) {
		if code, _, stderr := dxRun(t, "new", "-h"); code != 0 || !strings.Contains(stderr, "usage: parley new") {
			t.Fatalf("exit %d, %q", code, stderr)
		}
	})
}

func TestSample(t *testing.T) {
	p := dxSample(t)
	s, err := storage.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	views, err := s.StatementViews(ctx, storage.StatementFilter{}, 0)
	if err != nil || len(views) < 25 {
		t.Fatalf("%d statements, %v", len(views), err)
	}
	if sp, err := s.Speakers(ctx); err != nil || len(sp) != 5 {
		t.Fatalf("speakers %v, %v", sp, err)
	}
	code, _, stderr := dxRun(t, "sample", p)
	dxFail(t, code, stderr, 1, "already exists")
	code, _, stderr = dxRun(t, "sample", "a", "b")
	dxFail(t, code, stderr, 2, "name the new project")
}

func TestVersion(t *testing.T) {
	code, out, _ := dxRun(t, "version")
	if code != 0 || !strings.HasPrefix(out, "parley "+assets.Version+" ") || !strings.Contains(out, "project format 4\n") ||
		!strings.Contains(out, "JSON export format parley-project version 3") {
		t.Fatalf("exit %d: %q", code, out)
	}
	code, _, stderr := dxRun(t, "version", "extra")
	dxFail(t, code, stderr, 2, "no arguments")
}

// TestMissingFolderNamesNoTemporaryFile: writing into a folder that is not
// there says so about the user's path, not about the temporary file the
// write goes through.
func TestMissingFolderNamesNoTemporaryFile(t *testing.T) {
	p := dxSample(t)
	gone := filepath.Join(t.TempDir(), "gone")
	for _, args := range [][]string{
		{"export", "-format", "csv", "-o", filepath.Join(gone, "out.csv"), p},
		{"sample", filepath.Join(gone, "new.parley")},
		{"new", filepath.Join(gone, "new.parley")},
	} {
		code, _, stderr := dxRun(t, args...)
		dxFail(t, code, stderr, 1, "no such file or directory")
		if strings.Contains(stderr, "/.") {
			t.Errorf("%s: the message names a temporary file: %q", args[0], stderr)
		}
	}
}

// TestFlagErrorsNamed: a flag the flag package refuses is reported as
// every other error is, "parley COMMAND: …", then the command's usage.
func TestFlagErrorsNamed(t *testing.T) {
	for _, args := range [][]string{
		{"suggest-links", "-dismiss", "x", "P.parley"},
		{"search", "-limit", "x", "P.parley", "word"},
		{"new", "-nosuchflag", "P.parley"},
	} {
		code, _, stderr := dxRun(t, args...)
		dxFail(t, code, stderr, 2, "parley "+args[0]+": ")
		if !strings.HasPrefix(stderr, "parley "+args[0]+": ") || !strings.Contains(stderr, "usage: parley "+args[0]) {
			t.Errorf("%v: %q", args, stderr)
		}
	}
}
