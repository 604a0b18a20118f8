package sample

import (
	"context"
	"path/filepath"
	"testing"

	"parley/storage"
)

// TestSpans checks, in the project the sample makes, that every
// statement's text is exactly its span of its source.
func TestSpans(t *testing.T) {
	ctx := context.Background()
	s, err := storage.Create(filepath.Join(t.TempDir(), "s.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := Load(ctx, s); err != nil {
		t.Fatal(err)
	}
	views, err := s.StatementViews(ctx, storage.StatementFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(views) < 60 || len(views) > 120 {
		t.Errorf("%d statements; the sample should have 60–120", len(views))
	}
	texts := map[int64][]rune{}
	for _, v := range views {
		if v.SourceID == nil {
			t.Errorf("statement %d cites no source", v.ID)
			continue
		}
		if texts[*v.SourceID] == nil {
			src, err := s.Source(ctx, *v.SourceID)
			if err != nil {
				t.Fatal(err)
			}
			texts[*v.SourceID] = []rune(src.Text)
		}
		if got := string(texts[*v.SourceID][v.Start:v.End]); got != v.Text {
			t.Errorf("statement %d: span %d–%d is %q, text is %q", v.ID, v.Start, v.End, got, v.Text)
		}
	}
}

// TestContent checks that the sample shows what a first-time user should
// see: both parties with speakers, joint statements, positions reported by
// the other side, links, notes and assessments.
func TestContent(t *testing.T) {
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	joint, reported, tagged := 0, 0, 0
	for _, st := range doc.Statements {
		if len(st.Parties) > 1 {
			joint++
		}
		for _, p := range st.Parties {
			if p != *st.ReportedBy {
				// A party's position as the other side reports it.
				reported++
				break
			}
		}
		if len(st.Tags) > 0 {
			tagged++
		}
	}
	kinds := map[string]int{}
	for _, l := range doc.Links {
		kinds[l.Type]++
	}
	checks := []struct {
		name string
		ok   bool
	}{
		{"two parties", len(doc.Parties) == 2},
		{"five speakers", len(doc.Speakers) == 5},
		{"eight sources", len(doc.Sources) == 8},
		{"joint statements", joint >= 3},
		{"reported-by statements", reported >= 4},
		{"tags used", tagged >= 8},
		{"responds-to links", kinds["responds_to"] >= 2},
		{"contradicts links", kinds["contradicts"] >= 2},
		{"assessments", len(doc.Assessments) >= 2},
		{"notes", len(doc.Notes) >= 3},
		{"nested topics", doc.Topics[5].Path == "Regional issues/Xinjiang"},
		{"a case added by hand", len(doc.Cases) == 1 && len(doc.Cases[0].Mentions) == 1},
		{"commitments checked", len(doc.CommitmentChecks) == 2},
		{"a phrase pinned and one hidden", len(doc.PhraseMarks) == 2},
	}
	for _, c := range checks {
		if !c.ok {
			t.Errorf("the sample lacks %s", c.name)
		}
	}
}
