package ingest

import (
	"fmt"
	"slices"
	"strings"

	"parley/storage"
)

// Whose act a kind word names, worked out on batch "late 27" (summit
// remarks, No 10 and Kantei readouts, G7 statements, DIRCO) and the
// development part's misses of the same kinds (docs/import.md, "Whose
// act the words name"):
//
//   - a kind noun that another side holds ("applauded Ukraine's
//     commitment to a ceasefire", "praised Albania for its commitment",
//     "stressed the desire of the people for peace") is what the holder
//     welcomes or describes: a view, not the holder's undertaking;
//   - a hope about what has already been ("I hope that … you have
//     experienced the warmth of our hospitality") asks no one to act;
//   - "This will …", "That will …" at the head of a sentence foresee
//     what a thing named before will do: no one undertakes it;
//   - a passive "must" with no doer in what a verb of saying reports
//     ("They emphasized that any ceasefire must be respected") asks
//     those concerned to act, as it does unreported; a reported "should
//     be handled" stays the speaker's view of how things ought to go.

// heldNouns are the kind nouns that make a weak verb's sentence an
// undertaking when the holder has them ("reaffirmed his commitment to").
var heldNouns = set("commitment", "commitments", "readiness", "determination", "desire", "desires",
	"willingness", "intention", "intentions", "resolve", "pledge", "pledges", "keenness")

// othersPeople after "of the" are people the holder speaks of, not the
// holder ("the desire of the people in eastern DRC for peace").
var othersPeople = set("people", "peoples", "population", "populations", "citizens", "public", "youth", "victims")

// whoseKind applies the rules above; it runs last among the kind rules,
// when who holds the sentence is settled.
func (st *state) whoseKind(pr *Proposal, toks []token, as []actor, c cue, hasCue bool) {
	if pr.Skip || len(pr.Parties) == 0 || hasCJKRunes([]rune(pr.Text)) {
		return
	}
	if pr.Kind == storage.KindPosition || pr.Kind == storage.KindAgreement {
		if x := whoTookPart(toks); x != "" {
			pr.Kind = storage.KindAccount
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: account, '%s' tells who took part", x))
			return
		}
	}
	switch pr.Kind {
	case storage.KindCommitment:
		if x := othersNoun(toks, as, pr.Parties, pr.Reasons); x != "" {
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s' is another's, named by the holder", x))
			return
		}
		if x := thingWill(toks); x != "" {
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s': what a thing named before will do, foreseen", x))
		}
	case storage.KindAccount:
		if x := meetingJudged(toks); x != "" && accountByDefault(pr.Reasons) {
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s': a meeting told by a word of judgement is a view of it", x))
		}
	case storage.KindDemand:
		if x := hopedDone(toks); x != "" {
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s': a hope about what has been asks no one to act", x))
		}
	case storage.KindPosition:
		if len(pr.Parties) != 1 || !hasCue || !c.weak || c.noun || !speechVerbs[c.lemma()] {
			return
		}
		if x := reportedPassiveModal(toks, as, c.end); x != "" {
			pr.Kind = storage.KindDemand
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: demand, '%s' reported with no doer named: those concerned are to act", x))
		}
	}
}

// othersNoun returns the words of the kind noun that made the sentence
// an undertaking ("kind: commitment, from 'applauded … commitment'")
// when another side holds it, or "": a possessive naming a party not
// among the holder's ("Ukraine's commitment"), "for its/their" after an
// object ("praised Albania for its commitment"), or "of the people …".
func othersNoun(toks []token, as []actor, holders []string, reasons []string) string {
	noun := ""
	for _, r := range reasons {
		if rest, ok := strings.CutPrefix(r, "kind: commitment, from '"); ok && strings.Contains(rest, " … ") {
			w := strings.TrimSuffix(rest, "'")
			noun = strings.ToLower(w[strings.LastIndex(w, " ")+1:])
		}
	}
	if !heldNouns[noun] {
		return ""
	}
	for i := 1; i < len(toks); i++ {
		if toks[i].lower != noun {
			continue
		}
		prev := toks[i-1]
		if prev.possessive && prev.isWord() {
			for _, a := range as {
				if a.possessive && a.ent != nil && a.to == i && !slices.Contains(holders, a.ent.Name) {
					return prev.text + "'s " + toks[i].text
				}
			}
		}
		if i >= 3 && (prev.lower == "its" || prev.lower == "their") && toks[i-2].lower == "for" {
			return "for " + prev.text + " " + toks[i].text
		}
		if i+3 < len(toks) && toks[i+1].lower == "of" && toks[i+2].lower == "the" && othersPeople[toks[i+3].lower] {
			return toks[i].text + " of the " + toks[i+3].text
		}
		return ""
	}
	return ""
}

// thingWill returns "This will" when a sentence (or its clause after an
// opening phrase) begins with a demonstrative standing alone before
// "will" and a verb other than "be" ("This will further advance …"), or "".
func thingWill(toks []token) string {
	start := 0
	if len(toks) > 0 && toks[0].lower != "this" && toks[0].lower != "that" && toks[0].lower != "these" && toks[0].lower != "those" {
		// "Moving on, this will …": the clause after an opening phrase.
		for j := 1; j < len(toks) && j < 5; j++ {
			if toks[j].punct == ',' {
				start = j + 1
				break
			}
		}
	}
	if start+2 >= len(toks) {
		return ""
	}
	d := toks[start].lower
	if d != "this" && d != "that" && d != "these" && d != "those" || toks[start+1].lower != "will" {
		return ""
	}
	v := toks[start+2].lower
	if willAdverbs[v] && start+3 < len(toks) {
		v = toks[start+3].lower
	}
	if v == "be" || v == "not" || !toks[start+2].isWord() {
		return ""
	}
	return toks[start].text + " " + toks[start+1].text
}

// hopedDone returns the words of a hope whose clause is in the perfect
// ("hope that … you have experienced"), or "": the first verb of the
// hoped clause is "have"/"has" and a participle, before any modal.
func hopedDone(toks []token) string {
	for i, t := range toks {
		if t.lower != "hope" && t.lower != "hopes" && t.lower != "hoped" {
			continue
		}
		for j := i + 1; j+1 < len(toks); j++ {
			w := toks[j].lower
			if hopedVerbs[w] || modalWords[w] || w == "to" || w == "is" || w == "are" || w == "be" {
				return ""
			}
			if (w == "have" || w == "has") && participle(toks[j+1].lower) {
				return t.text + " … " + toks[j].text + " " + toks[j+1].text
			}
		}
		return ""
	}
	return ""
}

// participle reports a past participle by its ending ("experienced",
// "been", "shown", "made").
func participle(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || strings.HasSuffix(w, "wn") || w == "made" || w == "had" || w == "felt" || w == "found"
}

// reportedPassiveModal returns the words of the first "must be" +
// participle after token from whose doer is not named, or "".
func reportedPassiveModal(toks []token, as []actor, from int) string {
	for i := from; i+2 < len(toks); i++ {
		w := toks[i].lower
		if w == "should" {
			// "Wang Yi said that the differences should be handled
			// properly": how things ought to go, in the speaker's view
			// (TestGeneralRules); "must" is the duty laid on others.
			return ""
		}
		if w != "must" {
			continue
		}
		if toks[i+1].lower != "be" || !participle(toks[i+2].lower) || !unnamedDoer(toks, as, from, i) {
			return ""
		}
		return toks[i].text + " be " + toks[i+2].text
	}
	return ""
}

// meetingJudged returns the words of a sentence that says what a meeting
// was by a word of judgement ("This meeting was constructive", "It was
// truly a memorable visit"), or "": a copula among the first five words,
// a noun of meeting before it (or "it"/"this" alone before it and the
// noun after), and a judgement after it.
func meetingJudged(toks []token) string {
	for i := 1; i < len(toks) && i < 5; i++ {
		w := toks[i].lower
		if w != "was" && w != "is" && w != "were" && w != "are" && w != "been" {
			continue
		}
		noun := ""
		for j := 0; j < i; j++ {
			if eventNouns[toks[j].lower] || toks[j].lower == "visit" || toks[j].lower == "call" {
				noun = toks[j].text
			}
		}
		if noun == "" && (toks[0].lower == "it" || toks[0].lower == "this") {
			for j := i + 1; j < len(toks) && j <= i+6 && toks[j].isWord(); j++ {
				if eventNouns[toks[j].lower] || toks[j].lower == "visit" || toks[j].lower == "call" {
					noun = toks[j].text
					break
				}
			}
		}
		if noun == "" || !judged(toks, i+1) {
			return ""
		}
		return noun + " " + toks[i].text
	}
	return ""
}

// accountByDefault reports a sentence made an account for want of a
// reporting verb, or by what its meeting was: no verb decided it.
func accountByDefault(reasons []string) bool {
	last := ""
	for _, r := range reasons {
		if strings.HasPrefix(r, "kind: ") {
			last = r
		}
	}
	return last == "kind: account, no reporting verb" || strings.HasPrefix(last, "kind: account, what the '")
}

// whoTookPart returns the words that list who took part in a meeting
// ("Also present at the meeting were …", "… were present", "The U.S.
// delegation consisted of …"), or "": "present" there is no verb of
// presenting.
func whoTookPart(toks []token) string {
	for i, t := range toks {
		switch t.lower {
		case "present":
			if i > 0 && (toks[i-1].lower == "also" || toks[i-1].lower == "were" || toks[i-1].lower == "was") ||
				i+1 < len(toks) && (toks[i+1].lower == "at" || toks[i+1].lower == "were" || toks[i+1].lower == "was") {
				return t.text
			}
		case "consisted", "comprised":
			if i > 0 && (toks[i-1].lower == "delegation" || toks[i-1].lower == "delegations") {
				return toks[i-1].text + " " + t.text
			}
		}
	}
	return ""
}
