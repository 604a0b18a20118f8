package ingest

import (
	"slices"
	"strings"
)

// Two limits on a title that refers back to a person named before
// (byTitleFrom).
//
// A person named with no country belongs to the author's side, or to the
// side the list of known officials gives: "Foreign Minister Retno Marsudi
// met with the Foreign Minister of Egypt" in an Indonesian readout names
// two people, and "the Foreign Minister of Egypt" is no second mention of
// Retno Marsudi, who would otherwise take Egypt for her party.
//
// A person may hold two offices joined by "and", and readouts repeat them
// whole: Qatar's "Prime Minister and Minister of Foreign Affairs Sheikh
// Mohammed …", then "the Prime Minister and Minister of Foreign Affairs
// expressed …". The second title is his too, not a second person (who
// made the sentence both sides').

// otherSideTitle reports that sp, a person named with no country yet,
// cannot be "the <title> of <ofParty>": the text's author is another
// side, and the list of known officials does not give sp that party.
func (b *speakerBook) otherSideTitle(sp *Speaker, ofParty string) bool {
	if ofParty == "" || sp.Party != "" || b.author == "" || ofParty == b.author {
		return false
	}
	o := knownOfficials().lookup(sp.Name)
	return o == nil || o.party != ofParty
}

// wholeRole returns where the title at toks[ts:] ends when it spells
// the head of role through a second office joined by "and" ("Prime
// Minister and Minister of Foreign Affairs", of a role that may go on
// with words a name left in it), or -1.
func wholeRole(toks []token, ts int, role string) int {
	words := strings.Fields(role)
	and := slices.Index(words, "and")
	if and < 1 {
		return -1
	}
	for k := 0; k <= and; k++ {
		if ts+k >= len(toks) || !toks[ts+k].isWord() || spellTitle(toks[ts+k].lower) != words[k] {
			return -1
		}
	}
	end := -1
	for n := and + 2; n <= len(words) && ts+n <= len(toks); n++ {
		if !toks[ts+n-1].isWord() || spellTitle(toks[ts+n-1].lower) != words[n-1] {
			break
		}
		if ts+n == len(toks) || !toks[ts+n].isWord() || !isCapitalized(toks[ts+n].text) {
			end = ts + n
		}
	}
	return end
}
