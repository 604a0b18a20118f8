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

// A long title that ends no sentence, then a dateline and a release
// number: a piece may start after the dateline, and the number line must
// be read there as it is in the whole text.
func TestStreamAfterLongTitleAndDateline(t *testing.T) {
	text := NormalizeText("Press release on Foreign Minister Sergey Lavrov's talks with Minister of Foreign Affairs of the Republic of Ruritania Ivan Petrovich Sidorov\n\n" +
		"6 March 2024 17:22\n\n440-06-03-2024\n\nOn March 6, Foreign Minister Sergey Lavrov held talks with the Minister. They agreed to meet again.")
	defer func(old int) { streamPiece = old }(streamPiece)
	streamPiece = 1
	want, err := NewProposer().Propose(context.Background(), Document{Text: text}, "Russia", nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewProposer().Stream(context.Background(), Document{Text: text}, "Russia")
	if err != nil {
		t.Fatal(err)
	}
	var got []Proposal
	if err := s.Each(context.Background(), func(pr Proposal) error { got = append(got, pr); return nil }); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want.Proposals) {
		t.Fatalf("proposed in pieces:\n%+v\nwhole:\n%+v", got, want.Proposals)
	}
	for _, pr := range got {
		if pr.Text == "440-06-03-2024" && (!pr.Heading || !pr.Skip) {
			t.Fatalf("the release number after a dateline is %+v, want a skipped heading", pr)
		}
	}
}
