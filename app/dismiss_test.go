package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"parley/app/evolution"
	"parley/storage"
)

// dismissals are the project's dismissals of kind.
func (wd *world) dismissals(kind string) []storage.Dismissal {
	wd.t.Helper()
	ds, err := wd.st.Dismissals(context.Background(), kind, 0)
	wd.must(err)
	return ds
}

// reopen closes the window's project and opens it again from its file.
func (wd *world) reopen() {
	wd.t.Helper()
	wd.ws.close()
	st, err := storage.Open(wd.path)
	wd.must(err)
	wd.st = st
	wd.ws.setProject(st)
}

// D dismisses the selected statement's first suggestion in one write:
// stored with who dismissed it, undone by Ctrl+Z and redone; it stays
// dismissed after the project is reopened, from either end, and Project →
// Dismissed Suggestions… restores it (undoably).
func TestDismissedSuggestionIsKept(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	wd.st.SetAuthor("Ana")
	eu := wd.statementStarting("It raised the negative impact of Hong Kong")
	cn := wd.statementStarting("It stressed that affairs related to Xinjiang")
	wd.showCard(eu)
	if !wd.suggestionListed(cn.Text) {
		t.Fatal("the detail pane does not suggest China's refutation")
	}
	before := wd.st.WriteTransactions()
	test.TypeOnCanvas(wd.ws.win.Canvas(), "d")
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Fatalf("D took %d write transactions", n)
	}
	ds := wd.dismissals(storage.DismissedPairing)
	if len(ds) != 1 || storage.DismissalKey(ds[0].FromID, ds[0].ToID) != storage.DismissalKey(eu.ID, cn.ID) ||
		ds[0].Type != storage.LinkContradicts || ds[0].CreatedBy != "Ana" {
		t.Fatalf("D stored %+v", ds)
	}
	if wd.suggestionListed(cn.Text) || len(wd.linksBetween(eu.ID, cn.ID)) != 0 {
		t.Fatal("the dismissed suggestion is still offered, or a link was made")
	}
	if len(wd.texts("1 suggestion dismissed; Project › Dismissed Suggestions… restores them")) != 1 {
		t.Fatal("the detail pane does not say where the dismissed suggestion went")
	}
	wd.undo()
	if len(wd.dismissals("")) != 0 || !wd.suggestionListed(cn.Text) {
		t.Fatal("undo did not bring the suggestion back")
	}
	wd.redo()
	if ds2 := wd.dismissals(""); len(ds2) != 1 || ds2[0].ID != ds[0].ID {
		t.Fatalf("redo stored %+v, want the dismissal back with its ID", ds2)
	}

	wd.reopen()
	wd.chooseIn(wd.ws.view.dialogue, sample39th)
	wd.showCard(eu)
	if wd.suggestionListed(cn.Text) {
		t.Fatal("the dismissed suggestion is offered again after reopening")
	}
	wd.showCard(cn)
	if wd.suggestionListed(eu.Text) {
		t.Fatal("the dismissed suggestion is offered from the other end after reopening")
	}

	wd.menu("Project", "Dismissed Suggestions…")
	c := wd.ws.win.Canvas()
	if len(wd.texts("Suggested link, contradicts: 39th China-EU Human Rights Dialogue")) != 1 || len(wd.texts("Ana · ")) != 1 {
		t.Fatalf("the list does not show the dismissal with who made it; on screen: %q", wd.texts(""))
	}
	if b := findButton(c, "Restore"); b == nil || !b.Disabled() {
		t.Fatal("Restore is enabled with nothing chosen")
	}
	tapOnMatch(t, c, "the dismissed suggestion", func(s string) bool { return strings.HasPrefix(s, "Suggested link, contradicts") })
	wd.tap("Restore")
	if len(wd.dismissals("")) != 0 || len(wd.texts("You have dismissed no suggestions")) != 1 {
		t.Fatal("Restore did not remove the dismissal, or the list still shows it")
	}
	wd.tap("Close")
	wd.showCard(eu)
	if !wd.suggestionListed(cn.Text) {
		t.Fatal("the restored suggestion is not offered")
	}
	wd.undo()
	if len(wd.dismissals("")) != 1 || wd.suggestionListed(cn.Text) {
		t.Fatal("undoing Restore did not dismiss the suggestion again")
	}
}

// Not a repeat in the Evolution tab parts a pair the pairing made: the
// two statements show as dropped and new, the word is stored, undone and
// redone like any edit, and holds after reopening.
func TestEvolutionNotARepeat(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.chooseIn(wd.ws.evolution.pairs.topics, "Xinjiang")
	const deep = "The EU expressed deep concern about the human rights situation in Xinjiang"
	if len(wd.texts(deep)) != 0 {
		t.Fatal("round 11's statement shows on its own before: it should be paired with round 12's")
	}
	before := wd.st.WriteTransactions()
	test.Tap(findButton(wd.ws.win.Canvas(), "Not a repeat")) // the first pair: round 11 to 12
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Fatalf("Not a repeat took %d write transactions", n)
	}
	ds := wd.dismissals(storage.DismissedRepeat)
	if len(ds) != 1 || ds[0].Type != storage.LinkRepeats {
		t.Fatalf("Not a repeat stored %+v", ds)
	}
	if len(wd.texts(deep)) == 0 || len(wd.texts("Dropped")) == 0 || len(wd.texts("New")) == 0 {
		t.Fatal("the parted statements are not shown as dropped and new")
	}
	wd.assertParted(ds[0], true)
	wd.shortcut(&fyne.ShortcutUndo{})
	if len(wd.dismissals("")) != 0 || len(wd.texts(deep)) != 0 || wd.ws.tabs.SelectedIndex() != tabEvolution {
		t.Fatal("undo did not pair the statements again on the Evolution tab")
	}
	wd.shortcut(&fyne.ShortcutRedo{})
	if len(wd.dismissals("")) != 1 {
		t.Fatal("redo did not part the statements again")
	}
	wd.reopen()
	wd.assertParted(ds[0], true)
	wd.showEvolution()
	wd.chooseIn(wd.ws.evolution.pairs.topics, "Xinjiang")
	if len(wd.texts(deep)) == 0 {
		t.Fatal("the parted pair is paired again after reopening")
	}
	wd.menu("Project", "Dismissed Suggestions…")
	if len(wd.texts("Not a repeat in 12th round (2023) of 11th round (2022)")) == 0 ||
		len(wd.texts("EU: "+deep[:40])) == 0 {
		t.Fatalf("the list does not name the rounds: %q", wd.texts("Not a repeat"))
	}
}

// assertParted checks with the engine, as parley analyse reads it, that
// the statements of d are (or are not) paired.
func (wd *world) assertParted(d storage.Dismissal, parted bool) {
	wd.t.Helper()
	ctx := context.Background()
	sr, err := evolution.FindSeries(ctx, wd.st, "")
	wd.must(err)
	s, err := evolution.Load(ctx, wd.st, sr.ID)
	wd.must(err)
	all, err := s.AllPairs(ctx)
	wd.must(err)
	for _, p := range all {
		if p.Before != nil && p.After != nil && p.After.ID == d.FromID && p.Before.ID == d.ToID && parted {
			wd.t.Fatalf("statements %d and %d are paired although not a repeat", d.FromID, d.ToID)
		}
	}
}
