package ingest

import (
	"fmt"

	"parley/storage"
)

// In first-person remarks after a meeting, "we" is often both sides
// rather than the speaker's: "We took two important decisions", "We
// decided to continue meetings", "today we reached a new milestone", "We
// share an assessment of …", "In a couple of weeks, we will meet at the
// G7 summit", and "President Trump and I engaged in …" names them both.

// decisionVerbs after "we" are what both sides settle together: the
// sentence is their agreement.
var decisionVerbs = set("decided", "reached", "concluded", "adopted", "endorsed", "signed", "launched",
	"finalised", "finalized", "approved")

// sharedViews after "we share" make the sentence both sides' agreement
// ("We share an assessment of …"); "we share common interests" is the
// speaker's view of what binds them.
var sharedViews = set("assessment", "view", "views", "analysis", "concern", "concerns", "understanding",
	"position", "positions", "goal", "objective", "conviction")

// meetingVerbs after "we" (and "will") are what both sides do at a
// meeting: an account.
var meetingVerbs = set("meet", "met", "meeting", "engaged", "talk", "talked", "spoke", "gathered", "convened")

// weJointly makes such a sentence joint, with no speaker.
func (st *state) weJointly(pr *Proposal, toks []token, subj []actor) {
	if pr.Skip || len(pr.Parties) == 0 || len(pr.Parties) > 2 || len(subj) == 0 {
		return
	}
	parties := st.pairOfSides()
	if len(parties) != 2 {
		return
	}
	other := st.otherPerson(subj)
	if other == "" {
		other = st.givenNameAndI(toks) // "Nanaia and I met …" (transcript_given_name.go)
	}
	if other != "" && len(pr.Parties) == 1 {
		// "President Trump and I engaged in a wide-ranging exchange",
		// "Secretary Kerry and I have met many times".
		pr.Parties, pr.Speaker = parties, nil
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s and I': the speaker and the other side", other))
		if pr.Kind == storage.KindPosition {
			pr.Kind = storage.KindAccount
			pr.Reasons = append(pr.Reasons, "kind: account, what the two did")
		}
		return
	}
	if len(subj) != 1 || subj[0].kind != actorWe || !isWe(subj[0].text) || subj[0].from > 5 ||
		st.groupsOwn(toks) || viewOfMeeting(toks, subj[0]) {
		return
	}
	verb, kind := "", storage.Kind("")
	both := false
	for k := subj[0].to; k < len(toks) && k < subj[0].to+4 && toks[k].isWord(); k++ {
		l := toks[k].lower
		switch {
		case both && (pastDeeds[l] || pastForm(l) || jointlyDone(toks, k)) && !feltStates[l]:
			// "We have both made considerable efforts to resolve the
			// issues", "we have also jointly overcome the pandemic": what
			// both sides did.
			verb, kind = "both "+l, storage.KindAccount
		case l == "concluded" && meetingNounWithin(toks, k+1, 6):
			// "We have just concluded our EU-China summit", "… the 25th
			// EU-China Summit": the meeting ended, told.
			verb, kind = l, storage.KindAccount
		case decisionVerbs[l]:
			verb, kind = l, storage.KindAgreement
		case (l == "share" || l == "shared") && sharedResolveAfter(toks, k+1):
			// "First of all, we share a commitment to upholding the
			// rules-based order": both sides undertake, as "they
			// reaffirmed their shared commitment to …" does.
			verb, kind = l+" … "+sharedResolveWord(toks, k+1), storage.KindCommitment
		case (l == "share" || l == "shared") && sharedViewAfter(toks, k+1):
			verb, kind = l, storage.KindAgreement
		case l == "took" && k+3 < len(toks) && (toks[k+2].lower == "decisions" || toks[k+3].lower == "decisions"):
			verb, kind = "took … decisions", storage.KindAgreement
		case meetingVerbs[l]:
			verb, kind = l, storage.KindAccount
		case l == "had" && summitAfter(toks, k+1):
			// "Indeed, we had a very productive EU-Japan Summit."
			verb, kind = "had … summit", storage.KindAccount
		case l == "had" && talksAfter(toks, k+1):
			// "We had very productive 2+2 discussions this morning"
			verb, kind = "had … talks", storage.KindAccount
		case talkVerbs[l]:
			// "We're going to address together now that broader
			// agenda", "we discussed …"
			verb, kind = l, storage.KindAccount
		case l == "will" || l == "also" || l == "today" || l == "then" || l == "just" || l == "have" || l == "jointly" ||
			l == "together" || l == "both" || l == "all" || l == "equally" || l == "finally" || l == "going" || l == "to":
			both = both || l == "both" || l == "jointly" || l == "together"
			continue
		}
		break
	}
	if verb == "" && weBoth(toks, subj[0].to) {
		// "We are both going to co-chair an important meeting", "we
		// both recognize the critical importance of …": "both" names
		// the two sides whatever the verb; a view they both hold is
		// their agreement, a meeting they hold an account.
		verb, kind = "both", pr.Kind
		switch {
		case meetingNounWithin(toks, subj[0].to, 10):
			kind = storage.KindAccount
		case pr.Kind == storage.KindPosition:
			kind = storage.KindAgreement
		}
	}
	if verb == "" || len(pr.Parties) == 2 && (kind != storage.KindAgreement || pr.Kind == kind) {
		return
	}
	// Already both sides' ("We took two important decisions" as a
	// meeting): what they decided is their agreement.
	if len(pr.Parties) == 1 {
		pr.Parties = parties
	}
	pr.Speaker, pr.Kind = nil, kind
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s %s': what both sides did together; kind: %s", subj[0].text, verb, kind))
}

// meetingNounWithin reports a noun of meeting among the n words from
// token i ("concluded our EU-China summit").
func meetingNounWithin(toks []token, i, n int) bool {
	for j := i; j < len(toks) && j < i+n; j++ {
		if eventNouns[toks[j].lower] || toks[j].lower == "council" || toks[j].lower == "visit" {
			return true
		}
	}
	return false
}

// pairOfSides are the author and the other side: the pair of principals once
// named, else the author and the counterpart.
func (st *state) pairOfSides() []string {
	if len(st.pair) == 2 {
		return append([]string(nil), st.pair...)
	}
	if st.author != "" && st.counter != "" && st.counter != st.author {
		return []string{st.author, st.counter}
	}
	if side := st.speakingSide(); st.author != "" && side != st.author && st.voice != nil && st.voice.label != "" {
		// The host of a joint press conference on the guest's
		// transcript ("WINSTON PETERS: … We've had a very fruitful
		// discussion" on Australia's): the speaker's side and the
		// author's (transcript_given_name.go).
		return []string{st.author, side}
	}
	if other := st.otherLabelledSide(); other != "" {
		// The guest, after the host of the other side spoke (transcript_given_name.go).
		return []string{st.author, other}
	}
	return nil
}

// otherPerson returns the person of another side who shares the subject
// with "I" ("President Trump and I"), or "".
func (st *state) otherPerson(subj []actor) string {
	if len(subj) != 2 {
		return ""
	}
	var me, other *actor
	for i := range subj {
		switch {
		case subj[i].kind == actorWe && subj[i].text == "I":
			me = &subj[i]
		case subj[i].kind == actorSpeaker && subj[i].speaker != nil:
			other = &subj[i]
		}
	}
	if me == nil || other == nil {
		return ""
	}
	if p := st.partyOf(other.speaker); p == "" || p == st.speakingSide() { // transcript_given_name.go
		return ""
	}
	return other.text
}

// sharedViewAfter reports a view or assessment among the three words at
// toks[i:] ("an assessment", "the same concerns").
func sharedViewAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3 && toks[k].isWord(); k++ {
		if sharedViews[toks[k].lower] {
			return true
		}
	}
	return false
}

// soloRemarks reports first-person remarks that meet no other side (a
// doorstop on arrival at a Council, a press conference at home): their
// "we have a long meeting" is the speaker's side, not two sides'.
func (st *state) soloRemarks() bool {
	return st.voice != nil && st.voice.whole && len(st.pair) < 2 && st.counter == ""
}

// summitAfter reports "summit" among the six words at toks[i:].
func summitAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6 && (toks[k].isWord() || toks[k].punct == '-'); k++ {
		if toks[k].lower == "summit" || toks[k].lower == "summits" {
			return true
		}
	}
	return false
}

// talkVerbs after "we" at a meeting are the talks both sides hold.
var talkVerbs = set("discuss", "discussed", "discussing", "address", "addressed", "addressing")

// talksAfter reports talks among the five words at toks[i:] ("very
// productive 2+2 discussions", "a good exchange"): what "we had" at a
// meeting is both sides'.
func talksAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+6; k++ {
		if !toks[k].isWord() && toks[k].punct != '+' {
			return false
		}
		if jointNouns[toks[k].lower] {
			return true
		}
	}
	return false
}

// sharedResolves after "we share" are both sides' undertaking, a
// commitment as a joint subject's "commitment to" is (the labelling
// guide of 7 Dec 2026).
var sharedResolves = set("commitment", "commitments", "determination", "resolve")

// sharedResolveWord is the word of sharedResolves among the three
// words at toks[i:], or "".
func sharedResolveWord(toks []token, i int) string {
	for k := i; k < len(toks) && k < i+3 && toks[k].isWord(); k++ {
		if sharedResolves[toks[k].lower] {
			return toks[k].lower
		}
	}
	return ""
}

// sharedResolveAfter reports one of sharedResolves among the three words
// at toks[i:].
func sharedResolveAfter(toks []token, i int) bool { return sharedResolveWord(toks, i) != "" }

// weBoth reports "both" right after "we" at token i, or after one
// auxiliary ("we both …", "we are both …", "we have both …").
func weBoth(toks []token, i int) bool {
	if i < len(toks) && toks[i].lower == "both" {
		return true
	}
	return i+1 < len(toks) && bothAuxiliaries[toks[i].lower] && toks[i+1].lower == "both"
}

// bothAuxiliaries may stand between "we" and "both".
var bothAuxiliaries = set("are", "were", "have", "had", "will", "can", "would", "should", "must")
