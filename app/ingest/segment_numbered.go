package ingest

import (
	"strings"
	"unicode"
)

// Summaries of summits (Japan's Prime Minister's Office and Foreign
// Ministry, their embassies) and chairs' statements number their sections
// on lines of their own with no blank line after them, and some print the
// number with no space before the title:
//
//	1. Japan-U.S. Relations
//	(1)Beginning
//	Prime Minister Kan stated that …
//
// Such a line titles the section under it (a heading, skipped), not the
// first words of the next line's sentence. It is a section number
// ("1.", "1)", "(1)", "（１）", "I.", "(a)"), then one to six words (up
// to eight with no verb: "1. Heads of Mission Conference and economic
// diplomacy"), the
// first capitalised, ending no sentence and in no word that goes on to
// the next line ("of", "the", "and"), followed by a line that opens with
// a capital or another section number (worked out on the late part's
// embassy copy of a summit outline, batch "late 24"). A number with no
// space after it stays in the text ("(1)Beginning"), as the document
// prints it.

// numberedTitle reports whether line n is a section's numbered title
// followed by more text on the next line.
func numberedTitle(r []rune, lines []line, n int) bool {
	if n+1 >= len(lines) {
		return false
	}
	t := trimLeft(r[lines[n].start:lines[n].end])
	if len(t) > 80 {
		return false
	}
	k := sectionNumber(t)
	if k == 0 {
		return false
	}
	rest := strings.TrimSpace(string(t[k:]))
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 8 || endsSentence(rest) || innerStop(rest) || len(words) > 6 && verbWords(words) {
		return false
	}
	if !unicode.IsUpper([]rune(rest)[0]) || headingEnders[strings.ToLower(words[len(words)-1])] {
		return false
	}
	next := trimLeft(r[lines[n+1].start:lines[n+1].end])
	return len(next) > 0 && (unicode.IsUpper(next[0]) || sectionNumber(next) > 0)
}

// sectionNumber is the length of the section number that opens t, with
// the white space after it if any: "1. ", "12) ", "(1)", "（１）", "II. ",
// "(a) ", or 0.
func sectionNumber(t []rune) int {
	if k := listMarker(t); k > 0 && !strings.ContainsRune("-*•·–—▪◦", t[0]) {
		return k
	}
	i := 0
	open := len(t) > 0 && (t[0] == '(' || t[0] == '（')
	if open {
		i++
	}
	j := i
	for j < len(t) && j-i < 4 && (unicode.IsDigit(t[j]) || romanDigit(t[j]) || open && j == i && unicode.IsLower(t[j])) {
		j++
	}
	if j == i || j >= len(t) {
		return 0
	}
	digits := string(t[i:j])
	if !open && !unicode.IsDigit(t[i]) && (len(digits) > 4 || !isRoman(digits)) {
		return 0
	}
	switch {
	case open && (t[j] == ')' || t[j] == '）'):
	case !open && (t[j] == '.' || t[j] == ')' || t[j] == '．') && (unicode.IsDigit(t[i]) || isRoman(digits)):
		if t[j] == '.' && (j+1 >= len(t) || t[j+1] != ' ') {
			return 0 // "1.5", "U.S."
		}
	default:
		return 0
	}
	j++
	for j < len(t) && unicode.IsSpace(t[j]) {
		j++
	}
	return j
}

func romanDigit(c rune) bool { return strings.ContainsRune("IVX", c) }

// isRoman reports a Roman numeral of capitals ("I", "IV", "XII").
func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !romanDigit(c) {
			return false
		}
	}
	return true
}

// verbWords reports words that hold a verb: "will", "is", "has", a
// lower-case word in -ed.
func verbWords(words []string) bool {
	for _, w := range words[1:] {
		lw := strings.ToLower(w)
		if finiteHints[lw] || len(w) > 4 && strings.HasSuffix(w, "ed") && lw == w {
			return true
		}
	}
	return false
}
