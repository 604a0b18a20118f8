package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// Who is to act decides what a modal sentence does: the speaker's own side
// (or both sides) makes it a proposal, another side or no one named — a
// passive ("Disputes must be solved in accordance with international
// law", "more needs to be done") — a demand on those concerned. A need
// denied ("We don't need to replicate …") is a view, and "What we need is
// …" a step the speaker's side proposes.

// firstPersonIn reports a word of the first person among toks ("we",
// "our", "I", "us").
func firstPersonIn(toks []token) bool {
	for _, t := range toks {
		if t.isWord() && firstPerson[t.lower] && (t.lower != "us" || t.text == "us") {
			return true
		}
	}
	return false
}

// deniedNeed reports a need or duty denied at the modal at token at
// ("we don't need to …", "do not have to", "need not").
func deniedNeed(toks []token, at int) bool {
	w := toks[at].lower
	if w != "need" && w != "needs" && !haveTo(toks, at) || at == 0 {
		return false
	}
	switch toks[at-1].lower {
	case "not", "don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "never":
		return true
	}
	return false
}

// passiveModal reports a modal at token at whose verb is a passive ("must
// be defined", "needs to be done", "should be fully implemented") or
// which opens "there must be …": what is to be done, with no doer named.
func passiveModal(toks []token, at int) bool {
	if at > 0 && toks[at-1].lower == "there" {
		return true
	}
	i := at + 1
	if toks[at].lower == "need" || toks[at].lower == "needs" || haveTo(toks, at) {
		i++ // "to"
	}
	for i < len(toks) && (toks[i].lower == "also" || strings.HasSuffix(toks[i].lower, "ly")) {
		i++
	}
	// "Economic and trade friction should not be politicized": a rule
	// both sides are to keep, not a step asked of others.
	if i+1 >= len(toks) || toks[i].lower != "be" {
		return false
	}
	i++
	for i < len(toks) && (strings.HasSuffix(toks[i].lower, "ly") || toks[i].lower == "not") {
		i++
	}
	if i >= len(toks) {
		return false
	}
	w := toks[i].lower
	return strings.HasSuffix(w, "ed") || participles[w]
}

// unnamedDoer reports a modal sentence with a passive and no actor before
// the modal at token at, in a sentence with no first person: "Maritime
// boundaries must be defined through dialogue", "Ahead of October
// elections, more, not less, needs to be done".
func unnamedDoer(toks []token, as []actor, from, at int) bool {
	if !passiveModal(toks, at) || firstPersonIn(toks[from:modalClauseEnd(toks, at)]) {
		return false
	}
	for _, a := range as {
		if a.from >= from && a.to <= at && !a.prepositional && !a.possessive && !a.compound {
			return false
		}
	}
	return true
}

// modalClauseEnd is where the clause of the modal at token at ends: at
// a semicolon or at ", and" / ", but" opening another clause
// ("Confrontation should be resolved peacefully through dialogue, and we
// support a just and durable peace": the "we" of the second clause does
// not name who is to resolve it).
func modalClauseEnd(toks []token, at int) int {
	for j := at + 1; j < len(toks); j++ {
		if toks[j].punct == ';' || toks[j].punct == ',' && j+1 < len(toks) && (toks[j+1].lower == "and" || toks[j+1].lower == "but") {
			return j
		}
	}
	return len(toks)
}

// neededFrame returns the words of "What we (do) need is …" or "What is
// needed is …" opening toks, or "".
func neededFrame(toks []token) string {
	var ws []string
	for _, t := range toks {
		if t.isWord() {
			ws = append(ws, t.lower)
		}
		if len(ws) == 5 {
			break
		}
	}
	if len(ws) < 4 || ws[0] != "what" {
		return ""
	}
	switch {
	case (ws[1] == "we" || ws[1] == "i") && (ws[2] == "need" || ws[2] == "needs") && ws[3] == "is",
		(ws[1] == "we" || ws[1] == "i") && ws[2] == "do" && ws[3] == "need" && len(ws) > 4 && ws[4] == "is",
		ws[1] == "is" && ws[2] == "needed" && ws[3] == "is":
		return strings.Join(ws[:3], " ")
	}
	return ""
}

// dutyFrame reads "it is important for X to …", "it is up to X to …":
// the speaker's side or all to act (a proposal), another side (a
// demand). It returns "" when the sentence has no such frame, or names no
// one ("it is important to …" is a view).
func dutyFrame(toks []token, as []actor, party string) (storage.Kind, string) {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower != "it" && toks[i].lower != "it's" && toks[i].lower != "it’s" {
			continue
		}
		j := i + 1
		if toks[i].lower == "it" {
			if toks[j].lower != "is" && toks[j].lower != "was" {
				continue
			}
			j++
		}
		frame, adv := "", ""
		if j+1 < len(toks) && dutyAdverb(toks[j].lower) && dutyWords[toks[j+1].lower] {
			// "it is incredibly important for us to stand side by
			// side": an adverb before the word of duty.
			adv, j = toks[j].lower+" ", j+1
		}
		switch w := toks[j].lower; {
		case w == "up" && j+1 < len(toks) && toks[j+1].lower == "to":
			frame, j = "it is up to", j+2
		case dutyWords[w] && j+1 < len(toks) && toks[j+1].lower == "for":
			frame, j = "it is "+adv+w+" for", j+2
		default:
			continue
		}
		for k := j; k < len(toks) && k < j+12; k++ {
			if toks[k].lower != "to" {
				continue
			}
			doer := toks[j:k]
			if firstPersonIn(doer) || bothOrAll(doer) {
				return storage.KindProposal, fmt.Sprintf("kind: proposal, '%s %s' to act", frame, joinTokens(doer))
			}
			for _, a := range as {
				if a.from >= j && a.to <= k && a.ent != nil && a.ent.Name == party {
					return storage.KindProposal, fmt.Sprintf("kind: proposal, '%s %s' to act", frame, joinTokens(doer))
				}
			}
			return storage.KindDemand, fmt.Sprintf("kind: demand, '%s %s': others to act", frame, joinTokens(doer))
		}
		return "", ""
	}
	return "", ""
}

// dutyWords make "it is … for X to" a duty laid on X.
var dutyWords = set("important", "essential", "crucial", "vital", "necessary", "imperative", "incumbent", "time", "high",
	// "I believe it is critical for us to jointly endorse …"
	"critical", "key", "paramount")

// dutyAdverb reports an adverb of degree before a word of duty ("very",
// "incredibly", "extremely important").
func dutyAdverb(w string) bool {
	switch w {
	case "very", "so", "most", "really", "all", "also", "equally", "more", "even":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// needFor finds "the need for …" right after a weak verb c ("He made
// clear the need for Israel to announce …", "reiterated the need for the
// individual involved to return"): what someone else is to do or give, a
// demand.
func needFor(toks []token, c cue) (cue, bool) {
	j := c.end
	if j < len(toks) && toks[j].lower == "clear" {
		j++ // "made clear the need for"
	}
	for n := 0; n < 3 && j < len(toks); n++ {
		if toks[j].lower == "the" || toks[j].lower == "urgent" || toks[j].lower == "pressing" || toks[j].lower == "continued" {
			j++
			continue
		}
		break
	}
	if j+1 < len(toks) && toks[j].lower == "need" && toks[j+1].lower == "for" && !thingNeeded(toks, j+2) {
		return cue{kind: storage.KindDemand, word: c.word + " … the need for", at: c.at, end: j + 2}, true
	}
	return cue{}, false
}

// thingNeeded reports "the need for" a thing, in order to do something,
// with no one named to act ("acknowledged the need for greater
// engagement in that area to maintain an Indo-Pacific region …",
// "reaffirmed the need for an orderly process to determine …"): a view
// of what is needed, where "the need for Israel to announce …" asks it
// of Israel. i is the token after "for".
func thingNeeded(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+10; k++ {
		t := toks[k]
		if !t.isWord() {
			return false
		}
		if t.lower == "to" {
			return k > i
		}
		if isCapitalized(t.text) || agentNouns[t.lower] || needDoers[t.lower] {
			return false
		}
	}
	return false
}

// needDoers are the words that name someone to act after "the need for"
// ("the individual involved to return", "all concerned to respect …").
var needDoers = set("all", "those", "individual", "individuals", "regime", "side", "sides", "government", "country",
	"parties", "party", "concerned", "everyone", "everybody", "people", "members", "community")

// passiveVerb returns the participle of the passive after the modal at
// token at ("defined" of "must be defined"), or "be".
func passiveVerb(toks []token, at int) string {
	for i := at + 1; i < len(toks) && i <= at+6; i++ {
		if w := toks[i].lower; w != "be" && (strings.HasSuffix(w, "ed") || participles[w]) {
			return toks[i].text
		}
	}
	return "be"
}

// bothOrAll reports a doer that takes in every side ("both sides", "the
// two countries", "all of us", "everyone").
func bothOrAll(doer []token) bool {
	for _, t := range doer {
		switch t.lower {
		case "both", "two", "all", "everyone", "everybody":
			return true
		}
	}
	return false
}

// condemning are the words of a reported clause that condemn ("emphasized
// that the strikes … are unacceptable"): what was said is an objection,
// as a firm "opposes" is.
var condemning = set("illegal", "unacceptable", "unjustified", "unjustifiable", "inadmissible", "reprehensible",
	"deplorable", "outrageous", "cowardly", "heinous", "despicable", "barbaric", "abhorrent")

// firstModal returns the token of the first English modal of toks
// ("must", "should", "needs to", "has to"), or -1.
func firstModal(toks []token) int {
	for i, t := range toks {
		if modalWords[t.lower] || (t.lower == "need" || t.lower == "needs" || haveTo(toks, i)) && i+1 < len(toks) && toks[i+1].lower == "to" {
			return i
		}
	}
	return -1
}
