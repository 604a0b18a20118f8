package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// A joint statement speaks for all who issued it: its "we", its "our
// peoples" and its sentences without a party in subject position are
// theirs, and a sentence on one of them ("the Australian side welcomed …",
// "President Biden is honored to welcome …") is that one's. A chair's
// statement speaks for a group through its chair: its "we" are the
// group's members, so "we discussed …" is no meeting of two sides. And a
// minister's release in the first person ("Today I met …") is the
// minister's throughout: a sentence naming both sides without saying what
// they did only describes them.

// chairTitles name a statement a group's chair issues for the group
// ("Chairman's Statement of the 35th ASEAN Summit", "Press Statement by
// the Chairman of the ASEAN Foreign Ministers' Retreat").
var chairTitles = []string{"chairman's statement", "chairman’s statement", "chair's statement", "chair’s statement",
	"statement by the chairman", "statement by the chair", "chairman's summary", "chairman’s summary",
	"chair's summary", "chair’s summary", "chairman's press statement", "chair's press statement",
	// "Press Release by the Chairman of the ASEAN Foreign Ministers'
	// Retreat" (batch "late 31"): a release is a statement too
	"release by the chairman", "release by the chair", "chairman's press release", "chairman’s press release",
	"chair's press release", "chair’s press release"}

// noteChairDoc remembers a heading that calls the text a chair's
// statement; a co-chairs' statement is a joint one (jointTitles).
// Such a statement's "we" are the group's members: "We had fruitful
// discussions on ASEAN's priorities" is the group's own (groupsOwn).
func (st *state) noteChairDoc(heading string) {
	if st.chairDoc || !strings.Contains(heading, "hair") && !strings.Contains(heading, "HAIR") {
		return
	}
	low := strings.ToLower(heading)
	if strings.Contains(low, "co-chair") {
		return
	}
	for _, w := range chairTitles {
		if strings.Contains(low, w) {
			st.chairDoc = true
			return
		}
	}
}

// namesJointText reports a sentence that names the joint statement
// itself ("Joint Statement from US President George Bush, UK Prime
// Minister Tony Blair and …", "The following is the joint statement
// released by …"): the publisher's note, not the statement's words.
func namesJointText(low string) bool {
	for _, w := range jointTitles {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// issuedBy reports a sentence saying who issued a joint text: "Joint
// Statement from …", "joint statement issued by …".
func issuedBy(low string) bool {
	if !namesJointText(low) && !strings.Contains(low, "the following text") {
		// ("The following text was released by the Governments of the
		// United States of America, Japan, and the Republic of Korea")
		return false
	}
	for _, w := range []string{"issued by", "released by", "statement from", "statement by", "declaration by",
		"declaration from", "communiqué by", "communique by"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// jointDocRules applies, after the other rules, what a joint statement, a
// chair's statement and a minister's first-person release say of their
// sentences (see above). c is the sentence's main cue, if hasCue.
func (st *state) jointDocRules(pr *Proposal, toks []token, subj []actor, as []actor, c cue, hasCue bool) {
	if len(toks) == 0 {
		return
	}
	welcomedOthers(pr, toks, as, c, hasCue)
	st.attendedBy(toks, as)                  // party_group.go
	if st.principalsListed(toks, subj, as) { // party_group.go
		st.listedTogether(pr)
	}
	st.statesListed(pr, toks, as) // party_listed_states.go
	st.callListed(pr, toks, as)   // party_call_list.go
	st.publishersNote(pr, toks)
	st.participantsOfAll(pr, toks)
	st.authorsViewOf(pr, toks, subj, as, hasCue)
	st.jointOpening(pr, as, c, hasCue)
	st.jointOur(pr, toks)
	st.noteGroup(toks, subj) // party_group.go
	st.groupsLeaders(pr, subj, c, hasCue)
	st.ownWordsOfBoth(pr, subj, hasCue)
	st.titlesOfAll(pr, toks, subj, c, hasCue) // party_group.go
	st.groupsOwnMembers(pr, c, hasCue)        // group_members.go
	if len(subj) == 1 && subj[0].kind == actorWe && subj[0].text == "I" && len(pr.Parties) == 1 && pr.Parties[0] == st.author && st.author != "" {
		st.authorI = true
	}
}

// jointOpening makes a sentence of a joint statement that lists the
// people of several sides before its verb ("H.E. Mr. MOTEGI
// Toshimitsu, Minister for Foreign Affairs of Japan, and …, the
// Australian Minister for Defence held the Ninth … Consultations") the
// sentence of all their parties, and remembers them as the statement's
// signatories.
func (st *state) jointOpening(pr *Proposal, as []actor, c cue, hasCue bool) {
	if !st.jointDoc || !hasCue || c.noun || pr.Joint() || namesJointText(strings.ToLower(pr.Text)) {
		return // (nor the publisher's note naming the statement)
	}
	if len(as) == 0 || as[0].from > 3 {
		return // the list opens the sentence, no phrase before it
	}
	var ps []string
	for _, a := range as {
		if a.from >= c.at {
			break
		}
		switch {
		case a.kind == actorSpeaker && a.speaker != nil:
			if p := st.partyOf(a.speaker); p != "" {
				ps = appendUnique(ps, p)
			} else if a.ent != nil {
				ps = appendUnique(ps, a.ent.Name)
			}
		case a.ent != nil && !a.prepositional:
			// ("In a meeting with Japan's Prime Minister, …" names
			// no one who issued the statement)
			ps = appendUnique(ps, a.ent.Name)
		}
	}
	if len(ps) < 2 {
		return
	}
	if len(st.signatories) == 0 {
		st.signatories = ps
	}
	pr.Parties, pr.Speaker = append([]string(nil), ps...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, the people named before '%s' are of %s, who issued the joint statement",
		c.word, strings.Join(ps, ", ")))
}

// jointOur makes a sentence of a joint statement that opens with "our"
// ("Our peoples have served side-by-side …", "Our alliance rests on …")
// the statement's signatories'.
func (st *state) jointOur(pr *Proposal, toks []token) {
	if !st.jointDoc || toks[0].lower != "our" || len(toks) < 2 || !toks[1].isWord() {
		return
	}
	ps := st.jointOrPair()
	if len(ps) < 2 || len(pr.Parties) == len(ps) {
		return
	}
	pr.Parties, pr.Speaker = ps, nil
	st.lastParties = ps
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s %s' in a joint statement is all who issued it", toks[0].text, toks[1].text))
}

// ownWordsOfBoth gives back to the author a sentence of its own
// first-person release that names both sides as its subject without a
// verb telling what they did ("Australia and China have gained much
// through the strength of our economic … ties" after "Today I met …"):
// the minister describes them, they do not speak.
func (st *state) ownWordsOfBoth(pr *Proposal, subj []actor, hasCue bool) {
	if !st.authorI || st.jointDoc || hasCue || len(subj) < 2 || len(pr.Parties) < 2 || st.voice != nil {
		return
	}
	author := false
	for _, a := range subj {
		if a.kind != actorParty || a.ent == nil {
			return
		}
		author = author || a.ent.Name == st.author
	}
	if !author {
		return
	}
	pr.Parties = []string{st.author}
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: %s, whose minister speaks in the first person here ('I' before): the sentence names both sides without telling what they did", st.author))
	if pr.Kind == storage.KindAgreement {
		pr.Kind = storage.KindPosition
	}
}

// placePrepositions put a place after them ("gathered in Bangkok"), not
// one who issued a statement.
var placePrepositions = set("in", "at", "to", "from", "near")

// viewOfMeeting reports "we" in a clause a view governs ("It is important
// that we meet today", "it was right that we spoke"): the speaker's view
// of the meeting, not what both sides did at it.
func viewOfMeeting(toks []token, we actor) bool {
	f := we.from
	return f >= 3 && toks[f-1].lower == "that" && (toks[f-3].lower == "is" || toks[f-3].lower == "was" || toks[f-3].lower == "it's")
}

// groupsOwn reports a sentence of a chair's statement whose "we" met no
// one else: "We had fruitful discussions on ASEAN's priorities" is the
// group's own; "We had a productive exchange of views with Premier Li
// Qiang" is both sides' ("with external partners" names no one).
func (st *state) groupsOwn(toks []token) bool {
	if !st.chairDoc {
		return false
	}
	for i, t := range toks {
		if t.lower != "with" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3 && toks[k].isWord(); k++ {
			if isCapitalized(toks[k].text) && !ownMembers[toks[k].lower] {
				return false // ("with the Member States" are the group's own: party_own_council.go)
			}
		}
	}
	return true
}

// headingCuts end, in a joint statement's heading, the list of those who
// issued it: what follows is its subject or place ("Joint Statement of
// the United States and Japan on Ukraine", "… in Tokyo").
var headingCuts = set("on", "regarding", "concerning", "about", "following", "at", "in", "to", "after", "for")

// noteJointHeading takes who issued a joint statement from its heading:
// the parties listed before its subject ("Joint Communiqué of the
// Leaders of the United States, Japan and the Republic of Korea") and
// those joined by a hyphen anywhere ("Joint Statement on the Outcome of
// the EU-Japan Summit", "Japan-Australia Joint Statement").
func (st *state) noteJointHeading(heading string, toks []token, ents []mention) {
	if len(st.signatories) > 0 || !namesJointText(strings.ToLower(heading)) {
		return
	}
	cut := len(toks)
	for i, t := range toks {
		if headingCuts[t.lower] && i > 0 {
			cut = i
			break
		}
	}
	var ps []string
	for _, m := range ents {
		if m.from < cut || toks[m.from].compound {
			ps = appendUnique(ps, m.ent.Name)
		}
	}
	if len(ps) >= 2 {
		st.signatories = ps
	}
}

// groupsLeaders gives back to the group "The Leaders welcomed …", "The
// Ministers expressed concern …" of a chair's statement that met no one
// else (no counterpart in its heading, no person of another side named):
// the group's own leaders, not two sides; what they welcomed is the
// group's position.
func (st *state) groupsLeaders(pr *Proposal, subj []actor, c cue, hasCue bool) {
	if !st.chairDoc && !st.groupOpen || st.counter != "" || len(st.pair) == 2 || len(st.signatories) > 0 || st.author == "" ||
		len(subj) != 1 || subj[0].kind != actorJoint || subj[0].many > 0 || len(pr.Parties) < 2 {
		return
	}
	if low := strings.ToLower(subj[0].text); strings.Contains(low, "both") || strings.Contains(low, "two") || strings.Contains(low, "sides") {
		return
	}
	pr.Parties, pr.Speaker = []string{st.author}, nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: %s, '%s' of a chair's statement that met no one else are the group's own", st.author, subj[0].text))
	if hasCue && c.kind == storage.KindPosition && pr.Kind == storage.KindAgreement {
		pr.Kind = storage.KindPosition
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, one side's '%s'", c.word))
	}
}
