package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestExportBadTimeSaysRescue: a statement whose time is not one (the
// project edited outside Parley) stops an export of the whole project;
// the message used to say "dialogue 0: read statements: time column
// holds …", naming a dialogue that does not exist and no way out. It says
// what the value is and that a rescue mends it, and the rescue does.
func TestExportBadTimeSaysRescue(t *testing.T) {
	p := dxSample(t)
	edited := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	err := hostiletest.Make(p, edited, hostiletest.Case{Name: "BadTime", SQL: []string{
		`UPDATE statements SET created_at = 'garbage' WHERE id = (SELECT min(id) FROM statements)`}})
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"html", "csv", "json"} {
		out := filepath.Join(t.TempDir(), "out."+format)
		code, _, stderr := dxRun(t, "export", "-format", format, "-o", out, edited)
		dxFail(t, code, stderr, 1, `reads "garbage", which is not one`)
		if strings.Contains(stderr, "dialogue 0") || !strings.Contains(stderr, "parley rescue") {
			t.Errorf("export -format %s: %q", format, stderr)
		}
	}
	clean := filepath.Join(t.TempDir(), "clean"+storage.Extension)
	if code, out, stderr := dxRun(t, "rescue", "-o", clean, edited); code != 0 || !strings.Contains(out, "\nmended: statements: the date and time of 1 row") {
		t.Fatalf("rescue: exit %d: %q, %q", code, out, stderr)
	}
	if code, _, stderr := dxRun(t, "export", "-format", "csv", "-o", filepath.Join(t.TempDir(), "c.csv"), clean); code != 0 {
		t.Errorf("export of the rescued project: exit %d: %s", code, stderr)
	}
}
