package ingest

import "strings"

// copulaWords state how things are, in the present: what a speaker
// holds, not what the narrator tells happened.
var copulaWords = set("is", "are", "remains", "remain")

// copulaAfter reports the copula that follows a party named as the
// subject of a sentence in someone's reported remarks ("Wang Yi said,
// today's world is …. The BRICS cooperation is not an expedient measure
// …, but a strategic choice that focuses on …"), past at most two words
// of the noun the party qualifies ("cooperation", "countries' unity").
// Such a sentence says how things are, in the present: it goes on with
// the remarks, whatever verb a clause inside it has ("focuses"), where a
// party with a verb in the past tense ("The two sides exchanged views")
// is the narrator's. It gives the copula, or "".
func copulaAfter(toks []token, j int) string {
	for k := j; k < len(toks) && k <= j+2; k++ {
		t := toks[k]
		if !t.isWord() {
			return ""
		}
		if copulaWords[t.lower] {
			if k+1 < len(toks) && (toks[k+1].lower == "held" || toks[k+1].lower == "scheduled" || strings.HasSuffix(toks[k+1].lower, "ing")) {
				// "The summit is held …", "China is hosting …": an
				// event, told or announced, not a state.
				return ""
			}
			return t.lower
		}
		if t.text != t.lower || auxiliaries[t.lower] || pastTense(t.lower) || modalWords[t.lower] {
			return ""
		}
	}
	return ""
}
