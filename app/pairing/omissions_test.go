package pairing

import (
	"reflect"
	"testing"

	"parley/storage"
)

func TestOmissions(t *testing.T) {
	rows := []TopicCounts{
		{Topic: "Regional issues", Counts: []int{0, 3}},
		{Topic: "Xinjiang", Parent: "Regional issues", Counts: []int{0, 2}},       // the parent says it
		{Topic: "Hong Kong", Parent: "Regional issues", Counts: []int{1, 1}},      // both
		{Topic: "Migration", Counts: []int{2, 0}},                                 // the other way round
		{Topic: "Tibet", Parent: "Regional issues", Counts: []int{0, 0}},          // nobody
		{Topic: "Without a topic", Counts: []int{4, 0}, NoTopic: true},            // not a topic
		{Topic: "Cases", Parent: "Regional issues/Xinjiang", Counts: []int{1, 0}}, // differs from its parent
	}
	got := Omissions(rows)
	want := []Omission{
		{Row: 0, Topic: "Regional issues", Raised: []int{1}, Silent: []int{0}},
		{Row: 3, Topic: "Migration", Raised: []int{0}, Silent: []int{1}},
		{Row: 6, Topic: "Regional issues/Xinjiang/Cases", Raised: []int{0}, Silent: []int{1}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
}

func TestUnanswered(t *testing.T) {
	eu, cn := int64(1), int64(2)
	v := func(id int64, by int64, kind storage.Kind, holders ...int64) storage.StatementView {
		return storage.StatementView{ID: id, ReportedByID: &by, Kind: kind, PartyIDs: holders}
	}
	d := &Dialogue{Views: []storage.StatementView{
		v(1, eu, storage.KindConcern, eu),    // answered by 5
		v(2, eu, storage.KindDemand, eu),     // unanswered
		v(3, eu, storage.KindPosition, eu),   // a position asks nothing
		v(4, eu, storage.KindConcern, cn),    // China's concern told by the EU: not the EU's to be answered
		v(5, cn, storage.KindObjection, cn),  // answers 1, so it is answered too
		v(6, cn, storage.KindProposal, cn),   // unanswered
		v(7, cn, storage.KindDemand, cn, eu), // joint: nobody's alone
		v(8, cn, storage.KindConcern, cn),    // linked only within China's readout
		v(9, cn, storage.KindAccount, cn),
	}, Links: []storage.Link{{FromID: 5, ToID: 1}, {FromID: 9, ToID: 8}}}
	d.A, d.B, _ = Sides(d.Views)
	var ids []int64
	for _, u := range d.Unanswered() {
		ids = append(ids, u.ID)
	}
	if want := []int64{2, 6, 8}; !reflect.DeepEqual(ids, want) {
		t.Fatalf("unanswered %v, want %v", ids, want)
	}
}
