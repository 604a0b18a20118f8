package ingest

// An opening phrase may name two things, the second after ", and":
// No 10's "Turning to Diego Garcia, and the deal the UK has secured to
// maintain control of the base, the leaders recognised its strategic
// importance". The second object is still the phrase's ("the UK" in it
// is no subject), and the subject comes after its comma. Read up to the
// first comma only, the phrase left "the UK" holding the sentence and
// "the leaders" none.

// openingGoesOn returns the comma that ends an opening phrase whose first
// comma is toks[comma]: a later comma, within 40 words, when "and" follows
// the first and no pronoun opens a clause before the later one; else
// comma.
func openingGoesOn(toks []token, comma int) int {
	if comma+1 >= len(toks) || toks[comma+1].lower != "and" {
		return comma
	}
	for j := comma + 2; j < len(toks) && j < comma+40; j++ {
		switch l := toks[j].lower; {
		case toks[j].punct == ',':
			if j+1 < len(toks) && toks[j+1].isWord() {
				return j
			}
			return comma
		case l == "we" || l == "he" || l == "she" || l == "they" || toks[j].text == "I":
			return comma
		case toks[j].punct == '.' || toks[j].punct == ';':
			return comma
		}
	}
	return comma
}

// inSecondObject reports that toks[at] stands in the second object of an
// opening phrase that ends at toks[opening] (after its first comma and
// "and"): a subject and verb there ("the deal the UK has secured") are a
// relative clause of the object, not the sentence's.
func inSecondObject(toks []token, opening, at int) bool {
	for i := 1; i < opening; i++ {
		if toks[i].punct == ',' {
			return i+1 < len(toks) && toks[i+1].lower == "and" && at > i
		}
	}
	return false
}
