package ingest

import "unicode"

// startsWithDigit reports a word such as "78th" or "2023" in the name of
// a meeting ("the 78th Session of the United Nations General Assembly").
func startsWithDigit(s string) bool {
	for _, c := range s {
		return unicode.IsDigit(c)
	}
	return false
}

// describedAfterPreposition reports describing words ending at toks[j]
// right after a preposition ("against independent and sovereign
// Ukraine", "with democratic Taiwan"): the party they describe is the
// preposition's object, not the subject.
func describedAfterPreposition(toks []token, j int) bool {
	k, n := j, 0
	for ; k >= 0 && n < 4; k-- {
		t := toks[k]
		if !t.isWord() || isCapitalized(t.text) {
			return false
		}
		if t.lower == "and" && n > 0 {
			continue
		}
		if _, verb := verbForms[t.lower]; verb || determiners[t.lower] || prepositions[t.lower] || t.lower == "that" || t.lower == "to" {
			break
		}
		n++
	}
	// "to" before a word may mark an infinitive ("went on to state that
	// both sides should …"), not a preposition governing a party.
	return n > 0 && k >= 0 && toks[k].isWord() && prepositions[toks[k].lower] && toks[k].lower != "to" && !isCapitalized(toks[k].text)
}
