package ingest

import (
	"fmt"
	"slices"
	"strings"

	"parley/storage"
)

// Who holds a sentence that tells what both sides did without naming
// them as its subject (worked out on the late readouts' party misses of
// 7 Dec 2026, most of them "joint as one side"): the meeting itself as the
// subject of a verb of sequence or content ("The meeting was preceded by a
// welcome ceremony", "The Dialogue allowed for an open discussion on …",
// "An exchange of views took place on …", "There were extensive
// discussions on …"), two people of two sides as one subject where the
// text gave one of them no country ("Minister Balakrishnan and Minister
// Song reaffirmed …"), one side's words with the other's assent ("…, and
// the Prime Minister agreed on …"), and a speaker's "we" doing what only
// two sides do together ("we cooperate on …", "I am happy that today we
// have agreed to …").

// meetingHeads are the nouns of a meeting that may head a sentence told by
// the narrator: what the meeting did is what both sides did at it.
var meetingHeads = set("dialogue", "exchange", "exchanges", "meeting", "meetings", "discussion", "discussions", "talks",
	"consultations", "round", "session", "summit", "call", "conversation", "consultation",
	// what the meeting took up: "The agenda covered …", "Further topics
	// of conversation included …" (party_joint_agenda.go)
	"agenda", "topics")

// agreementHeads, after "There was", are both sides' meeting of minds
// ("There was congruence on the necessity of a ceasefire").
var agreementHeads = set("congruence", "consensus", "convergence", "agreement", "understanding", "accord")

// meetingHostVerbs make the one who hosted or led a meeting its holder, not the
// two sides ("The discussion with Wang Yi was hosted by the Aspen Security
// Group", "The meeting was attended by …" one side's minister).
var meetingHostVerbs = set("hosted", "organised", "organized", "sponsored", "moderated", "mediated", "chaired", "co-chaired",
	"attended", "led", "convened", "opened")

// meetingNarrated makes a narrated sentence whose subject is the meeting
// (or "There was/were" a discussion or an agreement) both sides', once
// the text has named the two sides: `party: joint, 'The meeting' did it:
// what the meeting did, both sides did`. A meeting described by a copula
// ("This meeting was part of …") stays the narrator's, and so does one
// hosted, chaired or attended by one side.
func (st *state) meetingNarrated(pr *Proposal, toks []token, subj []actor, as []actor) {
	if st.author == "" || pr.Joint() || st.chairDoc || st.groupOpen || len(toks) < 4 {
		return
	}
	head, verb := narratedMeeting(toks)
	from := 0
	if head < 0 {
		head, verb = narratedAfterOpening(toks) // party_joint_events.go
		from = openingPhraseEnd(toks) + 1
	}
	if head < 0 {
		return
	}
	if len(subj) > 0 && subj[0].from < head {
		return
	}
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	if verb >= 0 {
		if sentenceWillOrModal(toks, head, verb) || copulaOfMeeting(toks, verb) {
			return
		}
		if meetingHostVerbs[toks[verb].lower] || verb+1 < len(toks) && meetingHostVerbs[toks[verb+1].lower] {
			return
		}
		// "The Dialogue was preceded by a visit of the EU delegation":
		// what one side did before it is that side's.
		if by := agentSides(toks, as, verb, st); len(by) == 1 {
			return
		}
	}
	pr.Parties, pr.Speaker = append([]string(nil), sides...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s' is the meeting of both sides, told by the narrator", joinTokens(toks[from:head+1])))
}

// narratedMeeting finds the head noun of a sentence that opens with a
// meeting ("The talks with Solberg focused on …", "The first 20 minutes
// of the summit meeting was held …", "Today's discussion also built upon
// …", "An exchange of views took place …", "There were extensive
// discussions …") and its verb; -1 where it opens otherwise.
func narratedMeeting(toks []token) (head, verb int) {
	first := toks[0]
	switch {
	case first.lower == "there" && (toks[1].lower == "was" || toks[1].lower == "were"):
		for i := 2; i < len(toks) && i < 6; i++ {
			if !toks[i].isWord() {
				return -1, -1
			}
			if meetingHeads[toks[i].lower] || agreementHeads[toks[i].lower] || toks[i].lower == "exchange" {
				return i, -1
			}
		}
		return -1, -1
	case first.lower == "the" || first.lower == "this" || first.lower == "an" || first.lower == "a" ||
		first.possessive && (first.lower == "today" || first.lower == "yesterday" || first.lower == "tonight"):
	case topicsOpeners[first.lower] && len(toks) > 1 && toks[1].lower == "topics":
		// "Further topics of conversation included …"
	case meetingHeads[first.lower] && strings.HasSuffix(first.lower, "s") && !first.possessive:
		// "Discussions centred on Switzerland's good offices", "Talks
		// focused on …": a plural meeting with no article.
	default:
		return -1, -1
	}
	head = -1
	if meetingHeads[first.lower] {
		head = 0
	}
	for i := 1; head < 0 && i < len(toks) && i < 9; i++ {
		t := toks[i]
		if !t.isWord() && t.punct != '-' {
			return -1, -1
		}
		if t.isWord() && t.text == t.lower && pastTense(t.lower) && !meetingHeads[t.lower] {
			return -1, -1 // a verb before any meeting: "The EU raised …"
		}
		if t.possessive {
			return -1, -1 // "The Foreign Secretary's discussions" (meetingWith's)
		}
		if meetingHeads[t.lower] {
			if toks[i-1].lower == "of" || i >= 2 && toks[i-2].lower == "of" {
				// "The exceptional warmth and candour of the
				// conversation reflected …": the head is what the
				// meeting had, a view of it; "The first 20 minutes of
				// the summit meeting was held …" is part of it.
				if j := ofAt(toks, i); j < 1 || !meetingParts[toks[j-1].lower] {
					return -1, -1
				}
			}
			head = i
			// "the summit meeting", "the dialogue session": the last
			// noun of the run heads it.
			for head+1 < len(toks) && meetingHeads[toks[head+1].lower] {
				head++
			}
			break
		}
	}
	if head < 0 {
		return -1, -1
	}
	// The verb: the first word in lower case that is one, past a
	// "with …", "of views", "on …" phrase of the subject.
	for j := head + 1; j < len(toks) && j < head+12; j++ {
		t := toks[j]
		if !t.isWord() {
			if t.punct == ',' {
				return -1, -1 // "The dialogue, co-chaired by …, included …": an apposition first
			}
			continue
		}
		if t.text != t.lower {
			continue
		}
		if auxiliaries[t.lower] || pastTense(t.lower) || contentVerbs[t.lower] {
			return head, j
		}
		if presentNotes[t.lower] {
			return -1, -1 // "This meeting follows on …": the narrator's note on it, in the present
		}
	}
	return -1, -1
}

// meetingParts are the parts of a meeting that may head a sentence told
// of it ("The first 20 minutes of the summit meeting …").
var meetingParts = set("minutes", "hour", "hours", "part", "rest", "remainder", "half", "portion")

// ofAt is the index of the "of" just before toks[i] (past one
// determiner), or -1.
func ofAt(toks []token, i int) int {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j].lower == "of" {
			return j
		}
	}
	return -1
}

// presentNotes are verbs in the present by which the narrator places a
// meeting ("This meeting follows on recent high-level engagements", "This
// summit comes at …").
var presentNotes = set("follows", "comes", "takes", "marks", "builds", "represents", "reflects", "covers", "provides",
	"allows", "continues", "demonstrates", "shows", "underlines", "underscores", "reaffirms")

// sentenceWillOrModal reports a future or a modal between the meeting and
// its verb, or as its verb ("The Summit will be …", "The talks will be
// mediated …"): what is still to come is said of the meeting, not done by
// both sides.
func sentenceWillOrModal(toks []token, head, verb int) bool {
	for j := head + 1; j <= verb && j < len(toks); j++ {
		switch toks[j].lower {
		case "will", "would", "shall", "should", "can", "could", "may", "might", "must", "to":
			return true
		}
	}
	return false
}

// copulaOfMeeting reports a copula at toks[verb] that says what the
// meeting was ("This meeting was part of …", "The Retreat was the first
// …", "has been longer than expected") rather than a passive of what was
// done at it ("was preceded by", "was held between the two leaders").
func copulaOfMeeting(toks []token, verb int) bool {
	switch toks[verb].lower {
	case "is", "are", "was", "were", "has", "have", "had":
	default:
		return false
	}
	k := verb + 1
	for k < len(toks) && (isAdverb(toks[k]) || toks[k].lower == "been" || toks[k].lower == "not") {
		k++
	}
	if k >= len(toks) || !toks[k].isWord() {
		return true
	}
	w := toks[k].lower
	return !(pastTense(w) || strings.HasSuffix(w, "en") && len(w) > 4) || w == "based"
}

// agentSides are the sides named in the "by …" phrase after the verb at
// toks[verb] ("preceded by a visit of the EU delegation").
func agentSides(toks []token, as []actor, verb int, st *state) []string {
	by := -1
	for j := verb; j < len(toks) && j < verb+4; j++ {
		if toks[j].lower == "by" || toks[j].lower == "before" || toks[j].lower == "after" || toks[j].lower == "following" ||
			toks[j].lower == "of" && j > 0 && toks[j-1].lower == "ahead" {
			// "was preceded by a visit of the EU delegation", "came
			// ahead of the Prime Minister convening …"
			by = j
			break
		}
	}
	if by < 0 {
		return nil
	}
	end := len(toks)
	for j := by + 1; j < len(toks); j++ {
		if toks[j].punct == ',' || toks[j].punct == ';' || toks[j].lower == "and" && j+1 < len(toks) && (auxiliaries[toks[j+1].lower] || pastTense(toks[j+1].lower)) {
			end = j
			break
		}
	}
	return st.sidesBetween(as, by, end)
}

// sidesBetween are the parties of the actors that start after token from
// and before token end: a person's party, or the party an entity names,
// each once and in the order met.
func (st *state) sidesBetween(as []actor, from, end int) []string {
	var ps []string
	for _, a := range as {
		if a.from <= from || a.from >= end {
			continue
		}
		switch {
		case a.kind == actorSpeaker && a.speaker != nil:
			if p := st.partyOf(a.speaker); p != "" {
				ps = appendUnique(ps, p)
			}
		case a.ent != nil:
			ps = appendUnique(ps, a.ent.Name)
		}
	}
	return ps
}

// namedSides are the two sides of the readout once the text has named
// them as people or as the counterpart (the principals, else the author
// and its counterpart); nil before: a readout that names no counterpart
// ("The dialogue took place in Chongqing, China") keeps the narrator's
// sentences the author's.
func (st *state) namedSides() []string {
	switch {
	case len(st.pair) == 2:
		return st.pair
	case st.counter != "" && st.author != "" && st.counter != st.author:
		return []string{st.author, st.counter}
	}
	return nil
}

// pairedPeople makes a subject of two people joined by "and" both sides'
// when the text gave one of them no country and so the author's party by
// default ("Minister Balakrishnan and Minister Song reaffirmed …" after
// "Minister of the International Department of the Communist Party of
// China Song Tao called on …", "The Secretary General and Prime Minister
// Rama also discussed …"): two people meeting as one subject are the two
// sides, and the one without a country is the other side's from then on.
func (st *state) pairedPeople(pr *Proposal, toks []token, subj []actor) {
	if st.author == "" || len(subj) != 2 || len(pr.Parties) != 1 || pr.Parties[0] != st.author || st.jointDoc || st.groupOpen {
		return
	}
	a, b := subj[0], subj[1]
	if a.to >= len(toks) || toks[a.to].lower != "and" || b.from > a.to+2 {
		return
	}
	var unknown *Speaker
	for _, x := range subj {
		if x.kind != actorSpeaker || x.speaker == nil {
			continue
		}
		if x.ent == nil && !x.speaker.listed && !st.taught[x.speaker] {
			if e, _ := st.officialParty(x.speaker); e == nil {
				if unknown != nil {
					return // neither has a country: no telling
				}
				unknown = x.speaker
			}
		}
	}
	if unknown == nil || a.speaker == b.speaker && a.speaker != nil {
		return
	}
	// (not the party the text names most: "The Secretary General and
	// Prime Minister Rama also discussed Russia's brutal war against
	// Ukraine" in a text naming Ukraine more than Albania)
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	other := sides[0]
	if other == st.author {
		other = sides[1]
	}
	if other == st.author || other == "" {
		return
	}
	unknown.Party = other
	pr.Parties, pr.Speaker = []string{st.author, other}, nil
	st.lastParties = pr.Parties
	if len(st.pair) != 2 {
		st.pair = []string{st.author, other}
	}
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, two people as one subject; %s, named with no country, is the other side's (%s)", unknown.Name, other))
	if pr.Kind == storage.KindPosition {
		pr.Kind = storage.KindAgreement
	}
}

// assentingVerbs tell that one side assented to what the other said.
var assentingVerbs = set("agreed", "concurred")

// jointAssentVerbs, with both sides as their subject after one side's
// words, tell the agreement the exchange came to: "Prime Minister Kishida
// welcomed the progress …, and the two leaders shared the view to deepen
// …", "…, and the two leaders affirmed to make further efforts …".
// "exchanged views" and "discussed" tell a talk, not an agreement, and are
// not among them; nor is "welcomed", after which analysts differ on
// whether the sentence stays the first side's ("The Prime Minister
// stressed …, and the leaders welcomed steps …").
var jointAssentVerbs = set("agreed", "concurred", "affirmed", "reaffirmed", "confirmed", "shared", "decided")

// assented makes one side's words with the other's assent both sides'
// agreement: "President Biden said that the UK remains America's closest
// ally, and the Prime Minister agreed on the huge strength of the
// relationship", "The President agreed with Canada's position on …".
func (st *state) assented(pr *Proposal, toks []token, subj []actor, as []actor) {
	if len(pr.Parties) != 1 || st.groupOpen || st.chairDoc {
		return
	}
	// A speaker named after what was said ("In response, Prime Minister
	// Sunak expressed … and the two leaders concurred …") leaves no
	// subject: the sentence is read from its start.
	from := 0
	if len(subj) > 0 {
		from = subj[0].to
	} else if pr.Speaker == nil {
		return
	}
	sides := st.namedSides()
	if len(sides) != 2 || !slices.Contains(sides, pr.Parties[0]) {
		return
	}
	other := sides[0]
	if other == pr.Parties[0] {
		other = sides[1]
	}
	why := ""
	for i := from; i+1 < len(toks); i++ {
		t := toks[i]
		if !jointAssentVerbs[t.lower] {
			continue
		}
		if !assentingVerbs[t.lower] {
			// Only both sides as its subject make these an assent.
			if j := bothBefore(toks, i); j > 0 && clauseOpensBefore(toks, j+1) {
				why = fmt.Sprintf("'%s %s' after what one side said", joinTokens(toks[j:i]), t.text)
				break
			}
			continue
		}
		// "agreed with Canada's position", "agreed with the Prime
		// Minister": the other side's view, assented to.
		if len(subj) > 0 && (i == from || i == from+1 && isAdverb(toks[from])) {
			if toks[i+1].lower == "with" && st.namesSideAt(toks, as, i+2, i+5, other) {
				why = fmt.Sprintf("'%s with' the other side's view", t.text)
			}
			break
		}
		// "…, and the Prime Minister agreed": a person of the other
		// side assenting after the first one's words; "…, and they
		// agreed", "…, where they agreed to …": both of them.
		if i >= 3 && st.namesSideAt(toks, as, i-4, i, other) && clauseOpensBefore(toks, i) {
			why = fmt.Sprintf("the other side '%s' to what was said", t.text)
		}
		if j := bothBefore(toks, i); j > 0 && clauseOpensBefore(toks, j+1) {
			why = fmt.Sprintf("'%s %s' after what one side said", joinTokens(toks[j:i]), t.text)
		}
		break
	}
	if why == "" {
		return
	}
	pr.Parties, pr.Speaker, pr.Kind = append([]string(nil), sides...), nil, storage.KindAgreement
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, "party: joint, "+why+": both sides' agreement")
}

// clauseOpensBefore reports ", and" or "and" within the five words before
// toks[i]: the assent is a clause of its own.
func clauseOpensBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if toks[j].lower == "and" || toks[j].lower == "where" || toks[j].lower == "which" {
			return true
		}
	}
	return false
}

// bothBefore returns where "they", "both", "the leaders", "the two
// leaders" … stand right before toks[i] (past one adverb), or -1.
func bothBefore(toks []token, i int) int {
	j := i - 1
	if j > 0 && isAdverb(toks[j]) && toks[j].lower != "both" {
		j--
	}
	if j < 1 {
		return -1
	}
	switch l := toks[j].lower; {
	case l == "they" || l == "both":
		return j
	case (l == "leaders" || l == "ministers" || l == "sides" || l == "two") && (toks[j-1].lower == "the" || toks[j-1].lower == "both"):
		return j - 1
	case (l == "leaders" || l == "ministers" || l == "sides") && j >= 2 && toks[j-1].lower == "two" && toks[j-2].lower == "the":
		return j - 2
	}
	return -1
}

// namesSideAt reports a person or party of side within toks[from:to]
// (a title alone, "the Prime Minister", counts when it is the other
// side's office-holder met before).
func (st *state) namesSideAt(toks []token, as []actor, from, to int, side string) bool {
	from = max(from, 0)
	for _, a := range as {
		if a.from < from || a.from >= to {
			continue
		}
		if a.kind == actorSpeaker && a.speaker != nil && st.partyOf(a.speaker) == side || a.ent != nil && a.ent.Name == side {
			return true
		}
	}
	for j := from; j < to && j < len(toks); j++ {
		if toks[j].lower != "the" || j+1 >= len(toks) || !isTitleWord(toks[j+1]) {
			continue
		}
		end := j + 1
		for end < len(toks) && isTitleWord(toks[end]) {
			end++
		}
		if m, ok := st.book.byTitle(toks, make([]*mention, len(toks)), j); ok && st.partyOf(m.sp) == side {
			return true
		}
		if other := st.othersOffice(toks, j, end); other != nil && other.Name == side {
			return true
		}
		// "the Prime Minister" in a British readout: the author's own
		// office-holder, named or not.
		if side == st.author && hasOffice(st.author, strings.ToLower(joinTokens(toks[j+1:end]))) {
			return true
		}
	}
	return false
}

// cooperateVerbs are what two sides do together, told by one of them as
// "we" ("We collaborate in several sectors", "we cooperate on security
// issues", "We will cooperate to strengthen our health systems").
var cooperateVerbs = set("cooperate", "cooperated", "cooperating", "collaborate", "collaborated", "collaborating",
	"coordinate", "coordinated", "coordinating", "negotiate", "negotiated", "negotiating", "partner")

// weCooperate makes a speaker's "we" that cooperates, collaborates or
// coordinates both sides', once the remarks have a counterpart: no one
// cooperates alone.
func (st *state) weCooperate(pr *Proposal, toks []token, subj []actor) {
	if len(pr.Parties) != 1 || len(subj) != 1 || subj[0].kind != actorWe || !isWe(subj[0].text) || subj[0].from > 5 || st.groupsOwn(toks) {
		return
	}
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	for k := subj[0].to; k < len(toks) && k < subj[0].to+4; k++ {
		l := toks[k].lower
		if !toks[k].isWord() {
			return
		}
		if cooperateVerbs[l] {
			pr.Parties, pr.Speaker = append([]string(nil), sides...), nil
			st.lastParties = pr.Parties
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s %s': no side does that alone", subj[0].text, toks[k].text))
			return
		}
		if !weCooperateGap[l] && !isAdverb(toks[k]) {
			return
		}
	}
}

var weCooperateGap = set("will", "shall", "can", "continue", "to", "also", "already", "have", "are", "closely")

// weAgreedClause makes a sentence joint whose "we agreed" stands in a
// clause of its own after the speaker's "I" ("So, I am happy that today
// we have agreed to …", "…, and we have agreed that we, he and I, will
// meet …"): what was agreed is the point, and an agreement takes both
// sides.
func (st *state) weAgreedClause(pr *Proposal, toks []token, subj []actor) {
	if len(pr.Parties) != 1 || len(subj) == 0 || st.groupsOwn(toks) {
		return
	}
	if !(subj[0].kind == actorWe && subj[0].text == "I") {
		return
	}
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	for i := subj[0].to; i+1 < len(toks); i++ {
		if toks[i].lower != "we" {
			continue
		}
		p := toks[i-1].lower
		if p != "that" && p != "and" && p != "today" && p != "now" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+4; k++ {
			if toks[k].lower == "agreed" {
				pr.Parties, pr.Speaker, pr.Kind = append([]string(nil), sides...), nil, storage.KindAgreement
				st.lastParties = pr.Parties
				pr.Reasons = append(pr.Reasons, "party: joint, 'we … agreed' in the speaker's words: an agreement takes both sides")
				return
			}
			if !weAgreeGap[toks[k].lower] && !strings.HasSuffix(toks[k].lower, "ly") {
				break
			}
		}
	}
}

// bareThanks reports a sentence that is only "Thank you." (or "Thank you
// all.", "Thanks."), with no one and nothing thanked for: the words by
// which a speaker opens or closes his remarks, as a greeting does, and
// skipped like one (outside a speaker's labelled turn, where it answers
// the one before). "Thank you very much for your support" thanks someone
// for something: a view.
func bareThanks(s string) bool {
	if len(s) > 20 {
		return false
	}
	switch strings.ToLower(strings.TrimRight(strings.TrimSpace(s), ".!,;: ")) {
	case "thank you", "thank you all", "thanks", "thanks all", "thank you everyone", "thank you everybody",
		"thank you, everyone", "thank you, everybody":
		return true
	}
	return false
}

// meetingObjectVerbs are verbs by which one side's principal meets the
// other's ("met Germany's foreign minister Johann Wadephul", "received
// the Minister of Foreign Affairs of the United Arab Emirates").
var meetingObjectVerbs = set("met", "meets", "meeting", "received", "receives", "hosted", "hosts", "welcomed",
	"welcomes", "called", "visited")

// noteMeetingCounter names the counterpart of a readout whose first
// meeting is told with the other side's person in the object, given a
// country only there: "Federal Councillor Ignazio Cassis … met Germany's
// foreign minister Johann Wadephul", "… received the Minister of Foreign
// Affairs of the United Arab Emirates", "… with his Russian counterpart":
// a party in the possessive, after "of", or as the demonym of a title or
// of "counterpart". The sides of the meeting are then known, so that
// what the meeting did is both sides' (see meetingNarrated) and "they"
// are the two.
func (st *state) noteMeetingCounter(pr *Proposal, toks []token, subj []actor, as []actor) {
	st.met = false
	if st.author == "" || st.groupOpen || st.chairDoc || st.jointDoc {
		return
	}
	// The author's principal, named, meets: "Federal Councillor Ignazio
	// Cassis … met …", "Doha, Qatar: Prime Minister and Minister of
	// Foreign Affairs HE Sheikh … met on Sunday with …"; not a
	// first-person "we" nor a grouping's ministers.
	if len(subj) == 0 || subj[0].kind == actorWe || subj[0].kind == actorThey || subj[0].kind == actorJoint ||
		len(pr.Parties) != 1 || pr.Parties[0] != st.author {
		return
	}
	for _, t := range toks[subj[0].to:] {
		if meetingObjectVerbs[t.lower] && t.lower != "meeting" {
			// "During the meeting, they discussed …" after it is both
			// sides' (see theyMet).
			st.met = true
			break
		}
	}
	if st.counter != "" || len(st.pair) == 2 {
		return
	}
	verb := -1
	for i, t := range toks {
		if i >= subj[0].to && (meetingObjectVerbs[t.lower] || t.lower == "counterpart" || t.lower == "counterparts") {
			verb = i
			break
		}
	}
	if verb < 0 {
		return
	}
	for _, a := range as {
		if a.ent == nil || a.ent.Name == st.author || a.from < verb-3 || a.from > verb+14 || a.kind != actorParty && !a.official ||
			venueAt(toks, a.from) {
			continue
		}
		prev := ""
		if a.from > 0 {
			prev = toks[a.from-1].lower
		}
		next := ""
		if a.to < len(toks) {
			next = toks[a.to].lower
		}
		if j := a.from - 1; j > 1 && toks[j].text == toks[j].lower && toks[j].isWord() && toks[j-1].lower == "the" {
			prev = "the" // "of the sisterly United Arab Emirates"
			a.from--
		}
		switch {
		case a.possessive, prev == "of" && a.from >= 2 && isTitleWord(toks[a.from-2]),
			prev == "the" && a.from >= 3 && toks[a.from-2].lower == "of" && isTitleWord(toks[a.from-3]),
			next == "counterpart" || next == "counterparts" || a.to < len(toks) && isTitleWord(toks[a.to]) && !placePrepositions[prev]:
			st.counter = a.ent.Name
			return
		}
	}
}

// counterpartAnd makes a subject that names the author's person and, after
// an apposition, "his Russian counterpart" both sides' ("Federal
// Councillor Ignazio Cassis, the head of the Federal Department of Foreign
// Affairs FDFA, and his Russian counterpart, Foreign Minister Sergei
// Lavrov, discussed …").
func (st *state) counterpartAnd(pr *Proposal, toks []token, subj []actor, as []actor, c cue, hasCue bool) {
	if len(pr.Parties) != 1 || pr.Parties[0] != st.author || len(subj) != 1 || subj[0].kind != actorSpeaker {
		return
	}
	end := len(toks)
	if hasCue && c.at > subj[0].to {
		end = c.at
	}
	for i := subj[0].to; i+2 < end; i++ {
		if toks[i].lower != "and" || i == 0 || toks[i-1].punct != ',' {
			continue
		}
		at := i + 1
		if toks[at].lower == "his" || toks[at].lower == "her" {
			at++
		}
		for _, a := range as {
			// "…, and his Russian counterpart, Foreign Minister Sergei
			// Lavrov, discussed", "…, and Australian Foreign Minister,
			// Senator Penny Wong, met"
			if a.from == at && a.ent != nil && a.ent.Name != st.author && a.to < len(toks) &&
				(toks[a.to].lower == "counterpart" || isTitleWord(toks[a.to])) {
				pr.Parties, pr.Speaker = []string{st.author, a.ent.Name}, nil
				st.lastParties = pr.Parties
				if len(st.pair) != 2 {
					st.pair = []string{st.author, a.ent.Name}
				}
				pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, the subject names the author's person 'and %s'", joinTokens(toks[i+1:a.to+1])))
				if pr.Kind == storage.KindPosition {
					pr.Kind = storage.KindAgreement
				}
				return
			}
		}
	}
}

// attendanceWords tell who was present at a meeting.
var attendanceWords = set("attended", "present", "accompanied", "attendance", "joined")

// attendedBoth makes a sentence listing who attended, accompanied or was
// present at a meeting both sides' when it names people or sides of both
// ("(Also present at the meeting were … from the Japanese side; … from the
// U.S. side).", "Mme. Shi Ling, …, and Mr. Christian Marchant, Political
// Counsellor of the US Embassy in China attended the meeting"); one side's
// delegation alone ("The meeting was attended by Mariam …, Minister of
// Climate Change") stays that side's.
func (st *state) attendedBoth(pr *Proposal, toks []token, as []actor) {
	if pr.Joint() || st.author == "" || st.groupOpen || st.chairDoc {
		return
	}
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	cue := ""
	for i, t := range toks {
		if meetingObjectVerbs[t.lower] && t.lower != "meeting" || t.lower == "held" || t.lower == "holds" {
			return // "…, accompanied by …, held the summit with …": the meeting told
		}
		if attendanceWords[t.lower] && cue == "" && !(t.lower == "present" && i > 0 && toks[i-1].lower == "at") &&
			!(t.lower == "accompanied" && (i == 0 || toks[i-1].lower != "was" && toks[i-1].lower != "were")) {
			cue = t.text
		}
	}
	if cue == "" {
		return
	}
	var ps []string
	for _, a := range as {
		prev := ""
		if a.from > 0 {
			prev = toks[a.from-1].lower
		}
		switch {
		case a.kind == actorSpeaker && a.speaker != nil:
			if p := st.partyOf(a.speaker); p != "" {
				ps = appendUnique(ps, p)
			}
		case a.ent != nil && !placePrepositions[prev]:
			// (not "the U.S. Ambassador to Argentina")
			ps = appendUnique(ps, a.ent.Name)
		}
	}
	if !slices.Contains(ps, sides[0]) || !slices.Contains(ps, sides[1]) {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), sides...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s' lists people of both sides", cue))
}

// discussedVerbs, in the passive with no one named as the doer, tell
// what was talked about at the meeting ("security policy matters were
// also discussed in detail", "views were exchanged on …"); not "were
// raised", which one side mostly does ("… were also raised" after what the
// EU stated).
var discussedVerbs = set("discussed", "addressed", "reviewed", "exchanged", "examined", "covered",
	"touched", "explored", "considered")

// discussedPassive makes a narrated sentence telling in the passive what
// was discussed, or what was on the agenda ("The geopolitical situation
// … was another item on the agenda"), both sides': the meeting's topic,
// not the narrator's own act.
func (st *state) discussedPassive(pr *Proposal, toks []token, subj []actor) {
	if pr.Joint() || st.author == "" || pr.Speaker != nil || st.groupOpen || st.chairDoc {
		return
	}
	for _, a := range subj {
		if a.kind != actorParty {
			return // a person or "we" did it
		}
	}
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	why := ""
	for i := 0; i+1 < len(toks); i++ {
		l := toks[i].lower
		if l != "was" && l != "were" {
			continue
		}
		k := i + 1
		for k < len(toks) && (isAdverb(toks[k]) || toks[k].lower == "in" && k+1 < len(toks) && toks[k+1].lower == "detail") {
			k++
		}
		if k < len(toks) && discussedVerbs[toks[k].lower] && (k+1 >= len(toks) || toks[k+1].lower != "by") {
			why = fmt.Sprintf("'%s %s' with no one named: the meeting's topic", toks[i].text, toks[k].text)
			break
		}
		for j := i + 1; j+2 < len(toks) && j <= i+5; j++ {
			if toks[j].lower == "on" && toks[j+1].lower == "the" && toks[j+2].lower == "agenda" {
				why = "an item 'on the agenda' of the meeting"
				break
			}
		}
		if why != "" {
			break
		}
	}
	if why == "" {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), sides...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, "party: joint, "+why)
}

// theyMet makes "they" right after the author's principal met someone of
// the other side both sides, as "During the meeting, they reviewed
// cooperation relations between the two countries" after "… met on Sunday
// with the Minister of Foreign Affairs of the United Arab Emirates": those
// who met, not the one who opened the sentence before.
func (st *state) theyMet(pr *Proposal, toks []token, subj []actor, wasMet bool) {
	if len(subj) == 0 || subj[0].kind != actorThey || len(pr.Parties) != 1 || pr.Parties[0] != st.author {
		return
	}
	opens := len(toks) > 3 && (toks[0].lower == "during" || toks[0].lower == "at") && toks[1].lower == "the" && meetingHeads[toks[2].lower]
	if !wasMet && !opens {
		return
	}
	st.jointOfThoseWhoMet(pr, fmt.Sprintf("party: joint, '%s' are those who met", subj[0].text))
}

// jointOfThoseWhoMet gives pr to the two sides the text named as meeting,
// with why as its reason; a text that named more or fewer sides leaves pr
// as it is, since "those who met" is then no one pair.
func (st *state) jointOfThoseWhoMet(pr *Proposal, why string) {
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), sides...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, why)
}

// titledApposed is titled for a title whose name follows after a comma
// ("President of the Council of Ministers, Giorgia Meloni,"), or false.
func (b *speakerBook) titledApposed(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	end, lastHead, _ := titleRun(toks, entAt, i)
	if lastHead < 0 || end >= len(toks) || toks[end].punct != ',' || end-i < 3 {
		return speakerMention{}, false
	}
	of := false
	for _, t := range toks[i:end] {
		of = of || t.lower == "of"
	}
	if !of {
		return speakerMention{}, false
	}
	if _, _, ok := nameAfterComma(toks, entAt, end); !ok {
		return speakerMention{}, false
	}
	return b.titled(toks, entAt, i)
}

// doubleTitle reports a second title after "and" at toks[k] that one
// person holds with the first, as Qatar's releases write it: "HE the Prime
// Minister and Minister of Foreign Affairs, Sheikh Mohammed bin
// Abdulrahman …, received …" — a title with its portfolio ("of …") and
// the holder's name after the comma is the same person, not a second one.
func doubleTitle(toks []token, k int) bool {
	of := false
	for j := k + 1; j < len(toks) && j < k+10; j++ {
		t := toks[j]
		switch {
		case t.lower == "of":
			of = true
		case t.punct == ',':
			return of && j+1 < len(toks) && toks[j+1].isWord() && isCapitalized(toks[j+1].text)
		case !t.isWord() || t.text == t.lower && t.lower != "the" && t.lower != "and" && t.lower != "for":
			return false
		}
	}
	return false
}
