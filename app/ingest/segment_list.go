package ingest

import "unicode"

// listLine reports whether lines[n], after a long line that ends no
// sentence, starts a list of lines rather than going on with that line's
// sentence: it is shorter than a hard wrap's lines, ends no sentence
// itself, and the line after it is not blank and opens with a capital. A
// hard-wrapped paragraph's short line is its last, which ends the
// sentence; the salutations that open a speech ("Honourable Ministers,",
// "Members of the … delegations,") and an address block do not.
func listLine(r []rune, lines []line, n int) bool {
	l := lines[n]
	content := r[l.start:l.end]
	if l.end-l.start >= wrapWidth || endsSentenceRunes(content) || n+1 >= len(lines) {
		return false
	}
	next := trimLeft(r[lines[n+1].start:lines[n+1].end])
	if len(next) == 0 || isBlank(next) || !unicode.IsUpper(next[0]) {
		return false
	}
	first := trimLeft(content)
	return len(first) > 0 && unicode.IsUpper(first[0])
}
