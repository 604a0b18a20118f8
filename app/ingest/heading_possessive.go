package ingest

import "strings"

// The Russian Foreign Ministry, and others after it, title one person's
// words with the person's name in the possessive: "Foreign Minister
// Sergey Lavrov’s opening remarks during talks with …", "Sergey Lavrov's
// remarks and answers to media questions …". Such a heading names the
// speaker of every sentence under it, as "Remarks by …" does; the
// sentences of the remarks have no reporting verb of their own.

// possessiveGenres are the words after a possessive name that make the
// text that person's words.
var possessiveGenres = [][]string{
	{"opening", "remarks"}, {"introductory", "remarks"}, {"closing", "remarks"}, {"remarks"},
	{"opening", "statement"}, {"statement"}, {"speech"}, {"address"}, {"answers", "to"},
	{"interview"}, {"article"}, {"press", "conference"}, {"video", "address"}, {"greetings"},
	// a spokesperson's ("Foreign Ministry Spokesperson Mao Ning’s Regular
	// Press Conference on …"; transcript_briefing.go)
	{"live", "interview"}, {"regular", "press", "conference"}, {"regular", "briefing"}, {"press", "briefing"}, {"regular", "press", "briefing"},
}

// possessiveRemarks opens the voice of the person a heading names in the
// possessive before a first-person genre: a speaker the heading names
// ("Foreign Minister Sergey Lavrov’s"), else a known official's full name
// ("Sergey Lavrov's", which has no title to make it a person).
func (st *state) possessiveRemarks(heading string, sps []speakerMention, toks []token, ents []mention) {
	if st.voice != nil && st.voice.heading {
		return
	}
	for i, t := range toks {
		if !t.possessive || !t.isWord() || !genreAfter(toks, i+1) {
			continue
		}
		for _, m := range sps {
			if m.to == i+1 && !isTitleWord(t) {
				// the person's name ends in the possessive ("Chairman's
				// Statement" names an office, no person)
				st.openHeadingVoice(m.sp, heading)
				return
			}
		}
		entAt := mentionIndex(toks, ents)
		for j := max(0, i-3); j < i; j++ {
			if end := knownOfficials().at(toks, entAt, j); end == i+1 && i > j {
				st.openHeadingVoice(st.book.add(&Speaker{Name: personName(toks[j : i+1]), Role: titleBefore(toks, j)}), heading)
				return
			}
		}
		return
	}
}

// genreAfter reports a first-person genre at toks[i:].
func genreAfter(toks []token, i int) bool {
	for _, g := range possessiveGenres {
		if i+len(g) > len(toks) {
			continue
		}
		ok := true
		for k, w := range g {
			if toks[i+k].lower != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// openHeadingVoice makes sp the speaker of the sentences under heading.
func (st *state) openHeadingVoice(sp *Speaker, heading string) {
	st.voice = st.newVoice(sp, heading)
	st.voice.whole, st.voice.heading = true, true
}

// headingCounterpart remembers the other side a heading names: a person
// of another party ("Blinken Meets South Korean Foreign Minister Cho",
// "… and Thai Deputy Prime Minister … Before Their Meeting"), else the
// first party other than the author after "with" or "and" ("… opening
// remarks during talks with Foreign Minister of the People's Republic of
// China Wang Yi", "Secretary Antony J. Blinken and Thai Deputy Prime
// Minister … Before Their Meeting"). The pair of principals that later sentences would make of
// people named in passing ("the moment of silence … for former Prime
// Minister Abe") then has to include it.
func (st *state) headingCounterpart(toks []token, ents []mention, sps []speakerMention) {
	had := st.counter
	st.noteCounterpart(toks, ents, sps)
	if st.counter == "" && st.author != "" {
		if p := dashedPair(toks, ents, st.author); p != "" {
			// "European Union – African Union: press remarks by …":
			// the two sides of the meeting, set apart by a dash.
			st.counter = p
		}
	}
	if st.counter == "" && st.author != "" {
		with := -1
		for i, t := range toks {
			if t.lower == "with" || t.lower == "and" {
				with = i
				break
			}
		}
		for _, m := range ents {
			if with >= 0 && m.from > with && m.ent.Name != st.author {
				st.counter = m.ent.Name
				break
			}
		}
	}
	if had == "" && st.counter != "" {
		st.counterHead = true
	}
}

// titleBefore is the title written before the name at toks[j], honorifics
// between left out ("Minister for Foreign Affairs Dr Vivian Balakrishnan's
// Live Interview" → "Minister for Foreign Affairs"), or "".
func titleBefore(toks []token, j int) string {
	k := j
	for k > 0 && honorifics[strings.TrimSuffix(toks[k-1].lower, ".")] {
		k--
	}
	end := k
	for k > 0 && (isTitleWord(toks[k-1]) || connector[toks[k-1].lower] && k > 1 && isTitleWord(toks[k-2])) {
		k--
	}
	if k == end {
		return ""
	}
	return joinTokens(toks[k:end])
}

// dashedPair returns the other party of two named on either side of a
// dash with spaces around it, the author's one of them ("European Union
// – African Union: …", "EU - China Summit"), or "". A hyphen without
// spaces ("EU-India") is a compound, which noteCounterpart reads.
func dashedPair(toks []token, ents []mention, author string) string {
	for i := 1; i < len(ents); i++ {
		a, b := ents[i-1], ents[i]
		if b.from != a.to+1 || !dashes[toks[a.to].punct] {
			continue
		}
		switch author {
		case a.ent.Name:
			if b.ent.Name != author {
				return b.ent.Name
			}
		case b.ent.Name:
			return a.ent.Name
		}
	}
	return ""
}

// dashes set two names apart in a heading.
var dashes = map[rune]bool{'-': true, '–': true, '—': true}
