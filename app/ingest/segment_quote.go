package ingest

import "unicode"

// Releases quote a minister at length: `"Democratic elections depend on
// … competition. Respect for human rights … are essential elements of
// the democratic process. We will continue to support this process."`,
// `… Rex Tillerson: "Our impression is very positive; … last year. That
// agenda remains valid …"`. Each sentence of such a quotation is a
// sentence of its own, labelled and proposed apart (a view, then an
// undertaking), as it is when the release opens every paragraph of it
// with a quotation mark and closes only the last. Who said it is read
// from the attribution after the quotation (discourse_tail.go) or the
// lead-in before it, as for any sentence of someone's remarks. A stop
// inside a quotation therefore ends the sentence when white space and a
// capital follow, as outside one; the abbreviations, initials and
// titles that end no sentence end none inside a quotation either.
// Chinese quotations (“…。…。”, 「…」) stay whole: their stops need no
// space and a quoted clause often ends with one before the verb that
// reports it (worked out on the late part's misses "no sentence
// starts …", batch "late 24").

// quoteHolds reports whether the stop at i, its closers ending at j and
// the next word starting at k, stays inside the quotation it is in.
func quoteHolds(quotes [][2]int, r []rune, i, j, k int) bool {
	if !insideQuote(quotes, i, j) {
		return false
	}
	if c := r[j-1]; c != '.' && c != '!' && c != '?' {
		// A closing mark before the white space ("… 'A.' And …") or
		// an ellipsis ends no sentence of the quotation.
		return true
	}
	// A capital after white space opens the quotation's next sentence.
	return k >= len(r) || !unicode.IsUpper(r[k])
}
