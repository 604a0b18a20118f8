package ingest

import "strings"

// A joint statement titled by its two authors ("Joint Statement by New
// Zealand Minister of Foreign Affairs Nanaia Mahuta and German Foreign
// Minister Annalena Baerbock") or released under one minister's byline
// ("Joint Statement Following Australia-Aotearoa New Zealand Foreign
// Minister Consultations" over "Hon Nanaia Mahuta, Minister of Foreign
// Affairs") is the words of both: its "we" is both sides, and a weak verb
// of theirs ("We emphasize …", "The Ministers expressed their support
// for …") is their agreement, not one minister's position.

// headingOfTwo reports a heading "Joint Statement by …" that names, after
// its "statement by" (from rune at), people of two sides: their joint
// words, no one's remarks.
func (st *state) headingOfTwo(heading string, sps []speakerMention, toks []token, at int) bool {
	if !strings.Contains(strings.ToLower(heading), "joint statement by ") {
		// "Remarks by … Borrell at the Joint Press Statement with US
		// Secretary of State Antony Blinken" are his.
		return false
	}
	parties := map[string]bool{}
	for _, m := range sps {
		if toks[m.from].start < at {
			continue
		}
		if p := st.partyOf(m.sp); p != "" {
			parties[p] = true
		}
	}
	return len(parties) >= 2
}
