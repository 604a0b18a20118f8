package ingest

import (
	"slices"
	"strings"

	"parley/storage"
)

type actorKind int

const (
	actorParty actorKind = iota
	actorSpeaker
	actorHeShe
	actorThey
	actorJoint
	actorWe
)

// actor is someone a sentence names who may hold the statement.
type actor struct {
	kind          actorKind
	from, to      int
	ent           *Entity
	speaker       *Speaker
	text          string
	reason        string
	possessive    bool
	compound      bool
	prepositional bool
	many          int  // for a joint phrase naming a number above two ("the three ministers"), that number
	official      bool // an official named by title alone ("the High Representative"), standing for a party
}

var prepositions = set("of", "in", "to", "with", "about", "between", "by", "against", "on", "for", "from", "at",
	"during", "over", "toward", "towards", "into", "regarding", "concerning", "including", "among", "within",
	"via", "like", "than", "under", "after", "before", "across", "through", "upon", "despite", "visited", "met",
	"urged", "urging", "asked", "called", "told", "invited", "as", "allowed", "enabled", "helped")

var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "both", "all", "other", "this",
	"these", "that", "those", "some", "many", "several", "fellow")

var cjkPrepositions = "同与和对向在于就跟给把据驻"

var jointPhrases = [][]string{{"both", "sides"}, {"both", "parties"}, {"the", "two", "sides"}, {"the", "two", "parties"},
	{"both", "delegations"}, {"the", "two", "delegations"}, {"the", "parties"}, {"the", "sides"}, {"all", "sides"},
	{"the", "two", "countries"}, {"both", "countries"}, {"the", "two", "governments"}, {"both", "ministers"},
	{"the", "two", "ministers"}, {"both", "leaders"}, {"the", "two", "leaders"}, {"the", "leaders"},
	{"the", "ministers"}, {"both", "presidents"}, {"the", "two", "presidents"}, {"the", "two", "foreign", "ministers"},
	{"both", "foreign", "ministers"}, {"the", "two", "prime", "ministers"}, {"both", "prime", "ministers"},
	{"the", "pair"}, {"both", "side"}, {"the", "foreign", "ministers"}, {"the", "prime", "ministers"},
	{"the", "presidents"},
	// "The two men also discussed …", "The two top diplomats exchanged
	// views …" (party_joint.go)
	{"the", "two", "men"}, {"the", "two", "women"}, {"the", "two", "top", "diplomats"}, {"the", "two", "diplomats"},
	{"the", "two", "officials"}, {"both", "officials"}, {"the", "two", "counterparts"},
	// "Likewise, the dignitaries talked about …" (Peru's Andina)
	{"the", "dignitaries"}, {"both", "dignitaries"}, {"the", "two", "dignitaries"}}

// actors lists who a sentence names, in order: speakers (with their
// titles), parties not inside a speaker's span, pronouns and joint
// phrases.
func actors(toks []token, sentence []rune, ents []mention, sps []speakerMention, g *Gazetteer) []actor {
	inSpeaker := make([]bool, len(toks)+1)
	var out []actor
	for _, s := range sps {
		for j := s.from; j < s.to; j++ {
			inSpeaker[j] = true
		}
		a := actor{kind: actorSpeaker, from: s.from, to: s.to, speaker: s.sp, text: s.sp.Name, reason: s.reason}
		if s.sp.Party != "" {
			a.ent = g.Lookup(s.sp.Party)
		}
		a.possessive = toks[s.to-1].possessive
		out = append(out, a)
	}
	entAt := make([]*mention, len(toks))
	for i := range ents {
		for j := ents[i].from; j < ents[i].to && j < len(toks); j++ {
			entAt[j] = &ents[i]
		}
	}
	officials := titledOfficials(toks, inSpeaker, entAt, g)
	officials = append(officials, governmentsOf(toks, inSpeaker, entAt)...) // party_names.go
	inOfficial := make([]bool, len(toks)+1)
	for _, o := range officials {
		for j := o.from; j < o.to; j++ {
			inOfficial[j] = true
		}
	}
	for _, m := range ents {
		if m.from < len(inSpeaker) && (inSpeaker[m.from] || inOfficial[m.from]) || notTheUnion(toks, m) {
			continue
		}
		a := actor{kind: actorParty, from: m.from, to: m.to, ent: m.ent, text: m.text}
		for j := m.from; j < m.to && j < len(toks); j++ {
			a.compound = a.compound || toks[j].compound
		}
		// "出席东盟系列领导人会议": the party names a meeting
		// (party_cjk_regarding.go).
		a.compound = a.compound || hasCJK(m.text) && cjkNamesMeeting(toks, m.to)
		// "his Italian counterpart", "the Japanese Prime Minister" with
		// no name: an official of that party.
		a.official = m.to < len(toks) && !toks[m.to-1].possessive && isTitleWord(toks[m.to])
		last := toks[max(m.to-1, 0)]
		a.possessive = last.possessive
		if end, ok := titleAlone(toks, m.to); ok && a.possessive && !a.compound {
			// "Lithuania's Foreign Minister thanked …" (party_names.go)
			a.possessive, a.official, a.to, a.text = false, true, end, joinTokens(toks[m.from:end])
		}
		// "the EU diplomats’ visits": the party qualifies a possessor.
		if m.to < len(toks) && toks[m.to].isWord() && toks[m.to].possessive && !isCapitalized(toks[m.to].text) {
			a.possessive = true
		}
		out = append(out, a)
	}
	out = append(out, pronouns(toks, sentence)...)
	out = append(out, officials...)
	slices.SortStableFunc(out, func(a, b actor) int { return a.from - b.from })
	out = dropOverlaps(out)
	markPrepositional(toks, sentence, out)
	return out
}

// dropOverlaps keeps the first of actors whose spans overlap: the finders
// above can each claim the same words ("Director Li Wei" as a titled
// official and a speaker), and everything after this reads the words
// between one actor and the next.
func dropOverlaps(as []actor) []actor {
	kept := as[:0]
	for _, a := range as {
		if n := len(kept); n > 0 && a.from < kept[n-1].to {
			continue
		}
		kept = append(kept, a)
	}
	return kept
}

func pronouns(toks []token, sentence []rune) []actor {
	var out []actor
	for i, t := range toks {
		if !t.isWord() {
			continue
		}
		switch t.lower {
		case "he", "she":
			if t.text == "HE" {
				// "HE Sheikh Mohammed", "HE the Prime Minister": His
				// Excellency, an honorific, no pronoun.
				continue
			}
			out = append(out, actor{kind: actorHeShe, from: i, to: i + 1, text: t.text})
			continue
		case "they":
			out = append(out, actor{kind: actorThey, from: i, to: i + 1, text: t.text})
			continue
		case "we", "we've", "we’ve", "we'll", "we’ll", "we're", "we’re":
			out = append(out, actor{kind: actorWe, from: i, to: i + 1, text: t.text})
			continue
		case "myself":
			// "The State Counsellor and myself talked"
			if i > 0 && toks[i-1].lower == "and" {
				out = append(out, actor{kind: actorWe, from: i, to: i + 1, text: t.text})
			}
			continue
		case "i":
			// "I met with …" in a minister's statement, "I hope …" in
			// quoted remarks; not the numeral of "Phase I".
			if t.text == "I" && i+1 < len(toks) && toks[i+1].isWord() && !isCapitalized(toks[i+1].text) {
				out = append(out, actor{kind: actorWe, from: i, to: i + 1, text: t.text})
			}
			continue
		}
		if to, ok := ourOfficial(toks, i); ok {
			// "Simultaneously, our Acting Deputy Director General for
			// Africa summoned …" (party_our_official.go).
			out = append(out, actor{kind: actorWe, from: i, to: to, text: joinTokens(toks[i:to])})
			continue
		}
		if (i == 0 && (t.text == "Leaders" || t.text == "Ministers") || bareGroupAfterOpening(toks, i)) && subjectVerbAt(toks, i+1) {
			// "Leaders also discussed trade": the leaders met, with no
			// article.
			out = append(out, actor{kind: actorJoint, from: i, to: i + 1, text: t.text})
			continue
		}
		if t.lower != "both" && t.lower != "the" && t.lower != "all" {
			continue
		}
		if n := groupOfMany(toks, i); n > 0 {
			out = append(out, actor{kind: actorJoint, from: i, to: i + 3, text: joinTokens(toks[i : i+3]), many: n})
			continue
		}
		if n := bareMany(toks, i); n > 0 {
			// "Following the Russian President's address, the three
			// agreed on …": the sides met, with no noun after.
			out = append(out, actor{kind: actorJoint, from: i, to: i + 2, text: joinTokens(toks[i : i+2]), many: n})
			continue
		}
		found := false
		for _, p := range jointPhrases {
			if phraseAt(toks, i, p) {
				out = append(out, actor{kind: actorJoint, from: i, to: i + len(p), text: joinTokens(toks[i : i+len(p)])})
				found = true
				break
			}
		}
		if n := bareBoth(toks, i); !found && n > 0 {
			// "Both concluded that …", "The two also discussed …": the
			// two people the readout is about, with no noun after.
			out = append(out, actor{kind: actorJoint, from: i, to: i + n, text: joinTokens(toks[i : i+n])})
		}
	}
	if !hasCJKRunes(sentence) {
		return out
	}
	s := string(sentence)
	for _, w := range cjkJointWords {
		if k := strings.Index(s, w); k >= 0 {
			start := len([]rune(s[:k]))
			from, to := tokenSpan(toks, start, start+2)
			out = append(out, actor{kind: actorJoint, from: from, to: to, text: w})
		}
	}
	return out
}

// bareBoth reports "both" or "the two" standing alone as a subject, before
// a verb ("Both concluded", "The two also discussed"), and how many tokens
// it takes; 0 when a noun or "of" follows ("both countries", "the two
// of them" is matched elsewhere or not at all).
func bareBoth(toks []token, i int) int {
	n := 0
	switch {
	case toks[i].lower == "both":
		n = 1
	case toks[i].lower == "the" && i+1 < len(toks) && toks[i+1].lower == "two":
		n = 2
	default:
		return 0
	}
	if i > 0 && toks[i-1].isWord() && !connector[toks[i-1].lower] {
		return 0 // "agreed that both …" is fine; "welcomed both" is an object
	}
	if subjectVerbAt(toks, i+n) {
		return n
	}
	return 0
}

func phraseAt(toks []token, i int, p []string) bool {
	if i+len(p) > len(toks) {
		return false
	}
	for k, w := range p {
		if toks[i+k].lower != w {
			return false
		}
	}
	return true
}

// markPrepositional flags actors governed by a preposition ("met with
// Pampaloni", "in Brussels"); an actor joined by "and" or a comma to a
// flagged one is flagged too ("by Shen Bo ... and Pampaloni").
func markPrepositional(toks []token, sentence []rune, as []actor) {
	opening := openingPhrase(toks, as)
	dateline := max(datelineEnd(toks), cityDatelineEnd(toks, as), colonDatelineEnd(toks, as)) // dateline.go, dateline_colon.go
	inParens := parenthesised(toks)
	for n := range as {
		if inParens[as[n].from] {
			// "(the same day, 20:40 Japan time)": an aside holds no one.
			as[n].prepositional = true
			continue
		}
		if as[n].to <= dateline {
			// "新华社北京6月26日电", "BEIJING, April 6 (Xinhua) --": where
			// the news was filed, not who holds it.
			as[n].prepositional = true
			continue
		}
		if t := as[n].to; t+1 < len(toks) && toks[t].text == "引" && toks[t+1].text == "述" {
			// "中方引述茂木敏充表示，…": the side that quotes him relays
			// what he said; he holds it.
			as[n].prepositional = true
			continue
		}
		if as[n].kind == actorSpeaker && portfolioAfterPreposition(toks, as[n].from) {
			// "a visit by Immigration Minister Robert Jenrick": a
			// portfolio before the title stands between it and "by".
			as[n].prepositional = true
			continue
		}
		if as[n].to <= opening && (!saysAt(toks, as[n].to) || inSecondObject(toks, opening, as[n].from)) {
			// "Looking ahead to this week's NATO Summit, the Prime
			// Minister and President Biden agreed"
			as[n].prepositional = true
			continue
		}
		a := &as[n]
		j := a.from - 1
		for j >= 0 && (toks[j].isWord() && determiners[toks[j].lower] || toks[j].punct == ']') {
			if toks[j].punct == ']' {
				// "with the [State Councillor and] Foreign Affairs
				// Minister": an editor's insertion.
				for j >= 0 && toks[j].punct != '[' {
					j--
				}
			}
			j--
		}
		j = beforeHonorifics(toks, j)
		if j < 0 {
			continue
		}
		if describedAfterPreposition(toks, j) { // venue_name.go
			// "aggression against independent and sovereign Ukraine"
			a.prepositional = true
			continue
		}
		t := toks[j]
		switch {
		case j == opening && opening > 0:
			// the comma that closes an opening phrase: no list goes on
		case t.isWord() && prepositions[t.lower]:
			a.prepositional = true
		case t.isWord() && t.text == t.lower && hostingVerbs[t.lower]: // party_host.go
			a.prepositional = true
		case t.isWord() && strings.ContainsAny(t.text, cjkPrepositions) && len([]rune(t.text)) == 1:
			a.prepositional = true
		case t.lower == "and" && j > 0 && toks[j-1].punct == ',' && clauseAfter(toks, a.to): // party_names.go
			// "… lie with political leaders in Northern Ireland, and the
			// UK and US governments will continue …": a new clause.
		case (t.lower == "and" || t.lower == "or" || t.punct == ',' && !verbFollows(toks, a.to)) && n > 0 && as[n-1].to >= j-1:
			a.prepositional = as[n-1].prepositional
		case t.punct == ',':
			a.prepositional = placeApposition(toks, j) && (a.to >= len(toks) || !toks[a.to].isWord() || prepositions[toks[a.to].lower])
		}
	}
}

// parenthesised marks the tokens inside round brackets.
func parenthesised(toks []token) []bool {
	in := make([]bool, len(toks)+1)
	depth := 0
	for i, t := range toks {
		switch t.punct {
		case '(', '（':
			depth++
		case ')', '）':
			depth = max(depth-1, 0)
		default:
			in[i] = depth > 0
		}
	}
	return in
}

// portfolioAfterPreposition reports whether a capitalised word that is
// no title word stands between a preposition and toks[from].
func portfolioAfterPreposition(toks []token, from int) bool {
	j := from - 1
	return j > 0 && toks[j].isWord() && isCapitalized(toks[j].text) && !isTitleWord(toks[j]) &&
		toks[j-1].isWord() && toks[j-1].lower == toks[j-1].text && prepositions[toks[j-1].lower] &&
		!placeBeforeTitle(toks, j) // "visit to Beijing Foreign Secretary …": a place, then the subject (speakers_place.go)
}

// datelineEnd returns where a dateline that opens the sentence ends
// ("新华社北京6月26日电" up to 电; "BEIJING, April 6 (Xinhua) --" up to the
// dash), or -1.
func datelineEnd(toks []token) int {
	for i := 1; i < len(toks) && i < 20; i++ {
		if toks[i].text == "电" && toks[i-1].text == "日" {
			return i
		}
		if toks[i].punct == ')' && i+1 < len(toks) && (toks[i+1].punct == '-' || toks[i+1].punct == '—' || toks[i+1].punct == '–') {
			return i + 1
		}
	}
	return -1
}

// saysAt reports whether toks[i] is a verb of the kind that follows a
// subject in a readout: a verb of saying, or one in the past tense
// ("During the meeting Wang Yi said, …").
func saysAt(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].isWord() || isCapitalized(toks[i].text) {
		return false
	}
	l := toks[i].lower
	return speechVerbs[l] || strings.HasSuffix(l, "ed") || l == "has" || l == "have" || l == "will" || l == "is"
}

// openingPhrase returns where an adverbial phrase that opens the
// sentence ends (its comma), or 0: a phrase led by a preposition or a
// participle ("On broader NATO issues,", "Turning to the shared
// challenges faced by the UK and Ireland,"). The actors in it are not the
// subject.
func openingPhrase(toks []token, as []actor) int {
	if op := max(cjkOpeningClause(toks, as), cjkMeetingThenBoth(toks, as), cjkRegardingClause(toks, as)); op > 0 { // party_cjk_clauses.go, party_cjk_regarding.go
		return op
	}
	if len(toks) < 3 || !toks[0].isWord() || !isCapitalized(toks[0].text) {
		return 0
	}
	for _, a := range as {
		if a.from == 0 {
			return 0
		}
	}
	l := toks[0].lower
	if !prepositions[l] && l != "since" && !(strings.HasSuffix(l, "ing") && len(l) > 5) {
		return 0
	}
	for i := 1; i < len(toks) && i < 20; i++ {
		if toks[i].punct == ',' {
			return openingGoesOn(toks, i) // attribute_opener.go
		}
		if l := toks[i].lower; l == "we" || l == "he" || l == "she" || l == "they" || toks[i].text == "I" {
			return 0 // "In particular we already discussed …, which …": the subject came
		}
		if toks[i].punct != 0 && toks[i].punct != '-' && toks[i].punct != '\'' && toks[i].punct != '’' {
			return 0
		}
	}
	return 0
}

// subjectOf picks the actor in subject position: the first one before the
// main cue that is not governed by a preposition, not a possessor and not
// part of a compound ("China-EU dialogue"). Actors joined to it by "and"
// share the subject.
func subjectOf(toks []token, as []actor) []actor {
	for n, a := range as {
		if a.prepositional || a.possessive || a.compound {
			continue
		}
		group := []actor{a}
		for m := n + 1; m < len(as); m++ {
			b := as[m]
			if b.from > group[len(group)-1].to+3 || b.prepositional || b.possessive {
				break
			}
			between := toks[group[len(group)-1].to:b.from]
			for len(between) > 1 && (determiners[between[len(between)-1].lower] || honorifics[strings.TrimSuffix(between[len(between)-1].lower, ".")] ||
				between[len(between)-1].punct == '.') {
				between = between[:len(between)-1] // "Mr Cassis and Mr Pompeo underlined"
			}
			if len(between) == 2 && between[0].punct == ',' && between[1].lower == "and" {
				between = between[1:] // "A, B, and C"
			}
			if len(between) != 1 || (between[0].lower != "and" && between[0].punct != ',') {
				break
			}
			group = append(group, b)
		}
		return group
	}
	return nil
}

// mainCue picks the cue that says what the statement does: the first after
// the subject (or the first at all), where a weak verb gives way to a
// strong cue right behind it ("stressed China’s opposition").
func mainCue(toks []token, cues []cue, ents []mention, after int) (cue, bool) {
	var main cue
	found := false
	for _, c := range cues {
		if c.at >= after && !c.noun {
			main, found = c, true
			break
		}
	}
	// No verb after the subject: the subject sits in what was said
	// ("王毅强调，台湾问题是中国核心利益" with 中国 taken for the subject),
	// so the verb nearest before it says what the sentence does.
	for k := len(cues) - 1; !found && k >= 0; k-- {
		if cues[k].at < after && !cues[k].noun {
			main, found = cues[k], true
		}
	}
	if !found {
		return cue{}, false
	}
	if !main.weak {
		return main, true
	}
	inEnt := map[int]bool{}
	for _, m := range ents {
		for j := m.from; j < m.to; j++ {
			inEnt[j] = true
		}
	}
	for _, c := range cues {
		if c.at < main.end || c.weak || c.kind == storage.KindAccount {
			continue
		}
		gap := 0
		for j := main.end; j < c.at; j++ {
			if toks[j].isWord() && !inEnt[j] && !determiners[toks[j].lower] && toks[j].lower != "that" && toks[j].lower != "its" && !strings.HasSuffix(toks[j].lower, "ly") {
				gap++
				if toks[j].possessive {
					// "appreciated the participants' commitment": the
					// cue is someone else's act, not the subject's.
					gap += 2
				}
			}
		}
		if gap <= 1 {
			c.word = main.word + " … " + c.word
			return c, true
		}
		break
	}
	return main, true
}

// placeApposition reports whether the comma at j follows a place governed
// by a preposition ("held in Chongqing, China"): what follows it names the
// place's country, not an actor.
func placeApposition(toks []token, j int) bool {
	k := j - 1
	for k >= 0 && toks[k].isWord() && isCapitalized(toks[k].text) {
		k--
	}
	return k < j-1 && k >= 0 && toks[k].isWord() && prepositions[toks[k].lower]
}

// verbFollows reports whether the word at i looks like a verb: a
// lower-case word that is no preposition or conjunction ("In Brussels,
// China raised ...").
func verbFollows(toks []token, i int) bool {
	if i >= len(toks) || !toks[i].isWord() || isCapitalized(toks[i].text) {
		return false
	}
	l := toks[i].lower
	return !prepositions[l] && !connector[l] && l != "or"
}

var numberWords = map[string]int{"three": 3, "four": 4, "five": 5, "six": 6}

var groupNouns = set("sides", "parties", "ministers", "leaders", "countries", "delegations", "governments",
	"foreign", "heads", "presidents", "partners")

// bareMany reads "the three", "all four" standing alone before a verb
// and returns the number, or 0.
func bareMany(toks []token, i int) int {
	if i+2 >= len(toks) || (toks[i].lower != "the" && toks[i].lower != "all") {
		return 0
	}
	if n := numberWords[toks[i+1].lower]; n > 0 && subjectVerbAt(toks, i+2) {
		return n
	}
	return 0
}

// groupOfMany reads "the three ministers", "all four sides" at toks[i]
// and returns the number, or 0.
func groupOfMany(toks []token, i int) int {
	if i+2 >= len(toks) || (toks[i].lower != "the" && toks[i].lower != "all") {
		return 0
	}
	if n := numberWords[toks[i+1].lower]; n > 0 && groupNouns[toks[i+2].lower] {
		return n
	}
	return 0
}
