package ingest

import "strings"

// A paragraph whose last full stop was lost (a copy from a web page, a
// table cell) is a sentence, not a heading, when it is long and written
// in sentence case with a verb in the past tense: "The President thanked
// the Prime Minister for his hospitality in Tokyo and for the warm
// welcome he had received there". Headlines of that length are written
// in title case ("Wang Yi Holds Talks with …") or in the present tense
// ("Foreign Minister meets …"), and stay headings; so does a line that
// ends with a comma, a lead-in to the quotation under it ("Lastly, the
// Prime Minister hosted a dinner banquet … and said in his address,";
// transcript.go's headingTurn).

// sentenceLine reports the words of a line with no final stop that read
// as a sentence: more than twelve words, not title case, a word in -ed
// among them after the first.
func sentenceLine(words []string) bool {
	if len(words) <= 12 || isTitleCase(words) || strings.HasSuffix(words[len(words)-1], ",") {
		return false
	}
	for _, w := range words[1:] {
		w = strings.TrimRight(w, ",;")
		if len(w) > 4 && strings.HasSuffix(w, "ed") && strings.ToLower(w) == w {
			return true
		}
	}
	return false
}
