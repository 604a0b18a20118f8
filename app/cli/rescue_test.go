package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// dxAnnotated is the sample project with a tag, a note and an assessment
// added, so that an attacker's trigger would have something to destroy.
func dxAnnotated(t *testing.T) string {
	t.Helper()
	p := dxSample(t)
	ctx := context.Background()
	s, err := storage.Open(p)
	noErr(t, err)
	rows, err := s.ReadRows(ctx)
	noErr(t, err)
	st := rows.Statements[0].Statement
	tag := storage.Tag{Name: "analyst's pick"}
	noErr(t, s.CreateTag(ctx, &tag))
	noErr(t, s.TagStatement(ctx, st.ID, tag.ID))
	noErr(t, s.CreateNote(ctx, &storage.Note{StatementID: &st.ID, Body: "Compare with the 38th round."}))
	noErr(t, s.SetAssessment(ctx, &storage.Assessment{DialogueID: st.DialogueID, TopicID: *st.TopicID, Verdict: storage.VerdictDivergent}))
	noErr(t, s.Close())
	return p
}

func noErr(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// dxExportJSON is `parley export -format json` of p to standard output.
func dxExportJSON(t *testing.T, p string) string {
	t.Helper()
	code, out, stderr := dxRun(t, "export", "-format", "json", "-o", "-", p)
	if code != 0 {
		t.Fatalf("export %s: exit %d: %s", p, code, stderr)
	}
	return out
}

// TestHostileProjects drives every hostile file of the corpus through the
// commands: search, export and import refuse it, naming the rescue
// command, and leave every byte as it was; rescue then copies its data into
// a project that passes the schema check, exports the same JSON as the
// clean project and, on the next import, keeps its notes and judgements.
func TestHostileProjects(t *testing.T) {
	base := dxAnnotated(t)
	clean := dxExportJSON(t, base)
	want := dxRows(t, base)
	readout := filepath.Join(t.TempDir(), "readout.txt")
	noErr(t, os.WriteFile(readout, []byte("The EU objected to the detention of human rights defenders.\n"), 0o644))
	for _, c := range hostiletest.Cases() {
		t.Run(c.Name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "mailed.parley")
			noErr(t, hostiletest.Make(base, p, c))
			before, err := hostiletest.Sums(p)
			noErr(t, err)
			for _, args := range [][]string{
				{"search", p, "rights"},
				{"export", "-format", "json", "-o", filepath.Join(dir, "out.json"), p},
				{"export", "-format", "html", "-o", filepath.Join(dir, "out.html"), p},
				{"import", "-accept", p, readout},
			} {
				code, _, stderr := dxRun(t, args...)
				dxFail(t, code, stderr, 1, c.Says)
				if c.Code == storage.CodeUntrusted && !strings.Contains(stderr, "parley rescue -o NEW.parley "+p) {
					t.Errorf("%s: no rescue command in %q", args[0], stderr)
				}
				dxSame(t, p, before)
			}
			if _, err := os.Stat(filepath.Join(dir, "out.json")); !os.IsNotExist(err) {
				t.Errorf("an export of a refused project was written: %v", err)
			}
			if c.Code == storage.CodeUntrusted {
				dxRescued(t, c, p, clean, readout, want)
				dxSame(t, p, before)
			}
		})
	}
}

func dxSame(t *testing.T, p string, before map[string]string) {
	t.Helper()
	after, err := hostiletest.Sums(p)
	noErr(t, err)
	for k, v := range before {
		if after[k] != v {
			t.Fatalf("%s%s changed: %s → %s", filepath.Base(p), k, v, after[k])
		}
	}
}

// dxRows reads every row of the project at p.
func dxRows(t *testing.T, p string) storage.ProjectRows {
	t.Helper()
	s, err := storage.OpenWith(p, storage.Options{ReadOnly: true})
	noErr(t, err)
	defer s.Close()
	rows, err := s.ReadRows(context.Background())
	noErr(t, err)
	return rows
}

// dxRescued rescues p and checks the new project against want, the rows
// of the clean project p was made from.
func dxRescued(t *testing.T, c hostiletest.Case, p, clean, readout string, want storage.ProjectRows) {
	t.Helper()
	np := filepath.Join(t.TempDir(), "rescued.parley")
	code, out, stderr := dxRun(t, "rescue", "-o", np, p)
	if code != 0 {
		t.Fatalf("rescue: exit %d: %s", code, stderr)
	}
	for _, table := range c.Lost {
		if !strings.Contains(out, "not rescued: "+table+":") {
			t.Errorf("rescue does not say %s were left: %q", table, out)
		}
	}
	if c.Foreign {
		if !strings.Contains(out, "not rescued: statements:") {
			t.Errorf("rescue of a foreign file: %q", out)
		}
		return
	}
	if len(c.Lost) == 0 {
		if got := dxExportJSON(t, np); got != clean {
			t.Errorf("the rescued project exports other JSON than the clean one (%d and %d bytes)", len(got), len(clean))
		}
	}
	// The attackers' triggers fire on an import: run one.
	if code, _, stderr := dxRun(t, "import", "-accept", "-dialogue", "1", "-author", "EU", np, readout); code != 0 {
		t.Fatalf("import into the rescued project: exit %d: %s", code, stderr)
	}
	dxUnharmed(t, c, dxRows(t, np), want)
}

// dxUnharmed checks that nothing the attacker's SQL would do happened.
func dxUnharmed(t *testing.T, c hostiletest.Case, got, want storage.ProjectRows) {
	t.Helper()
	for _, m := range got.Settings {
		if m.Key == hostiletest.Marker {
			t.Fatalf("the attacker's SQL ran: %s = %s", m.Key, m.Value)
		}
	}
	if len(got.Sources) != len(want.Sources)+1 || len(got.Tags) != len(want.Tags) {
		t.Fatalf("%d sources and %d tags after an import into %d and %d", len(got.Sources), len(got.Tags), len(want.Sources), len(want.Tags))
	}
	for i, src := range want.Sources {
		if got.Sources[i].Text != src.Text {
			t.Fatalf("source %d was rewritten", src.ID)
		}
	}
	if len(c.Lost) == 0 && len(got.Notes) != len(want.Notes) {
		t.Fatalf("%d notes, want %d", len(got.Notes), len(want.Notes))
	}
	for i, a := range want.Assessments {
		if got.Assessments[i].Verdict != a.Verdict {
			t.Fatalf("assessment %d: verdict %s, want %s", a.ID, got.Assessments[i].Verdict, a.Verdict)
		}
	}
	if len(c.Lost) > 0 {
		return
	}
	for i, st := range want.Statements {
		g := got.Statements[i]
		if g.Kind != st.Kind || len(g.TagIDs) != len(st.TagIDs) {
			t.Fatalf("statement %d: kind %s and %d tags, want %s and %d", st.ID, g.Kind, len(g.TagIDs), st.Kind, len(st.TagIDs))
		}
	}
}

// TestRescueNumberTimes: `parley rescue` of a project where another
// program wrote integers into created_at and updated_at succeeds, keeps
// every statement and note, and says on a mended: line what stood in.
// It used to stop at "time column holds int64".
func TestRescueNumberTimes(t *testing.T) {
	base := dxAnnotated(t)
	want := dxRows(t, base)
	bad := filepath.Join(t.TempDir(), "numbers.parley")
	noErr(t, hostiletest.Make(base, bad, hostiletest.Case{Name: "NumberTimes", SQL: []string{
		`UPDATE statements SET created_at = 7 WHERE id IN (SELECT id FROM statements ORDER BY id LIMIT 3)`,
		`UPDATE notes SET updated_at = 12 WHERE id = (SELECT min(id) FROM notes)`,
	}}))
	out := filepath.Join(t.TempDir(), "rescued.parley")
	code, stdout, stderr := dxRun(t, "rescue", "-o", out, bad)
	if code != 0 {
		t.Fatalf("rescue: exit %d: %s", code, stderr)
	}
	for _, line := range []string{"mended: statements: the date and time of 3 rows, which is not one",
		"mended: notes: the date and time of 1 row, which is not one"} {
		if !strings.Contains(stdout, line) {
			t.Errorf("the rescue does not say %q:\n%s", line, stdout)
		}
	}
	got := dxRows(t, out)
	if len(got.Statements) != len(want.Statements) || len(got.Notes) != len(want.Notes) {
		t.Errorf("rescued %d statements and %d notes; want %d and %d", len(got.Statements), len(got.Notes), len(want.Statements), len(want.Notes))
	}
}
