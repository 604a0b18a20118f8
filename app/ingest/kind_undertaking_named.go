package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// One side's undertaking named as a noun after a verb of saying or
// announcing, in Japan's summaries (worked out on batch "late 31"):
// "Prime Minister Abe expressed the desire to promote the entry of
// Japanese businesses", "Furthermore, he announced the intent to provide
// Loan Aid …", "Federal Chancellor Scholz expressed his welcome to PM
// Kishida and his willingness to further strengthen cooperation",
// "President Museveni expressed gratitude for …, and expressed the desire
// to promote …". The noun is the subject's own (no one else's name or
// possessive stands before it) and takes "to" and a verb: what the
// holder's side will do, a commitment, whatever view came before it in
// the sentence (a thanks, a welcome: of two things said, the undertaking
// does more). A worry, a demand or an objection said first still decides.

// namedUndertakings are the nouns of one's own undertaking.
var namedUndertakings = set("desire", "intention", "intent", "willingness", "readiness", "wish", "determination",
	"keenness", "eagerness", "resolve")

// undertakingSayers are the verbs that state a noun of undertaking as
// the subject's own.
var undertakingSayers = set("expressed", "conveyed", "stated", "announced", "indicated", "reiterated", "reaffirmed",
	"voiced", "expresses", "conveys", "states", "announces", "indicates", "reiterates", "reaffirms")

// namedUndertaking turns a one-sided view or account into a commitment
// when the subject states its own undertaking as a noun.
func namedUndertaking(pr *Proposal, toks []token) {
	if pr.Skip || pr.Joint() || len(pr.Parties) != 1 || pr.Kind != storage.KindPosition && pr.Kind != storage.KindAccount {
		return
	}
	said := -1
	for i, t := range toks {
		if t.punct == ';' || t.lower == "that" && said >= 0 {
			return // a second clause, or what was said: the report decides
		}
		if said < 0 && undertakingSayers[t.lower] && t.text == t.lower {
			said = i
			continue
		}
		if said < 0 || !namedUndertakings[t.lower] || i+2 >= len(toks) || toks[i+1].lower != "to" || !toks[i+2].isWord() {
			continue
		}
		// what stands before the noun: "the", "his", "her", "its",
		// "their", an adjective ("strong", "sincere"); not another's
		// name or possessive ("Japan's desire", "the Prime Minister's").
		j, det := i-1, false
		for j > said && toks[j].isWord() && !toks[j].possessive && !isCapitalized(toks[j].text) &&
			(determiners[toks[j].lower] || ownPossessive[toks[j].lower] || adjectival(toks[j].lower) ||
				toks[j].lower == "strong" || toks[j].lower == "sincere" || toks[j].lower == "firm" || toks[j].lower == "high") {
			det = det || determiners[toks[j].lower] || ownPossessive[toks[j].lower]
			j--
		}
		if j != said && toks[j].lower != "and" && !undertakingSayers[toks[j].lower] {
			return
		}
		if toks[j].lower == "and" && !det {
			// "reaffirmed his support for … and desire to …": a
			// second object sharing the first one's possessive, the
			// first thing said still decides (as the corpus labels it)
			return
		}
		pr.Kind = storage.KindCommitment
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: commitment, '%s … %s to': the subject's own undertaking, named",
			toks[said].text, strings.ToLower(toks[i].text)))
		return
	}
}
