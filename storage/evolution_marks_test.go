package storage

import (
	"context"
	"reflect"
	"testing"
)

// evolutionWrites are the edits of the across-rounds views (issue 10):
// phrase marks, the case register and commitment checks, with their undos.
func evolutionWrites() []guiWrite {
	return []guiWrite{
		{"MarkPhrase", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.MarkPhrase(ctx, "internal affairs", PhrasePinned))
		})},
		{"SaveCase", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.SaveCase(ctx, &Case{Name: "Ilham Tohti"}))
		})},
		{"DeleteCase", func(t *testing.T, f fixture) func(context.Context) error {
			c := Case{Name: "Ilham Tohti"}
			noErr(t, errOf(f.s.SaveCase(context.Background(), &c)))
			return func(ctx context.Context) error { return errOf(f.s.DeleteCase(ctx, c.ID)) }
		}},
		{"MergeCaseNames", call(func(ctx context.Context, f fixture) error {
			_, _, err := f.s.MergeCaseNames(ctx, "Ilham Tohti", []string{"伊力哈木·土赫提"})
			return err
		})},
		{"SplitCaseName", func(t *testing.T, f fixture) func(context.Context) error {
			_, _, err := f.s.MergeCaseNames(context.Background(), "Ilham Tohti", []string{"伊力哈木·土赫提"})
			noErr(t, err)
			return func(ctx context.Context) error { return errOf(f.s.SplitCaseName(ctx, "伊力哈木·土赫提")) }
		}},
		{"SetCaseMention", call(func(ctx context.Context, f fixture) error {
			_, _, err := f.s.SetCaseMention(ctx, "Ilham Tohti", f.eu1.ID, MentionManual)
			return err
		})},
		{"RestoreCases", func(t *testing.T, f fixture) func(context.Context) error {
			_, snap, err := f.s.MergeCaseNames(context.Background(), "Ilham Tohti", []string{"Ilham Toxti"})
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreCases(ctx, snap) }
		}},
		{"SetCommitmentCheck", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.SetCommitmentCheck(ctx, CommitmentCheck{StatementID: f.joint.ID, Status: CommitmentKept}))
		})},
		{"RestoreCommitmentCheck", call(func(ctx context.Context, f fixture) error {
			return f.s.RestoreCommitmentCheck(ctx, f.joint.ID, nil)
		})},
	}
}

func TestMarkPhrase(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	before, err := f.s.MarkPhrase(ctx, "  Internal   Affairs ", PhrasePinned)
	noErr(t, err)
	if before != "" {
		t.Fatalf("before %q, want none", before)
	}
	before, err = f.s.MarkPhrase(ctx, "internal affairs", PhraseHidden)
	noErr(t, err)
	if before != PhrasePinned {
		t.Fatalf("before %q, want pinned", before)
	}
	ms, err := f.s.PhraseMarks(ctx)
	noErr(t, err)
	if len(ms) != 1 || ms[0].Phrase != "internal affairs" || ms[0].State != PhraseHidden {
		t.Fatalf("marks %+v", ms)
	}
	_, err = f.s.MarkPhrase(ctx, "internal affairs", before) // undo
	noErr(t, err)
	_, err = f.s.MarkPhrase(ctx, "internal affairs", "")
	noErr(t, err)
	if ms, _ := f.s.PhraseMarks(ctx); len(ms) != 0 {
		t.Fatalf("cleared mark kept: %+v", ms)
	}
	_, err = f.s.MarkPhrase(ctx, "x", "starred")
	wantCode(t, err, CodeInvalid)
	_, err = f.s.MarkPhrase(ctx, "   ", PhrasePinned)
	wantCode(t, err, CodeInvalid)
}

// register reads the whole case register, for comparing states.
func register(t *testing.T, s *Store) ([]Case, []CaseName, []CaseMention) {
	t.Helper()
	cs, ns, err := s.Cases(context.Background())
	noErr(t, err)
	ms, err := s.CaseMentions(context.Background())
	noErr(t, err)
	for i := range cs {
		cs[i].CreatedAt, cs[i].UpdatedAt = cs[i].CreatedAt.UTC(), cs[i].UpdatedAt.UTC()
	}
	for i := range ns {
		ns[i].CreatedAt = ns[i].CreatedAt.UTC()
	}
	for i := range ms {
		ms[i].CreatedAt = ms[i].CreatedAt.UTC()
	}
	return cs, ns, ms
}

func TestCaseRegisterEditsUndo(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	a := Case{Name: "Ilham Tohti", Description: "economist"}
	noErr(t, errOf(f.s.SaveCase(ctx, &a)))
	_, _, err := f.s.SetCaseMention(ctx, "Ilham Tohti", f.eu1.ID, MentionManual)
	noErr(t, err)
	b := Case{Name: "Ilham Toxti"}
	noErr(t, errOf(f.s.SaveCase(ctx, &b)))
	_, _, err = f.s.SetCaseMention(ctx, "Ilham Toxti", f.cn1.ID, MentionExcluded)
	noErr(t, err)
	_, _, err = f.s.MergeCaseNames(ctx, "Ilham Toxti", []string{"Ilham T."})
	noErr(t, err)
	wc, wn, wm := register(t, f.s)

	id, snap, err := f.s.MergeCaseNames(ctx, "Ilham Tohti", []string{"Ilham Toxti", "伊力哈木·土赫提"})
	noErr(t, err)
	if id != a.ID {
		t.Fatalf("merged into %d, want %d", id, a.ID)
	}
	cs, ns, ms := register(t, f.s)
	if len(cs) != 1 || len(ns) != 3 || len(ms) != 2 {
		t.Fatalf("after merge: %d cases, %d names, %d mentions; want 1, 3, 2", len(cs), len(ns), len(ms))
	}
	for _, m := range ms {
		if m.CaseID != a.ID {
			t.Fatalf("mention %+v not moved", m)
		}
	}
	noErr(t, f.s.RestoreCases(ctx, snap))
	gc, gn, gm := register(t, f.s)
	if !reflect.DeepEqual(gc, wc) || !reflect.DeepEqual(gn, wn) || !reflect.DeepEqual(gm, wm) {
		t.Fatalf("undo gave\n%+v %+v %+v\nwant\n%+v %+v %+v", gc, gn, gm, wc, wn, wm)
	}

	// Renaming onto another case's name is refused with the way out.
	a.Name = "Ilham T."
	_, err = f.s.SaveCase(ctx, &a)
	wantCode(t, err, CodeExists)
	// A mention created with its case goes with the undo.
	_, snap, err = f.s.SetCaseMention(ctx, "Gui Minhai", f.eu1.ID, MentionManual)
	noErr(t, err)
	noErr(t, f.s.RestoreCases(ctx, snap))
	if cs, _, ms := register(t, f.s); len(cs) != 2 || len(ms) != 2 {
		t.Fatalf("undo of a new case's mention left %d cases, %d mentions", len(cs), len(ms))
	}
	_, _, err = f.s.SetCaseMention(ctx, "Gui Minhai", f.eu1.ID, "maybe")
	wantCode(t, err, CodeInvalid)
	// Clearing a mention of a name no case has makes no case.
	if id, _, err := f.s.SetCaseMention(ctx, "Nobody Known", f.eu1.ID, ""); err != nil || id != 0 {
		t.Fatalf("clearing an unknown name: case %d, %v", id, err)
	}
	if cs, _, _ := register(t, f.s); len(cs) != 2 {
		t.Fatalf("%d cases after clearing an unknown name's mention, want 2", len(cs))
	}
	_, err = f.s.SplitCaseName(ctx, "nobody")
	wantCode(t, err, CodeNotFound)
}

func TestCommitmentCheckUndo(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	before, err := f.s.SetCommitmentCheck(ctx, CommitmentCheck{StatementID: f.joint.ID, Status: CommitmentRepeated, FollowUpID: &f.eu1.ID, Note: "said again"})
	noErr(t, err)
	if before != nil {
		t.Fatalf("before %+v, want none", before)
	}
	before, err = f.s.SetCommitmentCheck(ctx, CommitmentCheck{StatementID: f.joint.ID, Status: CommitmentContradicted})
	noErr(t, err)
	if before == nil || before.Status != CommitmentRepeated || before.Note != "said again" {
		t.Fatalf("before %+v", before)
	}
	noErr(t, f.s.RestoreCommitmentCheck(ctx, f.joint.ID, before))
	cs, err := f.s.CommitmentChecks(ctx)
	noErr(t, err)
	if len(cs) != 1 || cs[0].Status != CommitmentRepeated || cs[0].FollowUpID == nil || *cs[0].FollowUpID != f.eu1.ID {
		t.Fatalf("after undo: %+v", cs)
	}
	noErr(t, f.s.RestoreCommitmentCheck(ctx, f.joint.ID, nil))
	if cs, _ := f.s.CommitmentChecks(ctx); len(cs) != 0 {
		t.Fatalf("undo of the first check left %+v", cs)
	}
	_, err = f.s.SetCommitmentCheck(ctx, CommitmentCheck{StatementID: f.joint.ID, Status: "done"})
	wantCode(t, err, CodeInvalid)
	_, err = f.s.SetCommitmentCheck(ctx, CommitmentCheck{StatementID: 999, Status: CommitmentKept})
	if err == nil {
		t.Fatal("a check of a missing statement was saved")
	}
	// A deleted statement takes its check along.
	_, err = f.s.SetCommitmentCheck(ctx, CommitmentCheck{StatementID: f.joint.ID, Status: CommitmentKept})
	noErr(t, err)
	noErr(t, errOf(f.s.DeleteStatement(ctx, f.joint.ID)))
	if cs, _ := f.s.CommitmentChecks(ctx); len(cs) != 0 {
		t.Fatalf("check of a deleted statement kept: %+v", cs)
	}
}
