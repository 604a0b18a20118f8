package ingest

import "strings"

// Transcripts of doorstops and press conferences label turns with a
// title the text never spelt out with a name: "FOREIGN MINISTER:" on the
// minister's own site, "SENATOR WONG:", "NEW ZEALAND FOREIGN MINISTER:".
// Such a label is a turn all the same: a title alone is the author's
// official of that title (the site's own minister), a title with a
// family name is that person, a title with a nationality is of that
// country.

// titledLabelSpeaker makes the speaker of a label of title words, with
// or without a family name after them, that no one in the text or the
// project answers to; nil when the label is not such.
func (st *state) titledLabelSpeaker(toks []token, r []rune) *Speaker {
	var role []string
	i := 0
	for ; i < len(toks); i++ {
		t := toks[i]
		if !t.isWord() || !isCapitalized(t.text) && !connector[t.lower] {
			break
		}
		if !isTitleWord(t) && t.lower != "senator" && !connector[t.lower] && st.p.Gaz.find(toks[i:i+1], []rune(t.text)) == nil {
			break
		}
		role = append(role, t.text)
	}
	if len(role) == 0 || !isTitleWord(toks[0]) && toks[0].lower != "senator" {
		return nil
	}
	var name []string
	for ; i < len(toks); i++ {
		if !toks[i].isWord() || !isCapitalized(toks[i].text) || len(name) == 2 {
			return nil // more than a family name, or words: no label of a title
		}
		name = append(name, toks[i].text)
	}
	party := ""
	if ms := st.p.Gaz.find(toks, r); len(ms) > 0 {
		party = ms[0].ent.Name // "NEW ZEALAND FOREIGN MINISTER"
	}
	sp := &Speaker{Role: strings.Join(role, " ")}
	switch {
	case len(name) > 0:
		sp.Name = strings.Join(name, " ")
		if party == "" && st.knownLabelParty(sp) { // transcript_known.go
			party = sp.Party
		}
		if party == "" {
			party = st.labelParty()
		}
	default:
		if named := st.titleHolderNamed(sp.Role, party); named != nil {
			// "Minister:" under "Transcript of Minister for Foreign
			// Affairs Dr Vivian Balakrishnan's Live Interview …": the
			// one person of that title the text named (transcript_briefing.go).
			return named
		}
		// "FOREIGN MINISTER:" on the minister's own transcript.
		sp.Name = sp.Role
		if party == "" {
			party = st.author
		}
		if h := officeHolder(party, sp.Role, st.date); h != "" {
			// ... of 25 September 2018: Marise Payne, who held the
			// office that day (the list of known officials).
			if known := st.book.byName[h]; known != nil {
				return known
			}
			sp.Name, sp.office = h, true
		}
	}
	sp.Party = party
	return st.book.add(sp)
}
