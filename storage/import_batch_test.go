package storage

import (
	"context"
	"testing"
)

func TestImportSource(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	eu := Party{Name: "European Union", ShortName: "EU", Color: "#1f4e9c"}
	if err := s.CreateParty(ctx, &eu); err != nil {
		t.Fatal(err)
	}
	text := "The EU raised concerns. China rejected them."
	b := &ImportBatch{
		DialogueTitle: "39th Human Rights Dialogue",
		Source:        Source{Title: "EU readout", Text: text, Format: "text"},
		AuthorParty:   "EU",
		Parties:       []Party{{Name: "European Union", ShortName: "EU"}, {Name: "China", ShortName: "China", Color: "#d62728"}},
		Speakers:      []ImportSpeaker{{Name: "Miao Deyu", Role: "Assistant Foreign Minister", Party: "China"}},
		Topics:        []ImportTopic{{Path: "Regional issues/Xinjiang", Keywords: "xinjiang"}},
		Statements: []ImportStatement{
			{Text: "The EU raised concerns.", Start: 0, End: 23, Kind: KindConcern, Parties: []string{"EU"}, Topic: "Regional issues/Xinjiang", ReportedBy: "EU"},
			{Text: "China rejected them.", Start: 24, End: 44, Kind: KindObjection, Parties: []string{"China"}, Speaker: "Miao Deyu", ReportedBy: "EU"},
		},
	}
	t.Run("OK", func(t *testing.T) {
		res, err := s.ImportSource(ctx, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.StatementIDs) != 2 || res.SourceID == 0 || res.DialogueID == 0 {
			t.Fatalf("result %+v", res)
		}
		parties, _ := s.Parties(ctx)
		if len(parties) != 2 {
			t.Fatalf("want EU matched by short name and China created, got %+v", parties)
		}
		views, err := s.StatementViews(ctx, StatementFilter{DialogueID: res.DialogueID}, 0)
		if err != nil || len(views) != 2 {
			t.Fatalf("views %v %v", views, err)
		}
		if views[1].SpeakerName != "Miao Deyu" || views[0].TopicID == nil || views[0].ReportedByName != "European Union" {
			t.Fatalf("refs not stored: %+v", views)
		}
		dup, _ := s.SourcesByHash(ctx, TextHash(text))
		if len(dup) != 1 || dup[0].AuthorPartyID == nil || *dup[0].AuthorPartyID != eu.ID {
			t.Fatalf("source %+v", dup)
		}
	})
	t.Run("ErrNothingChangesOnFailure", func(t *testing.T) {
		before, _ := s.Parties(ctx)
		bad := *b
		bad.Parties = []Party{{Name: "Brand New Party"}}
		bad.Statements = append([]ImportStatement{}, b.Statements...)
		bad.Statements[1].Kind = "shouting"
		if _, err := s.ImportSource(ctx, &bad, nil); CodeOf(err) != CodeInvalid {
			t.Fatalf("want invalid, got %v", err)
		}
		bad.Statements[1].Kind = KindObjection
		bad.Statements[1].Topic = "/"
		if _, err := s.ImportSource(ctx, &bad, nil); err == nil {
			t.Fatal("an empty topic path was accepted")
		}
		after, _ := s.Parties(ctx)
		srcs, _ := s.Sources(ctx, 0)
		if len(after) != len(before) || len(srcs) != 1 {
			t.Fatalf("a failed import changed the project: %d→%d parties, %d sources", len(before), len(after), len(srcs))
		}
	})
}
