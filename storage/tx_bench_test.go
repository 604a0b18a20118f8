package storage

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkColumnViewsReadTx measures what running a topic's column read
// in one read transaction costs: "plain" is the same queries on the
// reader without one, the baseline. 20,000 statements, one topic of 50.
func BenchmarkColumnViewsReadTx(b *testing.B) {
	s := mustOpen(b)
	ctx := context.Background()
	d := Dialogue{Title: "Round"}
	one, other := Topic{Name: "Xinjiang"}, Topic{Name: "Trade"}
	p := Party{Name: "China"}
	for _, err := range []error{s.CreateDialogue(ctx, &d), s.CreateTopic(ctx, &one), s.CreateTopic(ctx, &other), s.CreateParty(ctx, &p)} {
		if err != nil {
			b.Fatal(err)
		}
	}
	in := make([]StatementInput, 20000)
	for i := range in {
		topic := other.ID
		if i%400 == 0 {
			topic = one.ID
		}
		in[i] = StatementInput{Statement: Statement{DialogueID: d.ID, TopicID: &topic, Text: fmt.Sprintf("Statement %d.", i)},
			PartyIDs: []int64{p.ID}}
	}
	if err := s.InsertStatements(ctx, in, nil); err != nil {
		b.Fatal(err)
	}
	f := StatementFilter{DialogueID: d.ID, TopicIDs: []int64{one.ID}}
	for _, c := range []struct {
		name string
		read func() ([]StatementView, error)
	}{
		{"plain", func() ([]StatementView, error) { return s.columnViews(ctx, f, 500) }},
		{"readtx", func() ([]StatementView, error) { return s.ColumnViews(ctx, f, 500) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for range b.N {
				vs, err := c.read()
				if err != nil || len(vs) != 50 {
					b.Fatalf("%d views: %v", len(vs), err)
				}
			}
		})
	}
}
