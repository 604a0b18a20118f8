package storage

import (
	"context"
	"testing"
)

func TestSwapLinks(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	s := f.s
	old := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRepeats}
	noErr(t, s.CreateLink(ctx, &old))
	noErr(t, s.CreateNote(ctx, &Note{LinkID: &old.ID, Body: "why these two"}))

	t.Run("OK", func(t *testing.T) {
		before := s.WriteTransactions()
		sw, err := s.SwapLinks(ctx, []int64{old.ID}, &Link{FromID: f.eu1.ID, ToID: f.joint.ID, Type: LinkRepeats})
		noErr(t, err)
		if n := s.WriteTransactions() - before; n != 1 {
			t.Fatalf("%d write transactions, want 1", n)
		}
		if count(t, s, "links", "id = ?", old.ID) != 0 || count(t, s, "links", "from_id = ? AND to_id = ?", f.eu1.ID, f.joint.ID) != 1 {
			t.Fatal("the old link stayed or the new one is missing")
		}
		if len(sw.Removed) != 1 || len(sw.Notes) != 1 || sw.Added == nil {
			t.Fatalf("swap %+v", sw)
		}
		noErr(t, s.UndoLinkSwap(ctx, sw))
		if count(t, s, "links", "id = ?", old.ID) != 1 || count(t, s, "notes", "link_id = ?", old.ID) != 1 ||
			count(t, s, "links", "from_id = ? AND to_id = ?", f.eu1.ID, f.joint.ID) != 0 {
			t.Fatal("undo did not bring back the old link with its note, or kept the new one")
		}
	})
	t.Run("ErrSelfLinkChangesNothing", func(t *testing.T) {
		_, err := s.SwapLinks(ctx, []int64{old.ID}, &Link{FromID: f.eu1.ID, ToID: f.eu1.ID, Type: LinkRepeats})
		if err == nil {
			t.Fatal("a link of a statement to itself was made")
		}
		if count(t, s, "links", "id = ?", old.ID) != 1 {
			t.Fatal("the failed swap removed the old link")
		}
	})
}

// linkSwapWrites are the Evolution tab's pairing corrections, for the
// one-write-transaction check (guiWrites).
func linkSwapWrites() []guiWrite {
	return []guiWrite{
		{"SwapLinks", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.SwapLinks(ctx, nil, &Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRepeats}))
		})},
		{"UndoLinkSwap", func(t *testing.T, f fixture) func(context.Context) error {
			sw, err := f.s.SwapLinks(context.Background(), nil, &Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRepeats})
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.UndoLinkSwap(ctx, sw) }
		}},
	}
}
