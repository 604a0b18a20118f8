package ingest

import (
	"fmt"
	"slices"
)

// A call or meeting of the author's principal with the leaders of several
// sides at once ("The Prime Minister spoke to leaders of the United
// States, Italy, France and Germany last night", "… spoke to the
// President of the European Council, the President of the European
// Commission and the leaders of Canada, Turkey, Norway and Iceland")
// names everyone at the table in its object: "the leaders", "they" and
// "the leaders agreed" after it are all of them, not the author and the
// one side the text names most.

// callVerbs open the object of a call or meeting.
var callVerbs = set("spoke", "speaks", "talked", "met", "meets", "hosted", "hosts", "joined", "convened", "called",
	"received")

// callListWords may stand between the sides an object of a call lists
// ("the leaders of", "the President of the European Commission and",
// "his counterparts from").
var callListWords = set("the", "of", "and", "from", "leaders", "leader", "counterparts", "counterpart", "presidents",
	"president", "prime", "ministers", "minister", "chancellor", "foreign", "heads", "head", "state", "government",
	"his", "her", "their", "fellow", "to", "with")

// callListed remembers as all who met the author and the sides the
// object of its principal's call or meeting lists, when they are three
// or more: the sentence's subject is the author's (the Prime Minister, the
// author's minister), its verb one of callVerbs, and the object a list of
// parties joined by titles, commas and "and" up to the first other word
// in lower case ("this morning", "about the situation in Ukraine": what
// follows is no one at the table).
func (st *state) callListed(pr *Proposal, toks []token, as []actor) {
	if len(st.signatories) > 0 || st.author == "" || len(pr.Parties) != 1 || pr.Parties[0] != st.author {
		return
	}
	verb := -1
	for i, t := range toks {
		if callVerbs[t.lower] {
			verb = i
			break
		}
	}
	if verb < 0 {
		return
	}
	end := verb + 1
	for end < len(toks) {
		t := toks[end]
		if t.isWord() && !isCapitalized(t.text) && !callListWords[t.lower] || !t.isWord() && t.punct != ',' && t.punct != '(' && t.punct != ')' && t.punct != '.' {
			break
		}
		end++
	}
	ps := appendUnique([]string{st.author}, st.sidesBetween(as, verb, end)...)
	if len(ps) < 3 || !slices.Contains(ps, st.author) {
		return
	}
	st.signatories = ps
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("the call or meeting lists %d sides: 'the leaders' and 'they' after it are all of them", len(ps)))
}
