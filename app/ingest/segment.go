package ingest

import (
	"fmt"
	"strings"
	"unicode"
)

// Segment is one sentence, heading or list item: the runes [Start, End) of
// the text it was cut from, without surrounding white space or list
// markers.
type Segment struct {
	Start, End int
	Heading    bool
}

// Text returns the segment's text out of the runes it was cut from.
func (s Segment) Text(runes []rune) string { return string(runes[s.Start:s.End]) }

// Segments splits text into sentences. Offsets count runes. Paragraph
// breaks, headings and list items always end a sentence; within a
// paragraph a sentence ends at . ! ? … (or 。！？) unless the full stop
// belongs to an abbreviation (Mr., U.S., e.g.), an initial, a number, or
// sits inside a quotation that goes on.
func Segments(text string) []Segment {
	return SegmentRunes([]rune(text))
}

// SegmentRunes is Segments over text already turned into runes.
func SegmentRunes(r []rune) []Segment {
	var out []Segment
	for _, b := range blocksOf(r) {
		if b.heading {
			out = appendTrimmed(out, r, b.start, b.end, true)
			continue
		}
		out = splitBlock(out, r, b.start, b.end)
	}
	return out
}

// SplitSegment cuts segment i at rune offset at, which must fall inside it.
func SplitSegment(segs []Segment, runes []rune, i, at int) ([]Segment, error) {
	if i < 0 || i >= len(segs) {
		return segs, fmt.Errorf("split: no segment %d", i+1)
	}
	s := segs[i]
	if at <= s.Start || at >= s.End || s.End > len(runes) {
		return segs, fmt.Errorf("split: the cut must fall inside the sentence")
	}
	var parts []Segment
	parts = appendTrimmed(parts, runes, s.Start, at, s.Heading)
	parts = appendTrimmed(parts, runes, at, s.End, s.Heading)
	if len(parts) != 2 {
		return segs, fmt.Errorf("split: the cut must fall inside the sentence, with text on both sides")
	}
	out := make([]Segment, 0, len(segs)+1)
	out = append(out, segs[:i]...)
	out = append(out, parts...)
	return append(out, segs[i+1:]...), nil
}

// MergeSegments joins segment i with the one after it.
func MergeSegments(segs []Segment, i int) ([]Segment, error) {
	if i < 0 || i+1 >= len(segs) {
		return segs, fmt.Errorf("merge: segment %d has no next segment", i+1)
	}
	out := make([]Segment, 0, len(segs)-1)
	out = append(out, segs[:i]...)
	out = append(out, Segment{Start: segs[i].Start, End: segs[i+1].End})
	return append(out, segs[i+2:]...), nil
}

// appendTrimmed adds [start, end) less white space and list markers, if
// anything readable is left.
func appendTrimmed(out []Segment, r []rune, start, end int, heading bool) []Segment {
	for start < end && unicode.IsSpace(r[start]) {
		start++
	}
	// Markers in a row ("• (1) In order to …") are all markers
	// (segment_bullets.go).
	for n := 0; n < 3; n++ {
		k := listMarker(r[start:end])
		if k == 0 {
			break
		}
		start += k
		for start < end && unicode.IsSpace(r[start]) {
			start++
		}
	}
	for end > start && unicode.IsSpace(r[end-1]) {
		end--
	}
	for i := start; i < end; i++ {
		if unicode.IsLetter(r[i]) || unicode.IsDigit(r[i]) {
			return append(out, Segment{Start: start, End: end, Heading: heading})
		}
	}
	return out
}

// splitBlock cuts one paragraph into sentences.
func splitBlock(out []Segment, r []rune, start, end int) []Segment {
	quotes := quoteRegions(r, start, end)
	from := start
	// A list marker ("1. ") is no sentence of its own.
	lead := start
	for lead < end && r[lead] == ' ' {
		lead++
	}
	for i := lead + listMarker(r[lead:end]); i < end; i++ {
		c := r[i]
		if isCJKStop(c) {
			j := skipClosers(r, i+1, end)
			if !insideQuote(quotes, i, j) {
				out = appendTrimmed(out, r, from, j, false)
				from = j
			}
			i = j - 1
			continue
		}
		if inlineBullet(r, from, i, end) {
			// "… SICA SUMMIT • Mexico attended …": a bullet between
			// spaces starts an item (segment_bullets.go).
			out = appendTrimmed(out, r, from, i, false)
			from = i
			continue
		}
		if c != '.' && c != '!' && c != '?' && c != '…' {
			continue
		}
		j := i + 1
		for j < end && (r[j] == '.' || r[j] == '!' || r[j] == '?' || r[j] == '…') {
			j++
		}
		stops := j
		j = skipClosers(r, j, end)
		if j < end && !unicode.IsSpace(r[j]) {
			i = j - 1
			continue
		}
		k := j
		for k < end && unicode.IsSpace(r[k]) {
			k++
		}
		if k < end && (!startsSentence(r[k]) || quoteHolds(quotes, r, i, j, k) || (c == '.' && stops == i+1 && (j == i+1 || r[i+1] == ')') && !periodEnds(r, start, i, k, end))) {
			i = j - 1
			continue
		}
		out = appendTrimmed(out, r, from, j, false)
		from = j
		i = j - 1
	}
	return appendTrimmed(out, r, from, end, false)
}

func isCJKStop(c rune) bool { return c == '。' || c == '！' || c == '？' }

// skipClosers moves past closing quotes and brackets after a full stop.
func skipClosers(r []rune, j, end int) int {
	for j < end && strings.ContainsRune(`"'”’)]»」』）】`, r[j]) {
		j++
	}
	return j
}

func startsSentence(c rune) bool {
	return unicode.IsUpper(c) || unicode.IsDigit(c) || unicode.Is(unicode.Han, c) ||
		unicode.In(c, unicode.Hiragana, unicode.Katakana, unicode.Hangul) ||
		strings.ContainsRune(`"'“‘([«「『（【•-–—*`, c) || unicode.IsTitle(c)
}
