package ingest

import (
	"fmt"
	"strings"
)

// An opening that lists people by their offices before its verb, each
// office with its country: "The Minister for Foreign Affairs of Japan, HE
// Taro Kono, the Secretary of State for the United States of America, HE
// Michael R. Pompeo, and the Minister for Foreign Affairs and Minister for
// Women of Australia, Senator the Hon Marise Payne, met in Thailand …".
// Every party there is one of those who met, though "of Japan" is governed
// by a preposition and a name after a comma may be read as the title's
// apposition of the wrong person: the subject is all their parties, and
// when they are three or more, "the Ministers" and "they" after it are.

// titleListWords may stand in lower case in such a list.
var titleListWords = set("of", "for", "the", "and")

// titledList gives a sentence whose words before its first verb are only
// offices, names, their countries, commas and "and" — with an "and"
// among them, a person named and an office's "of" or "for" — to all the
// parties it names there,
// when they are two or more and the sentence is no one else's words.
func (st *state) titledList(pr *Proposal, toks []token, as []actor, cues []cue) {
	verb := -1
	for _, c := range cues {
		if !c.noun {
			verb = c.at
			break
		}
	}
	if verb < 4 || pr.Skip {
		return
	}
	and, office := false, false
	for _, t := range toks[:verb] {
		switch {
		case t.isWord() && t.lower == "and":
			and = true
		case t.isWord() && (t.lower == "of" || t.lower == "for"):
			office = true
		case t.isWord() && !isCapitalized(t.text) && !titleListWords[t.lower]:
			return
		case !t.isWord() && !strings.ContainsRune(",().-'’", t.punct):
			return
		}
	}
	if !and || prepositions[toks[0].lower] {
		return
	}
	var ps []string
	people, own := 0, pr.Speaker == nil
	for _, a := range as {
		if a.from >= verb {
			break
		}
		switch {
		case a.kind == actorSpeaker && a.speaker != nil:
			people++
			own = own || a.speaker == pr.Speaker
			if p := st.partyOf(a.speaker); p != "" {
				ps = appendUnique(ps, p)
			}
		case a.ent != nil:
			ps = appendUnique(ps, a.ent.Name)
		}
	}
	if people == 0 || !own || !office {
		// ("China and the United States will host …", "New Zealand
		// and Australia share …" name no one by office; "Kazakhstan's Deputy Prime Minister …, Kyrgyzstan's
		// … will attend" in a spokesperson's remarks is what she
		// announces)
		return
	}
	if len(ps) < 2 || len(pr.Parties) > 1 && !widens(pr.Parties, ps) {
		return // (a joint reading already as wide stays)
	}
	pr.Parties, pr.Speaker = ps, nil
	st.lastParties = ps
	if len(ps) >= 3 && (len(st.signatories) == 0 || widens(st.signatories, ps)) {
		st.signatories = ps
	}
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, the %d sides whose people the sentence lists by office before its verb", len(ps)))
}
