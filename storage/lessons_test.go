package storage

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

func lessonWrites() []guiWrite {
	taught := func(t *testing.T, f fixture) Learnt {
		l, err := f.s.Learn(context.Background(), []Lesson{{Rule: "speaker_party", Key: "Wang Yi", Value: "EU"}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return l
	}
	return []guiWrite{
		{"Learn", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.Learn(ctx, []Lesson{{Rule: "phrase_kind", Key: "stressed|position", Value: "demand"}},
				func(ctx context.Context) error {
					return errOf2(f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Kind = KindDemand }))
				}))
		})},
		{"Unlearn", func(t *testing.T, f fixture) func(context.Context) error {
			l := taught(t, f)
			return func(ctx context.Context) error {
				return f.s.Unlearn(ctx, l, func(ctx context.Context) error {
					return errOf(f.s.SetStatementParties(ctx, f.cn1.ID, []int64{f.china.ID}))
				})
			}
		}},
		{"ForgetLessons", func(t *testing.T, f fixture) func(context.Context) error {
			taught(t, f)
			return func(ctx context.Context) error { return errOf(f.s.ForgetLessons(ctx, nil)) }
		}},
		{"RestoreLessons", func(t *testing.T, f fixture) func(context.Context) error {
			taught(t, f)
			gone, err := f.s.ForgetLessons(context.Background(), nil)
			if err != nil {
				t.Fatal(err)
			}
			return func(ctx context.Context) error { return f.s.RestoreLessons(ctx, gone) }
		}},
	}
}

// lessonsOf lists the project's lessons as "rule key → value ×count".
func lessonsOf(t *testing.T, s *Store) string {
	t.Helper()
	ls, err := s.Lessons(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%s %s → %s ×%d", l.Rule, l.Key, l.Value, l.Count))
	}
	return strings.Join(out, "; ")
}

func TestLearnUnlearn(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	kind := Lesson{Rule: "phrase_kind", Key: "stressed|position", Value: "demand"}
	first, err := f.s.Learn(ctx, []Lesson{kind, kind}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := lessonsOf(t, f.s), "phrase_kind stressed|position → demand ×2"; got != want {
		t.Fatalf("after learning twice in one go: %s, want %s", got, want)
	}
	second, err := f.s.Learn(ctx, []Lesson{kind, {Rule: "speaker_party", Key: "Wang Yi", Value: "China"}},
		func(ctx context.Context) error {
			return errOf2(f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Kind = KindDemand }))
		})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := lessonsOf(t, f.s), "phrase_kind stressed|position → demand ×3; speaker_party Wang Yi → China ×1"; got != want {
		t.Fatalf("after a correction: %s, want %s", got, want)
	}
	if err := f.s.Unlearn(ctx, second, func(ctx context.Context) error {
		st := f.cn1
		return f.s.UpdateStatement(ctx, &st)
	}); err != nil {
		t.Fatal(err)
	}
	if got, want := lessonsOf(t, f.s), "phrase_kind stressed|position → demand ×2"; got != want {
		t.Fatalf("after undoing the correction: %s, want %s", got, want)
	}
	if st, _ := f.s.Statement(ctx, f.cn1.ID); st.Kind != f.cn1.Kind {
		t.Fatalf("undo left the kind %s", st.Kind)
	}
	if err := f.s.Unlearn(ctx, first, nil); err != nil {
		t.Fatal(err)
	}
	if got := lessonsOf(t, f.s); got != "" {
		t.Fatalf("after undoing everything: %s", got)
	}
}

// TestLearnFailsWhole checks that a correction whose edit fails learns
// nothing, and a bad lesson leaves the edit undone.
func TestLearnFailsWhole(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	_, err := f.s.Learn(ctx, []Lesson{{Rule: "phrase_kind", Key: "said|position", Value: "demand"}},
		func(ctx context.Context) error { return errOf(f.s.SetStatementParties(ctx, 999, []int64{f.china.ID})) })
	if CodeOf(err) != CodeNotFound {
		t.Fatalf("editing a missing statement: %v", err)
	}
	_, err = f.s.Learn(ctx, []Lesson{{Rule: "phrase_kind", Key: " "}},
		func(ctx context.Context) error {
			return errOf2(f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Kind = KindDemand }))
		})
	if CodeOf(err) != CodeInvalid {
		t.Fatalf("a lesson without a key: %v", err)
	}
	_, err = f.s.Learn(ctx, []Lesson{{Rule: "run_shell", Key: "x", Value: "y"}}, nil)
	if CodeOf(err) != CodeInvalid || !strings.Contains(err.Error(), `the lesson run_shell "x" → "y" has a rule Parley does not know`) {
		t.Fatalf("a lesson under an unknown rule: %v", err)
	}
	if got := lessonsOf(t, f.s); got != "" {
		t.Fatalf("failed corrections taught %s", got)
	}
	if st, _ := f.s.Statement(ctx, f.cn1.ID); st.Kind != f.cn1.Kind {
		t.Fatalf("the edit of a failed correction was kept: %s", st.Kind)
	}
}

func TestForgetRestoreLessons(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	if _, err := f.s.Learn(ctx, []Lesson{
		{Rule: "speaker_party", Key: "Wang Yi", Value: "China"},
		{Rule: "phrase_topic", Key: "xinjiang|", Value: "Regional issues/Xinjiang", Count: 3},
	}, nil); err != nil {
		t.Fatal(err)
	}
	all, err := f.s.Lessons(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gone, err := f.s.ForgetLessons(ctx, []int64{all[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := lessonsOf(t, f.s), "phrase_topic xinjiang| → Regional issues/Xinjiang ×3"; got != want {
		t.Fatalf("after forgetting one: %s, want %s", got, want)
	}
	if _, err := f.s.ForgetLessons(ctx, []int64{all[1].ID}); CodeOf(err) != CodeNotFound {
		t.Fatalf("forgetting it again: %v", err)
	}
	if err := f.s.RestoreLessons(ctx, gone); err != nil {
		t.Fatal(err)
	}
	rest, err := f.s.ForgetLessons(ctx, nil)
	if err != nil || len(rest) != 2 {
		t.Fatalf("forget all: %d lessons, %v", len(rest), err)
	}
	if got := lessonsOf(t, f.s); got != "" {
		t.Fatalf("after forgetting all: %s", got)
	}
	if err := f.s.RestoreLessons(ctx, rest); err != nil {
		t.Fatal(err)
	}
	after, _ := f.s.Lessons(ctx)
	if len(after) != 2 || after[0] != all[0] || !after[1].UpdatedAt.Equal(all[1].UpdatedAt) {
		t.Fatalf("restored %+v, want %+v", after, all)
	}
}
