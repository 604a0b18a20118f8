package ingest

// pressingAdjective reports "pressing" that describes the noun after it
// ("a number of pressing international issues", "the most pressing
// challenges", "a pressing need"): urgent, no one pressed to act. Before
// a preposition, an article, a pronoun or a name ("pressing for a
// ceasefire", "pressing China to …", "pressing ahead") it is the verb.
func pressingAdjective(toks []token, i int) bool {
	if toks[i].lower != "pressing" || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1]
	return n.isWord() && n.text == n.lower && !prepositions[n.lower] && !determiners[n.lower] &&
		!isObjectPronoun(n.lower) && n.lower != "ahead" && n.lower != "on"
}
