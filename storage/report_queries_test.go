package storage

import (
	"context"
	"reflect"
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

// TimedViews reads in one pass what StatementViews and StatementTimes read
// in two, for a narrow filter and for the whole project (the broad read).
func TestTimedViewsMatchesViewsAndTimes(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	for _, filter := range []StatementFilter{{DialogueID: f.d.ID, TopicIDs: []int64{f.xinjiang.ID}}, {}} {
		views, times, err := f.s.TimedViews(ctx, filter)
		if err != nil {
			t.Fatal(err)
		}
		wantViews, err := f.s.StatementViews(ctx, filter, 0)
		if err != nil {
			t.Fatal(err)
		}
		wantTimes, err := f.s.StatementTimes(ctx, filter)
		if err != nil {
			t.Fatal(err)
		}
		if len(views) == 0 || !reflect.DeepEqual(views, wantViews) {
			t.Errorf("filter %+v: views\n%+v\nwant\n%+v", filter, views, wantViews)
		}
		if !reflect.DeepEqual(times, wantTimes) {
			t.Errorf("filter %+v: times\n%+v\nwant\n%+v", filter, times, wantTimes)
		}
	}
}
