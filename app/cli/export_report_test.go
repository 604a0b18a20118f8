package cli

import (
	"bytes"
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"parley/app/report/reporttest"
)

// runExport runs `parley export ARGS... -o OUT PROJECT` on the fixture.
func runExport(t *testing.T, args ...string) (code int, out, stderr string) {
	t.Helper()
	p := reporttest.CodedProject(t)
	if err := p.Store.Close(); err != nil {
		t.Fatal(err)
	}
	dst := filepath.Join(t.TempDir(), "out")
	var so, se bytes.Buffer
	all := append(append([]string{"export"}, args...), "-o", dst, p.Path)
	code = Run(context.Background(), &Env{Stdout: &so, Stderr: &se}, all)
	b, _ := os.ReadFile(dst)
	if fi, err := os.Stat(dst); err == nil && runtime.GOOS != "windows" && fi.Mode().Perm()&0o044 == 0 {
		t.Errorf("export written with mode %v; others cannot read it", fi.Mode().Perm())
	}
	return code, string(b), se.String()
}

func TestExportHTML(t *testing.T) {
	code, out, stderr := runExport(t, "-format", "html", "-dialogue", "39th China-EU Human Rights Dialogue",
		"-topic", "Regional issues", "-party", "China", "-party", "EU", "-notes", "-paper", "letter")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"size: letter", "Shen refuted", "Visit to Xizang", "Compare with the EU&#39;s own readout"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	if strings.Contains(out, "Miao detailed") {
		t.Error("a statement outside -topic is in the report")
	}
}

func TestExportCSV(t *testing.T) {
	code, out, stderr := runExport(t, "-format", "csv", "-tag", "不干涉内政", "-notes")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Fatal("no byte-order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 {
		t.Fatalf("%d rows, want a header and the 3 statements tagged 不干涉内政", len(rows))
	}
	if h := rows[0]; h[0] != "id" || h[len(h)-1] != "notes" {
		t.Errorf("header %v", h)
	}
}

func TestExportUnknownNames(t *testing.T) {
	cases := []struct{ flag, value, want string }{
		{"-dialogue", "40th round", `no dialogue named "40th round"`},
		{"-topic", "Regional issues/Tibet", `no topic "Regional issues/Tibet"`},
		{"-party", "Atlantis", `no party named "Atlantis"`},
		{"-tag", "nothing", `no tag named "nothing"`},
	}
	for _, c := range cases {
		t.Run(c.flag, func(t *testing.T) {
			code, _, stderr := runExport(t, "-format", "html", c.flag, c.value)
			if code != 1 || !strings.Contains(stderr, c.want) || strings.Count(stderr, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want 1 and one line with %q", code, stderr, c.want)
			}
		})
	}
}

func TestExportBadPaper(t *testing.T) {
	if code, _, stderr := runExport(t, "-format", "html", "-paper", "a3"); code != 2 {
		t.Errorf("exit %d (%s), want 2 for bad usage", code, stderr)
	}
}
