package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// modalWords make a sentence in a speaker's mouth a proposal, or a
// demand when another party is what should act.
var modalWords = set("should", "must", "ought", "shall")

var cjkModals = []string{"应该", "应当", "必须", "务必", "需要", "有必要", "应", "要"}

// cjkModalNot lists, for the one-character modals, the characters that
// may not stand before or after them: 应对 "cope with", 应约 "at the
// request of", 响应 "respond" and 重要 "important", 要求 "demand", 主要
// "main" are words of their own.
var cjkModalNot = map[string][2]string{
	"应": {"响相适反供答效对回呼感理", "对约邀用急届聘运变"},
	"要": {"重主需首紧只必纲摘提概要想", "求素点害员闻职地道务是"},
	// 发展的需要 "what development needs" and 需要一个过程 "it takes a
	// process" are nouns after 需要, no step (batch "late 22").
	"需要": {"的", "一"},
}

// cjkModalAt finds the first Chinese modal at or after token from and
// returns its token index and text, or -1.
func cjkModalAt(toks []token, r []rune, from int) (int, string) {
	best, word := -1, ""
	for _, m := range cjkModals {
		mr := []rune(m)
		for i := 0; i+len(mr) <= len(r); i++ {
			if !hasRunesAt(r, i, mr) {
				continue
			}
			if not, ok := cjkModalNot[m]; ok {
				if i > 0 && strings.ContainsRune(not[0], r[i-1]) || i+len(mr) < len(r) && strings.ContainsRune(not[1], r[i+len(mr)]) {
					continue
				}
			}
			if m == "应" && invitationFrame(r[i+1:]) {
				// 应欧盟…邀请 "at the invitation of the EU …": no modal.
				continue
			}
			if sayingFrame(r[i+len(mr):]) {
				// 必须指出的是 "it must be pointed out that": a way of
				// saying, no step proposed.
				continue
			}
			at, _ := tokenSpan(toks, i, i+len(mr))
			if at < from {
				continue
			}
			if best < 0 || at < best {
				best, word = at, m
			}
			break
		}
	}
	return best, word
}

// modalKind reads "should", "must", "needs to" (应, 必须): a proposal, or
// a demand when the party right before the modal is not the speaker's.
func modalKind(toks []token, r []rune, as []actor, party string) (storage.Kind, string) {
	return modalKindFrom(toks, r, as, party, 0)
}

// nextModal returns the token of the next English modal from token from
// on, or -1.
func nextModal(toks []token, from int) int {
	for i := from; i < len(toks); i++ {
		if modalWords[toks[i].lower] {
			return i
		}
	}
	return -1
}

// bothCan reports "can" after both sides or the two countries and before
// a step, not "be" ("On this basis, the two sides can jointly advance
// …"): in a speaker's mouth, what both are to do.
func bothCan(toks []token, i int) bool {
	if toks[i].lower != "can" || i < 2 || i+1 >= len(toks) || toks[i+1].lower == "be" || toks[i+1].lower == "not" {
		return false
	}
	n := toks[i-1].lower
	return (n == "sides" || n == "countries" || n == "parties") && (toks[i-2].lower == "two" || toks[i-2].lower == "both")
}

// modalKindFrom is modalKind for the words from token from on.
func modalKindFrom(toks []token, r []rune, as []actor, party string, from int) (storage.Kind, string) {
	if w := neededFrame(toks[from:]); w != "" {
		return storage.KindProposal, fmt.Sprintf("kind: proposal, '%s' in the speaker's mouth", w)
	}
	if k, why := dutyFrame(toks[from:], as, party); k != "" {
		return k, why
	}
	at := -1
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if !t.isWord() {
			continue
		}
		if t.lower == "hoped" && i > 0 && toks[i-1].lower == "is" {
			// "it is hoped that the U.S. side will …": what the
			// speaker wants of someone.
			return storage.KindDemand, "kind: demand, 'it is hoped' in the speaker's mouth"
		}
		if modalWords[t.lower] || cannot[t.lower] || bothCan(toks, i) || (t.lower == "need" || t.lower == "needs" || haveTo(toks, i)) && i+1 < len(toks) && toks[i+1].lower == "to" {
			if relativeModal(toks, i) || passiveSaying(toks, i) || framingModal(toks, i) {
				continue // "challenges that we need to respond together"
			}
			at = i
			break
		}
	}
	word := ""
	if at >= 0 {
		if deniedNeed(toks, at) {
			// "We don't need to replicate the same capabilities": a
			// view of what is not needed, no step.
			return "", ""
		}
		if unnamedDoer(toks, as, from, at) {
			return storage.KindDemand, fmt.Sprintf("kind: demand, '%s' with no doer named: those concerned are to act", toks[at].text+" … "+passiveVerb(toks, at))
		}
		if copula(toks, at) {
			// "Relations should be a positive cycle", "China and the EU
			// should not be rivals": what something ought to be is a
			// view of it, not a step proposed; a later modal with a doer
			// may still propose ("Our commitment … needs to be very
			// visible and we should leave no doubt").
			if next := nextModal(toks, at+1); next > 0 && andBefore(toks, next-1) {
				return modalKindFrom(toks, r, as, party, next-1)
			}
			return "", ""
		}
		word = toks[at].text
	} else if hasCJKRunes(r) {
		at, word = cjkModalAt(toks, r, from)
	}
	if at < 0 {
		return "", ""
	}
	if w := cjkThirdParties(toks, r, at); w != "" {
		// "各方应加强沟通协调": all sides, others in general, are to act.
		return storage.KindDemand, fmt.Sprintf("kind: demand, '%s%s' in the speaker's mouth", w, word)
	}
	if w := thirdParties(toks, at); w != "" {
		// "It is clear that all sides must uphold …", "All parties
		// should show calm and restraint", "Those responsible must be
		// held accountable": others are to act.
		return storage.KindDemand, fmt.Sprintf("kind: demand, '%s %s' in the speaker's mouth", w, word)
	}
	if w := othersThingModal(toks, as, party, from, at); w != "" {
		// "Russia's aggression against Ukraine must stop": what another
		// side does is to end, so that side is to act (kind_modal_whose.go).
		return storage.KindDemand, fmt.Sprintf("kind: demand, '%s … %s': another side's doing, in the speaker's mouth", w, word)
	}
	// Who should act: the subject before the modal. Only others
	// ("The U.S. side should …") make a demand; the speaker's side
	// with others ("China and Europe should …") a proposal.
	other, group := "", ""
	for i := len(as) - 1; i >= 0; i-- {
		a := as[i]
		if a.to > at || a.from < from || a.prepositional || a.possessive || a.compound || cjkTopicAfter(toks, a.to) {
			continue
		}
		if a.kind == actorJoint || a.kind == actorWe || a.ent != nil && a.ent.Name == party {
			other = ""
			break
		}
		if a.ent != nil && memberOf(party, a.ent.Name) {
			// "The BRICS countries must take the lead …" in Wang Yi's
			// words: a grouping his side belongs to, a step for it
			// with the others (group_members.go).
			other, group = "", a.ent.Name
			break
		}
		if (a.kind == actorParty || a.kind == actorSpeaker) && a.ent != nil && other == "" {
			other = a.text
		}
		if i > 0 && !joinedBy(toks, as[i-1].to, a.from) {
			break
		}
	}
	if other != "" {
		return storage.KindDemand, fmt.Sprintf("kind: demand, '%s %s' in the speaker's mouth", other, word)
	}
	if cannot[strings.ToLower(word)] {
		// "We cannot accept …" is no step proposed; "China cannot turn
		// a blind eye" (another side) is a demand, above.
		return "", ""
	}
	if group != "" {
		return storage.KindProposal, fmt.Sprintf("kind: proposal, '%s %s' in the speaker's mouth: %s belongs to %s", group, word, party, group)
	}
	return storage.KindProposal, fmt.Sprintf("kind: proposal, '%s' in the speaker's mouth", word)
}

// cannot are the negative modals that ask something of another side
// ("China cannot turn a blind eye to …").
var cannot = set("cannot", "can't", "can’t")

// thirdParties returns the words before the modal at token at that name
// no side but others in general ("all sides", "all parties", "those
// responsible", "the international community", "everyone"), or "".
func thirdParties(toks []token, at int) string {
	var ws []string
	for j := at - 1; j >= 0 && len(ws) < 3; j-- {
		if !toks[j].isWord() {
			break
		}
		if toks[j].lower == "that" {
			break
		}
		ws = append([]string{toks[j].lower}, ws...)
	}
	n := len(ws)
	switch {
	case n >= 2 && ws[n-2] == "all" && othersNouns[ws[n-1]]:
		return strings.Join(ws[n-2:], " ")
	case n >= 2 && ws[n-2] == "those" && (ws[n-1] == "responsible" || ws[n-1] == "involved"):
		return strings.Join(ws[n-2:], " ")
	case n >= 2 && ws[n-2] == "international" && ws[n-1] == "community":
		return "the international community"
	case n >= 1 && (ws[n-1] == "everyone" || ws[n-1] == "everybody" || ws[n-1] == "perpetrators"):
		return ws[n-1]
	}
	return ""
}

// othersNouns after "all" are others in general ("all sides").
var othersNouns = set("sides", "parties", "countries", "nations", "states", "leaders", "actors", "members", "stakeholders")

// saidModal turns "Wang Yi stressed that … both countries should …" from
// a position into the speaker's proposal (or demand, when another party
// should act).
func (st *state) saidModal(pr *Proposal, toks []token, r []rune, subj []actor, as []actor, c cue, hasCue bool) {
	if !hasCue || !c.weak || pr.Kind != storage.KindPosition || pr.Speaker == nil || len(pr.Parties) != 1 ||
		len(subj) == 0 || subj[0].kind != actorSpeaker && subj[0].kind != actorHeShe {
		return
	}
	if k, why := dutyFrame(toks[c.end:], as, pr.Parties[0]); k != "" {
		// "… said it is important for Israel to …": the frame names
		// who is to act.
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
		return
	}
	if k, why := modalKindFrom(toks, r, as, pr.Parties[0], c.end); k != "" && actorActs(toks, r, as, c.end) {
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
}

// actorActs reports whether the first modal after token from has an
// actor for its subject ("both countries should", "China and Europe
// should", "the U.S. side must"): reported, "relations should …" or "lessons
// need to …" say how the speaker sees things, which is a position.
func actorActs(toks []token, r []rune, as []actor, from int) bool {
	at := -1
	for i := from; i < len(toks); i++ {
		t := toks[i]
		if t.lower == "hoped" && i > 0 && toks[i-1].lower == "is" {
			return true // "it is hoped that …" asks of someone, whoever is named
		}
		if t.isWord() && (modalWords[t.lower] || (t.lower == "need" || t.lower == "needs" || haveTo(toks, i)) && i+1 < len(toks) && toks[i+1].lower == "to") {
			at = i
			break
		}
	}
	if at < 0 {
		// A Chinese modal (应, 必须): its subject is not told apart here.
		return hasCJKRunes(r)
	}
	// "the teams on both sides should …", "the two governments must …":
	// people who can act, though no party is named.
	for j, words := at-1, 0; j >= from && words < 6; j-- {
		if !toks[j].isWord() {
			continue
		}
		words++
		if agentNouns[toks[j].lower] && (j == 0 || toks[j-1].lower != "of") {
			return true
		}
	}
	for i := len(as) - 1; i >= 0; i-- {
		a := as[i]
		if a.to > at || a.from < from {
			continue
		}
		if a.prepositional || a.possessive {
			return false
		}
		// the actor, then at most a word ("side", "government") before
		// the modal; an aside set off by commas between them ("China
		// and France, both upholding a tradition of independence, should
		// …", "China and France, as permanent members of the Security
		// Council, should …") stands outside the clause.
		end := at
		if at-1 > a.to && toks[a.to].punct == ',' && toks[at-1].punct == ',' {
			end = a.to
		}
		words := 0
		for j := a.to; j < end; j++ {
			if toks[j].isWord() {
				words++
			}
		}
		return words <= 1
	}
	return false
}

// agentNouns are the nouns of people or bodies that can act on what a
// speaker says they should do.
var agentNouns = set("teams", "team", "governments", "leaders", "authorities", "departments", "ministries",
	"militaries", "companies", "enterprises", "businesses", "countries", "nations", "states", "parties")

// participles are past participles that do not end in "-ed", for
// "should be done": a passive modal still asks for a step.
var participles = set("done", "made", "taken", "given", "held", "kept", "built", "set", "put", "shown", "seen",
	"brought", "sought", "found", "met", "paid", "understood", "undertaken", "drawn", "known", "withdrawn", "lifted")

// copula reports a modal at token at whose verb is "be" with no past
// participle after it ("should be a cycle", "must not be rivals", "need
// to be balanced" is passive and does not count).
func copula(toks []token, at int) bool {
	i := at + 1
	if toks[at].lower == "need" || toks[at].lower == "needs" || haveTo(toks, at) {
		i++ // "to"
	}
	skip := func() {
		for i < len(toks) && (!toks[i].isWord() || toks[i].lower == "not" || toks[i].lower == "also" ||
			toks[i].lower == "always" || strings.HasSuffix(toks[i].lower, "ly")) {
			i++
		}
	}
	skip()
	if i >= len(toks) || toks[i].lower != "be" {
		return false
	}
	i++
	skip()
	if i >= len(toks) {
		return true
	}
	w := toks[i].lower
	// "We must also be ready to …": being ready is a step.
	return !(strings.HasSuffix(w, "ed") || participles[w] || readiness[w])
}

// readiness are what a modal's "be" makes a step rather than a view.
var readiness = set("ready", "able", "willing", "vigilant", "united", "firm", "clear")

// haveTo reports "have to"/"has to" at token i: a modal ("We have to see
// how …"), not "have" of having.
func haveTo(toks []token, i int) bool {
	if (toks[i].lower != "have" && toks[i].lower != "has") || i+2 >= len(toks) || toks[i+1].lower != "to" {
		return false
	}
	// "I have to say", "I have to admit", "I have to recall what we
	// have been saying": a way of saying, no step.
	switch toks[i+2].lower {
	case "say", "admit", "confess", "tell", "thank", "note", "stress", "add", "recall", "repeat", "underline",
		"emphasise", "emphasize", "reiterate", "insist", "acknowledge", "mention", "point", "remind":
		return false
	}
	return true
}

// cjkSayFrames after a modal make it a way of saying (必须指出, 应该看到,
// 需要强调).
var cjkSayFrames = []string{"指出", "强调", "看到", "说明", "注意到", "承认", "提及", "重申"}

// sayingFrame reports whether r opens with a verb of saying.
func sayingFrame(r []rune) bool {
	s := string(r)
	for _, f := range cjkSayFrames {
		if strings.HasPrefix(s, f) {
			return true
		}
	}
	return false
}

// passiveSaying reports a modal at token i before a passive verb of
// saying ("It must be pointed out that …", "it should be noted that
// …"): a way of saying, no step proposed.
func passiveSaying(toks []token, i int) bool {
	j := i + 1
	if j < len(toks) && toks[j].lower == "to" {
		j++ // "needs to be stressed"
	}
	if j+1 >= len(toks) || toks[j].lower != "be" {
		return false
	}
	switch toks[j+1].lower {
	case "pointed", "noted", "stressed", "emphasized", "emphasised", "underlined", "said", "recalled", "mentioned", "acknowledged", "recognized", "recognised", "admitted":
		return true
	}
	return false
}

// relativePronouns may be the subject of a relative clause's modal.
var relativePronouns = set("we", "they", "you")

// relativeModal reports a modal in a relative clause after a noun
// ("we face challenges that we need to respond together"): it says what
// the noun is, the sentence proposes nothing.
func relativeModal(toks []token, i int) bool {
	for j, words := i-1, 0; j > 0 && words < 3; j-- {
		if !toks[j].isWord() {
			return false
		}
		words++
		if toks[j].lower == "that" || toks[j].lower == "which" {
			if next := toks[j+1].lower; words == 2 && !relativePronouns[next] && next != "still" && next != "also" && !strings.HasSuffix(next, "ly") || words > 2 {
				// "… the two countries face that both sides should
				// accelerate …": a side as the subject proposes.
				return false
			}
			p := toks[j-1]
			if !p.isWord() {
				return false
			}
			_, verb := verbForms[p.lower]
			return !verb && !isCapitalized(p.text) && !firstPerson[p.lower] && !adjectival(p.lower) && p.lower != "is" &&
				p.lower != "clear" && p.lower != "sure" && p.lower != "believe" && p.lower != "so"
		}
	}
	return false
}

// joinedBy reports whether only "and", a comma and articles stand
// between tokens from and to ("China and the EU should"), so that the
// actors on both sides share the modal; "We believe that China must"
// has the actors apart.
func joinedBy(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		t := toks[j]
		if t.isWord() && t.lower != "and" && !cjkJoins[t.lower] && !determiners[t.lower] {
			return false
		}
	}
	return true
}

// cjkTopics are the nouns that make a country before them a matter
// talked about, not a side: 乌克兰问题 "the Ukraine issue", 半岛局势.
var cjkTopics = []string{"问题", "局势", "危机", "冲突", "形势", "战争"}

// cjkTopicAfter reports a topic noun at toks[i] (the two characters
// after a party's mention).
func cjkTopicAfter(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	w := toks[i].text + toks[i+1].text
	for _, t := range cjkTopics {
		if w == t {
			return true
		}
	}
	return false
}
