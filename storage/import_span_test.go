package storage

import (
	"context"
	"fmt"
	"strings"
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
// stored, a batch at a time: each flush stores what the batch holds, the
// spans are found across flushes, and an error, even after statements
// were flushed, leaves the project as it was.
func TestImportSourceFill(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	text := "The EU raised concerns. China rejected them. 中方表示反对。 Erdoğan spoke."
	spans := [][2]int{{0, 23}, {24, 44}, {45, 52}, {53, 67}}
	fill := func(b *ImportBatch, flush func() error) error {
		b.Parties = append(b.Parties, Party{Name: "China", ShortName: "PRC", Color: "#d62728"})
		for i, sp := range spans {
			b.Statements = append(b.Statements, ImportStatement{Start: sp[0], End: sp[1], Kind: KindObjection, Parties: []string{"PRC"}})
			if i%2 == 0 {
				if err := flush(); err != nil {
					return err
				}
				if len(b.Statements) != 0 || len(b.Parties) != 0 {
					t.Fatalf("flush left %d statements, %d parties in the batch", len(b.Statements), len(b.Parties))
				}
			}
		}
		return nil
	}
	res, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: "Talks", Source: Source{Title: "R", Text: text, Format: "text"}, Fill: fill, Expected: 4}, nil)
	if err != nil || len(res.StatementIDs) != 4 {
		t.Fatalf("%+v %v", res, err)
	}
	views, _ := s.StatementViews(ctx, StatementFilter{DialogueID: res.DialogueID}, 0)
	parties, _ := s.Parties(ctx)
	if len(views) != 4 || len(parties) != 1 || parties[0].Color != "#d62728" {
		t.Fatalf("views %+v, parties %+v", views, parties)
	}
	for i, want := range []string{"The EU raised concerns.", "China rejected them.", "中方表示反对。", "Erdoğan spoke."} {
		if views[i].Text != want || views[i].Position != int64(i+1) || views[i].ID != res.StatementIDs[i] || len(views[i].PartyIDs) != 1 {
			t.Errorf("statement %d: %+v, want %q at %d", i, views[i], want, i+1)
		}
	}
	if hits, err := s.Search(ctx, SearchQuery{Query: "Erdogan", Kinds: []HitKind{HitStatement}}); err != nil || len(hits) != 1 || hits[0].ID != res.StatementIDs[3] {
		t.Fatalf("flushed statements are searchable: %+v %v", hits, err)
	}

	before := projectCounts(t, s)
	other := "Another text. With two sentences."
	for name, fill := range map[string]func(*ImportBatch, func() error) error{
		"FailsFirst": func(*ImportBatch, func() error) error { return context.Canceled },
		"FailsAfterFlush": func(b *ImportBatch, flush func() error) error {
			b.Parties = append(b.Parties, Party{Name: "Brand New Party"})
			b.Statements = append(b.Statements, ImportStatement{Start: 0, End: 13, Kind: KindPosition, Parties: []string{"Brand New Party"}, Topic: "New topic"})
			if err := flush(); err != nil {
				t.Fatal(err)
			}
			return context.Canceled
		},
		"BadSpanAfterFlush": func(b *ImportBatch, flush func() error) error {
			b.Statements = append(b.Statements, ImportStatement{Start: 0, End: 13, Kind: KindPosition})
			if err := flush(); err != nil {
				t.Fatal(err)
			}
			b.Statements = append(b.Statements, ImportStatement{Start: 14, End: 90, Kind: KindPosition})
			return nil
		},
	} {
		_, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: "Other", Source: Source{Title: "R2", Text: other, Format: "text"}, Fill: fill}, nil)
		if err == nil {
			t.Fatalf("%s: stored the batch", name)
		}
		if name == "BadSpanAfterFlush" && (CodeOf(err) != CodeInvalid || !strings.Contains(err.Error(), "statement 2: its span 14–90")) {
			t.Errorf("%s: %v, want CodeInvalid naming statement 2", name, err)
		}
		if after := projectCounts(t, s); after != before {
			t.Fatalf("%s: a failed import changed the project: %s → %s", name, before, after)
		}
	}
}

// projectCounts counts the rows an import adds, search index included.
func projectCounts(t *testing.T, s *Store) string {
	t.Helper()
	var out []string
	for _, table := range []string{"dialogues", "sources", "statements", "statement_parties", "parties", "topics"} {
		var n int64
		if err := s.r.Table(table).Count(&n).Error; err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("%s %d", table, n))
	}
	if hits, err := s.Search(context.Background(), SearchQuery{Query: "another", Kinds: []HitKind{HitStatement, HitSource}}); err != nil || len(hits) != 0 {
		t.Fatalf("the search index keeps a failed import: %+v %v", hits, err)
	}
	return strings.Join(out, ", ")
}
