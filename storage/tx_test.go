package storage

import (
	"context"
	"slices"
	"testing"
)

// guiWrite is one storage method the GUI calls for a user action (or its
// undo). prepare sets the project up and returns the call to count.
type guiWrite struct {
	name    string // method, or method/case
	prepare func(t *testing.T, f fixture) func(ctx context.Context) error
}

// call wraps a call that needs no set-up.
func call(fn func(ctx context.Context, f fixture) error) func(*testing.T, fixture) func(context.Context) error {
	return func(_ *testing.T, f fixture) func(context.Context) error {
		return func(ctx context.Context) error { return fn(ctx, f) }
	}
}

// TestOneWriteTransactionPerEdit runs every storage method that the GUI
// calls for one user action, or to undo or redo one, and counts the write
// transactions it begins: exactly one each.
func TestOneWriteTransactionPerEdit(t *testing.T) {
	for _, w := range guiWrites() {
		t.Run(w.name, func(t *testing.T) {
			f := mustFixture(t)
			run := w.prepare(t, f)
			before := f.s.writes.Load()
			if err := run(context.Background()); err != nil {
				t.Fatalf("%s: %v", w.name, err)
			}
			if n := f.s.writes.Load() - before; n != 1 {
				t.Fatalf("%s began %d write transactions, want 1", w.name, n)
			}
		})
	}
}

// TestFailedEditWritesNothing checks that an edit whose second step fails
// leaves nothing of its first: the snapshot and the change are one
// transaction, so a missing statement undoes the tag just created.
func TestFailedEditWritesNothing(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	err := f.s.CreateTagOn(ctx, &Tag{Name: "orphan"}, 999)
	if err == nil {
		t.Fatal("tagging a missing statement succeeded")
	}
	if _, err := f.s.TagByName(ctx, "orphan"); CodeOf(err) != CodeNotFound {
		t.Fatalf("the tag of a failed edit was kept: %v", err)
	}
}

func guiWrites() []guiWrite {
	return slices.Concat(statementWrites(), annotationWrites(), vocabWrites(), evolutionWrites(), lessonWrites(), linkSwapWrites(), dismissalWrites())
}

func statementWrites() []guiWrite {
	return []guiWrite{
		{"CreateStatement", call(func(ctx context.Context, f fixture) error {
			in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "New."}, PartyIDs: []int64{f.eu.ID}}
			return f.s.CreateStatement(ctx, &in)
		})},
		{"EditStatement", call(func(ctx context.Context, f fixture) error {
			return errOf2(f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Kind = KindDemand }))
		})},
		{"UpdateStatement", call(func(ctx context.Context, f fixture) error {
			st := f.cn1
			st.Text = "Changed."
			return f.s.UpdateStatement(ctx, &st)
		})},
		{"SetStatementParties", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.SetStatementParties(ctx, f.cn1.ID, []int64{f.china.ID, f.eu.ID}))
		})},
		{"DeleteStatement", call(func(ctx context.Context, f fixture) error { return errOf(f.s.DeleteStatement(ctx, f.cn1.ID)) })},
		{"RestoreStatement", func(t *testing.T, f fixture) func(context.Context) error {
			b, err := f.s.DeleteStatement(context.Background(), f.cn1.ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreStatement(ctx, b) }
		}},
		{"CreateTagOn", call(func(ctx context.Context, f fixture) error {
			return f.s.CreateTagOn(ctx, &Tag{Name: "sovereignty"}, f.cn1.ID)
		})},
		{"TagStatement", withTag(func(ctx context.Context, f fixture, tg Tag) error { return f.s.TagStatement(ctx, f.eu1.ID, tg.ID) })},
		{"UntagStatement", withTag(func(ctx context.Context, f fixture, tg Tag) error { return f.s.UntagStatement(ctx, f.cn1.ID, tg.ID) })},
		{"UpdateTag", withTag(func(ctx context.Context, f fixture, tg Tag) error {
			tg.Name = "renamed"
			return errOf(f.s.UpdateTag(ctx, &tg))
		})},
		{"DeleteTag", withTag(func(ctx context.Context, f fixture, tg Tag) error { return errOf(f.s.DeleteTag(ctx, tg.ID)) })},
		{"MergeTags", func(t *testing.T, f fixture) func(context.Context) error {
			tg, other := mustTag(t, f), Tag{Name: "other"}
			noErr(t, f.s.CreateTag(context.Background(), &other))
			return func(ctx context.Context) error { return errOf(f.s.MergeTags(ctx, tg.ID, other.ID)) }
		}},
		{"RestoreTags", func(t *testing.T, f fixture) func(context.Context) error {
			tg := mustTag(t, f)
			snaps, err := f.s.DeleteTag(context.Background(), tg.ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreTags(ctx, snaps) }
		}},
		{"EnsureTopicPath", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.EnsureTopicPath(ctx, "Regional issues/Tibet"))
		})},
		{"MakeStatement", call(func(ctx context.Context, f fixture) error {
			in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Made.", End: 5}, PartyIDs: []int64{f.eu.ID}}
			return errOf(f.s.MakeStatement(ctx, in, &Speaker{Name: "Shen Bo"}, "Regional issues/Tibet"))
		})},
		{"UnmakeStatement", func(t *testing.T, f fixture) func(context.Context) error {
			m := mustMake(t, f)
			return func(ctx context.Context) error { return f.s.UnmakeStatement(ctx, m) }
		}},
		{"RemakeStatement", func(t *testing.T, f fixture) func(context.Context) error {
			m := mustMake(t, f)
			noErr(t, f.s.UnmakeStatement(context.Background(), m))
			return func(ctx context.Context) error { return f.s.RemakeStatement(ctx, m) }
		}},
		{"ImportSource", call(func(ctx context.Context, f fixture) error {
			b := ImportBatch{DialogueID: f.d.ID, Source: Source{Title: "EU readout", Text: "The EU raised Tibet."},
				AuthorParty: "EU", Statements: []ImportStatement{{Text: "The EU raised Tibet.", End: 20, Parties: []string{"EU"}, Topic: "Tibet"}}}
			return errOf(f.s.ImportSource(ctx, &b, nil))
		})},
	}
}

// withTag puts a tag on f.cn1 before the call.
func withTag(fn func(ctx context.Context, f fixture, tg Tag) error) func(*testing.T, fixture) func(context.Context) error {
	return func(t *testing.T, f fixture) func(context.Context) error {
		tg := mustTag(t, f)
		return func(ctx context.Context) error { return fn(ctx, f, tg) }
	}
}

func mustTag(t *testing.T, f fixture) Tag {
	t.Helper()
	ctx := context.Background()
	tg := Tag{Name: "non-interference"}
	noErr(t, f.s.CreateTag(ctx, &tg))
	noErr(t, f.s.TagStatement(ctx, f.cn1.ID, tg.ID))
	return tg
}

func mustMake(t *testing.T, f fixture) StatementMade {
	t.Helper()
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Made.", End: 5}, PartyIDs: []int64{f.eu.ID}}
	m, err := f.s.MakeStatement(context.Background(), in, &Speaker{Name: "Shen Bo"}, "Regional issues/Tibet")
	noErr(t, err)
	return m
}
