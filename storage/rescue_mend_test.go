package storage_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestRescueMendsBadValues: a mailed project with a trigger in it (so
// that only a rescue reaches its data) whose rows also hold values no
// Parley writes — an empty topic name, a tag name that is not UTF-8, a
// colour that is none, a party with a negative ID, a statement whose span
// runs outside its source, a link from a statement to itself, a note on
// nothing, a commitment of an unknown status, lessons with a time that is
// none or a rule Parley does not know — is still rescued: each bad value
// gets a stand-in or its row is left out, the rescue says so, and the
// analyst's statement, note and verdict come over.
func TestRescueMendsBadValues(t *testing.T) {
	base := baseProject(t)
	p := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
	const at = `'2024-01-01 00:00:00+00:00'`
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "BadValues", SQL: []string{
		`CREATE TRIGGER judge AFTER INSERT ON sources BEGIN DELETE FROM notes; END`,
		`UPDATE topics SET name = '  '`,
		`UPDATE tags SET name = CAST(x'41ff42' AS TEXT)`,
		`UPDATE parties SET color = 'red' WHERE name = 'China'`,
		`INSERT INTO parties(id, name, created_at, updated_at) VALUES (-1, 'Ghost', ` + at + `, ` + at + `)`,
		`INSERT INTO statements(dialogue_id, kind, text, source_id, start, "end", created_at, updated_at)
			SELECT dialogue_id, 'position', 'China rejected it.', source_id, 5, 99999, ` + at + `, ` + at + ` FROM statements`,
		`INSERT INTO links(from_id, to_id, type, created_at, updated_at) SELECT id, id, 'responds to', ` + at + `, ` + at + ` FROM statements LIMIT 1`,
		`INSERT INTO notes(body, created_at, updated_at) VALUES ('on nothing', ` + at + `, ` + at + `)`,
		`INSERT INTO commitment_checks(statement_id, status, created_at, updated_at) SELECT id, 'bogus', ` + at + `, ` + at + ` FROM statements LIMIT 1`,
		`INSERT INTO lessons(rule, key, value, count, created_at, updated_at) VALUES ('speaker_party', 'Wang Yi', 'China', 2, 'x', 'y')`,
		`INSERT INTO lessons(rule, key, value, count, created_at, updated_at) VALUES ('bogus', 'k', 'v', 1, ` + at + `, ` + at + `)`,
	}}))
	ctx := context.Background()
	if _, err := storage.Open(p); err == nil {
		t.Fatal("the project with a trigger opens")
	}
	res, err := storage.ReadRescue(ctx, p)
	if err != nil {
		t.Fatalf("rescue: %v", err)
	}
	out := filepath.Join(t.TempDir(), "clean"+storage.Extension)
	s, err := storage.Create(out)
	must(t, err)
	defer s.Close()
	if err := s.WriteRows(ctx, &res.Rows, nil); err != nil {
		t.Fatalf("write the rescued rows: %v", err)
	}
	left, mended := strings.Join(res.Left, "\n"), strings.Join(res.Mended, "\n")
	for _, want := range []string{"parties: left out 1", "links: left out 1", "notes: left out 1",
		"commitment checks: left out 1", "lessons: left out 1"} {
		if !strings.Contains(left, want) {
			t.Errorf("the rescue does not say it left out %q:\n%s", want, left)
		}
	}
	for _, want := range []string{"topics: names", "tags: names", "colours that were none were set to the default",
		"statements: spans", "lessons: the date and time of 1 row"} {
		if !strings.Contains(mended, want) {
			t.Errorf("the rescue does not say it mended %q:\n%s", want, mended)
		}
	}
	back, err := s.ReadRows(ctx)
	must(t, err)
	if len(back.Statements) != 2 || len(back.Notes) != 1 || len(back.Assessments) != 1 || len(back.Links) != 0 {
		t.Fatalf("rescued %d statements, %d notes, %d assessments, %d links; want 2, 1, 1, 0",
			len(back.Statements), len(back.Notes), len(back.Assessments), len(back.Links))
	}
	if back.Notes[0].Body != "Compare with the 38th round." || back.Assessments[0].Verdict != storage.VerdictDivergent {
		t.Errorf("the analyst's note or verdict changed: %q, %q", back.Notes[0].Body, back.Assessments[0].Verdict)
	}
	for _, st := range back.Statements {
		if st.Text == "China rejected it." && st.SourceID != nil {
			t.Errorf("the statement whose span ran past its source still cites it at %d–%d", st.Start, st.End)
		}
	}
	if back.Tags[0].Name != "A\uFFFDB" || !strings.HasPrefix(back.Topics[0].Name, "(topic ") {
		t.Errorf("the tag is named %q and the topic %q", back.Tags[0].Name, back.Topics[0].Name)
	}
	if len(back.Register.Lessons) != 1 || back.Register.Lessons[0].Key != "Wang Yi" {
		t.Errorf("lessons rescued: %+v; want the one of Wang Yi", back.Register.Lessons)
	}
}

// TestRescueOneLessonWithBadTime: when the only lesson has a time that is
// not one, the rescue brings it over once (the failed first read left it
// in the list, and it came over twice, both then refused).
func TestRescueOneLessonWithBadTime(t *testing.T) {
	base := baseProject(t)
	p := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "OneLesson", SQL: []string{
		`INSERT INTO lessons(rule, key, value, count, created_at, updated_at) VALUES ('speaker_party', 'Wang Yi', 'China', 2, 'x', 'y')`,
	}}))
	res, err := storage.ReadRescue(context.Background(), p)
	if err != nil {
		t.Fatalf("rescue: %v", err)
	}
	if ls := res.Rows.Register.Lessons; len(ls) != 1 || ls[0].Key != "Wang Yi" || len(res.Left) != 0 {
		t.Fatalf("rescued lessons %+v, left out %q; want Wang Yi's once and nothing left out", ls, res.Left)
	}
}
