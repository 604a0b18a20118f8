package ingest

import (
	"strings"
	"unicode"
)

// Two full stops that dotted words and capitals hide:
//
//   - A time of day ends a sentence when the next one begins with a
//     capital: "… will attend the cabinet meeting at 10 A.M. Minister Kim
//     will also deliver …" (a schedule read at a briefing). A time zone
//     after it goes on with the sentence: "at 10 a.m. GMT", "at 9 p.m.
//     Beijing time", "at 10 A.M. (local time)".
//   - A place in capitals with a full stop at the head of a paragraph,
//     then an agency in capitals, is a dateline, no sentence of its own:
//     "NUR-SULTAN. KAZINFORM Kazakh Foreign Minister …", "MOSCOW. TASS.
//     …"; the dateline is cut off the sentence as any other (dateline.go).
//
// (worked out on the late part's misses "no sentence starts …", batch
// "late 24").

// clockEnds decides a stop after "a.m"/"p.m" (lw) that follows a number:
// it ends the sentence when a capitalised word follows that is no time
// zone.
func clockEnds(r []rune, ws, k, end int) bool {
	b := ws - 1
	for b >= 0 && r[b] == ' ' {
		b--
	}
	if b < 0 || !unicode.IsDigit(r[b]) || !unicode.IsUpper(r[k]) {
		return false
	}
	w := nextWord(r, k, end)
	if strings.ToUpper(w) == w && len(w) <= 4 {
		return false // "GMT", "KST", "UTC"
	}
	e := k + len([]rune(w))
	for e < end && r[e] == ' ' {
		e++
	}
	return !strings.EqualFold(nextWord(r, e, end), "time")
}

// capsDateline reports a stop after the paragraph's first word written in
// capitals ("NUR-SULTAN."), with another word in capitals after it.
func capsDateline(r []rune, blockStart, i, k, end int) bool {
	s := blockStart
	for s < i && unicode.IsSpace(r[s]) {
		s++
	}
	if i-s < 3 {
		return false
	}
	for _, c := range r[s:i] {
		if !unicode.IsUpper(c) && c != '-' {
			return false
		}
	}
	w := nextWord(r, k, end)
	return len([]rune(w)) >= 3 && strings.ToUpper(w) == w
}
