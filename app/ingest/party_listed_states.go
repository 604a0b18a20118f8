package ingest

import (
	"fmt"
	"slices"
)

// A joint statement of several states often names who met by a plural
// title and the states it covers, with no person named ("Foreign
// Ministers of the Islamic Republic of Afghanistan, the Republic of
// India, the Republic of Kazakhstan, … participated in the meeting";
// worked out on batch "late 31"): those states are all who issued it, so
// "The Sides noted …", "All Sides condemned …" and "the Ministers" after
// it are all of them, not the author and the party it names most. The
// people of several sides listed by name are principalsListed's.

// listTitles are the plural titles that may head such a list, besides
// pluralTitles: "Heads of State of …", "Governments of …".
var listTitles = set("heads", "governments", "delegations", "representatives")

// statesListed takes for the statement's signatories the parties a
// plural title lists ("Foreign Ministers of A, B, C and D …"), three or
// more with the author among them, and gives the sentence to all of them.
func (st *state) statesListed(pr *Proposal, toks []token, as []actor) {
	if len(st.signatories) > 0 || st.author == "" || len(as) < 3 {
		return
	}
	at := -1
	// The title opens the sentence as its subject ("Foreign Ministers
	// of …", "The Heads of State of …"), not an agent after "by" ("The
	// text … was released by the Secretary and Foreign Ministers of …",
	// the publisher's note).
	for i := 0; i+1 < len(toks) && i < 3; i++ {
		t := toks[i]
		if isCapitalized(t.text) && (pluralTitles[t.lower] || listTitles[t.lower]) && toks[i+1].lower == "of" {
			at = i + 2
			break
		}
	}
	if at < 0 {
		return
	}
	var ps []string
	last := at
	for _, a := range as {
		if a.to <= at {
			continue
		}
		if a.kind != actorParty || a.ent == nil || a.possessive || !stateListGap(toks[last:a.from]) {
			break
		}
		ps = appendUnique(ps, a.ent.Name)
		last = a.to
	}
	if len(ps) < 3 || !slices.Contains(ps, st.author) {
		return
	}
	st.signatories = ps
	if len(pr.Parties) < len(ps) {
		pr.Parties, pr.Speaker = append([]string(nil), ps...), nil
		st.lastParties = pr.Parties
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, the %d states a plural title lists ('%s …')", len(ps), joinTokens(toks[max(0, at-3):at])))
	}
}

// stateListGap reports the words between two states of a list (or
// before the first): commas, "and", "the", and the "Republic of" of a
// state's formal name the gazetteer left out of its mention.
func stateListGap(between []token) bool {
	for _, t := range between {
		switch {
		case t.punct == ',':
		case t.lower == "and" || t.lower == "the" || t.lower == "of":
		case t.lower == "republic" || t.lower == "islamic" || t.lower == "federal" || t.lower == "kingdom" ||
			t.lower == "democratic" || t.lower == "people's" || t.lower == "people" || t.lower == "state":
		default:
			return false
		}
	}
	return true
}
