package ingest

import (
	"context"
	"testing"
)

// TestOverlappingActorsDoNotCrash: a name inside an appositive title
// ("Anna Berg, Foreign Minister: … Director Li Wei") once gave two actors
// that overlap, and picking the subject sliced past them.
func TestOverlappingActorsDoNotCrash(t *testing.T) {
	text := "Anna Berg, Foreign Minister: I have just had a useful meeting with Director Li Wei in Oslo."
	d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "Norway", nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Proposals) == 0 {
		t.Fatal("no proposals")
	}
}
