package qdpx

import (
	"strings"
	"unicode/utf8"
)

// plainText is a source text as REFI-QDA peers count it: no byte order
// mark, LF line ends, positions in code points. QualCoder counts a BOM as
// a character and CRLF as two; Parley's own texts may hold either, so
// positions are moved along with the text.
type plainText struct {
	Text string
	// shift[i] is how many code points were removed before code point i
	// of the original; nil when nothing was.
	shift []int32
}

// normalize strips a leading BOM and turns CRLF and lone CR into LF.
func normalize(s string) plainText {
	if !strings.HasPrefix(s, "\uFEFF") && !strings.Contains(s, "\r") {
		return plainText{Text: s}
	}
	n := utf8.RuneCountInString(s)
	p := plainText{shift: make([]int32, n+1)}
	var b strings.Builder
	b.Grow(len(s))
	removed, i := int32(0), 0
	for off, r := range s {
		p.shift[i] = removed
		switch {
		case i == 0 && r == '\uFEFF':
			removed++
		case r == '\r' && strings.HasPrefix(s[off+1:], "\n"):
			removed++
		case r == '\r':
			b.WriteByte('\n')
		default:
			b.WriteRune(r)
		}
		i++
	}
	p.shift[n] = removed
	p.Text = b.String()
	return p
}

// pos maps a code-point position in the original to the normalized text.
// A position inside a CRLF maps to the LF.
func (p plainText) pos(k int) int {
	if p.shift == nil || k < 0 {
		return k
	}
	if k >= len(p.shift) {
		return k - int(p.shift[len(p.shift)-1])
	}
	return k - int(p.shift[k])
}
