package storage

import (
	"context"
	"testing"
)

func dismissalWrites() []guiWrite {
	dismissed := func(t *testing.T, f fixture) Dismissal {
		d := Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRespondsTo}
		_, err := f.s.Dismiss(context.Background(), &d)
		noErr(t, err)
		return d
	}
	return []guiWrite{
		{"Dismiss", call(func(ctx context.Context, f fixture) error {
			return errOf(f.s.Dismiss(ctx, &Dismissal{Kind: DismissedRepeat, FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRepeats}))
		})},
		{"Undismiss", func(t *testing.T, f fixture) func(context.Context) error {
			d := dismissed(t, f)
			return func(ctx context.Context) error { return errOf(f.s.Undismiss(Undoing(ctx), d.ID)) }
		}},
		{"RestoreDismissal", func(t *testing.T, f fixture) func(context.Context) error {
			d := dismissed(t, f)
			_, err := f.s.Undismiss(context.Background(), d.ID)
			noErr(t, err)
			return func(ctx context.Context) error { return f.s.RestoreDismissal(ctx, d) }
		}},
	}
}

// TestDismissals: a dismissed suggestion is stored once per kind, whichever
// way round, with who dismissed it; it is logged, undone and redone with
// its ID, and goes with either of its statements.
func TestDismissals(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	f.s.SetAuthor("ana")
	ana := f.s.Author() // on a server, the database role
	d := Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
	made, err := f.s.Dismiss(ctx, &d)
	noErr(t, err)
	if !made || d.ID == 0 || d.CreatedBy != ana || d.Version != 1 {
		t.Fatalf("dismissed %+v, made %v", d, made)
	}
	again := Dismissal{Kind: DismissedPairing, FromID: f.cn1.ID, ToID: f.eu1.ID, Type: LinkRespondsTo}
	made, err = f.s.Dismiss(ctx, &again)
	noErr(t, err)
	if made || again.ID != d.ID {
		t.Fatalf("the pair dismissed the other way round was recorded again: %+v, made %v", again, made)
	}
	rep := Dismissal{Kind: DismissedRepeat, FromID: f.cn1.ID, ToID: f.eu1.ID, Type: LinkRepeats}
	made, err = f.s.Dismiss(ctx, &rep)
	noErr(t, err)
	if !made {
		t.Fatal("the same pair under another kind was not recorded")
	}
	pairs, err := f.s.DismissedPairs(ctx, DismissedPairing, f.d.ID)
	noErr(t, err)
	if len(pairs) != 1 || !pairs[DismissalKey(f.cn1.ID, f.eu1.ID)] {
		t.Fatalf("dismissed pairs %v", pairs)
	}
	views, err := f.s.DismissalViews(ctx, "", 0)
	noErr(t, err)
	if len(views) != 2 || views[0].From.Text != f.eu1.Text || views[0].To.Text != f.cn1.Text {
		t.Fatalf("views %+v", views)
	}
	var log []EditLog
	noErr(t, f.s.read(ctx).Where("row_table = ?", "dismissals").Order("id").Find(&log).Error)
	if len(log) != 2 || log[0].Action != "dismiss suggestion" || log[0].Author != ana || log[0].RowID != d.ID {
		t.Fatalf("edit log %+v", log)
	}

	gone, err := f.s.Undismiss(Undoing(ctx), d.ID)
	noErr(t, err)
	if pairs, _ := f.s.DismissedPairs(ctx, DismissedPairing, 0); len(pairs) != 0 {
		t.Fatalf("after undo: %v", pairs)
	}
	noErr(t, f.s.RestoreDismissal(Undoing(ctx), gone))
	back, err := f.s.Dismissals(ctx, DismissedPairing, 0)
	noErr(t, err)
	if len(back) != 1 || back[0].ID != d.ID || back[0].CreatedBy != ana || !back[0].CreatedAt.Equal(d.CreatedAt) {
		t.Fatalf("redone %+v, want %+v", back, d)
	}

	_, err = f.s.DeleteStatement(ctx, f.cn1.ID)
	noErr(t, err)
	if all, _ := f.s.Dismissals(ctx, "", 0); len(all) != 0 {
		t.Fatalf("dismissals of a deleted statement stayed: %+v", all)
	}
	wantCode(t, f.s.RestoreDismissal(ctx, gone), CodeNotFound)
}

func TestDismissErrors(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	for name, c := range map[string]struct {
		d    Dismissal
		code Code
	}{
		"ErrKind":    {Dismissal{Kind: "forget", FromID: f.eu1.ID, ToID: f.cn1.ID}, CodeInvalid},
		"ErrItself":  {Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: f.eu1.ID}, CodeInvalid},
		"ErrType":    {Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: f.cn1.ID, Type: "hates"}, CodeInvalid},
		"ErrMissing": {Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: 999}, CodeNotFound},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := f.s.Dismiss(ctx, &c.d)
			wantCode(t, err, c.code)
		})
	}
	if all, _ := f.s.Dismissals(ctx, "", 0); len(all) != 0 {
		t.Fatalf("a refused dismissal was stored: %+v", all)
	}
	_, err := f.s.Undismiss(ctx, 12345)
	wantCode(t, err, CodeNotFound)
}
