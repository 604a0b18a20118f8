package storage

import (
	"context"
	"testing"
)

// A filter's scope is counted once and counted again after a write: the
// count picks how the scope is checked, and an old one must not outlive
// the data it counted.
func TestScopeSizeCountedAgainAfterAWrite(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	filter := StatementFilter{PartyIDs: []int64{f.eu.ID}}
	size := func() int64 {
		t.Helper()
		db := f.s.read(ctx)
		n, err := f.s.scopeSize(db, filter, filter.sizeProbe(db))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := size(); n != 2 {
		t.Fatalf("EU holds %d statements, want 2", n)
	}
	if n := size(); n != 2 {
		t.Fatalf("counted again: %d, want 2", n)
	}
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Kind: KindConcern, Text: "A third EU statement."}, PartyIDs: []int64{f.eu.ID}}
	if err := f.s.CreateStatement(ctx, &in); err != nil {
		t.Fatal(err)
	}
	if n := size(); n != 3 {
		t.Errorf("after a new EU statement: %d, want 3", n)
	}
	hits, err := f.s.Search(ctx, SearchQuery{Query: "third", Filter: filter, Limit: 10})
	if err != nil || len(hits) != 1 {
		t.Errorf("search with the filter: %d hits, %v; want the new statement", len(hits), err)
	}
}
