package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearch(t *testing.T) {
	p := dxSample(t)
	t.Run("OK", func(t *testing.T) {
		code, out, _ := dxRun(t, "search", p, "Xizang")
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		if len(lines) < 3 {
			t.Fatalf("%d hits: %q", len(lines), out)
		}
		for _, l := range lines {
			f := strings.Split(l, "\t")
			if len(f) != 4 || !strings.Contains(f[3], "[Xizang]") || strings.ContainsAny(f[3], "\x02\x03") {
				t.Errorf("hit %q is not kind, id, dialogue, marked snippet", l)
			}
		}
		if !strings.HasPrefix(lines[0], "statement\t") || !strings.Contains(lines[0], "\t39th China-EU Human Rights Dialogue\t") {
			t.Errorf("first hit %q", lines[0])
		}
	})
	t.Run("Filters", func(t *testing.T) {
		code, out, _ := dxRun(t, "search", "-party", "EU", "-kind", "concern", "-dialogue", "39th China-EU Human Rights Dialogue", "-limit", "2", p, "raised")
		if code != 0 || strings.Count(out, "\n") != 2 {
			t.Fatalf("exit %d, %q", code, out)
		}
		code, out, _ = dxRun(t, "search", "-dialogue", "1", "-topic", "regional issues/xinjiang", p, "EU")
		if code != 0 || strings.Count(out, "\n") != 1 || !strings.Contains(out, "drew attention") {
			t.Fatalf("topic filter: exit %d, %q", code, out)
		}
	})
	t.Run("Chinese", func(t *testing.T) {
		dir := t.TempDir()
		json := filepath.Join(dir, "c.json")
		dxWriteChinese(t, json)
		np := filepath.Join(dir, "c.parley")
		if code, _, stderr := dxRun(t, "import-json", "-o", np, json); code != 0 {
			t.Fatal(stderr)
		}
		code, out, _ := dxRun(t, "search", np, "人权")
		if code != 0 || !strings.Contains(out, "[人权]") {
			t.Fatalf("exit %d, %q", code, out)
		}
	})
	t.Run("NoMatches", func(t *testing.T) {
		code, out, stderr := dxRun(t, "search", p, "zebra")
		if code != 0 || out != "" || !strings.Contains(stderr, "no matches for zebra") {
			t.Fatalf("exit %d, %q, %q", code, out, stderr)
		}
	})
	t.Run("HostileQuery", func(t *testing.T) {
		code, _, stderr := dxRun(t, "search", p, `AND( "unclosed * -`)
		if code == 2 || strings.Contains(stderr, "SQL") || strings.Contains(stderr, "fts5") {
			t.Fatalf("exit %d, %q", code, stderr)
		}
	})
	errs := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"ErrUsage", []string{"search", p}, 2, "name the project and what to search for"},
		{"ErrLimit", []string{"search", "-limit", "0", p, "x"}, 2, "-limit must be at least 1"},
		{"ErrKind", []string{"search", "-kind", "rant", p, "x"}, 2, `"rant" is not a kind`},
		{"ErrParty", []string{"search", "-party", "Mars", p, "x"}, 1, `no party named "Mars"`},
		{"ErrDialogue", []string{"search", "-dialogue", "99", p, "x"}, 1, `no dialogue titled "99" or with ID 99`},
		{"ErrTopic", []string{"search", "-topic", "Nowhere", p, "x"}, 1, `no topic "Nowhere"`},
		{"ErrMissing", []string{"search", filepath.Join(t.TempDir(), "nope.parley"), "x"}, 1, "does not exist"},
		{"ErrNotProject", []string{"search", dxNotProject(t), "x"}, 1, "is not a Parley project"},
		{"ErrEmptyQuery", []string{"search", p, "***"}, 1, "type a word to search for"},
		{"ErrOnlyExcluded", []string{"search", p, "-china"}, 1, "a search cannot only exclude words: add a word to look for, or put the word in quotes"},
	}
	for _, c := range errs {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := dxRun(t, c.args...)
			dxFail(t, code, stderr, c.code, c.want)
		})
	}
	t.Run("QuotedDash", func(t *testing.T) {
		if code, out, stderr := dxRun(t, "search", p, `"-china"`); code != 0 || !strings.Contains(out, "[China]") {
			t.Fatalf("exit %d, %q, %q", code, out, stderr)
		}
	})
}

func dxNotProject(t *testing.T) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "letter.parley")
	if err := os.WriteFile(p, []byte("Dear colleague,\nthis is not a database.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSearchLongQueryNotice(t *testing.T) {
	p := dxSample(t)
	code, out, stderr := dxRun(t, "search", p, "Xizang"+strings.Repeat(" Xizang", 100))
	if code != 0 || !strings.Contains(out, "[Xizang]") {
		t.Fatalf("exit %d, %q, %q", code, out, stderr)
	}
	if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "only its first 64 of 101 words and phrases are searched for") {
		t.Fatalf("want a one-line notice, got %q", stderr)
	}
	if _, _, stderr := dxRun(t, "search", p, "Xizang"); stderr != "" {
		t.Fatalf("a short query has no notice: %q", stderr)
	}
}
