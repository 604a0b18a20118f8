package storage

import (
	"context"
	"testing"
)

// TestViewSeesOneState checks that the queries of one read transaction
// see the file as it was at the first of them, even when a change commits
// between two of them: what Matrix, StatementBundle, ColumnViews and the
// snapshots rely on.
func TestViewSeesOneState(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	count := func(ctx context.Context) int64 {
		n, err := f.s.CountStatements(ctx, StatementFilter{DialogueID: f.d.ID})
		noErr(t, err)
		return n
	}
	err := f.s.view(ctx, func(in context.Context) error {
		before := count(in)
		in2 := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Committed meanwhile."}}
		noErr(t, f.s.CreateStatement(ctx, &in2))
		if after := count(in); after != before {
			t.Errorf("inside one read transaction: %d statements, then %d", before, after)
		}
		if now := count(ctx); now != before+1 {
			t.Errorf("outside it: %d statements, want %d", now, before+1)
		}
		return nil
	})
	noErr(t, err)
	t.Run("ErrChangeInsideView", func(t *testing.T) {
		err := f.s.view(ctx, func(in context.Context) error { return f.s.CreateTag(in, &Tag{Name: "x"}) })
		if err == nil {
			t.Fatal("a change ran inside a read transaction")
		}
	})
}
