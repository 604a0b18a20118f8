package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/storage"
)

// state is what proposing remembers from one sentence to the next: the
// speakers met, the last subject (for "he", "they").
type state struct {
	p           *Proposer
	author      string // the source's authoring party, or ""
	book        *speakerBook
	joint       []string
	named       []string // the author, then the parties by how often the source names them
	lastSpeaker *Speaker
	lastParties []string
	starter     *TopicModel
	n           int               // sentences proposed so far, for "sentence 4"
	voice       *voice            // whose remarks the sentences go on reporting
	pair        []string          // the parties of the two principals, once named
	taught      map[*Speaker]bool // speakers whose party a lesson changed
	byOffice    map[*Speaker]bool // speakers named by an office and the date, not by name (speakers_office.go)
	wbuf        []string          // the sentence's words in lower case, reused (kind_doorstop.go)
	wfor        *token            // the first token of the sentence wbuf holds
	counter     string            // the other side of the readout, once named (see noteCounterpart)
	counterHead bool              // a heading named the counter ("… Before Their Meeting", "… talks with …")
	jointDoc    bool              // a heading called the text a joint statement (see noteJointDoc)
	groupOpen   bool              // the text opened with the author's group of office-holders ("The BRICS Ministers …", party_group.go)
	signatories []string          // the parties that issued a joint statement, once named (see noteSignatories)
	chairDoc    bool              // a heading called the text a chair's statement (see noteChairDoc)
	bylined     bool              // a heading named a minister of the author's (see noteByline)
	authorI     bool              // the author's own "I" has spoken (see jointDocRules)
	briefer     *Speaker          // who was told to brief the press (see noteBriefing)
	// briefingUnnamed: a heading named a briefing and no one; the line
	// after it may name the spokesperson (transcript_briefing.go).
	briefingUnnamed bool
	// briefingText: a heading named a briefing, whose labelled speakers
	// are all officials of the author's side.
	briefingText bool
	suspended    *voice     // a briefing's remarks, set aside for a sentence of both sides'
	aside        bool       // inVoice found a person of the speaker's side narrated in the past tense
	recalled     bool       // inVoice found leaders of two sides the speaker tells of (discourse_leaders_recalled.go)
	narratedBoth bool       // inVoice found both sides named after a reported act (discourse_noted.go)
	viewWhy      string     // inVoice found a party's present state in the remarks (discourse_copula.go)
	bothWhy      string     // the reason to give the sentence that closed the voice so
	quoteBy      *voice     // the speaker of a quotation attributed after it, while its paragraph goes on
	singular     bool       // the last sentence's subject was one person
	tr           transcript // speaker labels and questions (transcript.go)
	// found is what the gazetteer found in the sentence proposeOne is
	// given, when foundSet (see entities).
	found        []mention
	foundSet     bool
	para         paraTail   // the speaker the paragraph's last sentence names after the words (discourse_tail.go)
	km           kindMemory // what the kind signals remember (kind_signals.go)
	stated       bool       // a sentence was proposed as a statement (see salutation)
	saluted      bool       // a speech's salutation was read (speech_salutation.go)
	date         int        // the day the text is dated (YYYYMMDD), 0 if none (officials_holder.go)
	dateEnd      int        // the last day of a month the text is dated by, 0 for one day (dates_window.go)
	opening      string     // the text's opening, read for the office of its "I" (first_person.go)
	me           *Speaker   // who "I" is in a text that never names its speaker, once found
	meWhy        string     // how me was found, for the review's Why
	meDone       bool       // me was looked for
	met          bool       // the sentence before told the author's principal meeting someone (party_joint.go)
	meByline     bool       // me came from a release's line naming its minister
	speechTitled bool       // a title called the text one person's speech or remarks (speech_title.go)
	interview    bool       // a title called the text an interview (speech_title.go)
	// namedPrev and namedNow are the speakers the sentence before and
	// this one named, namedAt the sentence namedNow is of, prevSpeaker
	// the sentence before's speaker (discourse_counterpart_cjk.go).
	namedPrev, namedNow     []*Speaker
	partiesPrev, partiesNow []string
	namedAt                 int
	prevSpeaker             *Speaker
}

// newState starts proposing a draft's sentences; counts are how often the
// source names each party (see mentions).
func newState(p *Proposer, d *Draft, counts map[*Entity]int) *state {
	st := &state{p: p, author: d.Author, book: newSpeakerBook(), taught: map[*Speaker]bool{}}
	st.book.author = d.Author
	st.date, st.dateEnd = textWindow(d.Doc.PublishedOn, d.Doc.HeldOn, d.Doc.Text) // dates_window.go
	st.opening = head(d.Doc.Text, 16000)
	for i := range p.Speakers {
		sp := p.Speakers[i]
		st.book.add(&sp)
	}
	st.book.met = nil // the project's speakers, not yet named by this text
	st.joint = st.jointParties(counts)
	if len(d.StarterTopics) > 0 {
		st.starter = NewTopicModel(StarterTopics(d.StarterTopics))
	}
	return st
}

// entities is what the gazetteer finds in the sentence r, tokens toks:
// what counting the mentions found when r is the whole sentence as given
// to proposeOne (no speaker label cut off, no character changed), else
// found afresh.
func (st *state) entities(toks []token, r, whole []rune) []mention {
	if st.foundSet && len(r) == len(whole) && (len(r) == 0 || &r[0] == &whole[0]) {
		return st.found
	}
	return st.p.Gaz.find(toks, r)
}

// proposeOne proposes the sentence seg, whose runes are r and whose text
// is text (string(r), or "" when the caller cannot cut it out of the
// source without a copy). Its words are found here rather than kept from
// counting the mentions: keeping them for every sentence cost eleven
// times the text in memory.
func (st *state) proposeOne(seg Segment, r []rune, text string) Proposal {
	if text == "" {
		text = string(r)
	}
	whole := r // the sentence as given, which found is of
	defer func() { st.found, st.foundSet = nil, false }()
	pr := Proposal{Segment: seg, Text: text, ReportedBy: st.author}
	st.n++
	if st.salutation(r, false) {
		st.skipSalutation(&pr)
		return pr
	}
	if (seg.Heading || isRemarksTitle(r)) && st.voice != nil && st.voice.whole && addressLine(text) {
		// "Dear Co-Chair and Brother," between paragraphs of remarks, or
		// a salutation under the title: an address, naming no speaker,
		// ending no remarks (speech_title.go).
		st.skipSalutation(&pr)
		return pr
	}
	if seg.Heading && bracketQuestion(r) {
		// "(On whether … President Yoon …)": a journalist's question
		// summed up on a line of its own. The people it names are the
		// question's, not a heading's: the remarks it interrupts go on
		// after it (transcript.go's headingTurn).
		pr.Skip, pr.Kind = true, storage.KindAccount
		st.headingTurn(&pr, r)
		return pr
	}
	if seg.Heading || isRemarksTitle(r) || restatedTitle(r) {
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: a heading, not a statement")
		// A heading closes any remarks, and introduces its people
		// ("PM meeting with President Biden of the United States");
		// remarks under their own title go on past a heading that names
		// no one (a dateline, a topic).
		r, text = hansText(r, text)
		toks := tokenizeText(r, text)
		ents := st.entities(toks, r, whole)
		sps := st.book.find(toks, ents)
		if st.voice == nil || !st.voice.whole || len(sps) > 0 {
			st.voice = nil
		}
		st.headingCounterpart(toks, ents, sps) // heading_possessive.go
		st.noteJointDoc(pr.Text)
		st.noteChairDoc(pr.Text)
		st.noteOwnCouncil(pr.Text) // party_own_council.go
		st.noteJointHeading(pr.Text, toks, ents)
		st.remarksBy(pr.Text, sps, toks)
		st.possessiveRemarks(pr.Text, sps, toks, ents) // heading_possessive.go
		st.noteByline(pr.Text, sps, toks)
		st.honByline(pr.Text, toks) // first_person.go
		st.pressHeading(pr.Text, sps, toks)
		st.briefingHeading(pr.Text, sps, toks)   // transcript_briefing.go
		st.genreFirstHeading(pr.Text, sps, toks) // heading_remarks.go
		st.titleOnlyHeading(pr.Text, toks, ents) // heading_remarks.go
		st.speechTitle(pr.Text, toks, ents)      // speech_title.go
		st.headingTurn(&pr, r)
		return pr
	}
	if st.deliveryNote(&pr, r, text) { // speech_title.go
		return pr
	}
	k, skip := st.turn(&pr, r)
	if skip {
		return pr
	}
	if k == 0 && st.interviewQuestion(&pr, r, text) { // speech_title.go: no label asks it
		return pr
	}
	if k > 0 {
		// The statement is what was said; the label says who said it.
		pr.Start += k
		text = text[runesLen(r[:k]):]
		pr.Text = text
	}
	r = r[k:]
	if k == 0 && st.voice != nil && st.voice.whole && addressLine(text) {
		st.skipSalutation(&pr) // "Excellencies:" within remarks (speech_title.go)
		return pr
	}
	if last := r[len(r)-1]; last == ':' || last == '：' || isLeadIn(pr.Text) || leadInFollows(pr.Text) {
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: a lead-in to what follows (ends with a colon or 'as follows')")
		if st.ownLeadIn(r) { // speech_title.go
			return pr
		}
		st.leadIn(r)
		st.quoteLeadIn(r)
		return pr
	}
	if stageDirection(r) { // "(Laughs.)", greetings.go
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: a note of what happened in the room, not a statement")
		return pr
	}
	if k == 0 && (isPageFurniture(r) || clockLine(r)) { // after a speaker label, "Absolutely." is said; furniture_clock.go
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: not a sentence (a link, a time or a page number)")
		return pr
	}
	if k == 0 && (isGreetingOrNote(pr.Text) || isSalutation(pr.Text) || bareThanks(pr.Text)) { // kind_vocab.go
		// "Check against delivery!", "Good afternoon everybody." opening
		// press remarks: no statement of anyone's (after a speaker
		// label the greeting is part of the turn).
		pr.Skip, pr.Kind = true, storage.KindAccount
		if floorTurn(pr.Text) { // transcript_floor.go
			pr.Reasons = append(pr.Reasons, "skipped: hands the press conference to the floor, not a statement")
			return pr
		}
		pr.Reasons = append(pr.Reasons, "skipped: a greeting or a note on the delivery, not a statement")
		return pr
	}
	// Traditional characters are read as simplified ones, rune for
	// rune (kind_hant.go): the statement keeps the text as written.
	r, text = hansText(r, text)
	toks := tokenizeText(r, text)
	ents := st.entities(toks, r, whole)
	sps := st.book.find(toks, ents)
	as := actors(toks, r, ents, sps, st.p.Gaz)
	cues := append(append(findCues(toks, r), wishCues(toks)...), bareVerbCues(toks)...) // kind_vocab.go
	slices.SortStableFunc(cues, func(a, b cue) int { return a.at - b.at })
	cues = dropRelativeCues(toks, cues) // kind_boundary.go

	subj0 := subjectOf(toks, as)
	subj := dropVocative(toks, subj0)
	if len(subj0) > len(subj) && subj0[0].from > 1 {
		// "And indeed, President Lula, you …" (kind_we.go)
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: '%s', set off by commas, is the one addressed, not the subject", subj0[0].text))
	}
	at := 0
	if op := openingPhrase(toks, as); op > 0 {
		at = op + 1 // "Looking ahead to …, the Prime Minister and …"
		if why := cjkOpeningWhy(toks, as, op); why != "" {
			pr.Reasons = append(pr.Reasons, why) // party_cjk_clauses.go
		}
	}
	if from, k := unnamedOfficial(toks, cues, at); k > 0 && st.author != "" && (len(subj) == 0 || subj[0].from >= k || titleOwnParty(subj[0], from, k)) {
		// "The Secretary-General thanked the President": an official the
		// text never names speaks for the author; the actor after the
		// verb is its object. "The Prime Minister and President Biden
		// met": the one after "and" shares the subject.
		official := actor{kind: actorWe, from: from, to: k, text: joinTokens(toks[from:k])}
		if other := st.othersOffice(toks, from, k); other != nil {
			// "Finally, the President updated the Prime Minister" in a
			// British readout: an office the author's government does
			// not have is the other side's.
			official = actor{kind: actorParty, from: from, to: k, ent: other, text: official.text, official: true}
		}
		if held, ok := st.officeSpeaker(toks, from, k, officialParty(official, st.author)); ok {
			// "The Prime Minister met …" never naming him: the
			// holder of that office on the text's date
			// (speakers_office.go). The sentence names him as if
			// by name: the pair of principals counts him.
			official = held
			as = withActor(as, held)
		}
		switch {
		case toks[k].lower == "and" && len(subj) > 0 && subj[0].from <= k+2:
			subj = append([]actor{official}, subj...)
		case toks[k].lower == "and":
			// "The PM and Chancellor agreed", "The President and Prime
			// Minister agreed": the second bare title is the person of
			// that title met before.
			subj = []actor{official}
			if second, ok := st.titleAfterAnd(toks, ents, k, nil, st.author); ok && !doubleTitle(toks, k) {
				subj = append(subj, second)
			}
		default:
			subj = []actor{official}
		}
	}
	if len(subj) == 1 && subj[0].kind == actorSpeaker && subj[0].to < len(toks) && toks[subj[0].to].lower == "and" {
		// "The Secretary and Prime Minister discussed": the person of
		// the second title too.
		if second, ok := st.titleAfterAnd(toks, ents, subj[0].to, subj[0].speaker, st.partyOf(subj[0].speaker)); ok {
			subj = append(subj, second)
		}
	}
	if joined := peopleJoined(toks, as, cues, subj); len(joined) > len(subj) { // party_people_joined.go
		subj = joined
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s' and '%s' joined by 'and' past the first one's apposition, before the verb", subj[0].text, subj[1].text))
	}
	after := 0
	if len(subj) > 0 {
		after = subj[0].to
	}
	c, hasCue := mainCue(toks, cues, ents, after)
	c, hasCue = governingCue(toks, r, cues, c, hasCue, after)
	a, said, tailed := attribution(toks, as, cues)
	if !tailed {
		st.tailVoice(&pr)   // discourse_tail.go
		st.quoteTailVoice() // discourse_quote_tail.go
	}
	st.suspended = nil
	held := st.othersWords(toks, subj, tailed)
	if st.tr.lineStart && !(st.quoteBy != nil && st.quoteBy.quoted && startsQuote(r)) {
		// A quotation goes on within its paragraph, and into the next
		// ones that open with a quotation mark, as releases print a
		// minister's words over paragraphs ("“…,” Mr Peters says." /
		// "“We also discussed …").
		st.quoteBy = nil
	}
	st.noteCounterpart(toks, ents, sps)
	st.noteNamed(sps, ents) // discourse_counterpart_cjk.go
	// Who issued a joint statement counts from the sentence that says so
	// ("We, the ASEAN Foreign Ministers and the United States Secretary
	// of State held …").
	st.noteSignatories(pr.Text, toks, subj, as)
	switch {
	case tailed:
		st.attributed(&pr, toks, r, a, said, as, cues)
		st.assented(&pr, toks, nil, as) // "In response, X expressed …, and the two leaders concurred …"
		if startsQuote(r) && pr.Speaker != nil {
			st.quoteBy = st.newVoice(pr.Speaker, pr.Text)
			st.quoteBy.whole, st.quoteBy.quoted = true, true
		}
	case held == nil && st.quoteBy != nil && startsQuote(r):
		// "…," said President Tusk. "My ambition is that …": the
		// quotation goes on in the next sentence of the paragraph.
		saved := st.voice
		st.voice = st.quoteBy
		st.continueVoice(&pr, toks, r, subj, as, c, hasCue)
		st.voice = saved
	case held == nil && st.continueVoice(&pr, toks, r, subj, as, c, hasCue):
	default:
		st.attribute(&pr, subj, as, cues)
		st.guestReceived(&pr, toks, as) // party_host.go
		if st.bothWhy != "" {
			pr.Reasons = append(pr.Reasons, st.bothWhy)
			st.bothWhy = ""
		}
		st.kind(&pr, toks, c, hasCue, subj, as, cues)
		narratedModal(&pr, toks, r, subj, as, hasCue)
		firstPersonView(&pr, toks, hasCue)
		st.saidModal(&pr, toks, r, subj, as, c, hasCue)
		st.ledBy(&pr, toks, as)
		st.eventSubject(&pr, toks, subj, c, hasCue)
		st.theirMeeting(&pr, toks, subj)
		wasMet := st.met
		st.noteMeetingCounter(&pr, toks, subj, as) // party_joint.go
		st.theyMet(&pr, toks, subj, wasMet)
		st.meetingNarrated(&pr, toks, subj, as) // party_joint.go
		st.pairedPeople(&pr, toks, subj)
		st.pairedByName(&pr, toks, subj, as, cues) // party_paired_name.go
		st.counterpartAnd(&pr, toks, subj, as, c, hasCue)
		st.assented(&pr, toks, subj, as)
		st.attendedBoth(&pr, toks, as)
		st.discussedPassive(&pr, toks, subj)
		st.jointEvents(&pr, toks, subj) // party_joint_events.go
		st.authoritiesMet(&pr, toks)    // party_joint_events.go
		st.notePair(toks, subj, as)
		st.openVoice(&pr, subj)
		st.gaveRemarks(&pr, toks, subj)
		st.noteBriefing(&pr)
		if st.suspended != nil {
			st.voice = st.suspended
		}
		st.firstPersonSelf(&pr, subj)       // first_person.go
		st.speechSelf(&pr)                  // speech_title.go
		st.openerAttribution(&pr, toks, as) // discourse_opener.go
	}
	st.resumeVoice(held)
	if v := st.voice; v != nil && pr.Speaker == v.sp {
		st.noteDirect(r) // discourse_direct.go
	}
	// "They" after one person of the author's cannot be that person
	// alone (see resolve).
	st.singular = len(subj) == 1 && (subj[0].kind == actorSpeaker || subj[0].kind == actorHeShe ||
		subj[0].kind == actorWe && !isWe(subj[0].text) && subj[0].text != "I")
	st.othersCommitment(&pr, toks, as, cues)
	st.noteCounterpart(toks, ents, sps)
	st.noteNamed(sps, ents) // discourse_counterpart_cjk.go
	st.weTogether(&pr, toks, subj, cues)
	st.weAgreed(&pr, toks, subj, c, hasCue)
	st.weMet(&pr, toks, subj, c, hasCue)
	st.weJointly(&pr, toks, subj)
	st.ourMeetingJointly(&pr, toks)    // transcript_our_meeting.go
	st.weCooperate(&pr, toks, subj)    // party_joint.go
	st.weAgreedClause(&pr, toks, subj) // party_joint.go
	st.jointDocRules(&pr, toks, subj, as, c, hasCue)
	st.titledList(&pr, toks, as, cues) // party_title_list.go
	st.holderKind(&pr, toks, r, subj, as, cues, c, hasCue)
	cjkJointSaid(&pr, r)
	st.kindSignals(&pr, toks, r, subj, c, hasCue)
	st.narratedKind(&pr, toks, r, subj, as, cues, c, hasCue) // kind_narration.go
	st.severalKinds(&pr, toks, subj, c, hasCue)              // kind_several.go
	st.speechEvents(&pr, toks, r, c, hasCue)                 // kind_doorstop.go
	st.stepKinds(&pr, toks, r, c, hasCue)                    // kind_steps.go
	st.reportedUndertaking(&pr, toks, as, cues, c, hasCue)   // kind_boundary.go
	namedUndertaking(&pr, toks)                              // kind_undertaking_named.go
	st.whoseKind(&pr, toks, as, c, hasCue)                   // kind_whose.go
	st.stateOfThings(&pr, toks)                              // kind_state.go
	st.onlyWay(&pr, toks)                                    // kind_way.go
	st.asideParticiple(&pr, toks, cues, c, hasCue)           // kind_aside.go
	st.cjkMeetingTold(&pr, toks, cues, c, hasCue)            // kind_cjk_meeting_told.go
	cjkConsensusMeeting(&pr, r)                              // kind_cjk_consensus.go
	st.judgedFrame(&pr, toks)                                // kind_frame.go
	boundaryNotes(&pr, toks)
	meetingSenseNote(&pr, toks) // kind_meeting_sense.go
	if topic, why := st.p.topicFor(pr.Text, toks, st.starter); topic != "" {
		pr.Topic = topic
		pr.Reasons = append(pr.Reasons, why)
	}
	st.applyLessons(&pr, r, toks, ents, cues)
	st.stated = st.stated || !pr.Skip
	if pr.Speaker != nil {
		pr.Speaker.shown = true
	}
	orig := ReadingOf(pr)
	orig.office = st.officeNamed(pr.Speaker)
	pr.Orig = &orig
	if pr.ReportedBy != "" {
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("reported by: %s, the source's author", pr.ReportedBy))
	}
	return pr
}

// attribute sets parties and speaker from the subject, else from a
// possessor of a kind noun, a compound naming both sides, or the author.
func (st *state) attribute(pr *Proposal, subj []actor, as []actor, cues []cue) {
	if len(subj) > 0 {
		var parties []string
		for _, a := range subj {
			ps, sp, why := st.resolve(a)
			parties = appendUnique(parties, ps...)
			if sp != nil && pr.Speaker == nil {
				pr.Speaker = sp
				st.lastSpeaker = sp
			}
			pr.Reasons = append(pr.Reasons, why)
		}
		if other := st.otherSide(subj, parties); other != "" {
			parties = append(parties, other)
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, the person named with no country beside the %s side is the other side's (%s)", parties[0], other))
		}
		if len(parties) > 1 && pr.Speaker != nil {
			// "The Secretary and the Foreign Minister discussed": both
			// sides speak, no one person.
			pr.Speaker = nil
		}
		if len(parties) > 0 {
			pr.Parties = parties
			st.lastParties = parties
			return
		}
	}
	for _, a := range as {
		if a.possessive && a.ent != nil && nounCueAfter(cues, a.to) {
			pr.Parties = []string{a.ent.Name}
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: '%s' holds the %s named after it", a.text, "statement"))
			return
		}
	}
	var compound []string
	for _, a := range as {
		if a.compound && a.ent != nil {
			compound = appendUnique(compound, a.ent.Name)
		}
	}
	if len(compound) > 1 && !firstOrSecondPerson(pr.Text) { // party_compound_person.go
		pr.Parties = compound
		pr.Reasons = append(pr.Reasons, "party: joint, the sentence names both sides together")
		return
	}
	if low := strings.ToLower(pr.Text); st.jointDoc && len(st.jointOrPair()) >= 2 && !strings.Contains(low, "the following") && !namesJointText(low) {
		// (not the publisher's note "The following is the joint
		// statement released by …", "Joint Statement from President …")
		pr.Parties = st.jointOrPair()
		pr.Reasons = append(pr.Reasons, "party: joint, a joint statement's own words (no party in subject position)")
		return
	}
	if st.author != "" {
		pr.Parties = []string{st.author}
		pr.Reasons = append(pr.Reasons, "party: the source's author (no party in subject position)")
		return
	}
	if len(st.lastParties) > 0 {
		pr.Parties = st.lastParties
		pr.Reasons = append(pr.Reasons, "party: carried over from the sentence before")
	}
}

// otherSide finds, in a source without an author, the party of a person
// named with no country beside a person of one side ("Prime Minister
// Keir Starmer and President of the European Commission Ursula von der
// Leyen released a joint statement"): the other of the two sides the
// source names most. It gives the person that party and returns it, or
// "".
func (st *state) otherSide(subj []actor, parties []string) string {
	if st.author != "" || len(subj) < 2 || len(parties) != 1 || len(st.joint) != 2 {
		return ""
	}
	var unknown *Speaker
	for _, a := range subj {
		if a.kind == actorSpeaker && a.speaker != nil && a.speaker.Party == "" {
			if unknown != nil {
				return ""
			}
			unknown = a.speaker
		}
	}
	if unknown == nil {
		return ""
	}
	for i, p := range st.joint {
		if p == parties[0] {
			unknown.Party = st.joint[1-i]
			return unknown.Party
		}
	}
	return ""
}

// resolve turns a subject actor into parties, a speaker and a reason.
func (st *state) resolve(a actor) ([]string, *Speaker, string) {
	switch a.kind {
	case actorSpeaker:
		if a.ent != nil {
			return []string{a.ent.Name}, a.speaker, a.reason + "; party: " + a.ent.Name + " (the speaker's)"
		}
		if e, why := st.officialParty(a.speaker); e != nil {
			// The text gives no side: the list of known officials
			// comes before the author's default.
			a.speaker.Party, a.speaker.listed = e.Name, true
			return []string{e.Name}, a.speaker, a.reason + "; " + why
		}
		if st.author != "" {
			a.speaker.Party = st.author
			return []string{st.author}, a.speaker, a.reason + "; party: the source's author (no nationality given)"
		}
		return nil, a.speaker, a.reason
	case actorParty:
		return []string{a.ent.Name}, nil, fmt.Sprintf("party: '%s' in subject position", a.text)
	case actorHeShe:
		if st.lastSpeaker != nil {
			var ps []string
			if st.lastSpeaker.Party != "" {
				ps = []string{st.lastSpeaker.Party}
			}
			return ps, st.lastSpeaker, fmt.Sprintf("speaker: '%s' refers back to %s", a.text, st.lastSpeaker.Name)
		}
		return st.lastParties, nil, fmt.Sprintf("party: '%s' carried over from the sentence before", a.text)
	case actorThey:
		if len(st.signatories) > 2 {
			return st.signatories, nil, fmt.Sprintf("party: joint, '%s' are the %d who issued the statement", a.text, len(st.signatories))
		}
		if len(st.pair) == 2 {
			return st.pair, nil, fmt.Sprintf("party: joint, '%s' are the two principals", a.text)
		}
		if st.counter != "" && st.singular && len(st.lastParties) == 1 && st.lastParties[0] == st.author && st.author != "" {
			// "Prime Minister David Cameron called Chancellor Merkel …
			// they agreed": the author and the counterpart it named.
			return []string{st.author, st.counter}, nil, fmt.Sprintf("party: joint, '%s' are the author and its counterpart, %s", a.text, st.counter)
		}
		return st.lastParties, nil, fmt.Sprintf("party: '%s' carried over from the sentence before", a.text)
	case actorWe:
		if (st.jointDoc || len(st.signatories) > 2) && isWe(a.text) && len(st.jointOrPair()) >= 2 {
			// "We reaffirm …" in a joint statement: its signatories.
			return st.jointOrPair(), nil, fmt.Sprintf("party: joint, '%s' in a joint statement", a.text)
		}
		if st.author != "" {
			return []string{st.author}, nil, fmt.Sprintf("party: '%s' is the source's author", a.text)
		}
		return st.joint, nil, fmt.Sprintf("party: joint, '%s' in a source without an author", a.text)
	case actorJoint:
		if n := len(st.signatories); n >= 2 && (a.many == 0 || a.many == n) && (n == 2 || !strings.Contains(strings.ToLower(a.text), "two")) {
			// "The three leaders", "the Ministers" of a joint statement
			// whose heading or opening named who issued it.
			return st.signatories, nil, fmt.Sprintf("party: joint, '%s': the %d who issued the statement", a.text, n)
		}
		if a.many > 2 && len(st.named) >= a.many {
			return st.named[:a.many], nil, fmt.Sprintf("party: joint, '%s': the %d parties the source names most", a.text, a.many)
		}
		if len(st.pair) == 2 {
			return st.pair, nil, fmt.Sprintf("party: joint, '%s': the two principals", a.text)
		}
		if st.counter != "" && st.author != "" && a.many == 0 {
			// "During the Prime Minister's meeting with Chancellor
			// Merkel, the two leaders held …": the author and the
			// person it met, not the party the text names most.
			return []string{st.author, st.counter}, nil, fmt.Sprintf("party: joint, '%s': the author and its counterpart, %s", a.text, st.counter)
		}
		return st.joint, nil, fmt.Sprintf("party: joint, '%s'", a.text)
	}
	return nil, nil, ""
}

func nounCueAfter(cues []cue, at int) bool {
	for _, c := range cues {
		if c.noun && c.at >= at && c.at <= at+2 {
			return true
		}
	}
	return false
}

// kind sets the kind from the main cue; a possessed kind noun ("China’s
// objections") stands in when there is no verb cue; a joint subject turns
// a stated position into an agreement.
func (st *state) kind(pr *Proposal, toks []token, c cue, hasCue bool, subj []actor, as []actor, cues []cue) {
	if pr.Joint() && len(subj) > 0 && (!hasCue || c.kind == storage.KindAccount) && decidedAt(toks, subj[len(subj)-1].to) {
		// "The two Foreign Ministers decided to hold close
		// consultations …", "They decided this partnership should …":
		// what both sides decided together.
		pr.Kind = storage.KindAgreement
		pr.Reasons = append(pr.Reasons, "kind: agreement, both sides 'decided'")
		return
	}
	if !hasCue || len(subj) == 0 {
		for _, a := range as {
			if !a.possessive {
				continue
			}
			for _, n := range cues {
				if n.noun && n.at >= a.to && n.at <= a.to+2 {
					pr.Kind = n.kind
					pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: %s, from '%s %s'", n.kind, a.text, n.word))
					return
				}
			}
		}
		if !hasCue {
			pr.Kind = storage.KindAccount
			pr.Reasons = append(pr.Reasons, "kind: account, no reporting verb")
			return
		}
	}
	pr.Kind = c.kind
	why := fmt.Sprintf("kind: %s, from '%s'", c.kind, c.word)
	if other := othersWill(c, as, pr.Parties); other != "" {
		// "He believed that the EU will become more united": what
		// another party will do is the speaker's view, no commitment.
		pr.Kind = storage.KindPosition
		why = fmt.Sprintf("kind: position, '%s will' is not the holder's own undertaking", other)
	}
	if u, ok := undertaken(c.kind, c.word, pr.Joint()); ok {
		pr.Kind = u
		why = fmt.Sprintf("kind: %s, '%s' by one side", u, c.word)
	}
	if pr.Joint() && c.kind == storage.KindPosition && len(subj) > 0 {
		pr.Kind = storage.KindAgreement
		why = fmt.Sprintf("kind: agreement, both sides '%s'", c.word)
		if talked[c.lemma()] {
			// "The leaders spoke about the importance of …": both
			// talked about it, an account; one speaking about it
			// states a position.
			pr.Kind = storage.KindAccount
			why = fmt.Sprintf("kind: account, both sides '%s'", c.word)
		}
	}
	if words, ok := assented(cues, c); ok && pr.Joint() {
		// "They discussed the situation and agreed that …", "The two
		// leaders confirmed that they will …": what both sides assent
		// to is the point.
		pr.Kind = storage.KindAgreement
		why = fmt.Sprintf("kind: agreement, both sides '%s'", words)
	} else if w := heldAfterMeeting(toks, c); w != "" && pr.Joint() && pr.Kind == storage.KindAccount && hasCue && c.kind == storage.KindAccount {
		// "Both sides exchanged views on …, reaffirming their shared
		// understanding that …", "The leaders discussed Gaza and
		// underlined that …" (kind_joint_held.go).
		pr.Kind = storage.KindAgreement
		why = fmt.Sprintf("kind: agreement, both sides '%s … %s': what they hold after meeting is the point", c.word, w)
	}
	pr.Reasons = append(pr.Reasons, why)
}

// decidedAt reports "decided" right after the subject, or after one
// adverb ("They also decided to …").
func decidedAt(toks []token, j int) bool {
	for k := j; k < len(toks) && k <= j+1; k++ {
		if toks[k].lower == "decided" {
			return true
		}
		if !isAdverb(toks[k]) {
			return false
		}
	}
	return false
}

// talked are the verbs by which both sides talked about something.
var talked = set("spoke", "speak", "speaks", "speaking", "talked", "talk", "talks")

func appendUnique(list []string, xs ...string) []string {
	for _, x := range xs {
		found := false
		for _, y := range list {
			found = found || y == x
		}
		if !found && x != "" {
			list = append(list, x)
		}
	}
	return list
}

// isLeadIn reports a sentence that only announces what follows ("The
// overview is as follows.", "The main points are the following.").
func isLeadIn(s string) bool {
	// Only the end is compared: the lower case of its last runes is the
	// end of the lower case of the whole (case maps rune to rune).
	s = strings.TrimRight(s, ". ")
	if strings.HasSuffix(s, ")") {
		// "The summary of the meeting is as follows (The small-group
		// meeting commenced at 3:50 p.m. …)." ends its lead-in before
		// the note in brackets.
		if k := strings.LastIndex(s, " ("); k > 0 {
			s = strings.TrimRight(s[:k], ". ")
		}
	}
	for i, n := len(s), 0; i > 0; n++ {
		if n == len("the following") {
			s = s[i:]
			break
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	s = strings.ToLower(s)
	return strings.HasSuffix(s, "as follows") || strings.HasSuffix(s, "the following")
}

// unnamedOfficial finds a title that opens the sentence (or the clause
// after an opening phrase, at toks[at]) and is followed by a verb ("The
// Secretary-General thanked …", "The Foreign Secretary said …"): it
// returns where the title starts and ends, or 0, 0.
func unnamedOfficial(toks []token, cues []cue, at int) (int, int) {
	start := at
	if start+1 < len(toks) && toks[start].isWord() && toks[start].lower != "the" && toks[start+1].punct == ',' {
		start += 2 // "Finally, the President updated …"
	}
	start += timeOpener(toks, start) // "This morning the Prime Minister spoke …" (speakers_office.go)
	if start < len(toks) && toks[start].lower == "both" {
		start++ // "Both the Prime Minister and Taoiseach welcomed …"
	}
	for start < len(toks) && openingQuote(toks[start]) {
		start++ // "“The Prime Minister met …" in No 10's quoted readout (kind_quoted_readout.go)
	}
	if start < len(toks) && toks[start].text == "HE" {
		start++ // "HE the Prime Minister and Minister of Foreign Affairs … received …": His Excellency
	}
	if len(toks) < start+3 || toks[start].lower != "the" {
		return 0, 0
	}
	k, head := start+1, false
	if hrvpAt(toks, k) {
		k, head = k+3, true // "The HR/VP reaffirmed …" (speakers_hrvp.go)
	}
	for k < len(toks) && (isTitleWord(toks[k]) || titleAbbrev[toks[k].text]) && !toks[k].possessive {
		head = head || roleHeads[toks[k].lower] || titleAbbrev[toks[k].text]
		k++
	}
	if !head {
		return 0, 0
	}
	v := k
	if v+1 < len(toks) && isAdverb(toks[v]) {
		v++ // "The Prime Minister also looked forward …"
	}
	if v < len(toks) && toks[v].isWord() && toks[v].lower == toks[v].text && (strings.HasSuffix(toks[v].lower, "ed") || irregularPast[toks[v].lower]) {
		return start, k // a verb in the past tense that is no cue: "thanked", "began by highlighting"
	}
	if k+1 < len(toks) && toks[k].lower == "and" && (isTitleWord(toks[k+1]) ||
		k+2 < len(toks) && toks[k+1].lower == "the" && isTitleWord(toks[k+2])) {
		return start, k // "The Prime Minister and President Biden met", "… and the Chancellor discussed"
	}
	for _, c := range cues {
		if (c.at == k || c.at == v) && !c.noun {
			return start, k
		}
	}
	return 0, 0
}

// isAdverb reports an adverb that may stand between a subject and its
// verb ("also", "then", "warmly").
func isAdverb(t token) bool {
	return t.isWord() && t.text == t.lower && (t.lower == "also" || t.lower == "then" || t.lower == "again" ||
		t.lower == "further" || t.lower == "both" || strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4)
}

// titleAfterAnd finds the person a bare title after "and" at toks[k]
// stands for ("… and Prime Minister agreed", "… and the Chancellor
// discussed"): the last one of that title met, when it is not first.
func (st *state) titleAfterAnd(toks []token, ents []mention, k int, first *Speaker, firstParty string) (actor, bool) {
	j := k + 1
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	if j >= len(toks) || !isTitleWord(toks[j]) {
		return actor{}, false
	}
	m, ok := st.book.byTitle(toks, mentionIndex(toks, ents), k)
	if !ok {
		// "The Prime Minister and the President welcomed …" with no
		// President named: the other of the two sides.
		end := j
		for end < len(toks) && isTitleWord(toks[end]) {
			end++
		}
		if sides := st.bothSides(); len(sides) == 2 && firstParty != "" {
			for _, p := range sides {
				if p == firstParty {
					continue
				}
				if e := st.p.Gaz.Lookup(p); e != nil {
					return actor{kind: actorParty, from: k + 1, to: end, ent: e, text: joinTokens(toks[k+1 : end]), official: true}, true
				}
			}
		}
		return actor{}, false
	}
	if m.sp == first {
		return actor{}, false
	}
	a := actor{kind: actorSpeaker, from: k + 1, to: m.to, speaker: m.sp, text: m.sp.Name,
		reason: "speaker: '" + joinTokens(toks[k+1:m.to]) + "' refers to " + m.sp.Name}
	if m.sp.Party != "" {
		a.ent = st.p.Gaz.Lookup(m.sp.Party)
	}
	return a, true
}

// othersOffice is the other side's party for an unnamed official at
// toks[from:k] whose office the author's government does not have ("the
// President" in a British readout), when the two sides are known; nil
// otherwise.
func (st *state) othersOffice(toks []token, from, k int) *Entity {
	if _, known := offices[st.author]; !known {
		return nil
	}
	i := from
	for i < k && (toks[i].lower == "the" || toks[i].lower == "both") {
		i++
	}
	title := strings.ToLower(joinTokens(toks[i:k]))
	if title == "" || hasOffice(st.author, title) || titleAbbrev[toks[i].text] {
		return nil
	}
	sides := st.bothSides()
	if len(sides) != 2 {
		return nil
	}
	for _, p := range sides {
		if p != st.author {
			return st.p.Gaz.Lookup(p)
		}
	}
	return nil
}

// mentionIndex maps each token to the party mention covering it.
func mentionIndex(toks []token, ents []mention) []*mention {
	entAt := make([]*mention, len(toks))
	for i := range ents {
		for j := ents[i].from; j < ents[i].to && j < len(toks); j++ {
			entAt[j] = &ents[i]
		}
	}
	return entAt
}

// titleAbbrev are titles written as abbreviations ("The PM and Chancellor
// agreed", India's "PM Modi" and "EAM Jaishankar", Korea's "FM Cho"),
// with the titles they stand for.
var titleAbbrev = set("PM", "FM", "EAM")

// abbrevTitles spell out the abbreviated titles, in lower case.
var abbrevTitles = map[string]string{"pm": "prime minister", "fm": "foreign minister", "eam": "external affairs minister"}

// spellTitle writes a title (in lower case) with its abbreviations
// spelt out: "pm" → "prime minister".
func spellTitle(title string) string {
	f := strings.Fields(title)
	for i, w := range f {
		if t, ok := abbrevTitles[w]; ok {
			f[i] = t
		}
	}
	return strings.Join(f, " ")
}

// greetingsAndNotes are whole sentences that open remarks without
// stating anything.
var greetingsAndNotes = set("check against delivery", "good morning", "good afternoon", "good evening",
	"good morning everybody", "good afternoon everybody", "good evening everybody", "good morning everyone",
	"good afternoon everyone", "good evening everyone", "good morning all", "good afternoon all", "good evening all",
	"good morning, everybody", "good afternoon, everybody", "good evening, everybody", "good morning, everyone",
	"good afternoon, everyone", "good evening, everyone", "ladies and gentlemen",
	// a press conference's turn to the floor
	"happy to take questions", "happy to take your questions", "happy to take any questions",
	"i'm happy to take questions", "i'm happy to take your questions", "i’m happy to take questions",
	"happy to answer questions",
	// a transcript's note, "errors and omissions excepted"
	"e&oe", "transcript e&oe", "transcript, e&oe", "transcript (e&oe)", "transcript - e&oe", "transcript – e&oe")

// isGreetingOrNote reports a sentence that is only a greeting or the
// speech's delivery note.
func isGreetingOrNote(s string) bool {
	if greetingAlone(s) || translationNote(s) || floorTurn(s) { // greetings.go, transcript_floor.go
		return true
	}
	if len(s) > 40 {
		return false
	}
	return greetingsAndNotes[strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".!,;: "))]
}

// isPageFurniture reports a line that is a bare link or has at most one
// word, such as the date, address and page number a browser prints
// around a page ("11/29/26, 5:15 PM", "file:///…/readout.html", "1 / 3").
func isPageFurniture(r []rune) bool {
	// Counting words needs no string: most sentences are done after two.
	words, run := 0, 0
	for _, c := range r {
		if c >= 0x2E80 && isCJKRune(c) {
			return false
		}
		if unicode.IsLetter(c) {
			run++
			if run == 2 {
				words++
			}
			continue
		}
		run = 0
		if words >= 2 {
			break
		}
	}
	if words < 2 {
		return true
	}
	k := 0
	for k < len(r) && unicode.IsSpace(r[k]) {
		k++
	}
	if k == len(r) || (r[k] != 'h' && r[k] != 'f' && r[k] != 'w') {
		return false
	}
	s := strings.TrimSpace(string(r))
	for _, p := range []string{"http://", "https://", "file://", "www."} {
		if strings.HasPrefix(s, p) && !strings.ContainsAny(s, " \t") {
			return true
		}
	}
	return false
}

// othersWill returns the party that "will" act in a reported commitment
// ("believed … will") when it is not one of the parties holding the
// sentence, else "".
func othersWill(c cue, as []actor, holders []string) string {
	if c.kind != storage.KindCommitment || !strings.HasSuffix(c.word, " … will") {
		return ""
	}
	for i := len(as) - 1; i >= 0; i-- {
		a := as[i]
		if a.to > c.at || a.to < c.at-1 {
			continue
		}
		if a.kind != actorParty || a.ent == nil || a.prepositional || a.possessive {
			return ""
		}
		for _, h := range holders {
			if h == a.ent.Name {
				return ""
			}
		}
		return a.text
	}
	return ""
}
