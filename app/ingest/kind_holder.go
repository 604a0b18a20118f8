package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// Kinds that depend on who holds a sentence and on what its verb governs,
// mended after the discourse rules have settled the holder: an agreement
// takes two sides, a worry can be raised in the passive, pleasure that
// "we could meet" is a view and not the meeting, what "you will" do is no
// undertaking of the speaker's, and "the Ministers considered some
// aspects of …" tells of the talks.

// holderKind adjusts pr.Kind; c and hasCue are the sentence's main cue.
// It runs after the discourse rules and before the kind signals.
func (st *state) holderKind(pr *Proposal, toks []token, r []rune, subj []actor, as []actor, cues []cue, c cue, hasCue bool) {
	if pr.Skip || len(toks) == 0 {
		return
	}
	set := func(k storage.Kind, why string) {
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
	switch {
	case pr.Kind != storage.KindConcern && raisedConcern(toks) != "":
		// "During the discussion …, concerns were raised about the
		// escalation": the worry is the point, whoever raised it.
		set(storage.KindConcern, fmt.Sprintf("kind: concern, '%s'", raisedConcern(toks)))
	case (pr.Kind == storage.KindAccount || pr.Kind == storage.KindAgreement) && feltThatWe(toks) != "":
		// "I'm also glad that we could meet today": pleasure said in
		// the present by the one speaking, a view (as "It's a pleasure
		// to meet you" is), not an account of the meeting.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s' is the speaker's pleasure, not the meeting told", feltThatWe(toks)))
	case pr.Kind == storage.KindCommitment && hasCue && addresseeWill(toks, c):
		// "You will also appreciate that the state of the border will
		// …": what the one addressed will do undertakes nothing.
		set(storage.KindPosition, "kind: position, 'you will' is the one addressed, no undertaking of the speaker's")
	case !pr.Joint() && hasCue && !c.noun && !c.weak && addresseeDeed(toks, c) && (pr.Kind == storage.KindObjection || pr.Kind == storage.KindDemand ||
		pr.Kind == storage.KindAccount || pr.Kind == storage.KindProposal):
		// "You condemned this war of aggression from the start", "You
		// helped bring focus to pressing issues and encouraged frank
		// exchange", "You took the helm of the G7 presidency": what the
		// one addressed did, told to praise it, is the speaker's view.
		set(storage.KindPosition, fmt.Sprintf("kind: position, 'You %s' is what the one addressed did, in the speaker's praise", c.word))
	case pr.Kind == storage.KindAgreement && !pr.Joint() && hasCue && oneSidesAgreement(toks, subj, c):
		// "The 27 leaders agreed that …" in the European Council
		// President's remarks: one side agreeing within itself states
		// its position; an agreement takes two sides.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s' within one side (an agreement takes two)", c.word))
	case pr.Joint() && hasCue && pr.Kind == storage.KindAccount && concludedThat(toks, c):
		// "Both concluded that …": what both sides concluded is their
		// agreement ("We have concluded the Council" tells of it).
		set(storage.KindAgreement, "kind: agreement, both sides 'concluded that'")
	case (pr.Kind == storage.KindPosition || pr.Kind == storage.KindAccount) && (!hasCue || c.weak) && unnamedFirst(toks, as):
		// "Confrontation should be resolved peacefully through dialogue,
		// and we support …": no doer named for the modal that opens the
		// sentence, those concerned are to act.
		at := firstModal(toks)
		set(storage.KindDemand, fmt.Sprintf("kind: demand, '%s … %s' with no doer named: those concerned are to act", toks[at].text, passiveVerb(toks, at)))
	case st.jointDoc && !hasCue && pr.Kind == storage.KindAccount && pr.Joint() && presentCopula(toks) != "":
		// "The security of Europe and that of the Indo-Pacific are
		// closely interlinked": a joint statement's own words say how
		// things are, a view its signatories hold.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s': how things are, in the joint statement's own words", presentCopula(toks)))
	case pr.Kind == storage.KindAccount && hasCue && c.kind == storage.KindAccount && !c.weak && strongerAfterAnd(toks, cues, c).word != "":
		// "The Prime Minister and Chancellor Merkel discussed their
		// concern …, and pledged to redouble efforts": of two verbs of
		// one subject, the one that does more decides.
		s := strongerAfterAnd(toks, cues, c)
		set(s.kind, fmt.Sprintf("kind: %s, '%s … and %s': the verb that does more decides", s.kind, c.word, s.word))
	case pr.Kind == storage.KindDemand && hasCue && hopeOfThing(toks, as, c) != "":
		// "He hopes Kerry's visit will further enhance mutual trust",
		// "The Leaders expressed hope that the situation would turn
		// towards de-escalation": a hope about how things go asks no
		// one to act; both sides holding it agree.
		k := storage.KindPosition
		if pr.Joint() {
			k = storage.KindAgreement
		}
		set(k, fmt.Sprintf("kind: %s, '%s' hopes for how things go, asking no one", k, hopeOfThing(toks, as, c)))
	case (pr.Kind == storage.KindPosition || pr.Kind == storage.KindAccount) && agendaItem(toks) != "":
		// "The second one is the EU-China relationship", "The first
		// one, COVID-19 and the economic consequences", "Indeed, the
		// first point on our common agenda was climate": the agenda.
		set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' lists the agenda", agendaItem(toks)))
	case pr.Kind != storage.KindConcern && concernCopula(toks) != "":
		// "That remains a major concern", "This is a serious concern".
		set(storage.KindConcern, fmt.Sprintf("kind: concern, '%s'", concernCopula(toks)))
	case pr.Kind == storage.KindCommitment && hasCue && st.othersPersonWill(toks, as, pr.Parties, c) != "":
		// "Prime Minister Suga will host the COVAX pledging summit
		// next week" in the European Council President's remarks: what
		// a person of another side will do is no undertaking of the
		// holder's.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s will' is another side's, not the holder's undertaking", st.othersPersonWill(toks, as, pr.Parties, c)))
	case pr.Kind == storage.KindCommitment && hasCue && conditionalWill(toks, c) != "":
		// "we will not make a difference unless we work with partners
		// like India": a condition foreseen, no undertaking.
		set(storage.KindPosition, fmt.Sprintf("kind: position, 'will … %s': a condition, no undertaking", conditionalWill(toks, c)))
	case pr.Kind == storage.KindCommitment && pr.Speaker != nil && len(subj) > 0 && (subj[0].kind == actorThey || subj[0].kind == actorHeShe) && !pr.Joint() && st.voiceGoesOn(pr):
		// "They are, like the European Union, very committed to the
		// long-term goals" in the President's remarks: what others
		// undertake, described by the speaker, is his view of them.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s' in the speaker's remarks is someone else's undertaking described", subj[0].text))
	case hasCue && !c.weak && c.kind != storage.KindAccount && modalGoverns(toks, c) >= 0:
		// "China and the EU … should hold high the banner of
		// multilateralism, oppose unilateralism and protectionism,
		// jointly facilitate …": the modal governs the whole list of
		// steps, and who is to act decides it.
		m := modalGoverns(toks, c)
		party := ""
		if len(pr.Parties) == 1 {
			party = pr.Parties[0]
		}
		if k, why := modalKindFrom(toks, r, as, party, 0); k != "" {
			set(k, strings.Replace(why, "in the speaker's mouth", "governing '"+c.word+"' after '"+toks[m].text+"'", 1))
		}
	case pr.Joint() && hasCue && pr.Kind == storage.KindAgreement && examined(toks, c):
		// "Additionally, the Ministers considered some aspects of the
		// current situation": both sides went through it, an account.
		set(storage.KindAccount, fmt.Sprintf("kind: account, both sides '%s' a matter: they discussed it", c.word))
	}
}

// concernNouns are the worries a passive verb can raise.
var concernNouns = set("concern", "concerns", "worries", "worry")

// raisingVerbs raise or voice a worry.
var raisingVerbs = set("raised", "expressed", "voiced", "conveyed", "shared")

// raisedConcern returns the words of "concern(s) was/were (also) raised /
// expressed / voiced", or "".
func raisedConcern(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		if !concernNouns[toks[i].lower] {
			continue
		}
		j := i + 1
		if toks[j].lower != "was" && toks[j].lower != "were" {
			continue
		}
		j++
		for j < len(toks) && isAdverb(toks[j]) {
			j++
		}
		if j < len(toks) && raisingVerbs[toks[j].lower] {
			return toks[i].text + " " + toks[i+1].text + " " + toks[j].text
		}
	}
	return ""
}

// feelings are what the speaker feels about a meeting.
var feelings = set("glad", "pleased", "happy", "delighted", "grateful", "thankful", "honoured", "honored")

// feltThatWe returns the words of "I'm (also) glad that we …" at the head
// of a sentence, said in the present by the one speaking, or "".
func feltThatWe(toks []token) string {
	if len(toks) < 4 {
		return ""
	}
	i := 0
	switch {
	case toks[0].lower == "i'm" || toks[0].lower == "i’m":
		i = 1
	case toks[0].lower == "i" && (toks[1].lower == "am" || toks[1].lower == "feel"):
		i = 2
	default:
		return ""
	}
	for i < len(toks) && (isAdverb(toks[i]) || toks[i].lower == "very" || toks[i].lower == "so") {
		i++
	}
	if i+2 >= len(toks) || !feelings[toks[i].lower] || toks[i+1].lower != "that" || !isWe(toks[i+2].lower) {
		return ""
	}
	return toks[i].text + " that " + toks[i+2].text
}

// addresseeWill reports "you will …" as the main cue: the will of the
// one addressed.
func addresseeWill(toks []token, c cue) bool {
	if !strings.HasSuffix(c.word, "will") && c.lemma() != "will" {
		return false
	}
	at := c.at
	for at < len(toks) && toks[at].lower != "will" {
		at++
	}
	return at > 0 && at < len(toks) && toks[at-1].lower == "you"
}

// oneSidesAgreement reports "agreed" said of a group of one side: its
// subject is not "I" (the speaker assenting to the other side: "I
// agree") and the verb governs what was agreed ("agreed that", "agreed
// on"), not an undertaking ("agreed to work with").
func oneSidesAgreement(toks []token, subj []actor, c cue) bool {
	if c.lemma() != "agreed" && c.lemma() != "agree" {
		return false
	}
	if len(subj) > 0 && strings.EqualFold(subj[0].text, "i") || c.at > 0 && toks[c.at-1].lower == "i" {
		return false
	}
	return c.end < len(toks) && (toks[c.end].lower == "that" || toks[c.end].lower == "on")
}

// concludedThat reports the main cue "concluded" governing a clause
// ("Both concluded that …").
func concludedThat(toks []token, c cue) bool {
	return strings.HasPrefix(c.lemma(), "conclude") && c.end < len(toks) && toks[c.end].lower == "that"
}

// examineVerbs go through a matter; followed by what they examined (not a
// clause or a judgement: "considered it important") they tell of talks.
var examineVerbs = set("considered", "reviewed", "examined", "surveyed")

// examinedObjects open the matter examined.
var examinedObjects = set("the", "some", "a", "an", "various", "several", "ways", "issues", "aspects", "prospects",
	"progress", "matters", "questions", "topics", "developments", "options", "possibilities", "bilateral", "regional",
	"current", "further", "recent")

// examined reports a main cue of examining followed by the matter
// examined.
func examined(toks []token, c cue) bool {
	return examineVerbs[c.lemma()] && c.end < len(toks) && examinedObjects[toks[c.end].lower]
}

// unnamedFirst reports a sentence that opens with a passive modal and no
// doer before it ("Disputes must be solved …, and we …"); "It must be
// pointed out that …" only frames what is said.
func unnamedFirst(toks []token, as []actor) bool {
	at := firstModal(toks)
	return at >= 0 && at <= 6 && !passiveSaying(toks, at) && !relativeModal(toks, at) && unnamedDoer(toks, as, 0, at)
}

// presentCopula returns the first "is", "are" or "remain(s)" of a
// sentence, or "".
func presentCopula(toks []token) string {
	for _, t := range toks {
		switch t.lower {
		case "is", "are", "remain", "remains":
			return t.text
		}
	}
	return ""
}

// strongKinds are what a second verb after "and" may do that outweighs
// telling of a meeting.
var strongKinds = map[storage.Kind]bool{storage.KindCommitment: true, storage.KindDemand: true,
	storage.KindObjection: true, storage.KindConcern: true, storage.KindProposal: true}

// strongerAfterAnd returns a strong cue after "and" later in the
// sentence with no subject of its own ("discussed …, and pledged to …"),
// or a cue with no word.
func strongerAfterAnd(toks []token, cues []cue, c cue) cue {
	for _, s := range cues {
		if s.at <= c.at || s.weak || s.noun || !strongKinds[s.kind] || s.at == 0 {
			continue
		}
		if w := strings.ToLower(strings.Fields(s.word)[0]); !strings.HasSuffix(w, "ed") {
			continue // "… agenda and plans to ensure": a noun, not a second verb
		}
		if p := toks[s.at-1].lower; p == "and" || isAdverb(toks[s.at-1]) && s.at > 1 && toks[s.at-2].lower == "and" {
			return s
		}
	}
	return cue{}
}

// hopeOfThing returns the words of a hope (the main cue c) whose clause
// has a thing for its subject, no party or person ("hopes Kerry's visit
// will …", "expressed hope that the situation would …"), or "".
func hopeOfThing(toks []token, as []actor, c cue) string {
	at := -1
	for j := c.at; j < len(toks) && j <= c.end+1; j++ {
		if strings.HasPrefix(toks[j].lower, "hope") {
			at = j
			break
		}
	}
	if at < 0 || at+1 >= len(toks) {
		return ""
	}
	from := at + 1
	if toks[from].lower == "so" || toks[from].lower == "not" {
		// "I hope so, why not?": the answer hopes the thing asked
		// about happens (batch late 37).
		return toks[at].text + " " + toks[from].text
	}
	if toks[from].lower == "that" {
		from++
	}
	// The clause's subject runs to its verb.
	to := from
	for to < len(toks) && (toks[to].isWord() || toks[to].punct == ',') && !hopedVerbs[toks[to].lower] {
		// "We hope that this, your first visit to South Africa will
		// be …": an apposition's commas stay in the subject.
		to++
	}
	if to >= len(toks) || to == from || !hopedVerbs[toks[to].lower] {
		return ""
	}
	for _, a := range as {
		if a.from >= from && a.from < to && !a.possessive && !a.prepositional {
			return "" // "hopes the EU will …": someone is to act
		}
	}
	for j := to; j+1 < len(toks); j++ {
		if toks[j].punct == ',' && modalAhead(toks, j+1) {
			return "" // "…, and at the same time, it should be more constructive": asked after all
		}
	}
	for j := from; j < to; j++ {
		if w := toks[j].lower; firstPerson[w] || w == "you" || w == "they" || w == "he" || w == "she" || w == "both" || w == "side" || w == "sides" || w == "countries" {
			return ""
		}
	}
	return toks[at].text + " " + strings.Join(wordsOf(toks[from:to]), " ") + " " + toks[to].text
}

// hopedVerbs end the subject of what is hoped.
var hopedVerbs = set("will", "would", "can", "could", "may", "might", "shall")

// wordsOf returns the text of the word tokens.
func wordsOf(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.isWord() {
			out = append(out, t.text)
		}
	}
	return out
}

// modalAhead reports an English modal within the next six words from
// token i.
func modalAhead(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+6; j++ {
		if modalWords[toks[j].lower] {
			return true
		}
	}
	return false
}

// agendaOpeners may stand before an item of the agenda.
var agendaOpeners = set("and", "indeed", "then", "so", "now", "also")

// agendaItemNouns are the items an agenda lists.
var agendaItemNouns = set("one", "topic", "item", "point", "subject", "theme", "issue")

// agendaItem returns the words of "the first / second / next one (topic,
// point …)" opening a sentence and followed by a comma or by "is / was"
// and what the item was, not a clause ("The first point is that …", "…
// is to …"), or "".
func agendaItem(toks []token) string {
	i := 0
	for i < len(toks) && (agendaOpeners[toks[i].lower] || !toks[i].isWord()) {
		i++
	}
	if i+2 >= len(toks) || toks[i].lower != "the" || !ordinals[toks[i+1].lower] || !agendaItemNouns[toks[i+2].lower] {
		return ""
	}
	words := toks[i].text + " " + toks[i+1].text + " " + toks[i+2].text
	j := i + 3
	if toks[j].punct == ',' {
		return words
	}
	for k := j; k < len(toks) && k < j+6; k++ {
		if toks[k].lower == "is" || toks[k].lower == "was" {
			if k+1 < len(toks) && (toks[k+1].lower == "that" || toks[k+1].lower == "to") {
				return ""
			}
			return words
		}
	}
	return ""
}

// concernCopula returns the words of "<this/that/it> remains / is a
// (major, serious …) concern" opening a sentence, or "".
func concernCopula(toks []token) string {
	for i := 0; i+2 < len(toks) && i <= 5; i++ { // the main clause's copula, not "…, where there are concerns"
		w := toks[i].lower
		if w != "is" && w != "remains" && w != "remain" && w != "are" && w != "was" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+4; j++ {
			l := toks[j].lower
			if l == "concern" || l == "concerns" {
				return toks[i].text + " … " + toks[j].text
			}
			if !toks[j].isWord() || !(determiners[l] || adjectival(l) || l == "major" || l == "serious" || l == "grave" || l == "great" || l == "deep" || l == "real" || l == "particular" || l == "of") {
				break
			}
		}
	}
	return ""
}

// othersPersonWill returns a person of another side than the holders
// right before the "will" of the main cue ("Prime Minister Suga will
// host …"), or "".
func (st *state) othersPersonWill(toks []token, as []actor, holders []string, c cue) string {
	at := c.at
	for at < len(toks) && toks[at].lower != "will" {
		at++
	}
	if at >= len(toks) {
		return ""
	}
	for _, a := range as {
		if a.to != at || a.kind != actorSpeaker || a.speaker == nil || a.possessive || a.prepositional {
			continue
		}
		p := st.partyOf(a.speaker)
		if p == "" {
			return ""
		}
		for _, h := range holders {
			if h == p {
				return ""
			}
		}
		return a.text
	}
	return ""
}

// conditionalWill returns "unless" or "if" after the "will" of the main
// cue, or "".
func conditionalWill(toks []token, c cue) string {
	if !strings.HasSuffix(c.word, "will") && c.lemma() != "will" && c.lemma() != "will not" {
		return ""
	}
	for j := c.at; j < len(toks); j++ {
		if toks[j].lower == "unless" || toks[j].lower == "if" && j > 0 && toks[j-1].punct != ',' {
			return toks[j].text
		}
	}
	return ""
}

// voiceGoesOn reports a proposal that continues someone's remarks.
func (st *state) voiceGoesOn(pr *Proposal) bool {
	for _, r := range pr.Reasons {
		if strings.HasPrefix(r, "speaker: continues ") || strings.HasPrefix(r, "speaker: remarks of ") || strings.Contains(r, "'s turn, labelled") {
			return true
		}
	}
	return false
}

// modalGoverns returns the English modal whose list of verbs the cue c
// belongs to ("should hold high …, oppose …"): a modal before c, c a
// bare verb after a comma or "and", and no clause opening between
// ("that", "which", a semicolon); else -1.
func modalGoverns(toks []token, c cue) int {
	m := -1
	for i := 0; i < c.at; i++ {
		if modalWords[toks[i].lower] {
			m = i
		}
	}
	if m < 0 || c.at == 0 || m+1 >= len(toks) || toks[m+1].lower == "be" || toks[m+1].lower == "not" {
		return -1
	}
	if p := toks[c.at-1]; p.punct != ',' && p.lower != "and" {
		return -1
	}
	w := strings.ToLower(strings.Fields(c.word)[0])
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return -1 // "opposes", "opposed": a verb of its own
	}
	for j := m + 1; j < c.at; j++ {
		if l := toks[j].lower; l == "that" || l == "which" || l == "who" || toks[j].punct == ';' || isWe(l) || l == "i" || l == "they" || l == "he" || l == "she" {
			return -1
		}
	}
	return m
}

// addresseeDeed reports a sentence that opens with "You" (after "And",
// "But", "So" or "indeed") and whose cue c is the verb right after it,
// one adverb allowed: "You condemned …", "And you are channelling …".
func addresseeDeed(toks []token, c cue) bool {
	i := 0
	for i < len(toks) && (!toks[i].isWord() || toks[i].lower == "and" || toks[i].lower == "but" || toks[i].lower == "so" || toks[i].lower == "indeed") {
		i++
	}
	if i >= len(toks) || toks[i].lower != "you" {
		return false
	}
	j := i + 1
	if j < len(toks) && (strings.HasSuffix(toks[j].lower, "ly") || toks[j].lower == "also") {
		j++
	}
	return c.at == j
}
