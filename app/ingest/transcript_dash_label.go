package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// Brazil's Presidency prints its English transcripts with the speaker
// and the question set off by a dash, not a colon: "President Lula —
// Look, first of all …", "Question 1 — How was your contact …?",
// "President Lula - President Biden, …". Read as a sentence the label
// would be part of what was said, and the question a statement.

// dashLabel reads such a label at the head of a line: a title and a name
// (two to five capitalised words, the first a title), or a question word
// with its number ("Question 1"), then a dash between spaces that no
// dash of its kind follows in the sentence.
func dashLabel(r []rune) (turnLabel, bool) {
	end := -1
	for i := 1; i+2 < len(r) && i < 48; i++ {
		if (r[i] == '—' || r[i] == '–' || r[i] == '-') && unicode.IsSpace(r[i-1]) && unicode.IsSpace(r[i+1]) {
			end = i
			break
		}
		if r[i] == '.' || r[i] == ',' || r[i] == ':' || r[i] == '?' || r[i] == '!' || r[i] == '"' || r[i] == '“' {
			return turnLabel{}, false
		}
	}
	if end < 0 || slices.Contains(r[end+1:], r[end]) {
		// "Foreign Minister Wang Yi – on his first visit – said …": a
		// pair of dashes sets off words inside the sentence.
		return turnLabel{}, false
	}
	text := strings.TrimSpace(string(r[:end]))
	f := strings.Fields(text)
	if len(f) < 2 || len(f) > 5 {
		return turnLabel{}, false
	}
	if isQuestioner(f[0]) {
		for _, w := range f[1:] {
			if strings.Trim(w, "0123456789") != "" {
				return turnLabel{}, false
			}
		}
		return dashEnd(r, end, f[0], true), true
	}
	for _, w := range f {
		if !isCapitalized(w) && !particles[w] {
			return turnLabel{}, false
		}
	}
	toks := tokenize([]rune(text))
	if len(toks) < 2 || !isTitleWord(toks[0]) || isTitleWord(toks[len(toks)-1]) {
		return turnLabel{}, false
	}
	return dashEnd(r, end, text, false), true
}

// dashEnd is the label that ends with the dash at r[end].
func dashEnd(r []rune, end int, text string, question bool) turnLabel {
	k := end + 1
	for k < len(r) && unicode.IsSpace(r[k]) {
		k++
	}
	return turnLabel{text: text, end: k, question: question, alone: k == len(r)}
}

// Parliaments print written answers under the name of who answers, with
// the constituency and party in brackets, on a line of its own: "Leo
// Varadkar (Dublin West, Fine Gael)", "Micheál Martin (Cork South
// Central, Fianna Fail)". The line is a label: what follows is that
// person's, and the asker's line is one too (the question after it is
// skipped, see writtenQuestion).

// parenLabel reads a line that is a name of two to four capitalised
// words and a bracket, nothing after the bracket.
func parenLabel(r []rune) (turnLabel, bool) {
	if len(r) > 90 || len(r) < 6 || r[len(r)-1] != ')' {
		return turnLabel{}, false
	}
	s := string(r)
	open := strings.IndexByte(s, '(')
	if open < 0 || strings.Count(s, "(") != 1 {
		return turnLabel{}, false
	}
	name := strings.TrimSpace(s[:open])
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 4 {
		return turnLabel{}, false
	}
	for _, w := range f {
		if !isCapitalized(w) && !particles[w] || strings.ContainsAny(w, ".,:;") {
			return turnLabel{}, false
		}
	}
	return turnLabel{text: name, end: len(r), alone: true}, true
}

// writtenQuestion reports a parliamentary question as parliaments print
// it: "To ask the Taoiseach to report on his recent meeting …", "135. To
// ask the Secretary of State for Foreign … what …": no side's statement.
func writtenQuestion(r []rune) bool {
	// Compared rune by rune: every sentence is asked, and a string made
	// of its head would cost an allocation each.
	const ask = "To ask the "
	if len(r) < len(ask) || r[0] != 'T' {
		return false
	}
	for i, c := range ask {
		if r[i] != c && !(c == ' ' && r[i] == '\u00a0') {
			return false
		}
	}
	return true
}
