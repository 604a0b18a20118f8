package ingest

import (
	"strings"
	"unicode"
)

// Relays and news pages stamp a release with the time they took it in,
// on a line of its own: "05/31/2021 | 11:08am EDT", "2024-06-17 09:30
// GMT". Such a line holds figures, separators and the words of a clock
// (am, pm, a time zone) only: page furniture, skipped as the time and
// date a browser prints around a page are (worked out on batch "late
// 24").

// clockWords are the words a time stamp may hold besides its figures.
var clockWords = set("am", "pm", "a.m", "p.m", "gmt", "utc", "edt", "est", "cet", "cest", "bst", "jst", "kst",
	"ist", "aest", "aedt", "sast", "pst", "pdt", "cst", "cdt", "local", "time", "hrs", "h")

// clockLine reports a line of figures, separators and clock words with
// at least one figure and one colon-separated time or date in figures.
func clockLine(r []rune) bool {
	if len(r) > 60 {
		return false
	}
	s := strings.TrimSpace(string(r))
	if !strings.ContainsAny(s, "0123456789") || !strings.ContainsAny(s, ":/") {
		return false
	}
	words := strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && c != '.' })
	for _, w := range words {
		w = strings.Trim(strings.ToLower(w), ".")
		if w != "" && !clockWords[w] {
			return false
		}
	}
	return true
}
