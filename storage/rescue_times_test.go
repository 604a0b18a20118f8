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
