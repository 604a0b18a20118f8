package ingest

// bareGroupAfterOpening reports "leaders" or "ministers" with no article
// right after a short opening phrase and its comma, as a summit's release
// writes its items: "Firstly, leaders discussed the economic outlook …",
// "On this topic, leaders agreed to launch …", "In particular, ministers
// looked at …". They are the leaders who met, both sides, as "Leaders
// also discussed …" opening the sentence is; "EU leaders", "the leaders
// of ASEAN" and "leaders" inside a clause are read as before.
func bareGroupAfterOpening(toks []token, i int) bool {
	if i < 2 || i > 6 || toks[i].lower != "leaders" && toks[i].lower != "ministers" || toks[i].text != toks[i].lower || toks[i-1].punct != ',' {
		return false
	}
	for _, t := range toks[:i-1] {
		if !t.isWord() {
			return false
		}
		if _, verb := verbForms[t.lower]; verb || auxiliaries[t.lower] || pastTense(t.lower) {
			return false // "As we discussed, leaders …": a clause, not an opening phrase
		}
	}
	return true
}
