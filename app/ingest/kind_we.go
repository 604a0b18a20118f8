package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"parley/storage"
)

// weMet makes "we" with a verb of meeting right after it both sides'
// account: in a statement or remarks after talks, "We discussed Libya",
// "We had a good and constructive discussion", "So today we took the
// opportunity to exchange views" tell what the two sides did together,
// as "we agreed" is both sides' agreement (weAgreed).
func (st *state) weMet(pr *Proposal, toks []token, subj []actor, c cue, hasCue bool) {
	if !hasCue || c.noun || len(subj) != 1 || subj[0].kind != actorWe || !isWe(subj[0].text) || len(pr.Parties) != 1 {
		return
	}
	kind, what := storage.KindAccount, "a meeting takes both sides"
	if viewOfMeeting(toks, subj[0]) || feltThatWe(toks) != "" || inSubordinate(toks, subj[0].from) {
		return
	}
	switch {
	case hostVerbs[c.lemma()]:
		// "we hosted a Summit of South American Leaders": the host's
		// deed, one side's.
		return
	case c.kind == storage.KindAccount && leadsClause(toks, subj, c):
	case weAssent[c.lemma()] && c.at >= subj[0].to && c.at <= subj[0].to+2:
		// "we confirmed our shared understanding that …"
		kind, what = storage.KindAgreement, "what both sides confirm is their agreement"
	default:
		return
	}
	parties := st.joint
	if len(st.pair) == 2 {
		parties = st.pair
	} else if p := st.pairOfSides(); st.counterHead && p != nil {
		// "Remarks Prior to a Meeting With Prime Minister Keir Starmer
		// of the United Kingdom": the side the heading meets, not the
		// country the remarks name most (Ukraine, discussed).
		parties = p
	}
	if len(parties) < 2 || st.soloRemarks() || st.groupsOwn(toks) {
		return
	}
	pr.Parties, pr.Speaker, pr.Kind = append([]string(nil), parties...), nil, kind
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s %s': %s; kind: %s", subj[0].text, c.word, what, kind))
}

// hostVerbs tell what one side did as host: "we" before them is the
// speaker's side alone.
var hostVerbs = set("hosted", "host", "hosts", "hosting", "organised", "organized", "organise", "organize", "convened",
	"chaired", "welcomed", "received", "invited")

// weAssent are the verbs by which "we" after talks are both sides.
var weAssent = set("confirmed", "concurred", "reconfirmed")

// isWe reports "we" and its contractions ("We've", "we'll").
func isWe(s string) bool {
	// Only the first three runes can make it "we", "we'…" or "we’…", and
	// lower-casing goes rune by rune: only they are lower-cased.
	head := s
	for i, n := 0, 0; i < len(s); n++ {
		if n == 3 {
			head = s[:i]
			break
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	low := strings.ToLower(head)
	return low == "we" && len(head) == len(s) || strings.HasPrefix(low, "we'") || strings.HasPrefix(low, "we’")
}

// addressed are the words that follow a name addressed at the head of
// remarks ("John, thank you for your visit", "Mr State Counsellor, you
// hosted …", "Minister, I am pleased …").
var addressed = set("thank", "thanks", "you", "i", "i'm", "i’m", "we", "we've", "we’ve", "let", "welcome", "it", "dear")

// dropVocative drops a subject that is only the person addressed: a name
// or title opening the sentence, set off by a comma and followed by
// "thank you", "you", "I" or "we". The speaker of such a sentence is the
// one whose remarks these are, not the person named.
func dropVocative(toks []token, subj []actor) []actor {
	if len(subj) == 0 || subj[0].kind != actorSpeaker {
		return subj
	}
	if f := subj[0].from; f >= 2 && (toks[f-1].lower == "that" || toks[f-1].lower == "which") && toks[f-2].isWord() {
		// "All the work that John has done …": the person of a
		// relative clause after a noun is not the sentence's subject;
		// after a verb ("said that John …") the clause is what was said.
		if _, verb := verbForms[toks[f-2].lower]; !verb {
			return subj[1:]
		}
	}
	if f := subj[0].from; f >= 2 && toks[f-1].punct == ',' && toks[f-2].lower == "you" {
		// "My warm welcome to you, Secretary Lammy, and your
		// delegation.": the person addressed after "you".
		return subj[1:]
	}
	if f := subj[0].from; f > 1 && toks[f-1].punct != ',' {
		// A name after a lead-in is addressed only when commas set it
		// off on both sides: "And indeed, President Lula, you brought
		// Brazil back …", "In fact, Excellency, it is …".
		return subj
	}
	k := subj[0].to
	if k+1 >= len(toks) || toks[k].punct != ',' || !addressed[toks[k+1].lower] {
		return subj
	}
	return subj[1:]
}

// subordinators open a clause that is not the sentence's main one.
var subordinators = set("since", "as", "because", "if", "when", "while", "although", "though", "once", "unless",
	"whenever", "whereas")

// inSubordinate reports a subject at toks[i] inside a subordinate clause
// ("Therefore, since we are going to meet, we must talk seriously …,
// Wang said"): what "we" do there frames the sentence, it is not what
// it tells.
func inSubordinate(toks []token, i int) bool {
	return i > 0 && toks[i-1].isWord() && subordinators[toks[i-1].lower]
}
