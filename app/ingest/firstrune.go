package ingest

import (
	"slices"
	"unicode/utf8"
)

// firstRuneIndex indexes a list of strings (Chinese aliases, cues) by
// their first rune, so that a sentence is searched only for the strings
// that can occur in it: those whose first rune it has.
type firstRuneIndex map[rune][]int

// newFirstRuneIndex indexes the n strings at(0) … at(n-1); empty ones
// are left out (callers search for none).
func newFirstRuneIndex(n int, at func(int) string) firstRuneIndex {
	ix := make(firstRuneIndex, n)
	for i := range n {
		if s := at(i); s != "" {
			c, _ := utf8.DecodeRuneInString(s)
			ix[c] = append(ix[c], i)
		}
	}
	return ix
}

// candidates returns, in ascending order and once each, the indexes of
// the strings whose first rune occurs in r. A string whose first rune r
// lacks cannot occur in string(r), as r is valid text.
func (ix firstRuneIndex) candidates(r []rune) []int {
	var out []int
	for _, c := range r {
		out = append(out, ix[c]...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}
