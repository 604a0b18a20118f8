package storage

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// MaxQueryTerms and MaxQueryBytes bound what one search looks for. Every
// word or "phrase" costs a probe of the index and a pass over each
// candidate's words, so a pasted page took seconds (16,000 words: 3.3 s)
// and a pasted report minutes (160,000 words: over 120 s). A question is a
// few words and a pasted sentence a few dozen: both fit.
const (
	MaxQueryTerms = 64
	MaxQueryBytes = 2048
)

// CapQuery returns the part of query that Search looks for: its first
// MaxQueryTerms words and "phrases", as far as they fit in MaxQueryBytes
// (a longer single phrase is cut). notice is "" when nothing was left out,
// else one sentence saying what was searched for, for the user.
func CapQuery(query string) (kept, notice string) {
	terms := splitQuery(query)
	if len(terms) <= MaxQueryTerms && len(query) <= MaxQueryBytes {
		return query, ""
	}
	var b strings.Builder
	n := 0
	for _, t := range terms {
		if n == MaxQueryTerms {
			break
		}
		text := t.text
		room := MaxQueryBytes - b.Len() - 3 // a space and two quotes
		if len(text) > room {
			if n > 0 {
				break
			}
			text = cutRunes(text, room)
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		if t.quoted {
			text = `"` + text + `"`
		}
		b.WriteString(text)
		n++
	}
	return b.String(), fmt.Sprintf("The query is long: only its first %d of %d words and phrases are searched for (at most %d, within %d bytes).",
		n, len(terms), MaxQueryTerms, MaxQueryBytes)
}

// cutRunes is the longest prefix of s of at most n bytes that ends on a
// rune boundary.
func cutRunes(s string, n int) string {
	if n <= 0 {
		return ""
	}
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:min(n, len(s))]
}
