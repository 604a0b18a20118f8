package ingest

import "strings"

// Ministers who know each other call each other by the given name in
// their press remarks: "Nanaia and I met pretty early on …" in the
// Australian Foreign Minister's remarks with New Zealand's (batch "late
// 20"). A given name alone before "and I", opening the sentence, that is
// the first word of the name of a person of the other side the text has
// named, is that person: the two of them did it, both sides with no one
// speaker, as with "President Trump and I".

// givenNameAndI returns the given name of such a sentence, or "".
func (st *state) givenNameAndI(toks []token) string {
	i := 0
	for i < len(toks) && (toks[i].lower == "and" || toks[i].lower == "so" || opportunityTimes[toks[i].lower] ||
		toks[i].lower == "well" || toks[i].lower == "now" || !toks[i].isWord()) { // "So today, Tony and I …"
		i++
	}
	if i+2 >= len(toks) || !isCapitalized(toks[i].text) || toks[i+1].lower != "and" || toks[i+2].text != "I" {
		return ""
	}
	given := toks[i].text
	for _, sp := range st.book.order {
		p := st.partyOf(sp)
		if p == "" || p == st.speakingSide() {
			continue
		}
		if f := strings.Fields(sp.Name); len(f) >= 2 && shortGiven(f[0], given) || knownGivenName(p, given, sp.Name) {
			return given
		}
	}
	return ""
}

// speakingSide is the side of whoever speaks the remarks: the labelled
// speaker's in a transcript (New Zealand's minister on an Australian
// transcript, whose "Minister Payne and I" names the author's side as
// the other one), else the author's.
func (st *state) speakingSide() string {
	if v := st.voice; v != nil && v.sp != nil {
		if p := st.partyOf(v.sp); p != "" {
			return p
		}
	}
	return st.author
}

// shortGiven reports a given name as written (first) or its familiar
// short form ("Tony" for Antony, "Ben" for Benjamin): three letters or
// more that begin or end it.
func shortGiven(first, given string) bool {
	if first == given {
		return true
	}
	f, g := strings.ToLower(first), strings.ToLower(given)
	return len(g) >= 3 && len(g) < len(f) && (strings.HasPrefix(f, g) || strings.HasSuffix(f, g))
}

// knownGivenName reports a person of party the list of known officials
// names with given first and family as the last word of its full name
// ("Nanaia" for "Mahuta": Nanaia Mahuta).
func knownGivenName(party, given, family string) bool {
	f := strings.Fields(family)
	if len(f) == 0 {
		return false
	}
	last := f[len(f)-1]
	for _, row := range holderRows() {
		n := strings.Fields(row.name)
		if row.party == party && len(n) >= 2 && n[0] == given && n[len(n)-1] == last {
			return true
		}
	}
	return false
}

// otherLabelledSide is the one side other than the author's whose
// speaker a label has named in the transcript so far ("WINSTON PETERS:"
// on Australia's transcript of a joint press conference), or "" when
// none or several have.
func (st *state) otherLabelledSide() string {
	other := ""
	for _, sp := range st.tr.speakers {
		p := st.partyOf(sp)
		if p == "" || p == st.author || p == other {
			continue
		}
		if other != "" {
			return ""
		}
		other = p
	}
	return other
}
