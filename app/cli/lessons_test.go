package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/ingest"
	"parley/storage"
	"parley/storage/hostiletest"
)

// TestLessons teaches a project two lessons through storage, as a
// correction in the window does, and checks that the headless import
// follows them and says why, that `parley lessons` lists them, and that
// -forget and -all forget them.
func TestLessons(t *testing.T) {
	p := dxSample(t)
	s, err := storage.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.Learn(context.Background(), []storage.Lesson{
		{Rule: ingest.RuleSpeakerParty, Key: "Kaja Kallas", Value: "China"},
		{Rule: ingest.RulePhraseKind, Key: "stressed|position", Value: "demand", Count: 2},
	}, nil)
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	txt := filepath.Join(t.TempDir(), "readout.txt")
	if err := os.WriteFile(txt, []byte("Readout\n\nHigh Representative Kaja Kallas stressed that the dialogue was important.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := dxRun(t, "import", "-author", "EU", "-reasons", p, txt)
	if code != 0 {
		t.Fatalf("import: exit %d: %s", code, stderr)
	}
	for _, want := range []string{"China (Kaja Kallas)\tdemand", "you set Kaja Kallas's party to China on ",
		"you made sentences led by 'stressed' a demand where they were a position (2 times)"} {
		if !strings.Contains(out, want) {
			t.Errorf("the import does not follow the lessons (%q): %s", want, out)
		}
	}
	code, out, stderr = dxRun(t, "lessons", p)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(lines) != 2 || !strings.Contains(out, "\tKaja Kallas's party is China\n") ||
		!strings.Contains(out, "\tphrase_kind\tstressed|position\tdemand\t2\t") {
		t.Fatalf("lessons: exit %d, %q, %q", code, out, stderr)
	}
	id := strings.SplitN(lines[0], "\t", 2)[0]
	if code, _, stderr = dxRun(t, "lessons", "-forget", id, p); code != 0 || stderr != "forgot 1 lesson\n" {
		t.Fatalf("forget %s: exit %d, %q", id, code, stderr)
	}
	code, _, stderr = dxRun(t, "lessons", "-forget", id, p)
	dxFail(t, code, stderr, 1, "not in the project")
	code, _, stderr = dxRun(t, "lessons", "-forget", "x", p)
	dxFail(t, code, stderr, 2, "-forget takes lesson IDs")
	if code, _, stderr = dxRun(t, "lessons", "-all", p); code != 0 || stderr != "forgot 1 lesson\n" {
		t.Fatalf("forget all: exit %d, %q", code, stderr)
	}
	if code, out, stderr = dxRun(t, "lessons", p); code != 0 || out != "" || !strings.Contains(stderr, "no lessons") {
		t.Fatalf("after forgetting all: exit %d, %q, %q", code, out, stderr)
	}
}

// TestLessonsWithBadTime: a lesson whose time is not one (the project
// edited outside Parley) used to stop `parley lessons`, `-all` and every
// import into the project with a scan error; it is listed with "-" for
// its day, the import runs, and -all forgets it.
func TestLessonsWithBadTime(t *testing.T) {
	p := dxSample(t)
	edited := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	err := hostiletest.Make(p, edited, hostiletest.Case{Name: "LessonTime", SQL: []string{
		`INSERT INTO lessons(rule, key, value, count, created_at, updated_at)
			VALUES ('speaker_party', 'Kaja Kallas', 'China', 2, 'x', 'y')`}})
	if err != nil {
		t.Fatal(err)
	}
	code, out, stderr := dxRun(t, "lessons", edited)
	if code != 0 || !strings.Contains(out, "\tspeaker_party\tKaja Kallas\tChina\t2\t-\t") {
		t.Fatalf("lessons: exit %d, %q, %q", code, out, stderr)
	}
	txt := filepath.Join(t.TempDir(), "readout.txt")
	if err := os.WriteFile(txt, []byte("Readout\n\nHigh Representative Kaja Kallas said the dialogue was important.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr = dxRun(t, "import", "-author", "EU", "-reasons", "-dialogue", "1", edited, txt)
	if code != 0 || !strings.Contains(out, "China (Kaja Kallas)") {
		t.Fatalf("import: exit %d, %q, %q", code, out, stderr)
	}
	if code, _, stderr = dxRun(t, "lessons", "-all", edited); code != 0 || stderr != "forgot 1 lesson\n" {
		t.Fatalf("lessons -all: exit %d, %q", code, stderr)
	}
}
