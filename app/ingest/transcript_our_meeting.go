package ingest

import (
	"fmt"

	"parley/storage"
)

// "Our meeting today covered a whole range of issues", "Our discussions
// focused on …", "Our talks were …": in remarks after a meeting with the
// other side, the meeting "our" has is both sides' (worked out on batch
// "late 30": joint press conferences of two foreign ministers), as "we
// met" and "we discussed" are, with no speaker; what it covered is an
// account. A judgement of it stays the speaker's ("Our meeting was very
// productive": a view).

// ourMeetingNouns are meetings "our" opens a sentence with.
var ourMeetingNouns = set("meeting", "meetings", "talks", "discussion", "discussions", "conversation",
	"dialogue", "consultations", "exchange", "exchanges", "bilateral")

// ourMeetingVerbs tell what the meeting took up.
var ourMeetingVerbs = set("covered", "focused", "focussed", "touched", "ranged", "addressed", "dealt", "included",
	"spanned", "centred", "centered", "concentrated", "looked")

// ourMeetingJointly makes such a sentence joint, with no speaker.
func (st *state) ourMeetingJointly(pr *Proposal, toks []token) {
	if pr.Skip || len(pr.Parties) != 1 || st.voice == nil || !st.voice.whole {
		return
	}
	i := 0
	for i < len(toks) && (!toks[i].isWord() || toks[i].lower == "and" || toks[i].lower == "so") {
		i++
	}
	if i+2 >= len(toks) || toks[i].lower != "our" || !ourMeetingNouns[toks[i+1].lower] {
		return
	}
	verb := ""
	for k := i + 2; k < len(toks) && k < i+5 && toks[k].isWord(); k++ {
		if ourMeetingVerbs[toks[k].lower] {
			verb = toks[k].text
			break
		}
	}
	parties := st.pairOfSides()
	if verb == "" || len(parties) != 2 {
		return
	}
	pr.Parties, pr.Speaker = parties, nil
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, 'our %s … %s': the meeting both sides held", toks[i+1].lower, verb))
	if pr.Kind == storage.KindPosition {
		pr.Kind = storage.KindAccount
		pr.Reasons = append(pr.Reasons, "kind: account, what the meeting took up")
	}
	st.lastParties = pr.Parties
}
