package ingest

import (
	"regexp"
	"strings"
	"unicode"
)

// Summaries of summit meetings (Japan's Prime Minister's Office and
// Foreign Ministry, their embassies) number their sections "1. Bilateral
// relations", "(1) Overall", "(2) Politics and security", each on a line
// of its own: a section's title, skipped as a heading, not a sentence of
// whoever spoke last (worked out on batch "late 18"). Title case is not
// needed, as it is for a numbered line of another kind: these titles
// capitalise their first word only.

// sectionTitle reports a numbered line t, its marker k runes long, that
// titles a section: set off by a blank line, one to six words, the first
// capitalised, ending no sentence.
func sectionTitle(t []rune, k int, nextBlank bool) bool {
	if !nextBlank || k <= 0 || k >= len(t) || len(t) > 60 {
		return false
	}
	rest := strings.TrimSpace(string(t[k:]))
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 6 || endsSentence(rest) {
		return false
	}
	first := []rune(rest)[0]
	return unicode.IsUpper(first) && !headingEnders[strings.ToLower(words[len(words)-1])]
}

// leadInFollows reports a lead-in that announces the summary after it
// without "as follows": "The outline of the meeting follows.", "The
// overview of the talks follows.", and one with the delegations in
// brackets after its colon ("The outline of the meeting is as follows:
// (Tetsuro Fukuyama, Deputy Chief Cabinet Secretary; … joined from the
// U.S. side).").
func leadInFollows(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), ". ")
	if strings.HasSuffix(s, ")") {
		if k := strings.Index(s, ": ("); k > 0 {
			s = s[:k]
			return isLeadIn(s)
		}
	}
	low := strings.ToLower(s)
	if len(s) <= 80 {
		// "Below is the overview of the Summit and working dinner.":
		// the lead-in put before what it announces.
		for _, w := range []string{"overview", "summary", "outline", "gist"} {
			if strings.HasPrefix(low, "below is the "+w+" ") || strings.HasPrefix(low, "below is an "+w+" ") {
				return true
			}
		}
	}
	if len(s) > 80 || !strings.HasSuffix(s, " follows") {
		return false
	}
	for _, w := range []string{"outline", "overview", "summary", "gist", "main points"} {
		if strings.HasPrefix(low, "the "+w+" ") {
			return true
		}
	}
	return false
}

// pressNumberRe matches the number a foreign ministry gives its press
// release on a line of its own: "Información para la Prensa N°: 042/17",
// "Information for the Press N° 123", "Nota à Imprensa nº 399", "Press
// Release No. 45/2024".
var pressNumberRe = regexp.MustCompile(`(?i)^(información|information|nota|press|communiqué|comunicado|media)\b[^.!?]{0,40}\b(n°|nº|no\.|n\.|no)\s*:?\s*\d[\d/.-]*$`)

// pressNumberLine reports a release's number line: a block of its own,
// skipped, not the first words of the next line's sentence.
func pressNumberLine(p []rune) bool {
	if len(p) > 80 {
		return false
	}
	return pressNumberRe.MatchString(strings.TrimSpace(string(p)))
}
