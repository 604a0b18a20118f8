package storage

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCapQuery(t *testing.T) {
	for _, c := range []struct {
		name, query, kept string
		noticed           bool
	}{
		{"ShortUnchanged", `xinjiang "human rights" -tibet`, `xinjiang "human rights" -tibet`, false},
		{"TermsCut", strings.Repeat("a ", MaxQueryTerms) + "zebra", strings.TrimSpace(strings.Repeat("a ", MaxQueryTerms)), true},
		{"BytesCut", strings.Repeat("xinjiang ", 1000), strings.TrimSpace(strings.Repeat("xinjiang ", MaxQueryTerms)), true},
		{"PhraseKeepsQuotes", `"human rights" ` + strings.Repeat("b ", 100), `"human rights" ` + strings.TrimSpace(strings.Repeat("b ", MaxQueryTerms-1)), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			kept, notice := CapQuery(c.query)
			if kept != c.kept || (notice != "") != c.noticed {
				t.Fatalf("got %q, notice %q", kept, notice)
			}
		})
	}
	t.Run("OneLongPhraseCutOnARune", func(t *testing.T) {
		kept, notice := CapQuery(`"` + strings.Repeat("人权", 2000) + `"`)
		if len(kept) > MaxQueryBytes || !utf8.ValidString(kept) || !strings.HasPrefix(kept, `"人权人权`) || notice == "" {
			t.Fatalf("%d bytes, valid %v, notice %q", len(kept), utf8.ValidString(kept), notice)
		}
	})
}

// A pasted report is searched for by its first words: the statement with
// them is found although a later word is in no statement (all words must
// match), and the query of 160,000 words answers at all.
func TestSearchLongQueryIsCapped(t *testing.T) {
	f := mustFixture(t)
	long := strings.Repeat("xinjiang ", MaxQueryTerms) + strings.Repeat("zebra ", 160_000)
	if got := searchIDs(t, f.s, SearchQuery{Query: long}); !sameIDs(got, f.cn1.ID, f.eu1.ID) {
		t.Fatalf("hits %v, want the two statements on Xinjiang", got)
	}
	if got := searchIDs(t, f.s, SearchQuery{Query: "xinjiang zebra"}); len(got) != 0 {
		t.Fatalf("a short query keeps every word: %v", got)
	}
	if _, err := f.s.Search(context.Background(), SearchQuery{Query: strings.Repeat("-zebra ", 200) + "xinjiang"}); CodeOf(err) != CodeInvalid {
		t.Fatalf("the kept part has no word to look for: %v, want CodeInvalid", err)
	}
}
