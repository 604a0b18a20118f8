package ingest

// othersThingModal returns the possessor ("Russia’s") when the subject
// of the modal at toks[at] is a thing another side owns and opens the
// clause: "Russia's aggression against Ukraine must stop", "China's
// support for Russia's war needs to end". That side is to act, as in
// "Russia must stop its aggression": a demand, not the speaker's step.
// The speaker's own side's thing ("Our cooperation must …", "the EU's
// support should …") and a possessor deeper in the subject ("The end of
// Russia's war must …") are left to the other rules.
func othersThingModal(toks []token, as []actor, party string, from, at int) string {
	start := from
	for start < at && toks[start].isWord() && determiners[toks[start].lower] {
		start++
	}
	for _, a := range as {
		if a.from < from || a.to > at {
			continue
		}
		if a.from != start {
			return ""
		}
		if !a.possessive || a.ent == nil || a.ent.Name == party || a.kind != actorParty {
			return ""
		}
		for _, t := range toks[a.to:at] {
			if _, verb := verbForms[t.lower]; t.isWord() && t.text == t.lower && (verb || auxiliaries[t.lower] || pastTense(t.lower) || clauseWords[t.lower]) {
				// "Ukraine's territorial gains highlighted how we must
				// …": the modal has a subject of its own.
				return ""
			}
		}
		return toks[a.from].text + possessiveMark(toks[a.to-1])
	}
	return ""
}

// possessiveMark is the apostrophe and "s" a possessive token lost in
// tokenising, for the Why.
func possessiveMark(t token) string {
	if t.possessive {
		return "’s"
	}
	return ""
}

// clauseWords open a clause of their own or are its subject.
var clauseWords = set("that", "how", "which", "who", "whose", "where", "when", "we", "they", "i", "he", "she", "it", "you")
