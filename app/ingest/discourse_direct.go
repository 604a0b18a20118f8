package ingest

// Agencies and presidential offices quote each leader's own words
// ("President Yoon said, \"Saudi Arabia is Korea's largest trading partner
// …,\" adding, \"…\"") and explain between the quotations in their own
// voice ("Neom is the world's largest project for smart city construction
// …", "The cost is an estimated USD 500 billion."). Once remarks opened by
// a direct quotation have closed their quotation marks, a sentence outside
// them with no side or person for subject is the narrator's: it ends the
// remarks (worked out on batch "late 15"). Remarks reported without
// quotation marks ("Wang Yi said that …") run on as before.

// quotesIn reports whether r holds a quotation mark.
func quotesIn(r []rune) bool {
	for _, c := range r {
		switch c {
		case '"', '“', '”', '«', '»', '「', '」':
			return true
		}
	}
	return false
}

// noteDirect marks the open voice as quoted directly when the sentence
// that opened or went on with it holds quotation marks, and remembers
// whether the sentence closed them.
func (st *state) noteDirect(r []rune) {
	v := st.voice
	if v == nil || v.whole || !quotesIn(r) {
		return
	}
	v.direct, v.quoteShut = true, endsQuote(r)
}

// directOver reports a sentence outside the quotation marks of remarks
// quoted directly, with no side or person for subject: the narrator's.
func directOver(v *voice, r []rune, subj []actor) bool {
	return v.direct && v.quoteShut && !v.whole && len(subj) == 0 && !quotesIn(r)
}
