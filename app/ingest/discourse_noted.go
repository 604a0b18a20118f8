package ingest

import "strings"

// A release in a European ministry's news style tells what its minister
// did with a verb of saying and a plain object ("Minister Fajon
// highlighted Slovenia's efforts for an immediate ceasefire …") and goes
// on in the narrator's voice: "Both Slovenia and the Netherlands support
// the search for a lasting political arrangement …" names both sides as
// its subject and is theirs, not more of the minister's remarks. Remarks
// opened by reported words ("said that …", a quotation, a colon, a
// lead-in) still take a sentence naming both sides as the speaker's view
// ("Wang Yi said that … Both China and the EU are major forces …"), and
// so do two sides named without "Both" ("EU and China are important
// partners" after "President Michel also referred to …").

// reportsAct reports whether a sentence that opened a speaker's remarks
// gave no words of his: no "that", no "said," before them, no
// quotation, no colon, no lead-in ("… as follows"), and no Chinese.
func reportsAct(s string) bool {
	if hasCJKRunes([]rune(s)) {
		return false
	}
	low := strings.ToLower(s)
	if strings.Contains(low, " that ") || strings.Contains(low, "follow") || strings.ContainsAny(s, "\"“”‘’:«»") {
		return false
	}
	for _, w := range strings.Fields(low) {
		if strings.HasSuffix(w, ",") && speechVerbs[strings.TrimSuffix(w, ",")] {
			return false // "Wang Yi said, the Chinese side is ready to …"
		}
	}
	return true
}

// bothNamedAfterAct reports whether, in remarks a reported act opened, a
// sentence's subject is "Both X and Y", the speaker's side among them,
// with no modal after it.
func (st *state) bothNamedAfterAct(toks []token, subj []actor, party string) bool {
	v := st.voice
	if v == nil || !v.act || len(subj) < 2 || subj[0].from != 1 || toks[0].lower != "both" || modalAt(toks, lastTo(subj)) {
		return false
	}
	return st.partiesOfTwo(subj, party) && ownSideAmong(subj, party, st)
}

// ownSideAmong reports whether one of subj is of party (the speaker's
// own side among the two named).
func ownSideAmong(subj []actor, party string, st *state) bool {
	for _, a := range subj {
		switch {
		case a.kind == actorParty && a.ent != nil && a.ent.Name == party:
			return true
		case a.kind == actorSpeaker && a.speaker != nil && st.partyOf(a.speaker) == party:
			return true
		}
	}
	return false
}
