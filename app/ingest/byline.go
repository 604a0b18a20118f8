package ingest

import "strings"

// A minister's release often carries its minister under the title, on a
// line of its own ("Senator the Hon Penny Wong, Minister for Foreign
// Affairs"), and then speaks in the first person ("Today I met …", "I
// raised Australia's concerns …"): what follows is that minister's, as
// under "Remarks by …". Two such lines (a joint media release of two
// ministers) name no one speaker.

// bylineWords are the lower-case words a byline may hold besides the
// name and the titles ("Minister for Foreign Affairs", "Senator the Hon").
var bylineWords = set("the", "for", "of", "and", "to", "on")

// noteByline opens the remarks of the person a byline heading names, of
// the author's own side; a second byline closes them again.
func (st *state) noteByline(heading string, sps []speakerMention, toks []token) {
	if st.author == "" || len(sps) != 1 || !isByline(toks) || sps[0].from > 3 || st.jointDoc || namesOthersOfficial(toks, st.author) {
		// Under "Joint Statement …" the byline names who released it,
		// not whose words follow (kind_joint_heading.go).
		return
	}
	sp := sps[0].sp
	if p := st.partyOf(sp); p != "" && p != st.author {
		return
	}
	if st.bylined {
		if st.voice != nil && st.voice.byline {
			st.voice = nil
		}
		return
	}
	st.bylined = true
	if st.voice != nil {
		return
	}
	if sp.Party == "" {
		sp.Party = st.author
	}
	st.voice = st.newVoice(sp, heading)
	st.voice.whole, st.voice.heading, st.voice.byline = true, true, true
}

// isByline reports a heading of a name and titles alone, set off by a
// comma ("…, Minister for Foreign Affairs"): no lower-case word but
// those of titles, no sentence's end. A title in title case ("Foreign
// Minister Wang Yi Meets the Press") has no comma.
func isByline(toks []token) bool {
	if len(toks) < 2 || len(toks) > 16 {
		return false
	}
	comma := false
	for _, t := range toks {
		comma = comma || t.punct == ','
	}
	if !comma {
		return false
	}
	for _, t := range toks {
		if !t.isWord() {
			if t.punct != ',' && t.punct != '.' && t.punct != '-' {
				return false
			}
			continue
		}
		if !isCapitalized(t.text) && !bylineWords[t.lower] {
			return false
		}
	}
	return !strings.HasSuffix(toks[len(toks)-1].text, ".")
}

// namesOthersOfficial reports a heading that names a known official of
// another side, even by family name alone: "President Jokowi, Pompeo
// Discusses Economic Cooperation, Defense" is a news title about both, no
// minister's byline.
func namesOthersOfficial(toks []token, author string) bool {
	for _, t := range toks {
		if !t.isWord() || !isCapitalized(t.text) {
			continue
		}
		if o := knownOfficials().lookup(t.text); o != nil && o.party != author {
			return true
		}
	}
	return false
}
