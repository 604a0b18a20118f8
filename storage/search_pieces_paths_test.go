package storage

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// bigSourceText is a readout of about 3 MB: Xinjiang in its first line,
// "human rights" in the middle, Tibet in its last line.
func bigSourceText() string {
	var b strings.Builder
	b.WriteString("The EU raised Xinjiang.\n")
	for b.Len() < 3<<19 {
		b.WriteString("The delegations met again and exchanged views on the agenda.\n")
	}
	b.WriteString("Both sides discussed human rights at length.\n")
	for b.Len() < 3<<20 {
		b.WriteString("The delegations met again and exchanged views on the agenda.\n")
	}
	b.WriteString("China spoke of Tibet.\n")
	return b.String()
}

// wantInPieces checks that the index of a project file holds source id
// in pieces that together are its text, and that a search finds it by
// words far apart and by a phrase in its middle.
func wantInPieces(t *testing.T, s *Store, id int64, text string) {
	t.Helper()
	ctx := context.Background()
	if s.d.name() == "SQLite" {
		var pieces []string
		noErr(t, s.read(ctx).Raw("SELECT text FROM fts_sources WHERE rowid BETWEEN ? AND ? ORDER BY rowid",
			id<<pieceBits, id<<pieceBits+maxPieces-1).Scan(&pieces).Error)
		if len(pieces) < len(text)/(pieceBytes+pieceSlack) || strings.Join(pieces, "") != text {
			t.Fatalf("the index holds source %d in %d pieces, want %d or more", id, len(pieces), len(text)/(pieceBytes+pieceSlack))
		}
	}
	for _, q := range []string{"Xinjiang Tibet", `"human rights" Xinjiang`} {
		if got, _ := sourceHits(t, s, q); !slices.Equal(got, []int64{id}) {
			t.Errorf("%s finds sources %v, want %d", q, got, id)
		}
	}
}

// TestEveryPathIndexesSourcesInPieces: a source of several megabytes is
// indexed in pieces whichever way it enters a project, not only by an
// import: stored with its project's rows (a JSON import, a rescue, a
// project brought from a server) and by CreateSource.
func TestEveryPathIndexesSourcesInPieces(t *testing.T) {
	ctx := context.Background()
	text := bigSourceText()
	t.Run("Rows", func(t *testing.T) {
		from := mustOpen(t)
		res, err := from.ImportSource(ctx, &ImportBatch{DialogueTitle: "Round 40", Source: Source{Title: "Chongqing readout", Text: text}}, nil)
		noErr(t, err)
		rows, err := from.ReadRows(ctx)
		noErr(t, err)
		to := mustOpen(t)
		noErr(t, to.WriteRows(ctx, &rows, nil))
		wantInPieces(t, to, res.SourceID, text)
	})
	t.Run("CreateSource", func(t *testing.T) {
		s := mustOpen(t)
		src := Source{Title: "Chongqing readout", Text: text}
		noErr(t, s.CreateSource(ctx, &src))
		wantInPieces(t, s, src.ID, text)
	})
}
