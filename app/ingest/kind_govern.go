package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"parley/storage"
)

// Which cue decides a sentence's kind when it has several. The main verb
// after the subject decides (mainCue); these rules say when a cue it
// governs decides instead, or when a modal governs the cue.

// cjkSaying are the Chinese verbs of saying whose reported clause says
// what the sentence does: "王毅表示，中方愿同欧方 …" is a commitment,
// "…表示，希望美方 …" a demand, "…强调，坚决反对 …" an objection.
var cjkSaying = set("表示", "强调", "指出", "重申", "认为", "阐述", "阐明", "说", "称", "提到", "指")

// assentVerbs, said by both sides together, make an agreement of what
// follows them: "The two leaders confirmed that they will …", "They
// discussed the Middle East and welcomed the de-escalation".
var assentVerbs = set("confirm", "confirmed", "confirms", "reaffirm", "reaffirmed", "reaffirms", "affirmed",
	"welcome", "welcomed", "welcomes", "concur", "concurred", "recognised",
	"recognized", "acknowledged", "commended", "appreciated", "believed")

// governingCue returns the cue that decides the kind in place of the
// main cue c (found after token after):
//   - after a Chinese verb of saying, the first strong cue of what was
//     said, unless a modal comes first (the modal makes it a proposal
//     later, in the speaker's mouth);
//   - a modal right before a strong cue governs it: "The two sides should
//     remain committed to …" proposes, it commits no one;
//   - a modal between the subject and a verb of meeting in Chinese
//     ("双方要筹备好领导人会晤") makes the meeting a step proposed, not an
//     account.
func governingCue(toks []token, r []rune, cues []cue, c cue, hasCue bool, after int) (cue, bool) {
	if !hasCue || c.noun {
		return c, hasCue
	}
	if c.weak && cjkSaying[c.word] {
		m, _ := cjkModalAt(toks, r, c.end)
		for _, s := range cues {
			if s.at >= c.end && s.weak && cjkSaying[s.word] && !cjkEmbeddedSaying(toks, cues, c.end, s) {
				// "王毅说，中方阐述了…，美方表示将继续…": a second
				// speaker's words are not the first one's.
				break
			}
			if s.at < c.end || s.weak || s.noun || s.kind == storage.KindAccount {
				continue
			}
			if m >= 0 && m < s.at {
				break
			}
			s.word = c.word + " … " + s.word
			s.at = c.at
			return s, true
		}
		return c, true
	}
	if hasCJKRunes(r) {
		if c.weak && !cjkSaying[c.word] {
			// "拉夫罗夫介绍了乌克兰危机最新情况，重申俄方愿…": of a
			// briefing and a verb of saying after it, what is said
			// decides.
			if s, ok := laterCJKSaying(toks, r, cues, c, after); ok {
				return s, true
			}
			// "中方坚定支持欧洲一体化进程，致力于同欧盟建设…": of the
			// side's verbs in a row, the undertaking decides.
			for _, s := range cues {
				if s.at > c.end && s.kind == storage.KindCommitment && !s.weak && !newCJKSide(r, toks, c.end, s.at) {
					s.word = c.word + " … " + s.word
					s.at = c.at
					return s, true
				}
			}
		}
		if c.kind == storage.KindAccount && slices.Contains(cjkMeetingWords, c.word) {
			// "王毅另会见…约翰‧基，称中方愿…", "王毅…通电话，希望日本
			// 新内阁…": what was said after the meeting decides
			// (kind_cjk_meeting.go).
			if s, ok := saidAfterMeeting(toks, r, cues, c, after); ok {
				return s, true
			}
		}
		if c.kind == storage.KindAccount {
			// "韩中外长就…首脑会谈达成共识": the meeting is what was
			// agreed on; the agreement in the same clause decides.
			for _, s := range cues {
				if s.at > c.at && s.kind == storage.KindAgreement && !s.weak && !clauseBreak(toks, c.at, s.at) {
					s.word = c.word + " … " + s.word
					return s, true
				}
			}
			// "普京对习近平访问俄罗斯表示热烈欢迎": the visit is what he
			// welcomed; the verb of saying in the same clause governs.
			for _, s := range cues {
				if s.at > c.at && s.weak && cjkSaying[s.word] && !clauseBreak(toks, c.at, s.at) {
					return governingCue(toks, r, cues, s, true, after)
				}
			}
			if m, w := cjkModalAt(toks, r, after); m >= 0 && m < c.at {
				return cue{kind: storage.KindProposal, word: w, at: m, end: m + 1}, true
			}
		}
		return c, true
	}
	if h := hopedAt(toks); h >= 0 && c.at > h+3 {
		// "It is hoped that the U.S. side will honor its commitments",
		// "Since …, it is hoped that Japan can …": the frame asks it of
		// someone, whatever the clause says.
		return cue{kind: storage.KindDemand, word: "it is hoped", at: h + 2, end: h + 3}, true
	}
	if bothAddressed(toks, c) {
		// "He called on the two sides to demonstrate wisdom …"
		return cue{kind: storage.KindProposal, word: c.word + " both sides", at: c.at, end: c.end}, true
	}
	if c.kind == storage.KindAccount {
		// "Wang Yi held talks with Blinken on Friday, expressing the
		// hope that …", "… met Kallas, urging the EU to …": the meeting
		// is the frame, the participle after it what the sentence says.
		for _, s := range cues {
			if s.at <= c.at || s.weak || s.noun || s.kind == storage.KindAccount || s.at == 0 || toks[s.at-1].punct != ',' ||
				!strings.HasSuffix(toks[s.at].lower, "ing") {
				continue
			}
			s.word = c.word + " …, " + s.word
			return s, true
		}
	}
	if c.weak && !strings.Contains(c.word, " … ") {
		// "They reiterated the need to … and called on all sides to …",
		// "He stressed … and urged …": of two verbs of one subject, the
		// one that does more decides.
		for _, s := range cues {
			if s.at > c.end && !s.weak && !s.noun && s.kind != storage.KindAccount && s.kind != storage.KindAgreement &&
				andBefore(toks, s.at) {
				s.word = c.word + " … and " + s.word
				s.at = c.at
				return s, true
			}
		}
		// "… expressed his pleasure to visit Japan and thanked …, and
		// stated that he would like to work together": the last verb of
		// saying, with what it reports, does more.
		if s, ok := laterSaying(toks, cues, c); ok {
			s.word = c.word + " … and " + s.word
			s.at = c.at
			return s, true
		}
	}
	if c.weak && !strings.Contains(c.word, " … ") {
		// "He made clear the need for Israel to announce …": what
		// someone is to do, asked of them.
		if s, ok := needFor(toks, c); ok {
			return s, true
		}
	}
	if c.weak && (speechVerbs[c.lemma()] || assentVerbs[c.lemma()] && !strings.HasPrefix(c.lemma(), "welcom") && !strings.HasPrefix(c.lemma(), "appreciat") && !strings.HasPrefix(c.lemma(), "commend")) && !strings.Contains(c.word, " … ") {
		if s, ok := ownNoun(toks, cues, c); ok {
			return s, true
		}
	}
	if c.weak && speechVerbs[c.lemma()] && !strings.Contains(c.word, " … ") {
		if s, ok := saidThat(toks, cues, c); ok {
			return s, true
		}
		if s, ok := secondThat(toks, cues, c); ok {
			// "Prime Minister Ishiba stated that …, and that he would
			// like to further develop …", told before the name too.
			s.word = c.word + " that …, and that … " + s.word
			s.at = c.at
			return s, true
		}
	}
	if !c.weak && c.kind != storage.KindAccount && c.kind != storage.KindProposal {
		if m := modalBefore(toks, c.at, after); m >= 0 {
			return cue{kind: storage.KindProposal, word: toks[m].text + " … " + c.word, at: m, end: c.end}, true
		}
	}
	return c, true
}

// restating are the participles after an attribution that restate a
// stance, whose clause says what the sentence does ("…, Xi said,
// reiterating that … it will never seek hegemony"); "adding" and
// "noting" bring in something else.
var restating = set("reiterating", "stressing", "emphasizing", "emphasising", "underlining", "reaffirming")

// andBefore reports "and" before token at, alone or with the same
// subject again ("and urged", "and we are ready to", ", and I am
// determined to").
func andBefore(toks []token, at int) bool {
	for j, words := at-1, 0; j >= 0 && words < 3; j-- {
		t := toks[j]
		if !t.isWord() {
			continue
		}
		if t.lower == "and" {
			return true
		}
		words++
		switch t.lower {
		case "we", "i", "he", "she", "they", "are", "am", "is", "also":
		default:
			return false
		}
	}
	return false
}

// saidThat finds what decides a sentence led by a verb of saying: the
// first strong cue of the reported clause when only its subject stands
// between ("Kerry said his country is willing to …", "stated that the
// U.S. side will …"), or an objection anywhere in what was said that the
// speaker's side holds firmly ("… remarks and actions, which the Chinese
// side strongly opposes", "stated its firm opposition to …").
func saidThat(toks []token, cues []cue, c cue) (cue, bool) {
	if told[c.lemma()] {
		// "Wang told visiting British Foreign Secretary Philip Hammond
		// that China hopes …": what was said follows the person told.
		for j := c.end; j < len(toks) && j < c.end+10; j++ {
			if toks[j].lower == "that" {
				c.end = j + 1
				break
			}
		}
	}
	for _, s := range cues {
		if s.at < c.end || s.weak || s.kind != storage.KindObjection || !firmly(toks, s) && !condemning[strings.ToLower(s.word)] && !negatedRejection(toks, s) {
			continue
		}
		s.word = c.word + " … " + s.word
		s.at = c.at
		return s, true
	}
	for _, s := range cues {
		if s.at < c.end || s.weak || s.noun || s.kind == storage.KindAccount {
			continue
		}
		words := 0
		for j := c.end; j < s.at; j++ {
			t := toks[j]
			if !t.isWord() || determiners[t.lower] || subjectFiller[t.lower] || isCapitalized(t.text) || strings.HasSuffix(t.lower, "ly") || intensifiers[t.lower] {
				continue
			}
			words++
		}
		if words > 0 {
			return cue{}, false
		}
		s.word = c.word + " … " + s.word
		s.at = c.at
		return s, true
	}
	return cue{}, false
}

// negatedRejection reports an objection cue that is a negated verb of
// accepting ("… and will not accept any groundless conjecture", "does
// not recognise"): said of what was said, it rejects whatever stands
// between it and the verb of saying.
func negatedRejection(toks []token, s cue) bool {
	w := strings.ToLower(s.word)
	return (rejecting[w] || rejecting[strings.TrimSuffix(w, "s")]) && negatedBefore(toks, s.at)
}

// ownNoun finds a kind noun the subject holds after a verb of saying:
// "President Biden reaffirmed to the Prime Minister his commitment to
// …", "the Prime Minister underlined the UK’s commitment to …".
// After "welcomed" or "appreciated" the noun is someone else's.
func ownNoun(toks []token, cues []cue, c cue) (cue, bool) {
	for _, s := range cues {
		if s.at < c.end || !s.noun || s.at-c.end > 6 || s.at == 0 {
			continue
		}
		p := toks[s.at-1]
		if !ownPossessive[p.lower] && !(p.possessive && isCapitalized(p.text)) && !ownCountry(toks, s.at-1) || clauseBreak(toks, c.end, s.at) {
			return cue{}, false
		}
		for j := c.end; j < s.at; j++ {
			if toks[j].lower == "that" {
				return cue{}, false
			}
		}
		s.word = c.word + " … " + p.text + " " + s.word
		s.at = c.at
		s.noun = false
		return s, true
	}
	return cue{}, false
}

// laterSaying finds what a later verb of saying of the same subject, after
// "and", reports ("… expressed his pleasure to visit Japan and thanked
// …, and stated that he would like to work together"): the cue saidThat
// finds for it.
func laterSaying(toks []token, cues []cue, c cue) (cue, bool) {
	for _, s := range cues {
		if s.at > c.end && s.weak && speechVerbs[s.lemma()] && andBefore(toks, s.at) {
			if r, ok := saidThat(toks, cues, s); ok {
				return r, true
			}
		}
	}
	return cue{}, false
}

// ownPossessive are the pronouns by which a kind noun is the subject's
// ("his commitment").
var ownPossessive = set("his", "her", "its", "their", "our", "my")

// told are the verbs of saying that take the person told before what was
// said.
var told = set("told", "tell", "tells", "telling", "assured", "informed", "reminded")

// subjectFiller are the words of a reported clause's subject and its
// auxiliary ("his country is", "the U.S. side has", "it will").
var subjectFiller = set("that", "his", "her", "its", "their", "our", "he", "she", "it", "they", "we", "i",
	"country", "side", "government", "is", "are", "was", "were", "has", "have", "had", "been", "also", "always",
	"still", "both", "two", "sides", "countries", "continues", "continue", "to",
	// "told His Highness that the UK remains committed to …"
	"remains", "remain", "remained", "stays", "stay")

// firmly reports an objection said with force: "strongly/firmly/
// resolutely opposes", "its firm/strong opposition", 坚决反对.
func firmly(toks []token, s cue) bool {
	if strings.HasPrefix(s.word, "坚决") {
		return true
	}
	for j := s.at - 1; j >= 0 && j >= s.at-2; j-- {
		switch toks[j].lower {
		case "strongly", "firmly", "resolutely", "firm", "strong", "resolute", "categorically":
			return true
		}
	}
	return false
}

// clauseBreak reports a comma or stop between tokens from and to.
func clauseBreak(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		switch toks[i].punct {
		case '，', ',', '。', '；', ';', '.':
			return true
		}
	}
	return false
}

// undertaken turns "agreed to <verb>" reported of one side into its
// commitment ("Rice said the United States agreed to work with China");
// told by the narrator ("The two ministers agreed to …") it stays an
// agreement, which takes both sides even where only one is named.
func undertaken(k storage.Kind, word string, joint bool) (storage.Kind, bool) {
	if k == storage.KindAgreement && !joint && strings.HasSuffix(word, " to") && strings.Contains(word, " … ") {
		return storage.KindCommitment, true
	}
	return k, false
}

// modalBefore returns the token of an English modal ("should", "must",
// "need to") at most three words before token at and not before token
// from, with no clause boundary between, or -1.
func modalBefore(toks []token, at, from int) int {
	words := 0
	for i := at - 1; i >= from && i >= 0; i-- {
		t := toks[i]
		if !t.isWord() {
			if t.punct != '-' {
				return -1
			}
			continue
		}
		if t.lower == "that" || t.lower == "and" || t.lower == "but" {
			return -1
		}
		if modalWords[t.lower] {
			return i
		}
		if t.lower == "to" && i > 0 && (toks[i-1].lower == "need" || toks[i-1].lower == "needs") {
			return i - 1
		}
		if words++; words > 3 {
			return -1
		}
	}
	return -1
}

// remarksKind is the kind of a sentence that goes on with a speaker's
// remarks: a verb of meeting right after its subject tells what happened
// ("We had so far a very productive meeting", "So today we took the
// opportunity to …"); else a strong cue, unless a modal governs it; else
// a modal ("should", 应, "The U.S. side must"); else a position.
func remarksKind(toks []token, r []rune, subj []actor, as []actor, c cue, hasCue bool, party string) (storage.Kind, string) {
	if w := tellingLeadIn(toks); w != "" && (!hasCue || c.weak || c.kind == storage.KindCommitment || c.kind == storage.KindAccount) {
		// "I would like to share my thoughts with you" (kind_telling_lead.go)
		return storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells what the remarks cover", w)
	}
	if hasCue && !c.noun && c.kind == storage.KindAccount && leadsClause(toks, subj, c) {
		return storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells what happened", c.word)
	}
	k, why := modalKind(toks, r, as, party)
	if hasCue && !c.weak && !c.noun && c.kind != storage.KindAccount {
		if k != "" && modalFirst(toks, r, c) {
			return k, why
		}
		if u, ok := undertaken(c.kind, c.word, false); ok {
			return u, fmt.Sprintf("kind: %s, '%s' by one side", u, c.word)
		}
		return c.kind, fmt.Sprintf("kind: %s, from '%s'", c.kind, c.word)
	}
	if k != "" {
		return k, why
	}
	if w := cjkActionStart(r); w != "" {
		// "加快对接“一带一路”倡议和欧洲投资计划，推进务实合作": a step
		// with no subject goes on with what the speaker calls for.
		return storage.KindProposal, fmt.Sprintf("kind: proposal, '%s' opens a step the speaker calls for", w)
	}
	if w := eventCopula(toks); w != "" && (!hasCue || c.weak || c.kind == storage.KindAccount) {
		// "This was the 10th annual Strategic Dialogue", "It was my
		// first strategic dialogue with …": what took place.
		return storage.KindAccount, fmt.Sprintf("kind: account, what the '%s' was", w)
	}
	if w := doingNow(toks); w != "" && (!hasCue || c.weak && strings.EqualFold(c.word, w)) {
		// ("We are actively supporting peace and security …": the
		// weak cue is the progressive itself, no view said of it.)
		// "Together, we are providing significant … support to
		// Ukraine", "We are working on a comprehensive investment
		// agreement": what the speaker's side is doing.
		return storage.KindAccount, fmt.Sprintf("kind: account, 'we are %s' tells what is being done", w)
	}
	if w := doneByOwn(toks); w != "" && (!hasCue || c.weak || c.kind == storage.KindAccount) {
		// "On this trip I also announced …", "the Chinese government
		// immediately set up …": a step the speaker's side took
		// (kind_remarks_done.go).
		return storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells a step the speaker's side took", w)
	}
	return storage.KindPosition, "kind: position, part of the speaker's remarks"
}

// doingNow returns the verb of "we are <doing>" for the work a side is
// doing ("we are working on …", "we are providing …"), or "".
func doingNow(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower != "we" {
			continue
		}
		j := i + 1
		if toks[j].lower != "are" {
			return ""
		}
		j++
		// "We are actively supporting …": an adverb of manner may
		// stand before the verb as "also" does.
		for j < len(toks) && (toks[j].lower == "also" || toks[j].lower == "now" || toks[j].lower == "already" || toks[j].lower == "still" ||
			strings.HasSuffix(toks[j].lower, "ly") && j+1 < len(toks) && doings[toks[j+1].lower]) {
			j++
		}
		if j < len(toks) && doings[toks[j].lower] {
			return toks[j].text
		}
		return ""
	}
	return ""
}

// doings are the -ing forms of work done together or for others.
var doings = set("working", "providing", "doing", "preparing", "negotiating", "building", "developing", "delivering",
	"implementing", "cooperating", "coordinating", "sending", "helping", "training", "investing", "stepping",
	"strengthening", "striving", "tapping", "supporting", "engaging", "contributing", "assisting", "funding", "financing",
	"mobilising", "mobilizing")

// leadsClause reports whether the verb of meeting c is the verb of the
// sentence's subject (at most three words after it: "we have already
// discussed", "we didn't talk"), or opens a sentence without subject
// that is no passive ("must be held accountable").
func leadsClause(toks []token, subj []actor, c cue) bool {
	if c.at > 0 {
		// "It's a pleasure to meet you": an infinitive is no account;
		// "We have been talking about Russia" (a progressive) is.
		// "… thank President Xi for hosting us": a gerund after a
		// preposition is no verb of the sentence.
		ing := strings.HasSuffix(toks[c.at].lower, "ing")
		progressive := ing && len(subj) > 0 && subj[0].kind == actorWe
		if b := toks[c.at-1].lower; (b == "be" || b == "been" || b == "being") && !progressive || modalWords[b] ||
			b == "to" && (c.at < 2 || toks[c.at-2].lower != "going") || ing && gerundPrepositions[b] {
			return false
		}
	}
	from := 0
	if len(subj) > 0 {
		from = subj[0].to
		if c.at < from {
			return false
		}
	}
	words := 0
	for i := from; i < c.at; i++ {
		if i == from && toks[i].punct == ',' {
			// "The EU, together with its international partners, has
			// imposed …": an aside after the subject.
			if k := nextComma(toks, i+1, c.at); k > 0 {
				i = k
				continue
			}
		}
		if toks[i].isWord() {
			words++
		}
	}
	if len(subj) == 0 {
		// "The members of the press corps included …": no actor is the
		// subject, and the verb of meeting is the sentence's first verb.
		if c.at > 8 {
			return false
		}
		for i := 0; i < c.at; i++ {
			if _, verb := verbForms[toks[i].lower]; verb && !ingNoun(toks, i) || toks[i].lower == "that" {
				return false
			}
		}
		return true
	}
	return words <= 3
}

// newCJKSide reports a side named between tokens from and to (美方,
// 欧盟, 双方): a new subject, whose undertaking is its own.
func newCJKSide(r []rune, toks []token, from, to int) bool {
	if from >= len(toks) || to > len(toks) || from >= to {
		return false
	}
	seg := string(r[toks[from].start:toks[to-1].end])
	// Only the clause the undertaking stands in can name a new subject:
	// "韩方坚定支持中方主办冬奥会，也愿…" names China as what it supports.
	if k := strings.LastIndexAny(seg, "，。；,;"); k >= 0 {
		seg = seg[k:]
	}
	for _, w := range []string{"方", "盟", "国", "我们", "他们"} {
		if strings.Contains(seg, w) {
			return true
		}
	}
	return false
}

// gerundAfterPreposition reports an -ing form after a preposition
// ("the British side's remarks of dismissing calls for …"): a noun's
// complement, not what the sentence does.
func gerundAfterPreposition(toks []token, i int) bool {
	return i > 0 && strings.HasSuffix(toks[i].lower, "ing") && gerundPrepositions[toks[i-1].lower]
}

// bothAddressed reports a demand cue c addressed to both sides ("called
// on the two sides to …", "urged both sides to …"): the speaker's side
// is among those to act, a proposal.
func bothAddressed(toks []token, c cue) bool {
	if c.kind != storage.KindDemand || c.noun {
		return false
	}
	j := c.end
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	if j+1 >= len(toks) {
		return false
	}
	a, b := toks[j].lower, toks[j+1].lower
	return (a == "both" || a == "two") && (b == "sides" || b == "countries" || b == "parties" || b == "nations" || b == "governments")
}

// gerundPrepositions before an -ing form make it a gerund, no verb of
// the sentence.
var gerundPrepositions = set("for", "of", "by", "after", "before", "about", "without", "in", "on", "upon", "with",
	"from", "while", "since")

// nextComma returns the index of the first comma in toks[from:to], or -1.
func nextComma(toks []token, from, to int) int {
	for i := from; i < to; i++ {
		if toks[i].punct == ',' {
			return i
		}
	}
	return -1
}

// modalFirst reports whether a modal comes before the cue c in its
// sentence ("双方应坚决反对 …", "both sides should remain committed").
func modalFirst(toks []token, r []rune, c cue) bool {
	if hasCJKRunes(r) {
		m, _ := cjkModalAt(toks, r, 0)
		return m >= 0 && m < c.at
	}
	return modalBefore(toks, c.at, 0) >= 0
}

// tailKind is the kind of what was said before its attribution ("…,
// Li said"): the first strong cue before the speaker at token before,
// unless a modal governs it, else a modal, else a position.
func tailKind(toks []token, r []rune, as []actor, cues []cue, before int, party string, said cue) (storage.Kind, string) {
	k, why := modalKind(toks, r, as, party)
	for _, c := range cues {
		if c.at < before && !c.weak && !c.noun && c.kind != storage.KindAccount && !gerundAfterPreposition(toks, c.at) {
			if k != "" && modalFirst(toks, r, c) {
				return k, why
			}
			return c.kind, fmt.Sprintf("kind: %s, from '%s'", c.kind, c.word)
		}
	}
	if k != "" {
		return k, why
	}
	// "…, Xi said, reiterating that China had no intention of … and it
	// will never seek hegemony", "…, Wang stated, reiterating that
	// China … is willing to deepen …": what the participle reports.
	if j := said.end; j+1 < len(toks) && toks[j].punct == ',' && restating[toks[j+1].lower] {
		for _, c := range cues {
			if c.at <= j+1 || c.weak || c.noun || c.kind == storage.KindAccount || c.kind == storage.KindAgreement {
				continue
			}
			return c.kind, fmt.Sprintf("kind: %s, from '%s, %s … %s'", c.kind, said.word, toks[j+1].text, c.word)
		}
	}
	// "In response, Minister Wang Yi stated that China is ready to …",
	// "Noting that …, Li said China is committed to …": what was said
	// follows the verb; so it does after an attribution set off by
	// commas inside the sentence ("In the new year, Kerry said, the
	// United States hopes to …", kind_aside.go).
	if from := asideEnd(toks, before, said); from < len(toks) && toks[from].isWord() {
		for _, c := range cues {
			if c.at <= from || c.weak || c.noun || c.kind == storage.KindAccount {
				continue
			}
			if c.at-from <= 5 {
				return c.kind, fmt.Sprintf("kind: %s, from '%s … %s'", c.kind, said.word, c.word)
			}
			break
		}
	}
	// "the Prime Minister underlined the UK's commitment to …", "…
	// and thanked …, and stated that he would like to work together":
	// the noun the speaker holds, or what a later verb of saying
	// reports.
	if said.weak {
		if s, ok := ownNoun(toks, cues, said); ok {
			return s.kind, fmt.Sprintf("kind: %s, from '%s'", s.kind, s.word)
		}
		if s, ok := laterSaying(toks, cues, said); ok {
			return s.kind, fmt.Sprintf("kind: %s, from '%s … and %s'", s.kind, said.word, s.word)
		}
		if s, ok := secondThat(toks, cues, said); ok {
			return s.kind, fmt.Sprintf("kind: %s, from '%s that …, and that … %s'", s.kind, said.word, s.word)
		}
	}
	return storage.KindPosition, fmt.Sprintf("kind: position, from '%s'", said.word)
}

// secondThat finds the undertaking of a second clause of what was said
// ("stated that … relations have developed tremendously, and that he
// would like to further develop …"): a commitment whose subject is a
// pronoun or the speaker's side, right after "and that".
func secondThat(toks []token, cues []cue, said cue) (cue, bool) {
	for i := said.end; i+2 < len(toks); i++ {
		if toks[i].lower != "and" || toks[i+1].lower != "that" {
			continue
		}
		for _, c := range cues {
			if c.at <= i+1 || c.noun || c.kind != storage.KindCommitment {
				continue
			}
			if c.at-(i+2) > 4 {
				break
			}
			filler := true
			for k := i + 2; k < c.at; k++ {
				filler = filler && toks[k].isWord() && subjectFiller[toks[k].lower]
			}
			if filler {
				return c, true
			}
			break
		}
	}
	return cue{}, false
}

// assented reports whether the main cue c of a joint sentence is led by
// a verb of assent ("confirmed … will"), or is a verb of meeting
// followed by one ("discussed … and welcomed"), which makes the
// sentence the sides' agreement; it returns the words for the reason.
func assented(cues []cue, c cue) (string, bool) {
	if c.noun || strings.HasSuffix(c.word, " determination") || strings.HasSuffix(c.word, " resolve") || strings.Contains(c.word, " … ") && undertakenAgain[c.word[strings.LastIndex(c.word, " ")+1:]] {
		// "reaffirmed … commitment", "reaffirmed their determination
		// to …": the noun says what was reaffirmed.
		return "", false
	}
	if assentVerbs[c.lemma()] && (c.kind == storage.KindPosition || c.kind == storage.KindCommitment) {
		return c.word, true
	}
	if c.kind != storage.KindAccount {
		return "", false
	}
	for _, a := range cues {
		if a.at <= c.at || a.noun {
			continue
		}
		if a.kind == storage.KindAgreement || (a.weak || a.kind == storage.KindCommitment) && assentVerbs[a.lemma()] {
			return c.word + " … " + a.word, true
		}
	}
	return "", false
}

// cjkActions are the verbs with which a speaker's list of steps goes on
// without a subject (双方应保持高层交往。加快对接…。加强在联合国…协调).
var cjkActions = []string{"加快", "加强", "推进", "深化", "扩大", "推动", "拓展", "保持", "坚持", "共同", "携手",
	"妥善", "密切", "积极", "开展", "落实", "维护", "促进", "做好", "办好", "用好", "发挥", "打造", "继续", "筹备"}

// cjkActionRunes is the length in runes of the longest of cjkActions:
// cjkActionStart needs no more of a sentence.
var cjkActionRunes = func() int {
	n := 0
	for _, a := range cjkActions {
		n = max(n, utf8.RuneCountInString(a))
	}
	return n
}()

// cjkActionStart returns the verb of action a Chinese sentence opens
// with, or "".
func cjkActionStart(r []rune) string {
	s := string(r[:min(len(r), cjkActionRunes)])
	for _, a := range cjkActions {
		if strings.HasPrefix(s, a) {
			return a
		}
	}
	return ""
}

// eventCopula returns the meeting noun of a sentence that says what the
// meeting was ("This was the 10th annual Strategic Dialogue", "It has
// been a long meeting"), or "".
func eventCopula(toks []token) string {
	if w := eventNounCopula(toks); w != "" {
		return w
	}
	start := 0
	for j := 1; j < len(toks) && j < 8; j++ {
		// "On Western Balkans, it has been a long discussion."
		if toks[j].punct == ',' && j+1 < len(toks) && (toks[j+1].lower == "it" || toks[j+1].lower == "this") {
			start = j + 1
			break
		}
	}
	toks = toks[start:]
	if len(toks) < 3 || (toks[0].lower != "this" && toks[0].lower != "it" && toks[0].lower != "these") {
		return ""
	}
	i := 1
	if toks[i].lower == "has" || toks[i].lower == "had" {
		i++
	}
	if i >= len(toks) || (toks[i].lower != "was" && toks[i].lower != "is" && toks[i].lower != "been" && toks[i].lower != "have" && toks[i].lower != "are" && toks[i].lower != "were") {
		return ""
	}
	if toks[i].lower == "have" {
		if i+1 >= len(toks) || toks[i+1].lower != "been" {
			return ""
		}
		i++ // "These have been the key topics."
	}
	if judged(toks, i+1) {
		return ""
	}
	for j := i + 1; j < len(toks) && j <= i+7; j++ {
		if !toks[j].isWord() {
			return ""
		}
		if eventNouns[toks[j].lower] || agendaNouns[toks[j].lower] || toks[j].lower == "visit" || toks[j].lower == "call" {
			return toks[j].text
		}
	}
	return ""
}

// judgements, after a copula, make what the meeting was the speaker's
// view of it ("Today's summit was an opportunity to …", "our
// discussions today were of great importance", "Today's summit is not
// business as usual"), not an account.
var judgements = set("important", "importance", "opportunity", "success", "successful", "useful", "fruitful", "crucial",
	"essential", "milestone", "step", "historic", "usual", "significance", "significant", "timely", "good", "great",
	"excellent", "not", "never", "chance", "testament", "sign", "signal", "proof", "reminder", "pleasure", "honour", "honor",
	// "This meeting was constructive", "It was truly a memorable
	// visit": the guide's words of judgement of a meeting (batch late 27).
	"constructive", "productive", "memorable", "candid", "positive", "cordial", "substantive", "valuable", "wonderful")

// judged reports a judgement among the six words from token i on.
func judged(toks []token, i int) bool {
	for j, words := i, 0; j < len(toks) && words < 6; j++ {
		if !toks[j].isWord() {
			if toks[j].punct == ',' || toks[j].punct == ';' {
				return false
			}
			continue
		}
		words++
		if judgements[toks[j].lower] {
			return true
		}
	}
	return false
}

// agendaNouns name what a meeting dealt with or the meeting itself in
// remarks after it ("It has been a long and intense Foreign Affairs
// Council", "These have been the key topics", "Our initial focus was on
// …", "Other issues were on the agenda").
var agendaNouns = set("council", "councils", "discussion", "debate", "topic", "topics", "agenda", "item", "items", "focus",
	"visit", "trip", "call", "conversation")

// eventNounCopula returns the noun of a sentence that opens with a
// meeting or an item of its agenda followed by a copula or a passive
// of what happened to it ("This meeting was part of ongoing efforts …",
// "My last visit to China was as …", "Our initial focus was on …", "the
// Strategic Compass debate has been postponed", "Other issues were on
// the agenda"), or "".
func eventNounCopula(toks []token) string {
	noun := ""
	for j := 0; j < len(toks) && j < 24; j++ {
		t := toks[j]
		if !t.isWord() {
			if t.punct == ',' && j > 0 {
				// "For example, the Strategic Compass debate …", "The
				// meeting … with the Foreign Minister of China, Wang Yi,
				// has been longer than expected."
				continue
			}
			if t.punct != '[' && t.punct != ']' && t.punct != '-' {
				return ""
			}
			continue
		}
		switch t.lower {
		case "marked", "marks":
			if noun != "" && !judged(toks, j+1) {
				return noun // "Today's meeting marked the 15th Summit …"
			}
			return ""
		case "was", "is", "were", "are", "has", "have", "had", "wasn't", "wasn’t", "isn't", "isn’t", "weren't", "weren’t":
			if noun == "" {
				return ""
			}
			if k := j + 1; k < len(toks) && (toks[k].lower == "been" || t.lower != "has" && t.lower != "have" && t.lower != "had") &&
				!judged(toks, k) {
				return noun
			}
			return ""
		case "of":
			if noun == "" {
				// "The purpose of this meeting was …", "The intensity
				// of our exchanges is …": the head is no meeting.
				return ""
			}
		case "top":
			if j+1 < len(toks) && toks[j+1].lower == "of" {
				noun = t.text // "Top of our agenda was the Middle East"
				j++
				continue
			}
		}
		if _, verb := verbForms[t.lower]; verb && !ingNoun(toks, j) {
			return ""
		}
		if noun != "" && contentVerbs[t.lower] {
			// "The dialogue covered a broad range of … the crises the
			// international community is facing": what the meeting
			// covered, not what it was.
			return ""
		}
		if eventNouns[t.lower] || agendaNouns[t.lower] || t.lower == "issues" && j <= 2 {
			noun = t.text
		}
	}
	return ""
}

// narratedModal reads a sentence of the author's narration that has no
// reporting verb but a modal with an actor for its subject: "The EU and
// China need to work together to tackle global challenges" proposes a
// step, it tells of no meeting.
func narratedModal(pr *Proposal, toks []token, r []rune, subj []actor, as []actor, hasCue bool) {
	if !hasCue && pr.Kind == storage.KindAccount && len(subj) == 0 && !hasCJKRunes(r) {
		// "Maritime boundaries must be defined through dialogue" in a
		// statement: the author asks it of those concerned.
		if at := firstModal(toks); at >= 0 && unnamedDoer(toks, as, 0, at) {
			pr.Kind = storage.KindDemand
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: demand, '%s … %s' with no doer named: those concerned are to act", toks[at].text, passiveVerb(toks, at)))
			return
		}
	}
	if hasCue || pr.Kind != storage.KindAccount || len(subj) == 0 || hasCJKRunes(r) || !actorActs(toks, r, as, 0) {
		return
	}
	party := ""
	if len(pr.Parties) == 1 {
		party = pr.Parties[0]
	}
	if k, why := modalKindFrom(toks, r, as, party, 0); k != "" {
		if pr.Joint() {
			// both sides to act: what one proposes to the other
			k, why = storage.KindProposal, "kind: proposal, both sides to act"
		}
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, strings.Replace(why, "in the speaker's mouth", "with an actor for its subject", 1))
	}
}

// firstPerson are the words by which a sentence speaks in the first person.
var firstPerson = set("we", "our", "ours", "us", "i", "my", "me", "we've", "we’ve", "we're", "we’re", "i'm", "i’m")

// firstPersonView reads a sentence with no reporting verb that speaks in
// the first person ("We have a long history of relationship", "Even if
// geographically we are far away from each other, …") as a view of the
// one speaking, not as an account: narration has no "we".
func firstPersonView(pr *Proposal, toks []token, hasCue bool) {
	if hasCue || pr.Kind != storage.KindAccount || eventCopula(toks) != "" || doingNow(toks) != "" {
		// "This was the first meeting in order to establish how we
		// will work together": what the meeting was; "Together, we are
		// working to bring security to Afghanistan", "We are investing
		// heavily in innovation": the work a side is doing, told, as in
		// remarks (doingNow).
		return
	}
	for k, t := range toks {
		if t.isWord() && firstPerson[t.lower] && (t.lower != "us" || t.text == "us") && !romanOne(toks, k) {
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s': the author speaks in the first person", t.text))
			return
		}
	}
}

// numberedNouns are the nouns a Roman numeral follows ("Attachment I",
// "Part I", "World War I").
var numberedNouns = set("attachment", "annex", "appendix", "part", "phase", "chapter", "article", "pillar", "stage",
	"section", "volume", "title", "war", "schedule", "tier", "round")

// romanOne reports an "I" at token k that numbers the noun before it
// ("the Joint Statement, “Attachment I: Deliverables and Priorities,”
// and …"): no speaker's "I".
func romanOne(toks []token, k int) bool {
	return toks[k].text == "I" && k > 0 && numberedNouns[toks[k-1].lower]
}
