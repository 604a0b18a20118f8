package storage

import (
	"context"
	"slices"
	"testing"
)

// TestEachCodedText: the statements with a topic, in the order of
// StatementViews, which the importer's topic classifier learnt from
// before it read them as a stream.
func TestEachCodedText(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Kind: KindPosition, Text: "No topic here."}, PartyIDs: []int64{f.eu.ID}}
	noErr(t, f.s.CreateStatement(ctx, &in))
	views, err := f.s.StatementViews(ctx, StatementFilter{}, 0)
	noErr(t, err)
	var want, got []string
	for _, v := range views {
		if v.TopicID != nil {
			want = append(want, v.Text)
		}
	}
	noErr(t, f.s.EachCodedText(ctx, func(topic int64, text string) error {
		if topic == 0 {
			t.Errorf("%q without its topic", text)
		}
		got = append(got, text)
		return nil
	}))
	if len(want) != 3 || !slices.Equal(got, want) {
		t.Fatalf("coded texts %q, want %q", got, want)
	}
}
