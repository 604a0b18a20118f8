package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// Kinds of narrated sentences that the rules for named speakers missed,
// found in readouts whose officials the text names by title alone or not
// at all (the Vietnamese Government's "The Prime Minister emphasized that
// the two sides need to …", the UN Secretary-General's readouts) and in
// narration that states a policy with no verb of saying ("Viet Nam does
// not choose a side"). It runs after the kind signals (kind_signals.go).

// narratedKind adjusts pr.Kind; c and hasCue are the sentence's main cue.
func (st *state) narratedKind(pr *Proposal, toks []token, r []rune, subj []actor, as []actor, cues []cue, c cue, hasCue bool) {
	if pr.Skip || len(toks) == 0 || hasCJKRunes(r) {
		return
	}
	set := func(k storage.Kind, why string) {
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
	switch {
	case defaultKind(pr) && ownKindNoun(toks, cues).word != "":
		// "We remain resolute in our support to Ukraine and our
		// opposition to Russia's … war": with no verb of saying, a kind
		// noun the subject holds ("our opposition") decides; of two, the
		// one that does more.
		n := ownKindNoun(toks, cues)
		set(n.kind, fmt.Sprintf("kind: %s, 'our … %s' held with no verb of saying", n.kind, n.word))
	case pr.Kind == storage.KindPosition && spokesperson(pr.Speaker) && toldBySpokesperson(cues) == "" && meetingSubject(toks) != "":
		// "The talks covered the evolving situation in the Middle East
		// …, Abu Zeid added": what the talks were, told by the
		// spokesperson.
		set(storage.KindAccount, fmt.Sprintf("kind: account, the spokesperson tells what '%s' covered", meetingSubject(toks)))
	case pr.Kind == storage.KindPosition && spokesperson(pr.Speaker) && toldBySpokesperson(cues) != "":
		// "Official MFA Spokesperson Counselor Ahmed Abu Zeid stated
		// that … Foreign Minister Sameh Shoukry received a phone call
		// from …", "The two top diplomats exchanged views …, Abu Zeid
		// added": a spokesperson tells what the principals did, the
		// narrator's account, not a view of his own.
		set(storage.KindAccount, fmt.Sprintf("kind: account, the spokesperson tells what was done ('%s')", toldBySpokesperson(cues)))
	case defaultKind(pr) && thereWasAccord(toks) != "":
		// "There was congruence on the necessity of a ceasefire",
		// "There was broad agreement that …": the sides' agreement,
		// told without a subject.
		set(storage.KindAgreement, fmt.Sprintf("kind: agreement, '%s'", thereWasAccord(toks)))
	case pr.Kind == storage.KindAccount && defaultKind(pr) && !hasCue && len(subj) == 0 && thingSubject(toks) != "":
		// "The relationship was strengthened by the mutual support …",
		// "Trade and investments continued to grow …", "The challenge
		// has been to proceed …": with no verb of saying and a thing for
		// subject (no side, no person, no meeting), the sentence says how
		// things are or went, a view.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s …' says how things are, no event told", thingSubject(toks)))
	case pr.Kind == storage.KindAccount && !hasCue && negatedPresent(toks) != "":
		// "Vietnam does not ally with one country to fight the other",
		// "Viet Nam does not choose a side": what a side does not do, in
		// the present, is its policy stated, not an event told.
		set(storage.KindPosition, fmt.Sprintf("kind: position, '%s': a policy stated in the present, no event", negatedPresent(toks)))
	case hasCue && c.kind == storage.KindAccount && pr.Kind == storage.KindAccount && tookOccasion(toks, c) >= 0:
		// "The Prime Minister took the occasion to extend his wishes and
		// regards to President Biden": what was done with the occasion
		// decides.
		v := tookOccasion(toks, c)
		for _, s := range cues {
			if s.at != v {
				continue
			}
			k := s.kind
			if s.weak {
				k = storage.KindPosition
			}
			set(k, fmt.Sprintf("kind: %s, 'took the occasion to %s': what was done with it decides", k, s.word))
			break
		}
	case hasCue && c.weak && pr.Kind == storage.KindPosition && len(pr.Parties) == 1 && importanceOf(toks[c.end:]):
		// "The Secretary-General stressed the critical importance for
		// the political leaders of Bangladesh to engage in constructive
		// dialogue": who is to act decides, as in "it is important for
		// X to …".
		k, why := importanceKind(toks, c.end, as, pr.Parties[0])
		set(k, why)
	case hasCue && c.weak && pr.Kind == storage.KindAgreement && pr.Joint() && othersMust(toks, r, as, c) != "":
		// "We underline that all Members of the United Nations must
		// refrain from the threat or use of force": both sides ask it
		// of others, a demand, as one side's "stressed that all sides
		// must …" is.
		set(storage.KindDemand, fmt.Sprintf("kind: demand, both sides '%s' that %s", c.word, othersMust(toks, r, as, c)))
	case hasCue && c.weak && pr.Kind == storage.KindPosition && pr.Speaker == nil && len(pr.Parties) == 1 && unnamedHolder(subj):
		// "The Prime Minister emphasized that the two sides need to
		// continue efforts …", "He added that the two countries need to
		// partner with ASEAN …": an official the text names by title
		// alone reports a step as a named speaker would (saidModal).
		if k, why := dutyFrame(toks[c.end:], as, pr.Parties[0]); k != "" {
			set(k, why+" (an official named by title)")
			return
		}
		if k, why := modalKindFrom(toks, r, as, pr.Parties[0], c.end); k != "" && actorActs(toks, r, as, c.end) {
			set(k, why+" (an official named by title)")
		}
	}
}

// unnamedHolder reports a subject that is an official named by title
// alone or a pronoun the text does not resolve to a person ("The Prime
// Minister", "the PM", "He").
func unnamedHolder(subj []actor) bool {
	if len(subj) != 1 {
		return false
	}
	a := subj[0]
	switch a.kind {
	case actorHeShe:
		return true
	case actorWe:
		return !isWe(a.text) && a.text != "I"
	}
	return false
}

// negatedPresent returns "does not <verb>" of a sentence told in the
// present and negated ("does not ally", "do not accept"), or "".
func negatedPresent(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].lower
		var verb int
		switch {
		case (w == "does" || w == "do") && toks[i+1].lower == "not":
			verb = i + 2
		case w == "doesn't" || w == "doesn’t" || w == "don't" || w == "don’t":
			verb = i + 1
		default:
			continue
		}
		if verb >= len(toks) || !toks[verb].isWord() || isCapitalized(toks[verb].text) {
			return ""
		}
		if i > 0 && clauseOpeners[toks[i-1].lower] || i > 1 && clauseOpeners[toks[i-2].lower] {
			return "" // "how we do not …", "if they do not …"
		}
		return joinTokens(toks[i : verb+1])
	}
	return ""
}

// tookOccasion returns the token of the verb after "took the occasion
// to" or "took the opportunity to" at the cue c, or -1.
func tookOccasion(toks []token, c cue) int {
	if !strings.HasPrefix(strings.ToLower(c.word), "took") && !strings.HasPrefix(strings.ToLower(c.word), "take") {
		return -1
	}
	j := c.at + 1
	if j < len(toks) && toks[j].lower == "the" {
		j++
	}
	if j+2 >= len(toks) || toks[j].lower != "occasion" && toks[j].lower != "opportunity" || toks[j+1].lower != "to" {
		return -1
	}
	return j + 2
}

// importanceKind is the kind of "the importance for X to …" at token
// at of toks (after a verb of saying: "stressed the critical importance
// for the political leaders of Bangladesh to engage …"): a proposal when
// the holder's side, "we" or both sides are to act, a demand when others
// are; "" when toks hold no such frame.
func importanceKind(toks []token, at int, as []actor, party string) (storage.Kind, string) {
	from, to := importanceDoer(toks[at:])
	if to <= from {
		return "", ""
	}
	from, to = from+at, to+at
	d := toks[from:to]
	doer := joinTokens(d)
	if firstPersonIn(d) || bothOrAll(d) {
		return storage.KindProposal, fmt.Sprintf("kind: proposal, 'the importance for %s' to act", doer)
	}
	for _, a := range as {
		if a.ent != nil && a.ent.Name == party && a.from >= from && a.to <= to {
			return storage.KindProposal, fmt.Sprintf("kind: proposal, 'the importance for %s' to act", doer)
		}
	}
	return storage.KindDemand, fmt.Sprintf("kind: demand, 'the importance for %s': others to act", doer)
}

// importanceDoer finds "importance for X to" within the first words of
// toks (an article and adjectives may come before "importance") and
// returns the tokens of X, from and to (to <= from when there is none).
func importanceDoer(toks []token) (int, int) {
	i := 0
	for i < len(toks) && i < 4 && toks[i].lower != "importance" {
		if !toks[i].isWord() {
			return 0, 0
		}
		i++
	}
	if i+2 >= len(toks) || toks[i].lower != "importance" || toks[i+1].lower != "for" {
		return 0, 0
	}
	from := i + 2
	for k := from; k < len(toks) && k < from+10; k++ {
		if !toks[k].isWord() {
			return 0, 0
		}
		if toks[k].lower == "to" && k > from {
			return from, k
		}
	}
	return 0, 0
}

// importanceOf reports "the importance for X to …" at the head of toks.
func importanceOf(toks []token) bool {
	from, to := importanceDoer(toks)
	return to > from
}

// ownKindNoun returns the kind noun after "our" or "my", after "in",
// "and" or a copula ("resolute in our …", "was our …"), that does most ("its commitment" may be another
// side's; "Our commitment … needs to be visible" is about the noun) ("our support … and our opposition to …": the
// opposition), or a cue with no word.
func ownKindNoun(toks []token, cues []cue) cue {
	var best cue
	for _, n := range cues {
		if !n.noun {
			continue
		}
		// "our resounding commitment", "our firm opposition": up to two
		// describing words between.
		j := n.at - 1
		for k := 0; k < 2 && j > 0 && toks[j].isWord() && (adjectival(toks[j].lower) || strings.HasSuffix(toks[j].lower, "ing") || strings.HasSuffix(toks[j].lower, "ly")); k++ {
			j--
		}
		their := toks[j].lower == "their"
		if j < 1 || toks[j].lower != "our" && toks[j].lower != "my" && !their {
			continue
		}
		if p := toks[j-1].lower; p != "in" && p != "and" && (their || p != "was" && p != "is") {
			// ("The EU and Japan remain resolute in their support for
			// Ukraine and their opposition to …": "their" after "in" or
			// "and" is the subject's too.)
			// "delivers on our mutual commitments": the object of
			// another verb, not what is held.
			// "What stood out from our discussion was our resounding
			// commitment to …" holds it, as "in our …" does.
			// "Our commitment to the region needs to be very visible":
			// the noun is what the sentence is about, not what is held.
			continue
		}
		if best.word == "" || kindWeight[n.kind] > kindWeight[best.kind] {
			best = n
		}
	}
	return best
}

// kindWeight orders the kinds a noun can carry by how much they do.
var kindWeight = map[storage.Kind]int{storage.KindAgreement: 1, storage.KindCommitment: 2, storage.KindProposal: 3,
	storage.KindConcern: 4, storage.KindDemand: 5, storage.KindObjection: 6}

// othersMust returns the doer of a modal reported after the weak verb c
// when it is others in general or a side of neither holder ("all
// Members of the United Nations must …", "the relevant parties should
// …"), or "".
func othersMust(toks []token, r []rune, as []actor, c cue) string {
	if c.end >= len(toks) || toks[c.end].lower != "that" {
		return ""
	}
	m := -1
	for i := c.end + 1; i < len(toks) && i < c.end+14; i++ {
		if toks[i].punct == ',' || toks[i].punct == ';' {
			return ""
		}
		if modalWords[toks[i].lower] {
			m = i
			break
		}
	}
	if m < 0 {
		return ""
	}
	if d := thirdParties(toks, m); d != "" {
		return d + " " + toks[m].text
	}
	// "all Members of the United Nations must": "all" and whom it
	// takes in may stand further from the modal.
	for i := c.end + 1; i+1 < m; i++ {
		if toks[i].lower == "all" && othersNouns[toks[i+1].lower] {
			return "all " + toks[i+1].text + " … " + toks[m].text
		}
	}
	return ""
}

// spokesperson reports a speaker whose title makes him speak for the
// ministry ("Spokesman for the Foreign Ministry Ahmed Abu Zeid").
func spokesperson(sp *Speaker) bool {
	if sp == nil {
		return false
	}
	r := strings.ToLower(sp.Role + " " + sp.Name)
	return strings.Contains(r, "spokes")
}

// toldBySpokesperson returns the first cue of a sentence, after the
// spokesperson's verbs of saying, when it tells of a meeting or a call
// (an account), or "".
func toldBySpokesperson(cues []cue) string {
	for _, c := range cues {
		if c.weak && speechVerbs[c.lemma()] {
			continue
		}
		if c.kind == storage.KindAccount && !c.noun {
			return c.word
		}
		return ""
	}
	return ""
}

// accordNouns after "there was" tell that the sides agreed.
var accordNouns = set("congruence", "agreement", "consensus", "convergence", "unanimity", "accord", "concurrence")

// thereWasAccord returns "there was … congruence" at the head of a
// sentence, or "".
func thereWasAccord(toks []token) string {
	for i := 0; i+2 < len(toks) && i < 4; i++ {
		if toks[i].lower != "there" || toks[i+1].lower != "was" && toks[i+1].lower != "were" && toks[i+1].lower != "is" {
			continue
		}
		for j := i + 2; j < len(toks) && j < i+5; j++ {
			if accordNouns[toks[j].lower] {
				return joinTokens(toks[i : j+1])
			}
			if !toks[j].isWord() {
				break
			}
		}
	}
	return ""
}

// meetingSubject returns the meeting a sentence opens with as its
// subject ("The talks", "The meeting", "The call"), or "".
func meetingSubject(toks []token) string {
	i := 0
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	if i < len(toks) && (eventNouns[toks[i].lower] || callNouns[toks[i].lower]) {
		return joinTokens(toks[:i+1])
	}
	return ""
}

// pastSpan reports an opening "In the past year," "Over the last few
// months," (up to the comma at token comma): a time gone by, after which
// a verb in the past tells a deed (kind_signals.go).
func pastSpan(toks []token, comma int) bool {
	if comma < 4 {
		return false
	}
	switch toks[0].lower {
	case "in", "over", "during", "throughout":
	default:
		return false
	}
	return toks[1].lower == "the" && (toks[2].lower == "past" || toks[2].lower == "last")
}

// thingSubject returns the words of a sentence's subject when it is a
// common noun phrase that names no meeting, visit or statement ("The
// relationship", "Trade and investments", "The challenge"), up to its
// verb, or "".
func thingSubject(toks []token) string {
	if len(toks) < 3 || !toks[0].isWord() || prepositions[toks[0].lower] || demonstratives[toks[0].lower] {
		return ""
	}
	for i := 0; i < len(toks) && i < 5; i++ {
		t := toks[i]
		if !t.isWord() {
			return ""
		}
		w := t.lower
		if i > 0 && thingVerbs[w] {
			return joinTokens(toks[:i])
		}
		if i > 0 && isCapitalized(t.text) || eventNouns[w] || callNouns[w] || visitNouns[w] || t.possessive {
			return ""
		}
		if _, verb := verbForms[w]; verb {
			return ""
		}
	}
	return ""
}

// thingVerbs end a thing's subject: a copula, an auxiliary, or a verb of
// change ("continued to grow").
var thingVerbs = set("is", "are", "was", "were", "has", "have", "had", "remains", "remained", "continued", "continues", "grew", "grows")

// demonstratives open a sentence about what was just told ("This
// follows a recent visit …", "The following is …"), an account.
var demonstratives = set("this", "these", "that", "those", "it", "there", "following", "he", "she", "they", "we", "i")

// visitNouns name visits and statements, events a thing-subject
// sentence may tell.
var visitNouns = set("visit", "visits", "trip", "statement", "statements", "following", "delegation", "agenda")
