package storage

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// A Fill creates topics as its statements first use them; TopicOrder puts
// the new ones in its order among their new siblings (a parent by its
// first child in the order, the unnamed after), leaving older topics where
// they were.
func TestImportSourceTopicOrder(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	if _, err := s.EnsureTopicPath(ctx, "Old"); err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("A sentence. ", 6)
	firstUse := []string{"Zeta", "Regional issues/Hong Kong", "Extra", "Regional issues/Xinjiang", "Alpha", "Old"}
	fill := func(b *ImportBatch, flush func() error) error {
		for i, p := range firstUse {
			b.Topics = append(b.Topics, ImportTopic{Path: p})
			b.Statements = append(b.Statements, ImportStatement{Start: 12 * i, End: 12*i + 11, Kind: KindPosition, Topic: p})
			if err := flush(); err != nil {
				return err
			}
		}
		return nil
	}
	order := []string{"Alpha", "Regional issues/Xinjiang", "Regional issues/Hong Kong", "Zeta", "Beta"}
	if _, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: "Talks", Source: Source{Title: "R", Text: text}, Fill: fill, TopicOrder: order}, nil); err != nil {
		t.Fatal(err)
	}
	topics, err := s.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := s.TopicPaths(ctx)
	slices.SortFunc(topics, func(a, b Topic) int {
		if pa, pb := parentOf(a), parentOf(b); pa != pb {
			return int(pa - pb)
		}
		return a.Position - b.Position
	})
	var got []string
	for _, tp := range topics {
		got = append(got, paths[tp.ID])
	}
	want := []string{"Old", "Alpha", "Regional issues", "Zeta", "Extra", "Regional issues/Xinjiang", "Regional issues/Hong Kong"}
	if !slices.Equal(got, want) {
		t.Fatalf("topics in order %q, want %q", got, want)
	}
	for i, tp := range topics[:5] {
		if tp.Position != i+1 {
			t.Fatalf("top topics at positions %+v, want 1–5", topics)
		}
	}
}

func parentOf(t Topic) int64 {
	if t.ParentID == nil {
		return 0
	}
	return *t.ParentID
}
