package storage

import (
	"context"
	"testing"
)

func TestSmoke(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	cols, err := f.s.Compare(ctx, StatementFilter{DialogueID: f.d.ID, TopicIDs: []int64{f.rights.ID, f.xinjiang.ID}}, []int64{f.china.ID, f.eu.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(cols[0].Statements) != 2 || len(cols[1].Statements) != 2 {
		t.Fatalf("columns: %+v", cols)
	}
	for _, q := range []string{"人权", "xinjiang", `"AND("`, "inter*", "-foo concerns", `"unclosed`} {
		hits, err := f.s.Search(ctx, SearchQuery{Query: q})
		t.Logf("%q → %d hits %v", q, len(hits), err)
		for _, h := range hits {
			t.Logf("   %+v", h)
		}
	}
	m, err := f.s.Matrix(ctx, f.d.ID)
	t.Logf("%+v %v", m.Counts, err)
}
