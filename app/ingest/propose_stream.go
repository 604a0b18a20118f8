package ingest

import (
	"context"
	"strings"
	"unicode/utf8"
)

// streamPiece is about how much text a Streamed holds as runes at a time:
// the runes of a whole 50 MB text took 200 MB.
var streamPiece = 1 << 20

// Streamed is a document proposed sentence by sentence, for texts too
// large to hold every proposal, and the text as runes, at once (the
// command line's import). Draft holds the document, its author and the
// starter topics, but no runes, segments or proposals. The proposals are
// the same as Propose's.
type Streamed struct {
	Draft     *Draft
	Sentences int // how many proposals Each makes
	st        *state
	ends      []int // where the pieces of the text end, in bytes
}

// Stream prepares doc for proposing sentence by sentence: it finds the
// author and counts the sentences and the parties they name, a piece of
// the text at a time. author is as for Propose.
func (p *Proposer) Stream(ctx context.Context, doc Document, author string) (*Streamed, error) {
	d := p.newDraft(doc, author)
	s := &Streamed{Draft: d, ends: pieceEnds(doc.Text, streamPiece)}
	counts := map[*Entity]int{}
	err := s.pieces(ctx, func(rt *runeText, segs []Segment, _ int) error {
		s.Sentences += len(segs)
		p.mentions(counts, rt, segs, nil)
		return nil
	})
	if err != nil {
		return nil, err
	}
	s.st = newState(p, d, counts)
	return s, nil
}

// Each proposes the sentences in order and hands each proposal to each;
// offsets count runes into the whole text. An error from each stops it.
// Each runs once: proposing remembers the sentences before.
func (s *Streamed) Each(ctx context.Context, each func(Proposal) error) error {
	return s.pieces(ctx, func(rt *runeText, segs []Segment, base int) error {
		r := rt.r
		for i, seg := range segs {
			if i%256 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
			s.st.tr.lineStart = startsLine(r, seg.Start)
			if s.st.tr.lineStart {
				s.st.notePara(r, segs, i)
			}
			pr := s.st.proposeSentence(seg, r[seg.Start:seg.End], rt.slice(seg.Start, seg.End))
			pr.Start += base
			pr.End += base
			if err := each(pr); err != nil {
				return err
			}
		}
		return nil
	})
}

// pieces segments the text a piece at a time (rt holds the piece's text
// and runes); base is the piece's offset in runes.
func (s *Streamed) pieces(ctx context.Context, fn func(rt *runeText, segs []Segment, base int) error) error {
	from, base := 0, 0
	for _, end := range s.ends {
		if err := ctx.Err(); err != nil {
			return err
		}
		piece := s.Draft.Doc.Text[from:end]
		r := []rune(piece)
		if err := fn(newRuneText(piece, r), SegmentRunes(r), base); err != nil {
			return err
		}
		from, base = end, base+len(r)
	}
	return nil
}

// pieceEnds cuts text into pieces of about size bytes that segment as they
// do within the whole: each ends with a blank line (paragraph breaks end
// every sentence) after a line that ends a sentence or is too short to be
// taken for a hard wrap (see blocksOf), so the next piece starts a
// paragraph afresh.
func pieceEnds(text string, size int) []int {
	var ends []int
	from := 0
	for from < len(text) {
		end := len(text)
		for at := from + size; at < len(text); {
			i := strings.Index(text[at:], "\n\n")
			if i < 0 {
				break
			}
			cut := at + i
			line := text[strings.LastIndexByte(text[:cut], '\n')+1 : cut]
			if utf8.RuneCountInString(line) < wrapWidth || endsSentenceRunes([]rune(line)) {
				end = cut + 2
				break
			}
			at = cut + 2
		}
		ends = append(ends, end)
		from = end
	}
	return ends
}
