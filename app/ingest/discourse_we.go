package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// The first person in a readout is usually its author's ("We call on
// …", "I raised …"), but after a meeting "we" is often both sides telling
// what they did together: "we had an in-depth exchange", "we discussed a
// wide range of topics", "We took stock of …". Those sentences are joint.

// noteCounterpart remembers the other side of a readout: the party of the
// first person named who is not the author's ("Foreign Affairs Minister
// of China, Wang Yi"), or the other half of a compound naming the author
// ("EU-India Strategic Dialogue").
func (st *state) noteCounterpart(toks []token, ents []mention, sps []speakerMention) {
	if st.counter != "" || st.author == "" {
		return
	}
	for _, m := range sps {
		if p := st.partyOf(m.sp); p != "" && p != st.author {
			st.counter = p
			return
		}
	}
	for i, m := range ents {
		if m.ent.Name == st.author || m.from == 0 || !toks[m.from].compound || !toks[m.from-1].compound {
			continue
		}
		// "EU-India": the part before the hyphen is the author.
		if i > 0 && ents[i-1].to == m.from && ents[i-1].ent.Name == st.author {
			st.counter = m.ent.Name
			return
		}
	}
}

// jointVerbs are what two sides do together at a meeting; "we" before
// one of them is both sides.
var jointVerbs = set("held", "hold", "holding", "discussed", "discuss", "discussing", "addressed", "exchanged",
	"talked", "met", "reviewed", "touched", "spoke", "talk", "meet")

// jointNouns make "we had …" a meeting of both sides ("we had an in-depth
// exchange", "We had a very open and frank dialogue").
var jointNouns = set("exchange", "exchanges", "discussion", "discussions", "dialogue", "meeting", "talks",
	"conversation", "consultations", "summit", "forum")

// editorialBracket reports a square bracket, which a transcript puts
// around words its editors added.
func editorialBracket(t token) bool { return t.punct == '[' || t.punct == ']' }

// weTogether makes a sentence whose subject is "we" doing what both sides
// of a meeting do together joint, with no speaker: the author and the
// counterpart, once the readout has named one.
func (st *state) weTogether(pr *Proposal, toks []token, subj []actor, cues []cue) {
	// "we" opens the sentence's own clause ("So today we took …", "In
	// particular we already discussed …"), not one deep inside it ("…
	// to establish how we will work together").
	if len(subj) != 1 || subj[0].kind != actorWe || !isWe(subj[0].text) || subj[0].from > 5 || st.groupsOwn(toks) {
		return
	}
	if viewOfMeeting(toks, subj[0]) {
		return
	}
	parties := st.pair
	if len(parties) != 2 {
		if st.counter == "" {
			return
		}
		parties = []string{st.author, st.counter}
	}
	verb, ahead := jointVerbAt(toks, subj[0].to)
	if verb == "" {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), parties...), nil
	why := fmt.Sprintf("party: joint, '%s %s': what both sides did at the meeting", subj[0].text, verb)
	if ahead {
		// "We will continue working together": what both sides will do;
		// the kind stays the sentence's own.
		why = fmt.Sprintf("party: joint, '%s %s': what both sides will do", subj[0].text, verb)
	} else {
		pr.Kind = storage.KindAccount
	}
	for _, c := range cues {
		if c.at > subj[0].to && !c.noun && c.kind == storage.KindAgreement {
			// "We took stock of … and agreed on the need to …"
			pr.Kind = storage.KindAgreement
			why += fmt.Sprintf("; kind: agreement, from '%s'", c.word)
			break
		}
	}
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, why)
}

// jointVerbAt returns the joint verb after "we" at toks[i] ("we
// discussed", "we had an in-depth exchange", "We already work
// together", "we are holding", "We took stock", "We will continue
// working together"), or "", and whether it lies ahead ("will").
func jointVerbAt(toks []token, i int) (string, bool) {
	ahead := false
	for k := i; k < len(toks) && k < i+5; k++ {
		l := toks[k].lower
		switch {
		case !toks[k].isWord():
			return "", false
		case l == "will" || l == "shall" || l == "continue" || l == "to":
			ahead = true
		case ahead && l == "be":
			// "we will be discussing trade"
		case (l == "work" || l == "worked" || l == "working") && k+1 < len(toks) && toks[k+1].lower == "together":
			return l + " together", ahead
		case jointVerbs[l]:
			return l, ahead // "we will be discussing trade": the talks both sides hold
		case l == "took" && k+1 < len(toks) && toks[k+1].lower == "stock":
			return "took stock", false
		case l == "had" || l == "have":
			// Square brackets are a transcript's editorial insertions
			// ("We had a [EU-GCC] Structured [Security] Dialogue"):
			// the sentence runs on through them.
			end := k + 8
			for n := k + 1; n < len(toks) && n < end && (toks[n].isWord() || editorialBracket(toks[n])); n++ {
				if editorialBracket(toks[n]) {
					end++ // brackets take no place among the words
					continue
				}
				if jointNouns[toks[n].lower] {
					return l + " … " + toks[n].lower, false
				}
				if jointVerbs[toks[n].lower] {
					return l + " " + toks[n].lower, false // "we have discussed"
				}
			}
			return "", false
		case l == "also" || l == "first" || l == "then" || l == "already" || l == "are" || l == "were" || l == "today":
		default:
			return "", false
		}
	}
	return "", false
}

// jointTitles name a text both sides issued together.
var jointTitles = []string{"joint statement", "joint communiqué", "joint communique", "joint declaration",
	"joint press statement", "joint readout",
	// (not a "joint media release": in Canberra, of two ministers of
	// one government)
	"co-chairs' statement", "co-chairs’ statement", "co-chair's statement", "co-chair’s statement",
	"co-chairs' press statement", "co-chairs’ press statement", "联合声明", "联合公报"}

// noteJointDoc remembers a heading that calls the text a joint statement
// ("Joint Statement on the Outcome of the EU-Japan Summit"): its "we" and
// its sentences without a subject are both sides', whoever published it.
func (st *state) noteJointDoc(heading string) {
	// Most headings are no joint statement: look before lowering.
	if st.jointDoc || !strings.Contains(heading, "oint ") && !strings.Contains(heading, "OINT ") && !strings.Contains(heading, "联合") &&
		!strings.Contains(heading, "o-") && !strings.Contains(heading, "O-") {
		return
	}
	low := strings.ToLower(heading)
	for _, w := range jointTitles {
		if strings.Contains(low, w) {
			st.jointDoc = true
			return
		}
	}
	st.jointDoc = jointQualified(low) // joint_titles_qualified.go
}

// noteSignatories remembers who issued a joint statement, from the first
// sentence that says so: "We, the Foreign Ministers of Australia, India
// and Japan and the Secretary of State of the United States of America
// met …", "The following is the joint statement issued by the United
// States Secretary of State and the Foreign Ministers of … the Republic
// of Korea and Japan", or a subject naming three parties' people or more
// ("Secretary Blinken, Foreign Minister Hayashi, and Foreign Minister Park
// Jin met"). A statement by two needs no list: its pair is the two.
func (st *state) noteSignatories(text string, toks []token, subj []actor, as []actor) {
	// A later sentence may name more of them than the heading did
	// ("Joint Statement on the U.S.-Japan-Republic of Korea …", then
	// "… released by the U.S. Deputy Secretary of State and the Vice
	// Ministers of Foreign Affairs of Japan and the Republic of Korea"):
	// the fuller list wins (widens, party_group.go).
	if len(st.signatories) > 0 && !mayWiden(text, toks, subj, len(st.signatories)) {
		return
	}
	var ps []string
	low := strings.ToLower(text)
	switch {
	case len(toks) > 2 && toks[0].lower == "we" && toks[1].punct == ',':
		// "We, the Foreign Ministers of Japan and Australia, …": a
		// statement of all it names, whatever its heading said; the
		// apposition names them, not what follows its verb ("We, the
		// Heads of State/Government of ASEAN, gathered … under the
		// Chairmanship of the Republic of Indonesia" is ASEAN's alone).
		end := weApposition(toks)
		for _, a := range as {
			if a.ent != nil && a.from < end && (a.from == 0 || !placePrepositions[toks[a.from-1].lower]) {
				// (not the place: "…, gathered in Bangkok")
				ps = appendUnique(ps, a.ent.Name)
			}
		}
		st.jointDoc = st.jointDoc || len(ps) >= 2
	case issuedBy(low):
		st.jointDoc = true
		for _, a := range as {
			if a.ent != nil {
				ps = appendUnique(ps, a.ent.Name)
			}
		}
	default:
		if len(subj) > 0 && meetingCovers(toks, subj[0].from) { // party_names.go
			return
		}
		for _, a := range subj {
			if a.ent != nil {
				ps = appendUnique(ps, a.ent.Name)
			}
		}
		if len(ps) < 3 {
			return
		}
	}
	if len(ps) >= 2 && (len(st.signatories) == 0 || widens(st.signatories, ps)) {
		st.signatories = ps
	}
}

// jointOrPair is who issued a joint statement, else the two principals
// once named, else the parties a joint phrase stands for.
func (st *state) jointOrPair() []string {
	if len(st.signatories) >= 2 {
		return append([]string(nil), st.signatories...)
	}
	if len(st.pair) == 2 {
		return append([]string(nil), st.pair...)
	}
	return append([]string(nil), st.joint...)
}
