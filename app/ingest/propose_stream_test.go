package ingest

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// fixtureText joins every fixture, English and Chinese, into one source
// of many paragraphs, with a hard-wrapped paragraph whose long lines end
// no sentence (a piece must not be cut after one of them).
func fixtureText(t *testing.T) string {
	t.Helper()
	files, _ := filepath.Glob("testdata/*/*.txt")
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(data)
		b.WriteString("\n\nThe two sides held a long meeting in the capital with the delegation of\n\nJapan and the European Union\n\n")
	}
	return NormalizeText(b.String())
}

// Proposing piece by piece gives what proposing the whole text gives,
// however small the pieces.
func TestStreamProposesAsPropose(t *testing.T) {
	text := fixtureText(t)
	for _, size := range []int{1, 200, 5000, 1 << 20} {
		defer func(old int) { streamPiece = old }(streamPiece)
		streamPiece = size
		for _, author := range []string{"China", ""} {
			want, err := NewProposer().Propose(context.Background(), Document{Text: text}, author, nil)
			if err != nil {
				t.Fatal(err)
			}
			s, err := NewProposer().Stream(context.Background(), Document{Text: text}, author)
			if err != nil {
				t.Fatal(err)
			}
			var got []Proposal
			if err := s.Each(context.Background(), func(pr Proposal) error { got = append(got, pr); return nil }); err != nil {
				t.Fatal(err)
			}
			if s.Sentences != len(want.Proposals) || len(got) != len(want.Proposals) {
				t.Fatalf("piece %d: %d counted, %d proposed, want %d", size, s.Sentences, len(got), len(want.Proposals))
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], want.Proposals[i]) {
					t.Fatalf("piece %d, author %q, sentence %d:\n got %+v\nwant %+v", size, author, i, got[i], want.Proposals[i])
				}
			}
			if s.Draft.Author != want.Author || !reflect.DeepEqual(s.Draft.StarterTopics, want.StarterTopics) {
				t.Fatalf("draft %+v, want author %q", s.Draft, want.Author)
			}
		}
	}
}

func TestPieceEnds(t *testing.T) {
	text := "A short title\n\n" + strings.Repeat("x", 70) + " of\n\nNext.\n\nLast."
	ends := pieceEnds(text, 1)
	if len(ends) != 3 || ends[0] != len("A short title\n\n") || ends[2] != len(text) {
		t.Fatalf("ends %v: a piece may not end after the long line that ends no sentence", ends)
	}
}
