package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/storage/pgtest"
)

// piecesText is a readout of about 200 KB that the index of a project file
// holds in four pieces: Xinjiang only in the first, Tibet only in the
// last, and the phrase "human rights" cut by the end of the first piece
// ("human" its last word, "rights" the next piece's first).
func piecesText() string {
	var b strings.Builder
	b.WriteString("The EU raised Xinjiang.\n")
	for 65536-b.Len()-len("human") >= 7 {
		b.WriteString("lorem ")
	}
	b.WriteString(strings.Repeat("a", 65536-b.Len()-len("human")-1) + " ")
	b.WriteString("human rights")
	for range 1000 { // no line break near the cut
		b.WriteString(" ipsum")
	}
	b.WriteString("\n")
	for b.Len() < 200<<10 {
		b.WriteString("The delegations met again and exchanged views.\n")
	}
	b.WriteString("China spoke of Tibet.\n")
	return b.String()
}

// importPieces stores piecesText as an imported source.
func importPieces(t *testing.T, s *Store) int64 {
	t.Helper()
	res, err := s.ImportSource(context.Background(), &ImportBatch{DialogueTitle: "Round 40",
		Source: Source{Title: "Chongqing readout", Text: piecesText()}}, nil)
	noErr(t, err)
	return res.SourceID
}

// sourceHits returns the ids of the sources query finds, and the first
// hit's snippet.
func sourceHits(t *testing.T, s *Store, query string) ([]int64, string) {
	t.Helper()
	hits, err := s.Search(context.Background(), SearchQuery{Query: query, Kinds: []HitKind{HitSource}})
	noErr(t, err)
	var ids []int64
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	if len(hits) == 0 {
		return nil, ""
	}
	return ids, hits[0].Snippet
}

// TestSearchSourceInPieces: a large source is found by words that sit in
// different pieces of the index, by a phrase cut by a piece's end, and
// not when a word it holds anywhere is excluded; its title is found, a
// new title replaces the old, and a deleted source leaves no piece behind.
func TestSearchSourceInPieces(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t)
	id := importPieces(t, s)
	other, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: "Round 40",
		Source: Source{Title: "Brussels readout", Text: "The EU raised Xinjiang and human rights."}}, nil)
	noErr(t, err)
	for _, c := range []struct {
		query string
		want  []int64
	}{
		{"Xinjiang Tibet", []int64{id}},
		{"tib* xinjiang", []int64{id}},
		{`"human rights" Tibet`, []int64{id}},
		{`"rights human"`, nil},
		{"Xinjiang -Tibet", []int64{other.SourceID}},
		{"Chongqing Tibet", []int64{id}},
		{"Chongqing -lorem", nil},
	} {
		got, _ := sourceHits(t, s, c.query)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s found sources %v, want %v", c.query, got, c.want)
		}
	}
	if _, snip := sourceHits(t, s, `"human rights" Tibet`); !strings.Contains(snip, SnippetStart+"rights"+SnippetEnd) {
		t.Errorf("snippet %q does not mark the phrase", snip)
	}
	if s.d.name() == "SQLite" {
		var pieces []string
		noErr(t, s.read(ctx).Raw("SELECT text FROM fts_sources WHERE rowid BETWEEN ? AND ? ORDER BY rowid", id<<pieceBits, id<<pieceBits+maxPieces-1).Scan(&pieces).Error)
		if len(pieces) != 4 || !strings.HasSuffix(pieces[0], " human ") || !strings.HasPrefix(pieces[1], "rights ") ||
			strings.Join(pieces, "") != piecesText() {
			t.Fatalf("the index holds %d pieces (the first ends %q)", len(pieces), pieces[0][len(pieces[0])-20:])
		}
	}

	src, err := s.Source(ctx, id)
	noErr(t, err)
	src.Title = "Chengdu readout"
	noErr(t, s.UpdateSource(ctx, &src))
	if got, _ := sourceHits(t, s, "Chongqing"); got != nil {
		t.Errorf("the old title still finds %v", got)
	}
	if got, _ := sourceHits(t, s, "Chengdu Tibet"); !slices.Equal(got, []int64{id}) {
		t.Errorf("the new title finds %v", got)
	}

	noErr(t, s.DeleteSource(ctx, id))
	if got, _ := sourceHits(t, s, "Xinjiang"); !slices.Equal(got, []int64{other.SourceID}) {
		t.Errorf("after the delete Xinjiang finds %v", got)
	}
	if s.d.name() == "SQLite" {
		var n int64
		noErr(t, s.read(ctx).Raw("SELECT count(*) FROM fts_sources WHERE rowid BETWEEN ? AND ?", id<<pieceBits, id<<pieceBits+maxPieces-1).Scan(&n).Error)
		if n != 0 {
			t.Fatalf("%d pieces of the deleted source are left in the index", n)
		}
	}
}

// TestEachPiece: however long the text, a source takes at most maxPieces
// rows of the index, together the text whole, cut at a line break, else a
// space, else between two characters.
func TestEachPiece(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		min  int
	}{
		{"Empty", "", 1},
		{"Short", "The EU raised Xinjiang.", 1},
		{"Lines", strings.Repeat("The delegations met again.\n", 20000), 8},
		// No space or line break for pages on end, and more than
		// maxPieces pieces' worth: the pieces grow.
		{"Unbroken", strings.Repeat("人权,", (maxPieces+3)*pieceBytes/7), maxPieces / 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			var pieces []string
			noErr(t, eachPiece(c.text, func(k int, p string) error {
				if k != len(pieces) {
					t.Fatalf("piece %d after %d", k, len(pieces))
				}
				pieces = append(pieces, p)
				return nil
			}))
			if len(pieces) > maxPieces || len(pieces) < c.min || strings.Join(pieces, "") != c.text {
				t.Fatalf("%d pieces", len(pieces))
			}
			for _, p := range pieces[:len(pieces)-1] {
				if !utf8.ValidString(p) || c.name == "Lines" && !strings.HasSuffix(p, ".\n") {
					t.Fatalf("a piece ends %q", p[len(p)-8:])
				}
			}
		})
	}
}

// TestSearchSourcesSameOnBothBackends imports the same sources, large ones
// in pieces among them, into a file and into a team project: every query
// finds the same sources, in the same order, with the same snippets.
func TestSearchSourcesSameOnBothBackends(t *testing.T) {
	ctx := context.Background()
	addr := pgtest.Database(t) // skips (fails under CI=1) without PostgreSQL
	texts := []string{
		piecesText(),
		"The EU raised Xinjiang and human rights with Erdoğan.",
		strings.Repeat("中欧人权对话在重庆举行。双方就人权问题交换了意见。\n", 2000) + "Tibet and Xinjiang were raised.\n",
		strings.Repeat("Rights of persons belonging to minorities were discussed at length.\n", 3000),
		"China urged the EU to stop interfering in its internal affairs.",
	}
	var stores []*Store
	for _, dst := range []string{filepath.Join(t.TempDir(), "twin"+Extension), addr} {
		s, err := Create(dst)
		noErr(t, err)
		t.Cleanup(func() { s.Close() })
		for i, text := range texts {
			_, err := s.ImportSource(ctx, &ImportBatch{DialogueTitle: fmt.Sprintf("Round %d", 40+i%2), AuthorParty: []string{"EU", "China"}[i%2],
				Source: Source{Title: fmt.Sprintf("Readout %d", i), Text: text}}, nil)
			noErr(t, err)
		}
		stores = append(stores, s)
	}
	found := 0
	queries := []string{"Xinjiang Tibet", `"human rights"`, "rights -Tibet", "人权", "重庆 Tibet", "erdogan", "minorit*",
		`"internal affairs"`, "readout", `"rights human"`, "the"}
	for _, q := range queries {
		for _, f := range []StatementFilter{{}, {DialogueID: 1}, {PartyIDs: []int64{2}}} {
			query := SearchQuery{Query: q, Filter: f, Kinds: []HitKind{HitSource}}
			want, err := stores[0].Search(ctx, query)
			noErr(t, err)
			got, err := stores[1].Search(ctx, query)
			noErr(t, err)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s %+v: the server found\n%v\nthe file\n%v", q, f, got, want)
			}
			if len(want) > 0 {
				found++
			}
		}
	}
	if found < len(queries) {
		t.Errorf("only %d searches found anything: the comparison proves little", found)
	}
}
