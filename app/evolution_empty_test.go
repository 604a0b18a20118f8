package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"parley/storage"
	"parley/widgets"
)

// TestEvolutionWithoutSeriesShowsNoEmptySections: without a series the
// tab shows the line that says how to make one and no sections: Rounds,
// Stock phrases, Cases and Commitments were four blank panes (the grid's
// header strips around a blank table).
func TestEvolutionWithoutSeriesShowsNoEmptySections(t *testing.T) {
	wd := newWorld(t) // two dialogues, in no series
	wd.showEvolution()
	if len(wd.texts("This project has no series yet.")) == 0 {
		t.Fatal("the tab does not say how to get a series")
	}
	if len(wd.texts("Stock phrases")) > 0 {
		t.Fatal("the sections show, blank, without a series")
	}
}

// TestEvolutionRoundsSayWhyTheyAreEmpty: a series whose dialogues hold no
// statements says so where the grid would be; the sample's series shows
// its grid.
func TestEvolutionRoundsSayWhyTheyAreEmpty(t *testing.T) {
	gridShown := func(wd *world) bool {
		return wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widgets.EvolutionGrid); return ok }) != nil
	}
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(t.TempDir(), "empty"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	series := storage.Series{Name: "China-EU Human Rights Dialogue"}
	if err := st.CreateSeries(ctx, &series); err != nil {
		t.Fatal(err)
	}
	for i, title := range []string{"41st round", "42nd round"} {
		d := storage.Dialogue{Title: title, Round: 41 + i, SeriesID: &series.ID}
		if err := st.CreateDialogue(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	wd := openWorld(t, st)
	wd.showEvolution()
	if wd.findLabel(noStatementsRounds) == nil || gridShown(wd) {
		t.Fatal("the Rounds of a series without statements show an empty grid, not why")
	}
	wd = sampleWorld(t, 1024, 700)
	wd.showEvolution()
	if wd.findLabel(noStatementsRounds) != nil || !gridShown(wd) {
		t.Fatal("the sample's series does not show its grid")
	}
}
