package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Press releases open with where and when they were filed and by whom:
// "Brussels, 12/03/2024", "BRUSSELS — The EU …", "Beijing, 5 June 2024 –
// The two sides …", and the EEAS's "Press and information team of the
// Delegation to CHINA". None of it is a statement, and a city in it is no
// one's: "Beijing, 5 June 2024 – The EU and China held …" is the EU's and
// China's, not China's because its capital opens the sentence.

// bylineRe matches a press team's byline on a line of its own.
var bylineRe = regexp.MustCompile(`(?i)^press (and information )?team of the\b`)

// numericDatelineRe matches a place and a date in figures, as the EEAS
// writes them ("Brussels, 12/03/2024", "Bruxelles, 16/12/2015 - 00:00,
// UNIQUE ID: …"): one to four capitalised words, a comma, day, month and
// year.
var numericDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3}, \d{1,2}[./]\d{1,2}[./](\d{4}|\d{2})\b`)

// datelineLine reports whether a line that ends no sentence is only a
// dateline in figures or a press team's byline: a block of its own, not
// the first words of the next line's sentence.
func datelineLine(p []rune) bool {
	if len(p) > 140 {
		return false
	}
	s := strings.TrimSpace(string(p))
	if bylineRe.MatchString(s) {
		return true
	}
	return len(p) <= 80 && numericDatelineRe.MatchString(s)
}

// cityDatelineEnd returns the index of the dash that ends a city
// dateline opening the sentence ("BRUSSELS —", "Brussels, 12/03/2024 -",
// "HONG KONG, 3 May 2024 —", "Bogor, MINA –"), or -1. Before the dash
// stand only capitalised words that are no titles, figures and the
// punctuation of dates, with a comma, a figure or capitals alone; a party
// named by its name ("China – EU relations", "ASEAN – …") or a person
// ("Wang Yi – …") opens no dateline.
func cityDatelineEnd(toks []token, as []actor) int {
	if len(toks) < 3 || !toks[0].isWord() || !isCapitalized(toks[0].text) {
		return -1
	}
	dash := -1
	comma, figure, capitals := false, false, true
	for i := 0; i < len(toks) && i <= 12; i++ {
		t := toks[i]
		if i > 0 && isDatelineDash(toks, i) {
			dash = i
			break
		}
		switch {
		case t.isWord() && hasDigit(t.text):
			figure = true
		case t.isWord() && isCapitalized(t.text) && !isTitleWord(t):
			capitals = capitals && strings.ToUpper(t.text) == t.text && len(t.text) > 1
		case t.punct == ',':
			comma = true
		case strings.ContainsRune("./:()", t.punct) && t.punct != 0:
		default:
			return -1
		}
	}
	if dash < 0 || !(comma || figure || capitals) {
		return -1
	}
	next := dash + 1
	for next < len(toks) && toks[next].punct != 0 && strings.ContainsRune("-—–", toks[next].punct) { // "--"
		next++
	}
	if next >= len(toks) || !toks[next].isWord() || !isCapitalized(toks[next].text) {
		return -1
	}
	for _, a := range as {
		if a.from >= dash {
			continue
		}
		if a.kind == actorSpeaker {
			return -1
		}
		if a.from == 0 && a.ent != nil && (strings.EqualFold(a.text, a.ent.Name) || a.ent.Short != "" && strings.EqualFold(a.text, a.ent.Short)) {
			return -1
		}
	}
	return next - 1
}

// isDatelineDash reports whether toks[i] is a dash between words: an em
// or en dash, or a hyphen with a space on each side (not "China-EU").
func isDatelineDash(toks []token, i int) bool {
	switch toks[i].punct {
	case '—', '–':
		return true
	case '-':
		return i > 0 && i+1 < len(toks) && toks[i].start > toks[i-1].end && toks[i+1].start > toks[i].end ||
			i+1 < len(toks) && toks[i+1].punct == '-' // "--"
	}
	return false
}

func hasDigit(s string) bool {
	for _, c := range s {
		if unicode.IsDigit(c) {
			return true
		}
	}
	return false
}
