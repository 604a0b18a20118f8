package storage_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestRescueMendsTimes: a project edited by hand with a date and time that
// is none ("yesterday") in a statement, a note and a dialogue is still
// rescued whole: those rows come over with the time of the rescue, every
// other time as it was, and the rescue says what stood in.
func TestRescueMendsTimes(t *testing.T) {
	base := baseProject(t)
	p := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "BadTimes", SQL: []string{
		`UPDATE statements SET created_at = 'yesterday', updated_at = '2020-01-02 03:04:05+00:00'`,
		`UPDATE notes SET updated_at = '2024-13-45 99:00'`,
		`UPDATE dialogues SET created_at = 'soon'`,
	}}))
	ctx := context.Background()
	before := time.Now().UTC().Add(-time.Minute)
	res, err := storage.ReadRescue(ctx, p)
	if err != nil {
		t.Fatalf("rescue: %v", err)
	}
	if n := len(res.Rows.Statements) + len(res.Rows.Notes) + len(res.Rows.Dialogues); n != 3 {
		t.Fatalf("rescued %d statements, notes and dialogues; want 3", n)
	}
	left := strings.Join(res.Mended, "\n")
	for _, table := range []string{"statements", "notes", "dialogues"} {
		if !strings.Contains(left, table+": the date and time of 1 row") {
			t.Errorf("the rescue does not say what stood in for the times of %s: %q", table, left)
		}
	}
	out := filepath.Join(t.TempDir(), "clean"+storage.Extension)
	s, err := storage.Create(out)
	must(t, err)
	defer s.Close()
	must(t, s.WriteRows(ctx, &res.Rows, nil))
	back, err := s.ReadRows(ctx)
	must(t, err)
	if c := back.Statements[0].CreatedAt; c.Before(before) {
		t.Errorf("the statement's unreadable time became %v, not the time of the rescue", c)
	}
	if u := back.Notes[0].UpdatedAt; u.Before(before) {
		t.Errorf("the note's unreadable time became %v", u)
	}
	if u, want := back.Statements[0].UpdatedAt, time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC); !u.Equal(want) {
		t.Errorf("the statement's readable time changed to %v; want %v", u, want)
	}
}

// TestRescueMendsNumberTimes: another program wrote numbers into time
// columns (an integer a Julian day could be, a Unix time, a real, a date
// as digits in text, bytes), in a statement, a note, a dialogue and a
// lesson of the register. Each row is rescued with the time of the
// rescue in place of its times, as a row with a time that is text but no
// date is, and the rescue says so. A number
// julianday reads as a Julian day used to stop the rescue ("time column
// holds int64").
func TestRescueMendsNumberTimes(t *testing.T) {
	base := baseProject(t)
	p := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "NumberTimes", SQL: []string{
		`UPDATE statements SET created_at = 5, updated_at = '2020-01-02 03:04:05+00:00'`,
		`UPDATE notes SET updated_at = 2.5`,
		`UPDATE dialogues SET created_at = '2460000.5', updated_at = X'00'`,
		`UPDATE topics SET created_at = 'now'`,
		`UPDATE parties SET created_at = 1717000000`,
		`INSERT INTO lessons (rule, key, value, count, created_at, updated_at) VALUES ('speaker_party', 'mr x', 'X', 2, 45000, '2021-01-01 00:00:00+00:00')`,
	}}))
	ctx := context.Background()
	before := time.Now().UTC().Add(-time.Minute)
	res, err := storage.ReadRescue(ctx, p)
	if err != nil {
		t.Fatalf("rescue: %v", err)
	}
	if len(res.Rows.Statements) != 1 || len(res.Rows.Notes) != 1 || len(res.Rows.Dialogues) != 1 ||
		len(res.Rows.Topics) != 1 || len(res.Rows.Parties) != 2 || len(res.Rows.Register.Lessons) != 1 {
		t.Fatalf("rescued %d statements, %d notes, %d dialogues, %d topics, %d parties, %d lessons; want 1, 1, 1, 1, 2, 1",
			len(res.Rows.Statements), len(res.Rows.Notes), len(res.Rows.Dialogues), len(res.Rows.Topics),
			len(res.Rows.Parties), len(res.Rows.Register.Lessons))
	}
	mended := strings.Join(res.Mended, "\n")
	for _, want := range []string{"statements: the date and time of 1 row", "notes: the date and time of 1 row",
		"dialogues: the date and time of 1 row", "topics: the date and time of 1 row",
		"parties: the date and time of 2 rows", "lessons: the date and time of 1 row"} {
		if !strings.Contains(mended, want) {
			t.Errorf("the rescue does not say %q: %q", want, mended)
		}
	}
	out := filepath.Join(t.TempDir(), "clean"+storage.Extension)
	s, err := storage.Create(out)
	must(t, err)
	defer s.Close()
	must(t, s.WriteRows(ctx, &res.Rows, nil))
	back, err := s.ReadRows(ctx)
	must(t, err)
	for what, tm := range map[string]time.Time{
		"statement's creation": back.Statements[0].CreatedAt, "note's change": back.Notes[0].UpdatedAt,
		"dialogue's creation": back.Dialogues[0].CreatedAt, "dialogue's change": back.Dialogues[0].UpdatedAt,
		"topic's creation": back.Topics[0].CreatedAt, "party's creation": back.Parties[0].CreatedAt,
		"lesson's creation": back.Register.Lessons[0].CreatedAt,
	} {
		if tm.Before(before) {
			t.Errorf("the %s time became %v, not the time of the rescue", what, tm)
		}
	}
	if u, want := back.Statements[0].UpdatedAt, time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC); !u.Equal(want) {
		t.Errorf("the statement's readable time changed to %v; want %v", u, want)
	}
}
