package ingest

// A release that tells several calls or meetings in a row ("Prime
// Minister Justin Trudeau spoke with Leo Varadkar, the Irish Taoiseach.
// … Today, Prime Minister Justin Trudeau spoke with Emmanuel Macron,
// President of France.") names a new counterpart in each: "the two
// leaders" after the second are the author's principal and Macron, not
// the first pair.

// roundupVerbs tell of a call or meeting with the person named after
// them.
var roundupVerbs = set("met", "meets", "spoke", "speaks", "called", "calls", "held", "holds", "received", "receives",
	"hosted", "hosts", "welcomed")

// newCounterpart fixes the pair again when a sentence with a verb of
// meeting or calling names people of the author's side and of a party
// outside the pair.
func (st *state) newCounterpart(toks []token, as []actor) {
	if st.author == "" {
		return
	}
	meets := false
	for _, t := range toks {
		meets = meets || roundupVerbs[t.lower]
	}
	if !meets {
		return
	}
	author, other := false, ""
	for _, a := range as {
		if a.kind != actorSpeaker || a.speaker == nil {
			continue
		}
		switch p := st.partyOf(a.speaker); {
		case p == st.author:
			author = true
		case p != "" && p != st.pair[0] && p != st.pair[1] && other == "":
			other = p
		case p != "" && p != other:
			return // a third person of yet another side: no new pair
		}
	}
	if author && other != "" {
		st.pair = []string{st.author, other}
	}
}

// subjectCounterpart fixes the pair again when a sentence's subject is a
// person of the author's side and one of a party outside the pair
// ("Foreign Affairs Minister Gonzalez-Olaechea and U.S. Secretary of State
// Blinken highlighted …" after his meeting with Chile's minister): a
// round-up's next meeting told by its joint subject, with no verb of
// meeting, so that "both authorities" after it are those two.
func (st *state) subjectCounterpart(subj []actor) {
	if st.author == "" || len(st.pair) != 2 || len(subj) != 2 {
		return
	}
	var ps []string
	for _, a := range subj {
		if a.kind != actorSpeaker || a.speaker == nil || st.partyOf(a.speaker) == "" {
			return
		}
		ps = append(ps, st.partyOf(a.speaker))
	}
	for i, p := range ps {
		other := ps[1-i]
		if p == st.author && other != st.author && other != st.pair[0] && other != st.pair[1] {
			st.pair = []string{st.author, other}
			return
		}
	}
}
