package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// colleague is a second analyst's store on the world's project, as on a
// server: Ben, editing alongside the window.
func colleague(wd *world) *storage.Store {
	wd.t.Helper()
	ben, err := storage.OpenWith(wd.path, storage.Options{Unlocked: true})
	wd.must(err)
	ben.SetAuthor("Ben")
	wd.t.Cleanup(func() { ben.Close() })
	return ben
}

// labelContaining is the visible label whose text holds s; nil if none.
func (wd *world) labelContaining(s string) *widget.Label {
	l, _ := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, s)
	}).(*widget.Label)
	return l
}

// TestConflictingSave: the window shows a statement; Ben saves another
// text for it; the user then changes its kind. The save is refused and
// both versions are shown; each answer does what it says, and nothing is
// overwritten without one.
func TestConflictingSave(t *testing.T) {
	ctx := context.Background()
	setup := func(t *testing.T) (*world, *storage.Store, string) {
		wd := newWorld(t)
		wd.ws.app.Preferences().SetString(prefYourName, "Ana")
		wd.ws.setProject(wd.st)
		wd.pickTopic(wd.xinjiang.ID)
		wd.pickCard(0, wd.cnX.ID)
		ben := colleague(wd)
		_, _, err := ben.EditStatement(ctx, wd.cnX.ID, 0, func(s *storage.Statement) { s.Text = "Ben's wording." })
		wd.must(err)
		wd.chooseIn(wd.ws.detail.kind, kindLabel(storage.KindDemand))
		if wd.labelContaining("Ben saved statement") == nil {
			t.Fatal("no dialog says that Ben saved the statement first")
		}
		for _, want := range []string{"Yours (not saved)", wd.cnX.Text, "Ben's wording.", kindLabel(storage.KindDemand), kindLabel(storage.KindPosition)} {
			if wd.labelContaining(want) == nil {
				t.Errorf("the conflict does not show %q", want)
			}
		}
		if st, _ := wd.st.Statement(ctx, wd.cnX.ID); st.Text != "Ben's wording." || st.Kind != storage.KindPosition {
			t.Fatalf("the refused save changed the statement: %+v", st)
		}
		return wd, ben, wd.cnX.Text
	}
	t.Run("KeepTheirs", func(t *testing.T) {
		wd, _, _ := setup(t)
		wd.tap("Keep theirs")
		if st, _ := wd.st.Statement(ctx, wd.cnX.ID); st.Text != "Ben's wording." || st.Kind != storage.KindPosition {
			t.Fatalf("keep theirs changed the statement: %+v", st)
		}
		if wd.ws.detail.text.Text != "Ben's wording." || wd.labelContaining("changed by Ben") == nil {
			t.Errorf("the detail shows %q and no 'changed by Ben'", wd.ws.detail.text.Text)
		}
	})
	t.Run("KeepMine", func(t *testing.T) {
		wd, _, mine := setup(t)
		wd.tap("Keep mine")
		st, _ := wd.st.Statement(ctx, wd.cnX.ID)
		if st.Text != mine || st.Kind != storage.KindDemand || st.UpdatedBy != "Ana" {
			t.Fatalf("keep mine saved %+v", st)
		}
		// Keeping mine is an edit like any other: undo gives Ben's back.
		wd.undo()
		if st, _ := wd.st.Statement(ctx, wd.cnX.ID); st.Text != "Ben's wording." {
			t.Fatalf("undo left %q", st.Text)
		}
	})
	t.Run("MergeByHand", func(t *testing.T) {
		wd, _, _ := setup(t)
		wd.tap("Merge by hand…")
		e, _ := wd.find(func(o fyne.CanvasObject) bool {
			e, ok := o.(*blurEntry)
			return ok && e.MultiLine && strings.HasPrefix(e.Text, "Xinjiang affairs")
		}).(*blurEntry)
		if e == nil {
			t.Fatal("the merge form has no text field holding my text")
		}
		wd.replaceText(e, "Merged wording.")
		wd.tap("Save merged")
		if st, _ := wd.st.Statement(ctx, wd.cnX.ID); st.Text != "Merged wording." || st.Kind != storage.KindDemand {
			t.Fatalf("merge saved %+v", st)
		}
	})
}

// TestUndoLeavesOthersWork: the user's edit, then Ben's on the same
// statement; undo is refused in words and Ben's work stays.
func TestUndoLeavesOthersWork(t *testing.T) {
	ctx := context.Background()
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.chooseIn(wd.ws.detail.kind, kindLabel(storage.KindDemand))
	ben := colleague(wd)
	_, _, err := ben.EditStatement(ctx, wd.cnX.ID, 0, func(s *storage.Statement) { s.Text = "Ben's wording." })
	wd.must(err)
	wd.undo()
	if wd.labelContaining("Undo takes back only your own edits") == nil || wd.labelContaining("Ben has changed it since") == nil {
		t.Error("the refused undo is not explained")
	}
	if st, _ := wd.st.Statement(ctx, wd.cnX.ID); st.Text != "Ben's wording." || st.Kind != storage.KindDemand {
		t.Fatalf("the refused undo changed the statement: %+v", st)
	}
}

// TestYourName: Edit → Your Name… names the user's edits.
func TestYourName(t *testing.T) {
	ctx := context.Background()
	wd := newWorld(t)
	wd.menu("Edit", "Your Name…")
	e, _ := wd.ws.win.Canvas().Focused().(*blurEntry)
	if e == nil {
		t.Fatal("the name field has no cursor")
	}
	test.Type(e, "Ana Lind")
	wd.tap("Save")
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.chooseIn(wd.ws.detail.kind, kindLabel(storage.KindDemand))
	st, _ := wd.st.Statement(ctx, wd.cnX.ID)
	if st.UpdatedBy != "Ana Lind" || yourName(wd.ws.app) != "Ana Lind" {
		t.Fatalf("changed by %q, preference %q", st.UpdatedBy, yourName(wd.ws.app))
	}
	if wd.labelContaining("changed by Ana Lind") == nil {
		t.Error("the detail does not say who changed the statement")
	}
	wd.ctrl(fyne.KeyN, false)
	test.Type(wd.ws.detail.notes.entry, "Checked against the EU readout.")
	wd.tap("Add note")
	if wd.labelContaining(" · Ana Lind") == nil {
		t.Error("the note does not say who wrote it")
	}
}

// TestFindCodedBy: Find's "Coded by" keeps the statements one analyst
// coded.
func TestFindCodedBy(t *testing.T) {
	ctx := context.Background()
	wd := newWorld(t)
	wd.st.SetAuthor("Ben")
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: wd.d.ID, Text: "The EU raised Xinjiang again."}, PartyIDs: []int64{wd.eu.ID}}
	wd.must(wd.st.CreateStatement(ctx, &in))
	wd.menu("Edit", "Find…")
	s := wd.ws.search
	test.Type(s.entry, "Xinjiang")
	all := len(s.hits)
	if all < 3 {
		t.Fatalf("%d hits for Xinjiang", all)
	}
	wd.chooseIn(s.author, "Ben")
	if len(s.hits) != 1 || s.hits[0].StatementID != in.ID {
		t.Fatalf("coded by Ben: %+v", s.hits)
	}
	wd.chooseIn(s.author, anyone)
	if len(s.hits) != all {
		t.Fatalf("anyone again: %d hits, want %d", len(s.hits), all)
	}
}

// TestAuthorsShownVisibly: analysts' names come from the project file (a
// mailed project's coded-by columns hold what its sender put there, a team
// colleague names himself). A name with a direction override is shown as
// a mark in the detail pane's "Coded by", in the conflict dialog and in
// Find's "Coded by" choice, which still picks that analyst's statements.
func TestAuthorsShownVisibly(t *testing.T) {
	ctx := context.Background()
	wd := newWorld(t)
	wd.ws.app.Preferences().SetString(prefYourName, "Ana")
	wd.ws.setProject(wd.st)
	ben := colleague(wd)
	ben.SetAuthor("\u202eneB")
	_, _, err := ben.EditStatement(ctx, wd.cnX.ID, 0, func(s *storage.Statement) { s.Text = "Ben's wording." })
	wd.must(err)
	wd.ws.setProject(wd.st)
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	c := wd.ws.win.Canvas()
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the detail pane draws %q", bad)
	}
	if wd.labelContaining("changed by ⇆neB") == nil {
		t.Errorf("the detail pane does not show who changed the statement: %q", drawnTexts(c))
	}
	_, _, err = ben.EditStatement(ctx, wd.cnX.ID, 0, func(s *storage.Statement) { s.Text = "Ben's second wording." })
	wd.must(err)
	wd.chooseIn(wd.ws.detail.kind, kindLabel(storage.KindDemand))
	if wd.labelContaining("⇆neB saved statement") == nil {
		t.Fatalf("no conflict naming ⇆neB: %q", drawnTexts(c))
	}
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the conflict draws %q", bad)
	}
	wd.tap("Keep theirs")

	in := storage.StatementInput{Statement: storage.Statement{DialogueID: wd.d.ID, Text: "Ben's own wording."}, PartyIDs: []int64{wd.eu.ID}}
	wd.must(ben.CreateStatement(ctx, &in))
	wd.menu("Edit", "Find…")
	s := wd.ws.search
	test.Type(s.entry, "wording")
	wd.chooseIn(s.author, "⇆neB")
	if len(s.hits) != 1 || s.hits[0].StatementID != in.ID {
		t.Fatalf("coded by ⇆neB: %+v (offered %q)", s.hits, s.author.Options)
	}
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Find draws %q", bad)
	}
}
