package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// voice is the speaker whose remarks a readout reports over several
// sentences ("Wang Yi said that …. Relations are at a crossroads. The
// two sides should …"): opened by a sentence with the speaker as the
// subject of a speech verb, or by a lead-in naming them ("The overview
// of Minister Motegi's response is as follows."), and closed by a
// heading, a new speaker or a narrating sentence.
type voice struct {
	sp      *Speaker
	from    int    // the sentence (counted from 1) that opened it
	opening string // its first words, for the analyst to find it
	// whole: a heading gave the speaker as the author of what follows
	// ("Remarks by High Representative …"), so every sentence up to the
	// next heading or lead-in is theirs, narration included.
	whole bool
	// briefing: the speaker is briefing the press or giving an interview
	// ("Wang Yi … briefed reporters", "王毅…举行中外媒体吹风会"): what both
	// sides agreed, told in between, does not end the remarks.
	briefing bool
	// label, heading, quoted: what opened it, for the reason (see
	// transcript.go): a speaker label, the heading, a lead-in before
	// quoted paragraphs.
	label           string
	heading, quoted bool
	closed          bool // the quotation closed at the end of a sentence
	byline          bool // opened by a minister's byline (byline.go)
	self            bool // the text's own "I", found by office and date (first_person.go)
	// partyWhy: the speaker's side came from the known officials (a
	// label's "FOREIGN MINISTER KAMIKAWA"), said with each sentence.
	partyWhy string
	// tail: the words of a paragraph whose last sentence names their
	// speaker ("…, Wang noted."; discourse_tail.go), with the voice
	// that was open before it and the attribution.
	tail     bool
	prevTail *voice
	said     string
	// afterQuote: the tail's attribution follows the quotation the
	// sentence is in (discourse_quote_tail.go), not its paragraph.
	afterQuote bool
	// direct: the remarks were quoted in quotation marks, which the last
	// of their sentences closed (quoteShut; discourse_direct.go).
	direct, quoteShut bool
	act               bool // opened by a reported act, no words of his (discourse_noted.go)
}

// briefingWords mark a sentence telling that someone briefs the press or
// gives an interview.
var briefingWords = []string{"briefed reporters", "briefed the press", "briefed journalists", "briefed the media",
	"told reporters", "told the press", "told journalists", "press conference", "in an interview", "interview with",
	"吹风会", "接受", "采访", "向记者", "答记者问", "记者会", "向媒体介绍", "向中外媒体"}

// noteBriefing remembers the speaker of a sentence telling that they
// brief the press, so that their remarks reported next are a briefing.
func (st *state) noteBriefing(pr *Proposal) {
	if pr.Speaker == nil {
		return
	}
	low := strings.ToLower(pr.Text)
	for _, w := range briefingWords {
		if strings.Contains(low, w) {
			st.briefer = pr.Speaker
			return
		}
	}
}

// newVoice opens sp's remarks at the current sentence, whose text is s.
func (st *state) newVoice(sp *Speaker, s string) *voice {
	w := strings.Fields(s)
	if len(w) > 6 {
		w = append(w[:6], "…")
	}
	opening := strings.Join(w, " ")
	if hasCJKRunes([]rune(s)) {
		r := []rune(s)
		opening = string(r[:min(len(r), 12)])
		if len(r) > 12 {
			opening += "…"
		}
	}
	return &voice{sp: sp, from: st.n, opening: opening, act: reportsAct(s)}
}

// openVoice remembers the speaker of the sentence when the speaker is its
// subject and says something (an account of a meeting opens nothing).
func (st *state) openVoice(pr *Proposal, subj []actor) {
	if pr.Speaker == nil || len(pr.Parties) != 1 || len(subj) == 0 ||
		(subj[0].kind != actorSpeaker && subj[0].kind != actorHeShe) {
		if len(subj) > 0 || pr.Kind == storage.KindAccount {
			st.voice = nil
		}
		return
	}
	if pr.Kind == storage.KindAccount {
		st.voice = nil
		return
	}
	if st.voice == nil || st.voice.sp != pr.Speaker {
		st.voice = st.newVoice(pr.Speaker, pr.Text)
		st.voice.briefing = st.briefer == pr.Speaker
	}
}

// continueVoice attributes a sentence that goes on with the open voice's
// remarks: no subject of its own, the speaker's own side, "we", or a
// party or both sides with no speech verb of their own ("The U.S. side
// should …", "双方应 …"). It reports false for a narrating sentence,
// which closes the voice.
func (st *state) continueVoice(pr *Proposal, toks []token, r []rune, subj []actor, as []actor, c cue, hasCue bool) bool {
	v := st.voice
	if v == nil {
		return false
	}
	if directOver(v, r, subj) { // discourse_direct.go
		st.voice = nil
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("speaker: none, the narrator's words after %s's quotation closed", v.sp.Name))
		return false
	}
	party := v.sp.Party
	if party == "" {
		party = st.author
	}
	if v.whole && !v.tail && (st.twoSides(subj, party) || hasCue && !c.noun && c.at >= lastFrom(subj) && !modalAt(toks, lastTo(subj)) &&
		(c.kind == storage.KindAgreement || c.kind == storage.KindAccount) && st.partiesOfTwo(subj, party)) {
		// "The State Counsellor and myself talked at length": the
		// speaker and the other side together, theirs, and the remarks
		// go on after.
		st.voice, st.suspended = nil, v
		return false
	}
	if v.whole && !v.heading && v.label == "" && !v.tail && len(subj) > 0 && subj[0].kind == actorJoint && subjectVerbAt(toks, subj[0].to) {
		// "In response, President Trump said:" … "The two leaders then
		// engaged in …": the narrator takes over again.
		st.voice = nil
		return false
	}
	st.aside, st.narratedBoth, st.viewWhy, st.recalled = false, false, "", false
	if !v.whole && !st.inVoice(toks, subj, c, hasCue, party) {
		st.voice = nil
		if st.narratedBoth {
			st.bothWhy = fmt.Sprintf("speaker: none, both sides named after %s's reported words closed them (\"%s\")", v.sp.Name, v.opening)
		}
		if st.aside {
			st.suspended = v
		}
		if v.briefing && len(subj) > 0 && subj[0].kind == actorJoint {
			// "The two sides agreed to …" in Wang Yi's briefing: both
			// sides' sentence, after which his own remarks go on.
			st.suspended = v
		}
		return false
	}
	if party != "" {
		pr.Parties = []string{party}
	}
	pr.Speaker = v.sp
	pr.Reasons = append(pr.Reasons, v.reason())
	if st.viewWhy != "" {
		pr.Reasons = append(pr.Reasons, st.viewWhy)
	}
	if v.partyWhy != "" {
		pr.Reasons = append(pr.Reasons, v.partyWhy)
	}
	k, why := remarksKind(toks, r, subj, as, c, hasCue, party)
	if w := selfNarrated(toks, subj, v, c, hasCue); w != "" {
		k, why = storage.KindAccount, "kind: account, the speaker told of in the third person ('"+w+"'): what he did, not what he says"
	}
	if st.recalled && hasCue && !c.noun && c.kind == storage.KindAccount {
		// "… have met several times": what the leaders did, an event
		// the minister tells of.
		k, why = storage.KindAccount, "kind: account, what the leaders did ('"+c.word+"'), told in the minister's words"
	}
	pr.Kind = k
	pr.Reasons = append(pr.Reasons, why)
	return true
}

// inVoice reports whether a sentence with subject subj and main cue c
// belongs to the remarks of a speaker of party.
func (st *state) inVoice(toks []token, subj []actor, c cue, hasCue bool, party string) bool {
	// A verb of saying that governs a stronger cue ("博雷利表示，歐盟…
	// 致力於…") still reports speech.
	speech := hasCue && (c.weak || strings.Contains(c.word, " … ")) && speechVerbs[c.lemma()]
	if len(subj) == 0 {
		// "The participants said …": someone the text does not know
		// speaks now.
		if speech && c.at <= 4 && toks[0].lower == "the" {
			return false
		}
		// "The exceptional warmth and candour of the conversation
		// reflected …": the meeting itself, told by the narrator.
		if meetingOpens(toks) {
			return false
		}
		// "Those responsible must be held accountable": a passive or
		// modal verb tells of no meeting.
		if hasCue && c.kind == storage.KindAccount && c.at > 0 {
			if b := toks[c.at-1].lower; b == "be" || b == "been" || b == "being" || modalWords[b] {
				return true
			}
		}
		// "No decisions would be taken and there would be no
		// conclusions coming out of the meeting": a noun of meeting is
		// no verb that narrates.
		nounLike := c.noun || c.at > 0 && determiners[toks[c.at-1].lower]
		return !hasCue || c.kind != storage.KindAccount || nounLike
	}
	if hopedOf(toks, subj) {
		// "It is hoped that Taro Kono could inherit …" in Wang Yi's
		// words: the one hoped of is asked, not heard (kind_hoped.go).
		st.viewWhy = "speaker: '" + subj[0].text + "' is who 'it is hoped' asks to act, not who speaks"
		return true
	}
	if st.leadersRecalled(subj) {
		// "Since 2014, President Xi Jinping and Prime Minister Narendra
		// Modi have met several times" in Wang Yi's words
		// (discourse_leaders_recalled.go).
		st.viewWhy = "speaker: '" + subj[0].text + "' and '" + subj[len(subj)-1].text + "' are leaders the minister tells of, not who speaks"
		st.recalled = true
		return true
	}
	if st.peopleOfTwoSides(subj) {
		// "The President and Prime Minister agreed …": both sides, in
		// the narrator's voice.
		return false
	}
	a := subj[0]
	cueAfter := hasCue && c.at >= a.from
	switch a.kind {
	case actorSpeaker:
		// "Just now, President Xi Jinping has put forward …" in Wang
		// Yi's words: a person of the speaker's side who does not speak
		// here is part of the remarks.
		if sp := a.speaker; sp != nil && sp != st.voice.sp && !speech {
			// "魯比奧就指，美方願…" after Wang Yi's words: a known
			// official of another side is no part of them.
			own := st.partyOf(sp)
			if own == "" {
				own = st.author
			}
			if own == party && party != "" && (subjectVerbAt(toks, a.to) || appositionVerbAt(toks, a.to)) {
				// "EAM Dr. S. Jaishankar also met …", "Chinese President
				// Xi Jinping made a state visit …": a verb in the past
				// tense tells what the other person did, in the
				// narrator's voice; the remarks go on after it.
				st.aside = true
				return false
			}
			return own == party && party != ""
		}
		return false
	case actorHeShe, actorThey:
		return false
	case actorWe:
		// "The President welcomed …" after someone else's words: the
		// author's official, named by title, in the narrator's voice.
		if !isWe(a.text) && a.text != "I" && a.text != "myself" && (cueAfter || subjectVerbAt(toks, a.to)) {
			return false
		}
		return true
	case actorParty, actorJoint:
		if st.bothNamedAfterAct(toks, subj, party) {
			// "Both Slovenia and the Netherlands support …" after
			// "Minister Fajon highlighted Slovenia's efforts …"
			// (discourse_noted.go): both sides, in the narrator's voice.
			st.narratedBoth = true
			return false
		}
		if modalAt(toks, a.to) {
			// "Both sides should join efforts to …", "The U.S. side
			// must …": what the speaker asks, whatever verb follows.
			return true
		}
		if w := copulaAfter(toks, a.to); w != "" && (!st.voice.briefing || st.ownSide(subj, party)) {
			// "The BRICS cooperation is not an expedient measure …" in
			// Wang Yi's words: how things are, his view
			// (discourse_copula.go).
			st.viewWhy = "speaker: '" + a.text + " … " + w + "' says how things are, in the present: his view, not the narrator's"
			return true
		}
		if subjectVerbAt(toks, a.to) {
			// "The two leaders recommitted to …", "The two ministers
			// confirmed that …": a verb in the past tense narrates.
			return false
		}
		// Narration has a verb of its own: "The two sides exchanged
		// views", "The EU and China agreed", "The Chinese side stated".
		narrates := cueAfter && (c.kind == storage.KindAccount || c.kind == storage.KindAgreement || c.weak && speechVerbs[c.lemma()])
		if !narrates && st.voice.briefing && cueAfter && !st.ownSide(subj, party) && !hasModal(toks) {
			// In a briefing, another side's or both sides' stance
			// with no "should" is reported as theirs ("美方赞赏中方发挥的
			// 积极作用", "The two sides are willing to …"); "The U.S.
			// side should …" stays the speaker's demand.
			return false
		}
		return !narrates
	}
	return false
}

// twoSides reports whether a subject joins a person of another side to
// the speaker ("The State Counsellor and myself").
func (st *state) twoSides(subj []actor, party string) bool {
	if len(subj) < 2 {
		return false
	}
	own, other := false, false
	for _, a := range subj {
		switch {
		case a.kind == actorWe:
			own = true
		case a.kind == actorSpeaker && a.speaker != nil && st.partyOf(a.speaker) != "" && st.partyOf(a.speaker) != party:
			// "The Prime Minister and I" with Kishida named only in the
			// heading: the list of known officials places him.
			other = true
		}
	}
	return own && other
}

// partiesOfTwo reports a subject naming two or more sides, one of them
// not party ("The EU and China agreed …" in Michel's remarks).
func (st *state) partiesOfTwo(subj []actor, party string) bool {
	var ps []string
	for _, a := range subj {
		switch {
		case a.kind == actorParty && a.ent != nil && !a.compound && !a.possessive:
			ps = appendUnique(ps, a.ent.Name)
		case a.kind == actorSpeaker && a.speaker != nil && st.partyOf(a.speaker) != "":
			// A speaker of no known party is no side.
			ps = appendUnique(ps, st.partyOf(a.speaker))
		}
	}
	if len(ps) < 2 {
		return false
	}
	for _, p := range ps {
		if p != party {
			return true
		}
	}
	return false
}

// lastFrom is where the last actor of a subject starts.
func lastFrom(subj []actor) int {
	if len(subj) == 0 {
		return 0
	}
	return subj[len(subj)-1].from
}

// lastTo is where the last actor of a subject ends.
func lastTo(subj []actor) int {
	if len(subj) == 0 {
		return 0
	}
	return subj[len(subj)-1].to
}

// peopleOfTwoSides reports a subject joining people of two parties.
func (st *state) peopleOfTwoSides(subj []actor) bool {
	seen := ""
	for _, a := range subj {
		if a.kind != actorSpeaker || a.speaker == nil {
			continue
		}
		p := st.partyOf(a.speaker)
		if p == "" {
			continue
		}
		if seen != "" && p != seen {
			return true
		}
		seen = p
	}
	return false
}

// ownSide reports whether the subject is the speaker's party alone.
func (st *state) ownSide(subj []actor, party string) bool {
	for _, a := range subj {
		if a.kind != actorParty || a.ent == nil || a.ent.Name != party {
			return false
		}
	}
	return true
}

// modalAt reports a modal right after a subject that ends at toks[j],
// past at most one adverb ("should", "must also").
func modalAt(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+1; k++ {
		if modalWords[toks[k].lower] || toks[k].lower == "need" || toks[k].lower == "needs" {
			return true
		}
		if !toks[k].isWord() {
			return false
		}
	}
	return false
}

// callNouns name a meeting besides eventNouns ("the conversation").
var callNouns = set("conversation", "call", "visit", "exchange", "discussion")

// meetingOpens reports a sentence whose subject is the meeting, call or
// talks ("The exceptional warmth of the conversation reflected …", "The
// talks were held …"): a noun of meeting among its first words, then a
// verb in the past tense before any comma.
func meetingOpens(toks []token) bool { return meetingVerb(toks, true) }

// contentVerbs tell what a meeting was about ("The call focused on …",
// "Their discussion covered …"): what both sides discussed.
var contentVerbs = set("focused", "focussed", "covered", "centred", "centered", "concentrated", "touched", "ranged",
	"spanned", "addressed")

// meetingNounAt returns the first noun of meeting among the first words
// after the opening one, or -1.
func meetingNounAt(toks []token) int {
	for i := 1; i < len(toks) && i < 10; i++ {
		if eventNouns[toks[i].lower] || callNouns[toks[i].lower] {
			return i
		}
	}
	return -1
}

// meetingCovered reports a meeting among the first words followed by a
// verb of content.
func meetingCovered(toks []token) bool {
	i := meetingNounAt(toks)
	return i > 0 && i+1 < len(toks) && contentVerbs[toks[i+1].lower]
}

// meetingWith reports a meeting among the first words that is someone's
// or with someone ("the Foreign Secretary's discussions with …").
func meetingWith(toks []token) bool {
	i := meetingNounAt(toks)
	return i > 0 && (toks[i-1].possessive || i+1 < len(toks) && toks[i+1].lower == "with")
}

// meetingVerb reports a sentence that opens with "the" and a meeting (see
// meetingOpens) before a verb in the past tense within a few words
// ("The Foreign Secretary's discussions with Secretary Pompeo this
// evening focussed on …"); passive reports "was"/"were" too.
func meetingVerb(toks []token, passive bool) bool {
	if len(toks) == 0 || toks[0].lower != "the" {
		return false
	}
	for i := 1; i < len(toks) && i < 10; i++ {
		t := toks[i]
		if !t.isWord() {
			return false
		}
		if eventNouns[t.lower] || callNouns[t.lower] {
			for j := i + 1; j < len(toks) && j <= i+7; j++ {
				w := toks[j]
				if !w.isWord() || w.lower == "to" {
					return false // "The summit to be held later …" is what was said of it
				}
				if passive && (w.lower == "was" || w.lower == "were") {
					return true
				}
				if w.text == w.lower && pastTense(w.lower) {
					return true
				}
				if auxiliaries[w.lower] {
					return false
				}
			}
			return false
		}
	}
	return false
}

// hasModal reports a word of obligation in the sentence ("should",
// "must", 应, 要).
func hasModal(toks []token) bool {
	for _, t := range toks {
		if modalWords[t.lower] {
			return true
		}
		for _, m := range cjkModals {
			if t.text == m {
				return true
			}
		}
	}
	return false
}

// attribution finds who a sentence is attributed to after its content:
// "…, Wang said." / "…, said Wang." / "…, Kerry added, including …" /
// "Despite …, he said, both sides …". It returns the speaker (or he,
// she) and the speech verb's cue.
func attribution(toks []token, as []actor, cues []cue) (actor, cue, bool) {
	endsClause := func(i int) bool {
		return i >= len(toks) || toks[i].punct != 0 && toks[i].punct != '-'
	}
	for _, c := range cues {
		if !c.weak || c.at == 0 {
			continue
		}
		for _, a := range as {
			if a.kind != actorSpeaker && a.kind != actorHeShe {
				continue
			}
			// "…, Wang said", "…," Wang stressed, and …", "Calling …,
			// Wang said their relationship is …"
			if a.to == c.at && afterComma(toks, honorificStart(toks, a.from)) && speechVerbs[c.lemma()] {
				return a, c, true
			}
			// "…, said Wang.", "…," said President Tusk before his
			// meeting with …"
			if a.from == c.end && afterComma(toks, c.at) && (endsClause(a.to) || trailingAdverbial(toks, a.to)) {
				return a, c, true
			}
		}
	}
	return actor{}, cue{}, false
}

// notePair remembers the two principals of a readout: the parties of the
// first sentence that names people (or the author's unnamed official)
// of two parties ("The Prime Minister met President Biden").
func (st *state) notePair(toks []token, subj []actor, as []actor) {
	if len(st.pair) == 2 {
		st.newCounterpart(toks, as) // discourse_roundup.go
		st.subjectCounterpart(subj)
		return
	}
	var ps []string
	if len(subj) > 0 && subj[0].kind == actorWe && st.author != "" {
		ps = append(ps, st.author)
	}
	for _, a := range as {
		if a.kind == actorSpeaker && a.speaker != nil && st.partyOf(a.speaker) != "" {
			ps = appendUnique(ps, st.partyOf(a.speaker))
		}
		// "The President of the European Commission and the Prime
		// Minister of the United Kingdom met": officials by title.
		if a.official && a.ent != nil && !venueAt(toks, a.from) {
			ps = appendUnique(ps, a.ent.Name)
		}
	}
	if st.counterHead && len(ps) >= 2 && ps[0] != st.counter && ps[1] != st.counter {
		// The heading named the other side: someone of a third party
		// named in passing makes no pair.
		return
	}
	if len(ps) >= 2 {
		st.pair = ps[:2]
	}
}

// partyOf is a speaker's party, or the party the list of known officials
// gives one the text has not yet given one ("Prime Minister David
// Cameron called Chancellor Merkel": Germany's, though she is only the
// object), or "".
func (st *state) partyOf(sp *Speaker) string {
	if sp.Party != "" {
		return sp.Party
	}
	if e, _ := st.officialParty(sp); e != nil {
		return e.Name
	}
	return ""
}

// leadIn opens the voice of the speaker a lead-in names ("The overview
// of Minister Motegi's response is as follows.").
func (st *state) leadIn(r []rune) {
	if v := st.voice; v != nil && (v.label != "" || v.heading) && ownLeadIn(r) {
		// "Let me read to you the statement on the President’s
		// participation …:" in a speaker's turn: what follows is still
		// his to read out (transcript_briefing.go).
		return
	}
	toks := tokenize(r)
	sps := st.book.find(toks, st.p.Gaz.find(toks, r))
	st.voice = nil
	// "The below is attributable to Spokesperson Ned Price:" names who
	// speaks for the author, whose narration follows.
	if len(sps) == 0 || strings.Contains(strings.ToLower(string(r)), "attributable to") {
		return
	}
	if issuedStatement(string(r)) {
		// "President Michel, President von der Leyen and Prime Minister
		// Kishida met in Brussels … and issued the following
		// statement:": what follows is all of theirs, a joint statement,
		// not the first one's remarks.
		st.jointDoc = true
		return
	}
	if st.sidesOf(sps) > 1 {
		// A lead-in naming people of two sides ("Secretary Blinken and
		// Foreign Minister Wang Yi made the following remarks:"): what
		// follows is theirs together, no one person's words.
		return
	}
	sp := sps[0].sp
	// "Minister Wang Yi's remarks": the possessive is no part of the name.
	for _, s := range []string{"’s", "'s"} {
		name := strings.TrimSuffix(sp.Name, s)
		if known := st.book.byName[name]; known != nil && name != sp.Name {
			sp = known
		} else if known := st.book.byPart[partKey(name)]; known != nil && name != sp.Name {
			sp = known
		}
	}
	st.voice = st.newVoice(sp, string(r))
	// "In response, President Trump said:" introduces his own words:
	// all of them are his, whoever they name, to the next heading or
	// lead-in.
	low := strings.ToLower(strings.TrimRight(string(r), ":： "))
	st.voice.whole = titlesRemarks(low) // "Opening Remarks by Minister Lamola:" (heading_remarks.go)
	for _, w := range []string{" said", " stated", " remarked", " said as follows", " stated as follows", "表示", "说"} {
		if strings.HasSuffix(low, w) {
			st.voice.whole = true
			break
		}
	}
}

// issuedStatement reports a lead-in by which several people issue the
// text that follows together.
func issuedStatement(s string) bool {
	low := strings.ToLower(s)
	for _, w := range []string{"issued the following", "adopted the following", "released the following", "the following joint statement"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// attributed proposes a sentence whose speaker is named after its
// content: the speaker's party, and the kind from the content (its own
// cue, else a modal, else a position).
func (st *state) attributed(pr *Proposal, toks []token, r []rune, a actor, said cue, as []actor, cues []cue) {
	ps, sp, why := st.resolve(a)
	pr.Parties, pr.Speaker = ps, sp
	if len(ps) == 0 && st.author != "" {
		pr.Parties = []string{st.author}
	}
	pr.Reasons = append(pr.Reasons, why+" (named after what was said: '"+a.text+" "+said.word+"')")
	if sp != nil {
		st.lastSpeaker = sp
		st.voice = st.newVoice(sp, pr.Text)
	}
	party := ""
	if len(pr.Parties) > 0 {
		party = pr.Parties[0]
	}
	k, why := tailKind(toks, r, as, cues, a.from, party, said)
	pr.Kind = k
	pr.Reasons = append(pr.Reasons, why)
}

// speechVerbs are the weak cues that report speech, as opposed to
// verbs of content ("views", "supports") a speaker's remarks contain.
var speechVerbs = set("say", "said", "says", "stress", "stressed", "stresses", "note", "noted", "notes", "add", "added",
	"adds", "state", "stated", "states", "emphasize", "emphasized", "emphasise", "emphasised", "emphasizes", "emphasises",
	"point", "pointed", "reiterate", "reiterated", "underline", "underlined", "underscore", "underscored", "highlight",
	"highlighted", "express", "expressed", "tell", "told", "remark", "remarked", "explain", "explained", "declare",
	"declared", "表示", "强调", "指出", "说", "重申", "称", "提到")

// lemma is the cue's first word, lower-cased ("stressed … opposition"
// gives "stressed").
func (c cue) lemma() string {
	w, _, _ := strings.Cut(c.word, " ")
	return strings.ToLower(w)
}

// afterComma reports whether token i follows a comma, or a closing
// quotation mark after one (",\" Wang said").
func afterComma(toks []token, i int) bool {
	if i > 0 && toks[i-1].punct == ',' {
		return true
	}
	return i > 1 && isQuote(toks[i-1].punct) && toks[i-2].punct == ','
}

// honorificStart is where a name at toks[i] starts with the honorific
// before it: "…,” Mr Peters says." names Peters after the comma.
func honorificStart(toks []token, i int) int {
	for i > 0 && (honorifics[toks[i-1].lower] || toks[i-1].punct == '.' && i > 1 && honorifics[toks[i-2].lower]) {
		if toks[i-1].punct == '.' {
			i--
		}
		i--
	}
	return i
}

// trailingAdverbial reports a phrase of time or place after a speaker
// named at the end ("said President Tusk before his meeting with …",
// "he said after the meeting").
func trailingAdverbial(toks []token, i int) bool {
	return i < len(toks) && toks[i].isWord() && adverbialStarts[toks[i].lower]
}

var adverbialStarts = set("before", "after", "at", "in", "during", "on", "when", "while", "following", "ahead",
	"today", "yesterday", "upon", "from", "as", "speaking", "later", "earlier")

func isQuote(r rune) bool { return r == '"' || r == '”' || r == '’' || r == '»' || r == '」' }

// remarksBy opens the voice of the speaker a heading names as the
// author of what follows ("press remarks by High Representative Kaja
// Kallas", "Statement by the Foreign Secretary …").
func (st *state) remarksBy(heading string, sps []speakerMention, toks []token) {
	low := strings.ToLower(heading)
	at := -1
	for _, w := range remarksTitles {
		if k := strings.Index(low, w); k >= 0 {
			at = len([]rune(heading[:k+len(w)]))
			break
		}
	}
	if at < 0 || st.headingOfTwo(heading, sps, toks, at) {
		return
	}
	st.headingVoiceFrom(heading, sps, toks, at)
}

// headingVoiceFrom opens, for the whole of what follows, the voice of the
// first speaker the heading names at or after rune at.
func (st *state) headingVoiceFrom(heading string, sps []speakerMention, toks []token, at int) {
	for _, m := range sps {
		if toks[m.from].start >= at {
			st.voice = st.newVoice(m.sp, heading)
			st.voice.whole, st.voice.heading = true, true
			return
		}
	}
}

// remarksTitles open the title of a text that is one person's words.
var remarksTitles = []string{"remarks by ", "statement by ", "speech by ", "address by ", "press conference by ",
	"speeches by ", "keynote by ", "op-ed by ", "article by ", "interview with ", "interview of "}

// isRemarksTitle reports a line that titles a readout or someone's
// remarks though the segmenter did not take it for a heading (it is
// long): "Readout of …", or one naming whose remarks follow ("Remarks by
// High Representative/Vice-President Federica Mogherini at the press
// event …, with State Counsellor Yang Jiechi"), ending no sentence.
func isRemarksTitle(r []rune) bool {
	if len(r) == 0 || strings.ContainsRune(".!?。！？:：", r[len(r)-1]) {
		return false
	}
	head := strings.ToLower(string(r[:min(len(r), 80)]))
	if strings.HasPrefix(head, "readout of ") || strings.HasPrefix(head, "joint statement ") {
		return true // "Readout of National Security Advisor Jake Sullivan's Meeting with …"
	}
	for _, w := range remarksTitles {
		if k := strings.Index(head, w); k >= 0 && (k == 0 || strings.HasPrefix(head[k-2:], ": ") || strings.HasSuffix(head[:k], "press ") || strings.HasSuffix(head[:k], "opening ")) {
			return true
		}
	}
	return false
}

// ledBy names the speaker of "The EU delegation was led by Gerhard
// Sabathil": the person after "led by" (or "headed", "chaired").
func (st *state) ledBy(pr *Proposal, toks []token, as []actor) {
	if pr.Speaker != nil || len(pr.Parties) != 1 {
		return
	}
	for _, a := range as {
		by := beforeHonorifics(toks, a.from-1) // "led by Mr Ugo Astuto"
		if a.kind != actorSpeaker || by < 1 || toks[by].lower != "by" {
			continue
		}
		if l := toks[by-1].lower; (l == "led" || l == "headed") && namesSide(toks[:a.from]) {
			pr.Speaker = a.speaker
			if a.speaker.Party == "" {
				a.speaker.Party = pr.Parties[0]
			}
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("speaker: %s, who led the side", a.speaker.Name))
			return
		}
	}
}

// namesSide reports whether toks speak of a side ("The Chinese
// delegation", "the EU side").
func namesSide(toks []token) bool {
	for _, t := range toks {
		if t.lower == "delegation" || t.lower == "side" || t.lower == "team" {
			return true
		}
	}
	return false
}

// eventNouns are the meetings a readout makes the subject of what both
// sides did there ("The strategic dialogue reaffirmed …", "The exchanges
// underscored …").
var eventNouns = set("dialogue", "exchanges", "meeting", "meetings", "discussions", "talks", "consultations", "round",
	"session", "summit")

// eventSubject makes a sentence whose subject is the meeting itself
// joint, and its weak verb the sides' agreement.
func (st *state) eventSubject(pr *Proposal, toks []token, subj []actor, c cue, hasCue bool) {
	if len(subj) > 0 {
		return
	}
	told := meetingVerb(toks, false) && (meetingWith(toks) || meetingCovered(toks))
	if (!hasCue || c.kind == storage.KindAccount && !c.weak) && !told {
		// Someone's meeting with someone that is the subject of a verb
		// in the past tense is what both sides did, whatever the verb
		// ("The Foreign Secretary's discussions with Secretary Pompeo
		// focussed on …"); otherwise only a verb of stating makes a
		// meeting theirs ("The dialogue took place in Chongqing" is
		// the narrator's).
		return
	}
	if !hasCue {
		c.at = len(toks)
	}
	k := -1
	for i := 0; i < min(len(toks), c.at, 8); i++ {
		if toks[i].isWord() && (eventNouns[toks[i].lower] || told && callNouns[toks[i].lower]) {
			k = i
			break
		}
	}
	if k < 0 || toks[0].lower != "the" && toks[0].lower != "this" {
		return
	}
	parties := st.bothSides()
	if len(parties) < 2 {
		return
	}
	if w := eventNounCopula(toks); w != "" {
		// "This meeting was part of ongoing efforts to …": what the
		// meeting was, told by the author.
		pr.Kind = storage.KindAccount
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: account, what the '%s' was", w))
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), parties...), nil
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s' is what both sides did", toks[k].text))
	if c.weak && pr.Kind == storage.KindPosition {
		if b := toks[max(c.at-1, 0)].lower; c.at > 0 && (b == "exchange" || b == "exchanged" || b == "exchanging") && strings.HasPrefix(c.word, "view") {
			// "The Dialogue allowed the two sides to exchange views on
			// a wide range of issues": what both sides did at it, an
			// account, not a view they share.
			pr.Kind = storage.KindAccount
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: account, the %s: to '%s %s' is what both sides did", toks[k].text, toks[c.at-1].text, c.word))
			return
		}
		pr.Kind = storage.KindAgreement
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: agreement, the %s '%s'", toks[k].text, c.word))
	}
}

// gaveRemarks opens the whole remarks of a speaker the sentence says gave
// a statement, speech or remarks ("Foreign Secretary Dominic Raab gave a
// statement at a press conference with …"): what follows is his text.
func (st *state) gaveRemarks(pr *Proposal, toks []token, subj []actor) {
	if pr.Speaker == nil || len(subj) != 1 || subj[0].kind != actorSpeaker {
		return
	}
	for i := subj[0].to; i < len(toks) && i <= subj[0].to+1; i++ {
		if !deliverVerbs[toks[i].lower] {
			continue
		}
		if i+1 >= len(toks) || toks[i+1].lower != "a" && toks[i+1].lower != "an" {
			continue // "Wang made the remarks when …" looks back at what he said
		}
		for j := i + 2; j < len(toks) && j <= i+4; j++ {
			if remarksNouns[toks[j].lower] {
				st.voice = st.newVoice(pr.Speaker, pr.Text)
				st.voice.whole = true
				return
			}
			if !toks[j].isWord() {
				break
			}
		}
	}
}

var deliverVerbs = set("gave", "delivered", "made", "gives", "delivers", "makes")

var remarksNouns = set("statement", "speech", "remarks", "address", "keynote")

// bothSides are the two principals, else the author and the counterpart
// it named, else the author and the party the source names most.
func (st *state) bothSides() []string {
	switch {
	case len(st.pair) == 2:
		return st.pair
	case st.counter != "" && st.author != "":
		return []string{st.author, st.counter}
	}
	return st.joint
}

// theirMeeting makes a sentence that opens with "their" meeting, talks or
// call ("Their talks began with …") both principals'.
func (st *state) theirMeeting(pr *Proposal, toks []token, subj []actor) {
	if len(toks) < 3 || toks[0].lower != "their" || !eventNouns[toks[1].lower] && !callNouns[toks[1].lower] {
		return
	}
	if len(subj) > 0 && subj[0].from <= 2 {
		return
	}
	// "Their discussion covered Syria, Afghanistan …": the parties
	// after the verb are what was discussed.
	parties := st.bothSides()
	if len(parties) != 2 {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), parties...), nil
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s %s' are both sides'", toks[0].text, toks[1].text))
}

// weAgreed makes "we agreed" (in a speaker's remarks or the author's
// narration) joint: an agreement takes two sides, so "we" is both of
// them there, not the author alone.
func (st *state) weAgreed(pr *Proposal, toks []token, subj []actor, c cue, hasCue bool) {
	if !hasCue || c.noun || c.weak || c.kind != storage.KindAgreement || len(subj) != 1 ||
		subj[0].kind != actorWe || !strings.EqualFold(subj[0].text, "we") || len(pr.Parties) != 1 {
		return
	}
	if c.at > 0 && auxiliaries[toks[c.at-1].lower] && toks[c.at-1].lower != "have" && toks[c.at-1].lower != "had" {
		// "we can agree on the main priorities": what may be agreed is
		// no agreement reached.
		return
	}
	if !agreeOfWe(toks, subj[0].to, c.at) {
		// "We all want a region where we can have the capacity to
		// both agree and disagree": the verb is another's, "agree" lies
		// deep in what is wanted.
		return
	}
	parties := st.joint
	if len(st.pair) == 2 {
		parties = st.pair
	}
	if len(parties) < 2 {
		return
	}
	pr.Parties, pr.Speaker, pr.Kind = append([]string(nil), parties...), nil, storage.KindAgreement
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, 'we %s': an agreement takes both sides", c.word))
}

// agreeOfWe reports a verb of agreeing at toks[at] whose subject is the
// "we" ending at toks[from]: nothing between them but adverbs and
// auxiliaries ("we agreed", "we have also agreed", "we all agreed").
func agreeOfWe(toks []token, from, at int) bool {
	if at < from || at-from > 4 {
		return false
	}
	for _, t := range toks[from:at] {
		if !t.isWord() || !weAgreeGap[t.lower] && !strings.HasSuffix(t.lower, "ly") {
			return false
		}
	}
	return true
}

var weAgreeGap = set("have", "had", "has", "also", "all", "both", "today", "then", "already", "further", "again",
	"now", "just", "together", "each")

// sidesOf counts the parties of the people a sentence names.
func (st *state) sidesOf(sps []speakerMention) int {
	var ps []string
	for _, m := range sps {
		if p := st.partyOf(m.sp); p != "" {
			ps = appendUnique(ps, p)
		}
	}
	return len(ps)
}
