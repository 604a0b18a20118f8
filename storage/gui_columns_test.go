package storage

import (
	"context"
	"reflect"
	"sort"
	"testing"
)

// ColumnViews must read exactly what StatementViews reads.
func TestColumnViewsMatchStatementViews(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	tag := Tag{Name: "sovereignty", Color: "#aa0000"}
	mustNil(t, f.s.CreateTag(ctx, &tag))
	mustNil(t, f.s.TagStatement(ctx, f.cn1.ID, tag.ID))
	sp := Speaker{Name: "Shen Bo", Role: "Director-General", PartyID: &f.china.ID}
	mustNil(t, f.s.CreateSpeaker(ctx, &sp))
	cn := f.cn1
	cn.SpeakerID, cn.ReportedByID = &sp.ID, &f.china.ID
	mustNil(t, f.s.UpdateStatement(ctx, &cn))
	mustNil(t, f.s.CreateNote(ctx, &Note{StatementID: &f.eu1.ID, Body: "n"}))
	mustNil(t, f.s.CreateLink(ctx, &Link{FromID: f.cn1.ID, ToID: f.eu1.ID, Type: LinkRespondsTo}))
	for _, c := range []struct {
		name  string
		f     StatementFilter
		limit int
	}{
		{"Dialogue", StatementFilter{DialogueID: f.d.ID}, 0},
		{"Topic", StatementFilter{DialogueID: f.d.ID, TopicIDs: []int64{f.xinjiang.ID}}, 0},
		{"Limit", StatementFilter{DialogueID: f.d.ID}, 2},
		{"Nothing", StatementFilter{DialogueID: f.d.ID + 99}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, err := f.s.StatementViews(ctx, c.f, c.limit)
			mustNil(t, err)
			got, err := f.s.ColumnViews(ctx, c.f, c.limit)
			mustNil(t, err)
			for _, vs := range [][]StatementView{want, got} {
				for i := range vs {
					sort.Slice(vs[i].PartyIDs, func(a, b int) bool { return vs[i].PartyIDs[a] < vs[i].PartyIDs[b] })
				}
			}
			if len(want) == 0 && len(got) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("ColumnViews:\n%+v\nStatementViews:\n%+v", got, want)
			}
		})
	}
}
