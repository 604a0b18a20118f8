package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// The boundaries between kinds that the held-out readouts miss most
// (position and commitment, position and proposal), worked out on the
// late readouts' English misses of 7 Dec 2026 (docs/import.md, "Where
// two kinds meet"):
//
//   - what the holder's side will or would like to do, reported after a
//     verb of saying, undertakes even when a clause of time or contrast
//     opens the report or a second "that" brings it in ("stated that
//     while reviving …, Japan would participate in …", "stated that …,
//     and that Japan would like to strengthen …");
//   - a "will" in a relative clause of a thing ("the upcoming steps that
//     will take place") or after a thing the speaker's side has ("our
//     coordinated work will continue") foresees, it undertakes nothing;
//   - a modal that frames the speaker's words ("I must say", "I should
//     add") or compares ("functioned as it should") proposes no step.

// reportClauseOpeners open a clause of time, contrast or condition at the
// head of what was said ("stated that while …, Japan would …"): the
// report's subject comes after its comma.
var reportClauseOpeners = set("while", "whilst", "although", "though", "since", "as", "when", "once", "if", "despite", "given", "after", "before")

// holderSubjects are the pronouns and nouns by which a reported clause's
// subject is the speaker or his side ("he would", "his government
// would", "the Japanese side will").
var holderSubjects = set("he", "she", "we", "i", "it", "side", "government", "country", "administration")

// undertakingVerbs after the reported subject say what the holder will
// do: "intends to", "is ready to", "would like to", "would", "will".
var undertakingVerbs = set("intends", "intend", "intended", "plans", "planned")

// reportedUndertaking makes a sentence led by a verb of saying a
// commitment when what was said is the holder's side's undertaking and a
// clause of time or contrast, or a second "that", stands between
// (saidThat and secondThat read only a report that opens with its
// subject). It runs after the discourse rules, so the holder is known.
func (st *state) reportedUndertaking(pr *Proposal, toks []token, as []actor, cues []cue, c cue, hasCue bool) {
	if pr.Skip {
		return
	}
	if pr.Kind == storage.KindDemand && !pr.Joint() && !hasCJKRunes([]rune(pr.Text)) {
		if x := jointHope(toks); x != "" {
			pr.Kind = storage.KindProposal
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: proposal, '%s': a hope that both sides act proposes a step", x))
		}
		return
	}
	if pr.Kind != storage.KindPosition || pr.Joint() || len(pr.Parties) != 1 || hasCJKRunes([]rune(pr.Text)) {
		return
	}
	if hasCue && c.weak && !c.noun {
		if x := secondWorry(toks); x != "" {
			pr.Kind = storage.KindConcern
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: concern, '%s … %s': of two verbs of one subject, the worry does more", c.word, x))
			return
		}
	}
	if !hasCue || !c.weak || c.noun || !speechVerbs[c.lemma()] || strings.Contains(c.word, " … ") {
		// "In response, Prime Minister Abe stated that he was delighted
		// …": the verb of saying of an attribution, not the main cue.
		found := false
		for _, s := range cues {
			if s.weak && !s.noun && speechVerbs[s.lemma()] {
				c, found = s, true
				break
			}
		}
		if !found {
			return
		}
	}
	for i := c.end; i+1 < len(toks); i++ {
		if toks[i].lower != "that" || !(i == c.end || toks[i-1].lower == "and" || toks[i-1].punct == ',') {
			continue
		}
		if x := holderWill(toks, as, i+1, pr.Parties[0]); x != "" {
			pr.Kind = storage.KindCommitment
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: commitment, '%s that … %s': what the holder's side will do, reported", c.word, x))
			return
		}
	}
}

// holderWill reads the reported clause from token i: an opening clause of
// time or contrast up to its comma, the subject (the holder's pronoun,
// side or party, an aside between commas after it), then an undertaking.
// It returns the words of the undertaking, or "".
func holderWill(toks []token, as []actor, i int, party string) string {
	if k := asideAfter(toks, i); i < len(toks) && toks[i].punct == ',' && k > 0 {
		// "stated that, at the G7 Hiroshima Summit, he would like to
		// …": an aside of time or place right after "that".
		i = k
	}
	if i < len(toks) && reportClauseOpeners[toks[i].lower] {
		for i < len(toks) && toks[i].punct != ',' {
			if toks[i].punct == '.' || toks[i].punct == ';' {
				return ""
			}
			i++
		}
		i++
	}
	subj, end := false, i
	for n := 0; end < len(toks) && n < 5; n++ {
		t := toks[end]
		if !t.isWord() {
			break
		}
		if a, ok := actorAt(as, end); ok {
			if a.kind == actorHeShe || a.kind == actorWe {
				subj, end = true, a.to
				continue
			}
			if a.prepositional || a.possessive || a.ent == nil || a.ent.Name != party {
				return ""
			}
			subj, end = true, a.to
			continue
		}
		switch {
		case holderSubjects[t.lower]:
			subj = true
		case determiners[t.lower] || ownPossessive[t.lower]:
		default:
			n = 5
			continue
		}
		end++
	}
	if !subj || end >= len(toks) {
		return ""
	}
	if toks[end].punct == ',' && end+1 < len(toks) && (toks[end+1].lower == "which" || toks[end+1].lower == "who" || toks[end+1].lower == "as") {
		// "Japan, which will serve as the chair country next year,
		// intends to …", "Italy, as the G7 Presidency this year, would
		// like to …": the aside says something else.
		for end++; end < len(toks) && toks[end].punct != ','; end++ {
			if toks[end].punct == '.' || toks[end].punct == ';' {
				return ""
			}
		}
		end++
	}
	next := func(n int) string {
		if end+n < len(toks) && toks[end+n].isWord() {
			return toks[end+n].lower
		}
		return ""
	}
	switch v := next(0); {
	case undertakingVerbs[v] && next(1) == "to":
		return v + " to"
	case (v == "is" || v == "was" || v == "are" || v == "were") && (next(1) == "ready" || next(1) == "willing" || next(1) == "prepared") && next(2) == "to":
		return v + " " + next(1) + " to"
	case v == "would" && next(1) == "like" && next(2) == "to" && next(3) != "":
		if sayingWishes[next(3)] || speechVerbs[next(3)] {
			return ""
		}
		return "would like to"
	case v == "would" || v == "will":
		n := 1
		for reportedAdverbs[next(n)] {
			// "Japan would further advance cooperation", "Japan would
			// soon realize a yen loan": the verb after the adverb.
			n++
		}
		w := next(n)
		if w == "" || foreseen[w] || willAdverbs[w] || plannedMeetingVerbs[w] {
			return ""
		}
		return strings.Join(wordsOf(toks[end:end+n+1]), " ")
	}
	return ""
}

// reportedAdverbs may stand between a reported "would" or "will" and the
// holder's step ("would further advance", "would soon realize", "would
// also support"); "not", "never", "only", "likely" and the like are left
// to decide on their own.
var reportedAdverbs = set("further", "also", "soon", "then", "always", "still", "again", "certainly", "surely",
	"definitely", "actively", "fully", "closely", "steadily", "firmly")

// actorAt returns the actor that starts at token i.
func actorAt(as []actor, i int) (actor, bool) {
	for _, a := range as {
		if a.from == i {
			return a, true
		}
	}
	return actor{}, false
}

// relativeWill reports a "will" at token i in a relative clause of a
// thing ("the upcoming steps that will take place", "measures which will
// …"): it says what will happen, no one's undertaking. A relative clause
// of a side or a person ("the EU, which will …") is not one.
func relativeWill(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "that" && toks[i-1].lower != "which" {
		return false
	}
	p := toks[i-2]
	if !p.isWord() || isCapitalized(p.text) || agentNouns[p.lower] || firstPerson[p.lower] || p.lower == "side" || p.lower == "sides" {
		return false
	}
	if _, verb := verbForms[p.lower]; verb || p.lower == "is" || p.lower == "was" || p.lower == "sure" || p.lower == "clear" || p.lower == "confident" {
		return false // "said that will …", "is sure that will …": "that" is no relative
	}
	return strings.HasSuffix(p.lower, "s") || thingNouns[p.lower] || strings.HasSuffix(p.lower, "ment") || strings.HasSuffix(p.lower, "tion")
}

// heldThingOpeners open a subject that the speaker's side has ("our
// coordinated work", "their cooperation"): its head decides whether it
// can act.
var heldThingOpeners = set("our", "their", "my", "all")

// framingModal reports a modal at token i that frames the speaker's
// words ("I must say", "we should add", "I must admit") or compares ("the
// process functioned as it should", "as they must"): no step proposed.
func framingModal(toks []token, i int) bool {
	next := ""
	if i+1 < len(toks) && toks[i+1].isWord() {
		next = toks[i+1].lower
	}
	if i > 0 && (toks[i-1].lower == "i" || toks[i-1].lower == "we") {
		switch next {
		case "say", "admit", "confess", "tell", "add", "note", "mention", "stress", "underline", "emphasise", "emphasize", "recall", "acknowledge", "thank":
			return true
		}
	}
	if i > 1 && toks[i-2].lower == "as" && relativePronouns[toks[i-1].lower] || i > 1 && toks[i-2].lower == "as" && (toks[i-1].lower == "it" || toks[i-1].lower == "he" || toks[i-1].lower == "she") {
		// "as it should", "as they should be": a comparison.
		return next == "" || next == "be" || next == "do" || next == "have" || prepositions[next]
	}
	return false
}

// boundaryNotes says in the Why when a "will" or a modal was read as no
// undertaking or step by the rules above, so the analyst sees why the
// sentence stayed a view or an account.
func boundaryNotes(pr *Proposal, toks []token) {
	if pr.Skip || pr.Kind == storage.KindCommitment || pr.Kind == storage.KindProposal || hasCJKRunes([]rune(pr.Text)) {
		return
	}
	for i, t := range toks {
		switch {
		case (t.lower == "will" || t.lower == "shall") && relativeWill(toks, i):
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: no undertaking, '%s %s %s' tells what will happen to a thing", toks[i-2].text, toks[i-1].text, t.text))
			return
		case t.lower == "will" && i > 0 && toks[i-1].lower == "it" && thingBefore(toks, i):
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: no undertaking, '%s %s' tells what a thing will do", toks[i-1].text, t.text))
			return
		case (t.lower == "will" || t.lower == "shall") && i > 0 && thingBefore(toks, i) && heldThing(toks, i):
			pr.Reasons = append(pr.Reasons, "kind: no undertaking, what the side has 'will' go on: a forecast")
			return
		case i >= 3 && othersRelative[toks[i-1].lower] && (toks[i-2].lower == "that" || toks[i-2].lower == "which") && nounBeforeRelative(toks[i-3]) && strongVerb(t.lower):
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: '%s %s %s %s' is what another did, named as a thing: no cue", toks[i-3].text, toks[i-2].text, toks[i-1].text, t.text))
			return
		case modalWords[t.lower] && framingModal(toks, i):
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: no step, '%s %s' frames the words or compares", toks[i-1].text, t.text))
			return
		}
	}
}

// heldThing reports a subject of "will" at token i opened by "our",
// "their", "my" or "all" ("our coordinated work will …").
func heldThing(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if !toks[j].isWord() || toks[j].lower == "that" {
			return false
		}
		if heldThingOpeners[toks[j].lower] {
			return true
		}
	}
	return false
}

// worryVerbs bring in a worry as the second verb of a subject ("…, but
// expressed concern over …", "while raising serious concerns about …").
var worryVerbs = set("expressing", "expressed", "raising", "raised", "voicing", "voiced", "reiterating", "reiterated")

// worryLinks join the second verb to the first: "but", "while", "and",
// "whilst", a comma.
var worryLinks = set("but", "while", "whilst", "and", "yet")

// secondWorry finds a worry the subject voices after a first verb of
// view ("The EU commended Vietnam for continued progress … while
// expressing persisting concerns over political and civil rights", "The
// EU welcomed the release …, but expressed concern over the arrests"): of
// two verbs of one subject, the one that does more decides. It returns
// the words for the Why, or "".
func secondWorry(toks []token) string {
	for i := 1; i+1 < len(toks); i++ {
		if !worryVerbs[toks[i].lower] || !worryLinks[toks[i-1].lower] && !(toks[i-1].lower == "also" && i > 1 && worryLinks[toks[i-2].lower]) {
			continue
		}
		for j, words := i+1, 0; j < len(toks) && words < 5; j++ {
			t := toks[j]
			if !t.isWord() {
				break
			}
			words++
			if t.lower == "concern" || t.lower == "concerns" || t.lower == "worries" || t.lower == "worry" {
				return toks[i-1].text + " " + toks[i].text + " … " + t.text
			}
			if !determiners[t.lower] && !ownPossessive[t.lower] && !concernDegrees[t.lower] && !adjectival(t.lower) && !strings.HasSuffix(t.lower, "ing") {
				break
			}
		}
	}
	return ""
}

// othersRelative are the subjects of a relative clause that make its verb
// someone else's deed ("the moment of silence that you offered").
var othersRelative = set("you", "they", "he", "she")

// dropRelativeCues leaves out the strong verb cues of a relative clause
// whose subject is someone else ("thank you for the moment of silence
// that you offered to former Prime Minister Abe"): what another did,
// named as a thing, is no proposal, demand or undertaking of the holder.
func dropRelativeCues(toks []token, cues []cue) []cue {
	out := cues[:0]
	for _, c := range cues {
		if !c.weak && !c.noun && c.kind != storage.KindAccount && c.at >= 3 && othersRelative[toks[c.at-1].lower] &&
			(toks[c.at-2].lower == "that" || toks[c.at-2].lower == "which") && nounBeforeRelative(toks[c.at-3]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// nounBeforeRelative reports a common noun before "that" or "which", so
// that the clause after it is a relative one ("the support that they
// pledged"), not what was said ("said that they pledged").
func nounBeforeRelative(p token) bool {
	if !p.isWord() || isCapitalized(p.text) || firstPerson[p.lower] || adjectival(p.lower) {
		return false
	}
	_, verb := verbForms[p.lower]
	if clauseJoiners[p.lower] || prepositions[p.lower] || determiners[p.lower] || strings.HasSuffix(p.lower, "ly") {
		return false // "…, and that he would like to …": a second report
	}
	if strings.HasSuffix(p.lower, "ed") && p.lower != "need" {
		return false // "President Marcos responded that he would like to …"
	}
	return !verb && !beForms[p.lower] && p.lower != "so" && p.lower != "sure" && p.lower != "clear" && p.lower != "believe" && p.lower != "think"
}

// jointHope finds a hope that both sides or "we" act ("he hopes their two
// countries will make joint efforts to prepare for the meeting", "hopes
// that both sides will …"): a step proposed for both, not a demand of
// the other side. It returns the words for the Why, or "".
func jointHope(toks []token) string {
	for i, t := range toks {
		if t.lower != "hope" && t.lower != "hopes" && t.lower != "hoped" && t.lower != "hoping" {
			continue
		}
		from := i + 1
		if from < len(toks) && toks[from].lower == "that" {
			from++
		}
		joint := false
		for j := from; j < len(toks) && j < from+5; j++ {
			w := toks[j].lower
			if !toks[j].isWord() {
				return ""
			}
			if hopedVerbs[w] {
				if !joint {
					return ""
				}
				return t.text + " " + strings.Join(wordsOf(toks[from:j]), " ") + " " + toks[j].text
			}
			switch {
			case w == "we" || w == "us":
				joint = true
			case (w == "sides" || w == "countries" || w == "parties" || w == "nations") && j > from && (toks[j-1].lower == "two" || toks[j-1].lower == "both"):
				joint = true
			case w == "leaders" && j > from && (toks[j-1].lower == "the" || toks[j-1].lower == "two" || toks[j-1].lower == "both"):
				// "he hoped the leaders would be able to have open …
				// discussions": the two leaders of the meeting.
				joint = true
			case determiners[w] || w == "two" || ownPossessive[w]:
			default:
				if w != "sides" && w != "countries" && w != "parties" && w != "nations" && w != "leaders" {
					return ""
				}
			}
		}
		return ""
	}
	return ""
}

// strongVerb reports a verb form that is a cue of its own kind (not a
// weak verb of saying, not a verb of meeting).
func strongVerb(w string) bool {
	v, ok := verbForms[w]
	return ok && !v.weak && v.kind != storage.KindAccount
}

// clauseJoiners join clauses; before "that" they open a second report,
// not a relative clause.
var clauseJoiners = set("and", "or", "but", "so", "now", "such", "than", "also", "just", "only", "not", "then", "yet", "while", "because", "adding", "noting", "saying")

// datedOpener reports an opening phrase of a date before the comma at
// token comma ("In May,", "In January 1946,", "In 2019,", "Back in
// 2015,"): a time past or this year's, so a past verb after it tells a
// deed, as after "Yesterday,".
func datedOpener(toks []token, comma int) bool {
	if comma < 2 || comma > 5 {
		return false
	}
	i := 0
	if toks[0].lower == "back" {
		i++
	}
	if toks[i].lower != "in" && toks[i].lower != "on" {
		return false
	}
	for j := i + 1; j < comma; j++ {
		w := toks[j].lower
		if !months[w] && !(len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))) && !(len(w) <= 2 && w != "" && w[0] >= '0' && w[0] <= '9') {
			return false
		}
	}
	return true
}

// undertakenMeeting reports a "will" at token i whose verb v is a visit
// or an event the holder will make or hold ("I will visit Solomon
// Islands", "we'll hold the Belt and Road Forum", "The President will
// meet with his peers"): an undertaking. What a meeting will talk about
// ("we will discuss it further", "We will start with the Gulf") and both
// sides' "we will meet at the G7 summit" tell the meeting's plan: an
// account.
func undertakenMeeting(toks []token, i int, v string) bool {
	switch v {
	case "visit", "visiting", "hold", "holding":
		return i == 0 || !othersRelative[toks[i-1].lower]
	case "meet", "meeting":
		if i == 0 {
			return false
		}
		p := toks[i-1]
		if p.lower == "i" {
			return true
		}
		for _, t := range toks[:i] {
			if speechVerbs[t.lower] {
				return false // "Wang said President Xi Jinping will meet …": a plan reported
			}
		}
		if p.compound && !isCapitalized(p.text) {
			// "Foreign Minister Kang Kyung-wha will meet …": the
			// name's last part is written after a hyphen in lower case;
			// the name is capitalized at its first part.
			k := i - 1
			for k > 0 && toks[k].compound && toks[k-1].compound && toks[k-1].isWord() {
				k--
			}
			p = toks[k]
		}
		return p.isWord() && isCapitalized(p.text) && !strings.HasSuffix(p.lower, "s") && p.lower != "we"
	}
	return false
}
