package ingest

import "strings"

// How European and Latin American foreign ministries name the sides in
// English (worked out on batch "late 23"): a government named with
// "of" ("The Government of Ireland was represented by …"), a minister
// named by his country's possessive and his title alone ("Lithuania's
// Foreign Minister thanked the Netherlands …"), and "European" or
// "Europe" as the continent or in a programme's name ("The European
// security architecture …", "Switzerland’s association with Horizon
// Europe") rather than the European Union.

// governmentNouns name a state or its government before "of" and the
// state's name: "the Government of Ireland", "the Republic of Korea" is
// matched whole by the gazetteer, "the Kingdom of the Netherlands".
var governmentNouns = set("government", "governments", "republic", "kingdom", "state", "federation",
	"ministry", "delegation", "delegations", "embassy", "authorities", "people", "peoples")

// governmentsOf finds "the Government of X" (X a party the gazetteer
// knows, not inside a speaker's span): an actor standing for X over the
// whole phrase, so that X counts as named in subject position rather
// than governed by the "of".
func governmentsOf(toks []token, inSpeaker []bool, entAt []*mention) []actor {
	var out []actor
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].lower != "of" || !governmentNouns[toks[i-1].lower] || !isCapitalized(toks[i-1].text) || inSpeaker[i-1] {
			continue
		}
		j := i + 1
		if toks[j].lower == "the" {
			j++
		}
		if j >= len(toks) || entAt[j] == nil || entAt[j].from != j || inSpeaker[j] {
			continue
		}
		from := i - 1
		for from > 1 && toks[from-1].isWord() && isCapitalized(toks[from-1].text) && !isTitleWord(toks[from-1]) &&
			!prepositions[toks[from-1].lower] && !determiners[toks[from-1].lower] {
			from-- // "the Democratic Republic of Timor-Leste"
		}
		if from > 0 && (toks[from-1].lower == "the" || toks[from-1].lower == "both") {
			from--
		}
		m := entAt[j]
		out = append(out, actor{kind: actorParty, from: from, to: m.to, ent: m.ent, text: joinTokens(toks[from:m.to]),
			possessive: toks[m.to-1].possessive})
		i = m.to - 1
	}
	return out
}

// titleAlone reports whether the words from toks[i] are a title
// with no name after it ("Lithuania's Foreign Minister thanked …"), and
// where the title ends: the possessor is then that official's
// government, not a possessor the sentence is about.
func titleAlone(toks []token, i int) (int, bool) {
	j, head := i, false
	for j < len(toks) && isTitleWord(toks[j]) && isCapitalized(toks[j].text) && !toks[j].possessive {
		head = head || roleHeads[toks[j].lower]
		j++
	}
	if !head || j == i {
		return 0, false
	}
	// A name after the title makes a speaker, found elsewhere; a verb,
	// a comma or "and" after it leaves the title standing alone.
	if j < len(toks) && toks[j].isWord() && isCapitalized(toks[j].text) {
		return 0, false
	}
	return j, true
}

// europeanActorNouns follow "European" where it names the Union's people
// or institutions ("European leaders", "the European side").
var europeanActorNouns = set("side", "leaders", "leader", "partners", "partner", "officials", "delegation",
	"institutions", "union", "commission", "council", "parliament", "diplomats", "negotiators", "ministers",
	"representatives", "colleagues", "friends", "governments", "member", "members", "states", "counterparts",
	"countries", "nations", "allies", "peoples", "people", "companies", "businesses", "firms")

// notTheUnion reports whether the gazetteer's European Union match m is
// the continent or part of a name instead: "European" before a thing
// ("European security architecture", "Switzerland's European policy"),
// or "Europe" after a capitalised word of a proper name ("Horizon
// Europe", "Team Europe").
func notTheUnion(toks []token, m mention) bool {
	if m.ent == nil || m.ent.Name != "European Union" || m.to-m.from != 1 {
		return false
	}
	t := toks[m.from]
	switch t.lower {
	case "european":
		if t.possessive || m.to >= len(toks) {
			return false
		}
		next := toks[m.to]
		return next.isWord() && !isCapitalized(next.text) && !europeanActorNouns[next.lower] && !next.possessive
	case "europe":
		if m.from == 0 {
			return false
		}
		prev := toks[m.from-1]
		return prev.isWord() && isCapitalized(prev.text) && !isTitleWord(prev) && !determiners[prev.lower] &&
			m.from-1 > 0 && !strings.ContainsRune(".!?", rune(toks[m.from-2].punct))
	}
	return false
}

// possessiveOfficial matches "Lithuania's Foreign Minister" (a party in
// the possessive and a title with no name after it, from toks[i]) to the
// last speaker of that party whose role ends with the title, as "the
// Foreign Minister" is matched to the one named before.
func (b *speakerBook) possessiveOfficial(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	m := entAt[i]
	if m == nil || m.from != i || m.to >= len(toks) || !toks[m.to-1].possessive {
		return speakerMention{}, false
	}
	end, ok := titleAlone(toks, m.to)
	if !ok {
		return speakerMention{}, false
	}
	found, ok := b.byTitleFrom(toks, entAt, m.to, m.to)
	if !ok || found.to != end || found.sp.Party != m.ent.Name {
		return speakerMention{}, false
	}
	found.from, found.nameAt = i, m.to
	found.reason = "speaker: '" + joinTokens(toks[i:end]) + "' refers to " + found.sp.Name
	return found, true
}

// meetingCovers reports whether a meeting noun opens the sentence before
// toks[at] ("Their discussion covered Syria, Afghanistan, Northern
// Ireland and …", "The agenda included …"): the parties after its verb
// are what it covered, no list of who issued the text.
func meetingCovers(toks []token, at int) bool {
	for i := 0; i < at && i < 4; i++ {
		if l := toks[i].lower; meetingHeads[l] || eventNouns[l] || l == "agenda" {
			return true
		}
	}
	return false
}

// clauseAuxiliaries open the verb of a new clause after a subject.
var clauseAuxiliaries = set("will", "would", "shall", "should", "must", "can", "could", "may", "have", "has", "had",
	"are", "is", "was", "were", "continue", "continues", "remain", "remains")

// clauseAfter reports whether an auxiliary or modal follows toks[i] within
// four words with no preposition between: the actor before it is the
// subject of a new clause, not one more item of a list a preposition
// governs.
func clauseAfter(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if !toks[k].isWord() || prepositions[toks[k].lower] {
			return false
		}
		if clauseAuxiliaries[toks[k].lower] {
			return true
		}
	}
	return false
}
