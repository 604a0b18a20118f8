package ingest

import (
	"fmt"

	"parley/storage"
)

// A readout may give the speaker first and what he holds after a comma:
// "According to Wang Yi, China's development is driven by its own
// efforts.", "In his view, the U.S. has adopted an endless stream of
// measures …", "As Wang Yi put it, …". The side or person named after the
// comma is what was said, not who says it: the sentence is the named
// person's (or, after "his" or "her", the last speaker's), a view unless
// its words say more, and his remarks go on after it.

// viewNouns are the nouns of "In his view," and its kin.
var viewNouns = set("view", "views", "opinion", "words", "assessment", "judgement", "judgment", "understanding", "eyes")

// openerSpeaker finds such an opening: the speaker (nil for "his"/"her"
// with no speaker before), what named him, and whether one was found.
func (st *state) openerSpeaker(toks []token, as []actor) (*Speaker, string, bool) {
	comma := -1
	for i, t := range toks {
		if i > 8 {
			break
		}
		if t.punct == ',' || t.punct == ':' && stated(toks) {
			comma = i
			break
		}
	}
	if comma < 2 {
		return nil, "", false
	}
	named := func(from, to int) *Speaker {
		for _, a := range as {
			if a.from >= from && a.to <= to && a.kind == actorSpeaker && a.speaker != nil {
				return a.speaker
			}
		}
		return nil
	}
	w := func(i int) string {
		if i < len(toks) && toks[i].isWord() {
			return toks[i].lower
		}
		return ""
	}
	switch {
	case w(0) == "according" && w(1) == "to":
		// "According to Wang Yi, …", "According to him, …"
		if w(2) == "him" || w(2) == "her" {
			return st.lastSpeaker, joinTokens(toks[:comma]), st.lastSpeaker != nil
		}
		sp := named(2, comma)
		return sp, joinTokens(toks[:comma]), sp != nil
	case w(0) == "in" && (w(1) == "his" || w(1) == "her") && viewNouns[w(2)] && comma == 3:
		return st.lastSpeaker, joinTokens(toks[:comma]), st.lastSpeaker != nil
	case w(0) == "in" && w(1) == "the" && viewNouns[w(2)] && w(3) == "of":
		sp := named(4, comma)
		return sp, joinTokens(toks[:comma]), sp != nil
	case stated(toks):
		// "As stated by Spokesperson Mao Ning: China firmly opposes …",
		// "As pointed out by the Minister, …" (batch late 34)
		by := 3
		if w(2) == "out" {
			by = 4
		}
		sp := named(by, comma)
		return sp, joinTokens(toks[:comma]), sp != nil
	case w(0) == "as" && w(comma-2) == "put" && w(comma-1) == "it":
		// "As Wang Yi put it, …"
		if w(1) == "he" || w(1) == "she" {
			return st.lastSpeaker, joinTokens(toks[:comma]), st.lastSpeaker != nil
		}
		sp := named(1, comma)
		return sp, joinTokens(toks[:comma]), sp != nil
	}
	return nil, "", false
}

// openerAttribution gives a sentence that opens so its speaker and his
// side, and opens his remarks for the sentences after it.
func (st *state) openerAttribution(pr *Proposal, toks []token, as []actor) {
	if pr.Skip {
		return
	}
	sp, opener, ok := st.openerSpeaker(toks, as)
	if !ok || sp == nil {
		return
	}
	party := st.partyOf(sp)
	if party == "" && stated(toks) {
		// "As stated by Spokesperson Mao Ning:": a titled speaker
		// without nationality is the author's.
		party = st.author
	}
	if party == "" {
		return
	}
	pr.Parties, pr.Speaker = []string{party}, sp
	st.lastSpeaker, st.lastParties = sp, pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("speaker: %s, named before what he holds ('%s'); party: %s (the speaker's)", sp.Name, opener, party))
	if pr.Kind == storage.KindAccount {
		pr.Kind = storage.KindPosition
		pr.Reasons = append(pr.Reasons, "kind: position, what the speaker holds is a view, no event told")
	}
	st.voice = st.newVoice(sp, pr.Text)
}

// statedVerbs open "As stated by …", "As noted by …".
var statedVerbs = set("stated", "said", "noted", "pointed", "explained", "emphasised", "emphasized", "stressed", "underlined", "mentioned", "announced")

// stated reports a sentence that opens with "As stated by" and its kin
// ("As pointed out by" too): the person after "by" is who holds what
// follows the comma or colon.
func stated(toks []token) bool {
	if len(toks) < 4 || toks[0].lower != "as" || !statedVerbs[toks[1].lower] {
		return false
	}
	return toks[2].lower == "by" || toks[1].lower == "pointed" && toks[2].lower == "out" && toks[3].lower == "by"
}
