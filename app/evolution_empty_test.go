package app

import (
	"testing"

	"fyne.io/fyne/v2"

	"parley/widgets"
)

// TestEvolutionRoundsSayWhyTheyAreEmpty: the Rounds section of a project
// without a series says, where the grid would be, how to get one; an
// empty grid drew its header strips around a blank table, which read as a
// view that failed to load. The sample's series shows its grid.
func TestEvolutionRoundsSayWhyTheyAreEmpty(t *testing.T) {
	gridShown := func(wd *world) bool {
		return wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widgets.EvolutionGrid); return ok }) != nil
	}
	wd := newWorld(t) // two dialogues, in no series
	wd.showEvolution()
	if wd.findLabel(noSeriesRounds) == nil || gridShown(wd) {
		t.Fatal("the Rounds of a project without a series show an empty grid, not how to get a series")
	}
	wd = sampleWorld(t, 1024, 700)
	wd.showEvolution()
	if wd.findLabel(noSeriesRounds) != nil || wd.findLabel(noStatementsRounds) != nil || !gridShown(wd) {
		t.Fatal("the sample's series does not show its grid")
	}
}
