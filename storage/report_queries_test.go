package storage

import (
	"context"
	"testing"
)

func TestStatementTimes(t *testing.T) {
	f := mustFixture(t)
	got, err := f.s.StatementTimes(context.Background(), StatementFilter{DialogueID: f.d.ID, TopicIDs: []int64{f.xinjiang.ID}})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 {
		t.Fatalf("got %d statements, want the 2 on Xinjiang", len(got))
	}
	for _, id := range []int64{f.cn1.ID, f.eu1.ID} {
		st := got[id]
		if st.CreatedAt.IsZero() || st.UpdatedAt.Before(st.CreatedAt) {
			t.Errorf("statement %d: times %v / %v", id, st.CreatedAt, st.UpdatedAt)
		}
	}
	if _, ok := got[f.joint.ID]; ok {
		t.Error("the joint statement is not on Xinjiang but was returned")
	}
}
