package ingest

import "unicode"

// bracketLine reports a line wholly in brackets that ends no sentence:
// the question a press conference's transcript sums up before the answer
// ("(On the significance of … and the state of progress in coordinating a
// Japan-China summit meeting)"), a note of the room ("[Crosstalk]"), an
// editor's line. Such a line is a unit of its own: the answer on the
// next line opens a sentence, even where no blank line comes between
// (the Prime Minister's Office's pages as copied keep one line a
// paragraph), instead of running on as a hard wrap of the bracket.
func bracketLine(p []rune) bool {
	i, j := 0, len(p)-1
	for i <= j && unicode.IsSpace(p[i]) {
		i++
	}
	for j >= i && unicode.IsSpace(p[j]) {
		j--
	}
	if j-i < 2 {
		return false
	}
	open, close := p[i], p[j]
	if !(open == '(' && close == ')' || open == '[' && close == ']') {
		return false
	}
	if k := j - 1; p[k] == '.' || p[k] == '?' || p[k] == '!' {
		return false // "(Applause.)": a sentence of its own already
	}
	depth := 0
	for k := i; k <= j; k++ {
		switch p[k] {
		case open:
			depth++
		case close:
			depth--
			if depth == 0 && k < j {
				return false // "(a) … (b)": brackets that close before the line does
			}
		}
	}
	return depth == 0
}
