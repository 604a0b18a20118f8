package storage

import (
	"context"
	"testing"
)

// TestSearchFiltersNotesOnLinks: a note on a link passes a filter when one
// end of the link passes it whole (a tag and a party on the same end).
func TestSearchFiltersNotesOnLinks(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	d2 := Dialogue{Title: "38th round"}
	noErr(t, s.CreateDialogue(ctx, &d2))
	old := StatementInput{Statement: Statement{DialogueID: d2.ID, Kind: KindObjection, Text: "China rejected the report."},
		PartyIDs: []int64{f.china.ID}}
	noErr(t, s.CreateStatement(ctx, &old))
	tg := Tag{Name: "rebuttal"}
	noErr(t, s.CreateTag(ctx, &tg))
	noErr(t, s.TagStatement(ctx, old.ID, tg.ID))
	l := Link{FromID: old.ID, ToID: f.eu1.ID, Type: LinkRespondsTo}
	noErr(t, s.CreateLink(ctx, &l))
	noErr(t, s.CreateNote(ctx, &Note{LinkID: &l.ID, Body: "Tibet answered across rounds"}))
	noErr(t, s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "Tibet not mentioned"}))
	for _, c := range []struct {
		name   string
		filter StatementFilter
		want   int
	}{
		{"None", StatementFilter{}, 2},
		{"Tag", StatementFilter{TagIDs: []int64{tg.ID}}, 1},
		{"TagAndPartyOnOneEnd", StatementFilter{TagIDs: []int64{tg.ID}, PartyIDs: []int64{f.china.ID}}, 1},
		{"TagAndPartyOnTwoEnds", StatementFilter{TagIDs: []int64{tg.ID}, PartyIDs: []int64{f.eu.ID}}, 0},
		{"PartyOfTheOtherEnd", StatementFilter{PartyIDs: []int64{f.eu.ID}}, 1},
		{"PartyOfBoth", StatementFilter{PartyIDs: []int64{f.china.ID}}, 2},
		{"KindOfTheOtherEnd", StatementFilter{Kinds: []Kind{KindConcern}}, 1},
		{"OldDialogue", StatementFilter{DialogueID: d2.ID}, 1},
		{"OtherKind", StatementFilter{Kinds: []Kind{KindDemand}}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			hits, err := s.Search(ctx, SearchQuery{Query: "tibet", Filter: c.filter, Kinds: []HitKind{HitNote}})
			noErr(t, err)
			if len(hits) != c.want {
				t.Fatalf("%d note hits %+v, want %d", len(hits), hits, c.want)
			}
		})
	}
}
