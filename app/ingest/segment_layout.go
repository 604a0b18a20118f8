package ingest

import (
	"strings"
	"unicode"
)

// Layouts the segmenter met on releases, summaries and remarks copied
// from their pages (worked out on batch "late 24"):
//
//   - The addresses under the title of remarks, each on a line of its own
//     with no stop ("Remarks by Minister Lindiwe Sisulu on the occasion
//     of …" / "Director-General and DIRCO senior officials" / "Members of
//     the press" / "On this day, …"): each line is one, not a hard wrap
//     of the next, until a line ends a sentence (addresseeLine).
//   - A lead-in that ends with a comma on its line, before a line that
//     opens a quotation ("… and said in his address," / "“On behalf of
//     …"): the quotation starts a sentence of its own (leadInComma).
//   - A line with no letter or digit ("|", "* * *", "---") parts
//     paragraphs as a blank line does (separatorLine).
//   - A line in capitals that ends no sentence is a heading, however
//     many words it has ("| FOREIGN SECRETARY JOSE ANTONIO MEADE
//     PARTICIPATES IN THE 40TH SICA SUMMIT |") (capsLine).
//   - Sections numbered "1.1", "2.3" before a capitalised word are list
//     markers, as "1." is ("1.1 We recently hosted …"; dottedMarker).

// remarksTitleLine reports a heading that titles someone's remarks,
// speech or address, under which the addresses follow.
func remarksTitleLine(p []rune) bool {
	low := strings.ToLower(strings.TrimSpace(string(p)))
	return isRemarksTitle([]rune(low)) && !strings.HasPrefix(low, "readout") && !strings.HasPrefix(low, "joint statement")
}

// addresseeLine reports a short line that ends no sentence, opens with a
// capital and ends in no word that goes on to the next line: one of the
// addresses under a speech's title.
func addresseeLine(p []rune) bool {
	t := trimLeft(p)
	if len(t) == 0 || len(p) >= wrapWidth || endsSentenceRunes(p) || !unicode.IsUpper(t[0]) {
		return false
	}
	words := strings.Fields(string(t))
	return !headingEnders[strings.ToLower(words[len(words)-1])]
}

// leadInComma reports a line that ends with a comma before a line that
// opens with a quotation mark.
func leadInComma(p, next []rune) bool {
	k := len(p)
	for k > 0 && unicode.IsSpace(p[k-1]) {
		k--
	}
	return k > 0 && p[k-1] == ',' && startsQuote(next)
}

// separatorLine reports a line with no letter or digit in it.
func separatorLine(p []rune) bool {
	for _, c := range p {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			return false
		}
	}
	return true
}

// capsLine reports a line of at least three words whose letters are all
// capitals, ending no sentence: a headline.
func capsLine(p []rune) bool {
	if len(p) > 200 || endsSentenceRunes(p) || len(strings.Fields(string(p))) < 3 {
		return false
	}
	letters := 0
	for _, c := range p {
		if unicode.IsLower(c) {
			return false
		}
		if unicode.IsLetter(c) {
			letters++
		}
	}
	return letters >= 10
}

// dottedMarker is the length of a section number of two or three parts
// ("1.1 ", "2.3.1 ") before a capital, with the space after it, or 0.
func dottedMarker(p []rune) int {
	i, parts := 0, 0
	for {
		j := i
		for j < len(p) && j-i < 2 && unicode.IsDigit(p[j]) {
			j++
		}
		if j == i || j >= len(p) {
			return 0
		}
		parts++
		if p[j] == '.' && j+1 < len(p) && unicode.IsDigit(p[j+1]) {
			i = j + 1
			continue
		}
		if p[j] == '.' {
			j++
		}
		if parts < 2 || j+1 >= len(p) || !markerSpace(p[j]) || !unicode.IsUpper(p[j+1]) {
			return 0
		}
		return j + 1
	}
}
