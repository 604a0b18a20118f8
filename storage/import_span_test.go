package storage

import (
	"context"
	"testing"
)

// Statements that leave their text empty get the source's span, found by
// rune offsets (Chinese and accents included), and are searchable.
func TestImportSourceSpanTexts(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	text := "中方表示反对。 Erdoğan spoke. The EU raised concerns."
	b := &ImportBatch{DialogueTitle: "Talks", Source: Source{Title: "Readout", Text: text, Format: "text"},
		Statements: []ImportStatement{
			{Start: 0, End: 7, Kind: KindObjection, Parties: []string{"China", "China"}},
			{Start: 8, End: 22, Kind: KindPosition},
			{Start: 23, End: 46, Kind: KindConcern, Parties: []string{"EU"}},
		}}
	res, err := s.ImportSource(ctx, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	views, err := s.StatementViews(ctx, StatementFilter{DialogueID: res.DialogueID}, 0)
	if err != nil || len(views) != 3 {
		t.Fatalf("views %v %v", views, err)
	}
	for i, want := range []string{"中方表示反对。", "Erdoğan spoke.", "The EU raised concerns."} {
		if views[i].Text != want || views[i].Position != int64(i+1) {
			t.Errorf("statement %d: %q at %d, want %q", i, views[i].Text, views[i].Position, want)
		}
	}
	if len(views[0].PartyIDs) != 1 {
		t.Errorf("a party named twice is stored once: %v", views[0].PartyIDs)
	}
	hits, err := s.Search(ctx, SearchQuery{Query: "concerns", Kinds: []HitKind{HitStatement}})
	if err != nil || len(hits) != 1 || hits[0].ID != res.StatementIDs[2] {
		t.Fatalf("bulk-stored statements are searchable: %+v %v", hits, err)
	}
	hits, err = s.Search(ctx, SearchQuery{Query: "Erdogan", Kinds: []HitKind{HitSource}})
	if err != nil || len(hits) != 1 || hits[0].ID != res.SourceID {
		t.Fatalf("the source is indexed for search: %+v %v", hits, err)
	}
	// The source's trigger, dropped while the source was indexed, is back
	// as Parley writes it: the project opens (its schema is checked).
	path := s.Path()
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatalf("reopen after an import: %v", err)
	}
	defer s.Close()
	bad := &ImportBatch{DialogueTitle: "Talks", Source: Source{Title: "Other", Text: "Short.", Format: "text"},
		Statements: []ImportStatement{{Start: 0, End: 60, Kind: KindPosition}}}
	if _, err := s.ImportSource(ctx, bad, nil); CodeOf(err) != CodeInvalid {
		t.Fatalf("a span past the text: %v, want CodeInvalid", err)
	}
}

// Fill adds the statements inside the transaction, after the source is
// stored; an error from it leaves the project as it was.
func TestImportSourceFill(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	text := "The EU raised concerns. China rejected them."
	fill := func(b *ImportBatch) error {
		b.Parties = append(b.Parties, Party{Name: "China", ShortName: "PRC", Color: "#d62728"})
		b.Statements = append(b.Statements, ImportStatement{Start: 24, End: 44, Kind: KindObjection, Parties: []string{"PRC"}})
		return nil
	}
	res, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: "Talks", Source: Source{Title: "R", Text: text, Format: "text"}, Fill: fill}, nil)
	if err != nil || len(res.StatementIDs) != 1 {
		t.Fatalf("%+v %v", res, err)
	}
	views, _ := s.StatementViews(ctx, StatementFilter{DialogueID: res.DialogueID}, 0)
	parties, _ := s.Parties(ctx)
	if len(views) != 1 || views[0].Text != "China rejected them." || len(parties) != 1 || parties[0].Color != "#d62728" {
		t.Fatalf("views %+v, parties %+v", views, parties)
	}
	failing := func(b *ImportBatch) error { return context.Canceled }
	if _, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: "Other", Source: Source{Title: "R2", Text: "Another text.", Format: "text"}, Fill: failing}, nil); err == nil {
		t.Fatal("a failing Fill stored the batch")
	}
	if dups, _ := s.SourcesByHash(ctx, TextHash("Another text.")); len(dups) != 0 {
		t.Fatal("a failing Fill left its source behind")
	}
}
