package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage/pgtest"
)

// exportJSON is the JSON export of project p, by parley export.
func exportJSON(t *testing.T, p string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "export.json")
	if code, _, stderr := dxRun(t, "export", "-format", "json", "-o", out, p); code != 0 {
		t.Fatalf("export %s: exit %d: %s", p, code, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPushPull moves the sample project to a server and back and checks
// that nothing is lost: the JSON export of the team project and of the
// pulled file are the export of the original, byte for byte; a dismissed
// suggestion goes with it and stays dismissed.
func TestPushPull(t *testing.T) {
	file := dxSample(t)
	_, list, _ := dxRun(t, "suggest-links", "-dialogue", "1", file)
	f := strings.Split(strings.SplitN(list, "\n", 2)[0], "\t")
	if len(f) != 6 {
		t.Fatalf("no suggestion to dismiss: %q", list)
	}
	if code, _, stderr := dxRun(t, "suggest-links", "-dismiss", f[1]+":"+f[3], file); code != 0 {
		t.Fatalf("dismiss: exit %d: %s", code, stderr)
	}
	want := exportJSON(t, file)
	if !strings.Contains(want, `"kind": "pairing"`) {
		t.Fatal("the export lacks the dismissed suggestion")
	}
	addr := pgtest.Database(t)

	code, out, stderr := dxRun(t, "push", file, addr)
	if code != 0 || !strings.Contains(out, "copied") {
		t.Fatalf("push: exit %d, %q, %s", code, out, stderr)
	}
	if got := exportJSON(t, addr); got != want {
		t.Fatalf("the team project's export differs from the file's:\n%s\nwant\n%s", got, want)
	}
	if _, _, stderr := dxRun(t, "suggest-links", "-dialogue", "1", addr); !strings.Contains(stderr, "(1 dismissed suggestion left out)") {
		t.Errorf("the team project suggests the dismissed pair again: %s", stderr)
	}
	back := filepath.Join(t.TempDir(), "back.parley")
	if code, _, stderr := dxRun(t, "pull", addr, back); code != 0 {
		t.Fatalf("pull: exit %d: %s", code, stderr)
	}
	if got := exportJSON(t, back); got != want {
		t.Fatalf("the pulled file's export differs from the original's")
	}

	t.Run("ErrServerNotEmpty", func(t *testing.T) {
		code, _, stderr := dxRun(t, "push", file, addr)
		dxFail(t, code, stderr, 1, "not empty")
	})
	t.Run("ErrFileExists", func(t *testing.T) {
		code, _, stderr := dxRun(t, "pull", addr, back)
		dxFail(t, code, stderr, 1, "already exists")
	})
	t.Run("IntoNewTeamProject", func(t *testing.T) {
		addr := pgtest.Database(t)
		if code, out, stderr := dxRun(t, "new", addr); code != 0 || !strings.Contains(out, "created") {
			t.Fatalf("new: exit %d, %q, %s", code, out, stderr)
		}
		if code, _, stderr := dxRun(t, "push", back, addr); code != 0 {
			t.Fatalf("push into an empty team project: exit %d: %s", code, stderr)
		}
		if got := exportJSON(t, addr); got != want {
			t.Fatal("the second team project's export differs")
		}
	})
	t.Run("ErrEmptyDatabase", func(t *testing.T) {
		code, _, stderr := dxRun(t, "search", pgtest.Database(t), "rights")
		dxFail(t, code, stderr, 1, "holds no Parley project yet")
	})
	t.Run("ErrNotAnAddress", func(t *testing.T) {
		code, _, stderr := dxRun(t, "push", file, "other.parley")
		dxFail(t, code, stderr, 2, "not a server address")
		code, _, stderr = dxRun(t, "pull", file, "x.parley")
		dxFail(t, code, stderr, 2, "not a server address")
	})
	t.Run("PasswordNotEchoed", func(t *testing.T) {
		code, _, stderr := dxRun(t, "pull", "postgres://anna:s3cret@127.0.0.1:1/p?connect_timeout=2", filepath.Join(t.TempDir(), "x.parley"))
		if code != 1 || strings.Contains(stderr, "s3cret") {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
	})
}
