package storage_test

import (
	"context"
	"path/filepath"
	"testing"

	"parley/storage"
	"parley/storage/hostiletest"
)

// TestLessonWithBadTimeStillListed: a lesson whose times are not times
// (a project edited outside Parley) used to stop every import into the
// project ("load lessons: … Scan error"), its listing, and forgetting it
// with -all. It is listed without its times, the others as they were, and
// forgetting every lesson takes it too.
func TestLessonWithBadTimeStillListed(t *testing.T) {
	base := baseProject(t)
	p := filepath.Join(t.TempDir(), "edited"+storage.Extension)
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "LessonTime", SQL: []string{
		`INSERT INTO lessons(rule, key, value, count, created_at, updated_at) VALUES
			('speaker_party', 'Wang Yi', 'China', 2, 'x', 1e300),
			('speaker_party', 'Borrell', 'EU', 1, '2024-01-01 00:00:00+00:00', '2024-02-03 04:05:06+00:00')`,
	}}))
	ctx := context.Background()
	s, err := storage.Open(p)
	must(t, err)
	defer s.Close()
	ls, err := s.Lessons(ctx)
	if err != nil {
		t.Fatalf("list lessons: %v", err)
	}
	if len(ls) != 2 || ls[0].Key != "Borrell" || ls[1].Key != "Wang Yi" {
		t.Fatalf("lessons %+v; want Borrell's and Wang Yi's", ls)
	}
	if got := ls[0].UpdatedAt.Format("2006-01-02 15:04:05"); got != "2024-02-03 04:05:06" {
		t.Errorf("a readable time became %s", got)
	}
	if !ls[1].CreatedAt.IsZero() {
		t.Errorf("the time that is none reads as %v", ls[1].CreatedAt)
	}
	gone, err := s.ForgetLessons(ctx, nil)
	if err != nil || len(gone) != 2 {
		t.Fatalf("forget every lesson: %d forgotten, %v", len(gone), err)
	}
	if ls, err := s.Lessons(ctx); err != nil || len(ls) != 0 {
		t.Errorf("after forgetting: %d lessons, %v", len(ls), err)
	}
}
