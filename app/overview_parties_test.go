package app

import (
	"context"
	"slices"
	"testing"

	"parley/storage"
)

// TestOverviewShowsTheDialoguesParties: a party with no statement in the
// dialogue and no column gets no column of dashes in the matrix.
func TestOverviewShowsTheDialoguesParties(t *testing.T) {
	wd := newWorld(t)
	idle := storage.Party{Name: "Türkiye", Color: "#e30a17"}
	wd.must(wd.st.CreateParty(context.Background(), &idle))
	wd.ws.load(loadAll)
	cols := wd.ws.overview.matrix.Data.Cols
	if len(cols) != 2 || slices.Contains(cols, partyShort(idle)) {
		t.Fatalf("matrix columns %q, want China and the EU only", cols)
	}
}
