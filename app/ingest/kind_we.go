package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// weMet makes "we" with a verb of meeting right after it both sides'
// account: in a statement or remarks after talks, "We discussed Libya",
// "We had a good and constructive discussion", "So today we took the
// opportunity to exchange views" tell what the two sides did together,
// as "we agreed" is both sides' agreement (weAgreed).
func (st *state) weMet(pr *Proposal, toks []token, subj []actor, c cue, hasCue bool) {
	if !hasCue || c.noun || c.kind != storage.KindAccount || len(subj) != 1 || subj[0].kind != actorWe ||
		!isWe(subj[0].text) || len(pr.Parties) != 1 || !leadsClause(toks, subj, c) {
		return
	}
	parties := st.joint
	if len(st.pair) == 2 {
		parties = st.pair
	}
	if len(parties) < 2 {
		return
	}
	pr.Parties, pr.Speaker, pr.Kind = append([]string(nil), parties...), nil, storage.KindAccount
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s %s': a meeting takes both sides; kind: account", subj[0].text, c.word))
}

// isWe reports "we" and its contractions ("We've", "we'll").
func isWe(s string) bool {
	s = strings.ToLower(s)
	return s == "we" || strings.HasPrefix(s, "we'") || strings.HasPrefix(s, "we’")
}
