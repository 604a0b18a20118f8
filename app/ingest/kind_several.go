package ingest

import (
	"fmt"

	"parley/storage"
)

// Kinds of the verbs statements of several sides and summit readouts use
// around their cues (worked out on batch "late 16"): what was discussed,
// noted, sought and conveyed.

// severalKinds corrects the kind of a narrated sentence where the main
// cue's neighbours say more than the cue:
//   - "Ministers discussed their concerns over …": the worry they
//     talked over, a concern (as "raised concerns" is);
//   - "They took note of the unique opportunity …": noting, a weak
//     verb (the sides' agreement when both hold it), not an act done;
//   - "We seek to maintain and strengthen stability …": what the holder
//     seeks to do, an undertaking;
//   - "Prime Minister Kishida conveyed the Japanese government's
//     decision to fully resume …": a decision of the holder's side told,
//     an undertaking, as "conveyed his intention to" is.
func (st *state) severalKinds(pr *Proposal, toks []token, subj []actor, c cue, hasCue bool) {
	if pr.Skip || !hasCue || c.noun || c.end >= len(toks) {
		return
	}
	w := c.end // the word after the cue
	next := func(k int) string {
		if w+k < len(toks) {
			return toks[w+k].lower
		}
		return ""
	}
	set := func(k storage.Kind, why string) {
		if pr.Kind == k {
			return
		}
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
	cw := toks[c.at].lower
	switch {
	case (cw == "discussed" || cw == "discuss") && (next(0) == "concerns" || ownPossessive[next(0)] && next(1) == "concerns" ||
		ownPossessive[next(0)] && next(2) == "concerns"):
		set(storage.KindConcern, fmt.Sprintf("kind: concern, '%s … concerns': the worry talked over", c.word))
	case (cw == "took" || cw == "take" || cw == "takes") && next(0) == "note" && next(1) == "of":
		k := storage.KindPosition
		if pr.Joint() {
			k = storage.KindAgreement
		}
		set(k, fmt.Sprintf("kind: %s, 'took note of': a view noted, no act", k))
	case c.at >= 2 && toks[c.at-1].lower == "to" && (toks[c.at-2].lower == "seek" || toks[c.at-2].lower == "seeks") && len(subj) > 0:
		set(storage.KindCommitment, fmt.Sprintf("kind: commitment, 'seek to %s': what the holder seeks to do", c.word))
	case c.kind == storage.KindAccount && talkedVerbs[cw] && reaffirmedCommitment(toks, w):
		// "We also exchanged views on regional developments and
		// reaffirmed our shared commitments to promoting peace": the
		// verb of meeting gives way to the undertaking after "and".
		set(storage.KindCommitment, fmt.Sprintf("kind: commitment, '%s … and reaffirmed … commitment': the verb that does more decides", c.word))
	case c.kind == storage.KindPosition && sayingVerbs[cw] && ownDecision(toks, w):
		set(storage.KindCommitment, "kind: commitment, a decision of the holder's side to act, conveyed")
	}
}

// sayingVerbs convey a decision ("conveyed the Japanese government's
// decision to …").
var sayingVerbs = set("conveyed", "announced", "explained", "informed", "conveys", "announces", "explains")

// ownDecision reports "the Japanese government's decision to", "its
// decision to", "his decision to" within the five words after k: a
// possessor, then "decision to".
func ownDecision(toks []token, k int) bool {
	for i := k; i < len(toks)-1 && i <= k+5; i++ {
		if toks[i].lower != "decision" || toks[i+1].lower != "to" || i == 0 {
			continue
		}
		p := toks[i-1]
		return p.possessive || ownPossessive[p.lower]
	}
	return false
}

// talkedVerbs tell a talk ("exchanged views", "discussed").
var talkedVerbs = set("exchanged", "discussed", "held", "had")

// reaffirmedCommitment reports "and reaffirmed (or reiterated, renewed)
// our / their (shared) commitment(s)" after token k, in the same clause.
func reaffirmedCommitment(toks []token, k int) bool {
	for i := k; i+2 < len(toks); i++ {
		if toks[i].punct == ';' || toks[i].punct == '.' {
			return false
		}
		if toks[i].lower != "and" {
			continue
		}
		v := toks[i+1].lower
		if v != "reaffirmed" && v != "reiterated" && v != "renewed" {
			continue
		}
		j := i + 2
		if j < len(toks) && ownPossessive[toks[j].lower] {
			j++
		}
		if j < len(toks) && (toks[j].lower == "shared" || toks[j].lower == "strong" || toks[j].lower == "firm") {
			j++
		}
		return j < len(toks) && (toks[j].lower == "commitment" || toks[j].lower == "commitments")
	}
	return false
}
