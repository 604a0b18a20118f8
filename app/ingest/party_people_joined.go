package ingest

import "strings"

// Two people of two sides as one subject, the first with an apposition or
// a modifier after the name: "Wang Yi, director of the Office of the
// Central Commission for Foreign Affairs, and visiting U.S. National
// Security Advisor Jake Sullivan held …", "Minister of Foreign Affairs Cho
// Tae-yul of the Republic of Korea (ROK) and High Representative of the
// European Union (EU) … Josep Borrell held …", "New Zealand's Foreign
// Minister …, Hon. Nanaia Mahuta, and Australian Foreign Minister,
// Senator Penny Wong, met …". subjectOf joins only actors next to each
// other, so the words after the first name cut the second person off and
// the meeting of both became the first one's act.

// peopleJoined adds to a subject of one person (or one office standing for
// its holder: "The High Representative for Foreign Affairs and Security
// Policy …, Kaja Kallas and External Affairs Minister S Jaishankar held …")
// the person "and" joins to
// it before the sentence's first verb: the second one, past an article, an
// honorific or "visiting", follows "and" directly and no verb stands
// between the two (a verb there opens a clause of its own: "Wang Yi, who
// met …, and …"; "visiting" before a title is none).
func peopleJoined(toks []token, as []actor, cues []cue, subj []actor) []actor {
	if len(subj) != 1 || subj[0].kind != actorSpeaker && !subj[0].official {
		return subj
	}
	first := subj[0]
	verb := -1
	for _, c := range cues {
		if !c.noun && c.at >= first.to && toks[c.at].lower != "visiting" {
			verb = c.at
			break
		}
	}
	if verb < 0 {
		return subj
	}
	for _, b := range as {
		if b.from <= first.to || b.from >= verb || b.kind != actorSpeaker {
			continue
		}
		if b.possessive || b.compound {
			continue
		}
		// (one after "and" may be taken for the object of the "of"
		// before it: "… Cho Tae-yul of the Republic of Korea (ROK) and
		// High Representative … Josep Borrell held")
		k := b.from - 1
		for k > first.to && (determiners[toks[k].lower] || honorifics[strings.TrimSuffix(toks[k].lower, ".")] ||
			toks[k].lower == "visiting" || toks[k].punct == '.') {
			k--
		}
		if k <= first.to || toks[k].lower != "and" {
			return subj // the first other person is no second subject
		}
		return append(subj, b)
	}
	return subj
}
