package ingest

import (
	"fmt"
	"strings"
)

// What both sides did at the meeting, told with no one as its subject
// (worked out on batch "late 31", summaries and releases of summits and
// ministers' meetings):
//
//   - a signing, or an event of both, told in the passive: "In addition,
//     two treaties were signed.", "A signing ceremony of memorandums of
//     understanding (MOUs) and a joint press conference were held
//     afterwards." — no side signs alone, and a joint press conference
//     is both leaders';
//   - the meeting as the subject after an opening phrase: "In addition to
//     a discussion on bilateral relations, the agenda of the meeting
//     included …" is the meeting's agenda as "The agenda included …" is
//     (meetingNarrated), past the phrase before it;
//   - "During the meeting, the authorities highlighted …": Latin American
//     ministries' English for "las autoridades", the two ministers who
//     met, as "both authorities" are (discourse_roundup.go).

// signedVerbs, in the passive with no agent, tell a signing.
var signedVerbs = set("signed", "initialled", "initialed", "countersigned")

// jointEventWords, in the subject of "was held" or "took place", name an
// event of both sides: "a signing ceremony", "a joint press conference".
var jointEventWords = set("signing", "joint")

// jointEvents makes a narrated sentence telling a signing or a joint
// event in the passive both sides', once the text has named the two.
func (st *state) jointEvents(pr *Proposal, toks []token, subj []actor) {
	if pr.Joint() || st.author == "" || pr.Speaker != nil || st.groupOpen || st.chairDoc || len(subj) > 0 {
		return
	}
	sides := st.namedSides()
	if len(sides) != 2 {
		return
	}
	why := ""
	for i := 0; i+1 < len(toks) && why == ""; i++ {
		l := toks[i].lower
		switch {
		case l == "was" || l == "were" || l == "been":
			k := i + 1
			for k < len(toks) && isAdverb(toks[k]) {
				k++
			}
			if k >= len(toks) {
				break
			}
			if signedVerbs[toks[k].lower] && (k+1 >= len(toks) || toks[k+1].lower != "by") {
				why = fmt.Sprintf("'%s %s' with no one named: a signing takes both sides", toks[i].text, toks[k].text)
			}
			if toks[k].lower == "held" && (k+1 >= len(toks) || toks[k+1].lower != "by") && jointEventBefore(toks, i) {
				why = "an event of both sides ('" + jointEventWord(toks, i) + "') held"
			}
		case l == "took" && toks[i+1].lower == "place" && jointEventBefore(toks, i):
			why = "an event of both sides ('" + jointEventWord(toks, i) + "') took place"
		}
	}
	if why == "" {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), sides...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, "party: joint, "+why)
}

// jointEventBefore reports a word of jointEventWords before toks[at] in
// the sentence's subject, with no "hosted by" (one side's dinner).
func jointEventBefore(toks []token, at int) bool {
	return jointEventWord(toks, at) != ""
}

// jointEventWord is the event word before toks[at], or "".
func jointEventWord(toks []token, at int) string {
	word := ""
	for j := 0; j < at; j++ {
		l := toks[j].lower
		if meetingHostVerbs[l] {
			return ""
		}
		if word == "" && jointEventWords[l] {
			word = toks[j].text
		}
	}
	return word
}

// openingPhraseEnd returns the index of the comma closing an opening
// phrase of time or addition ("In addition to a discussion on bilateral
// relations,", "During the meeting,", "At the talks,"), or -1.
func openingPhraseEnd(toks []token) int {
	if len(toks) < 4 {
		return -1
	}
	switch toks[0].lower {
	case "in", "during", "at", "after", "following", "besides", "apart":
	default:
		return -1
	}
	for i := 1; i < len(toks) && i < 14; i++ {
		if toks[i].punct == ',' {
			return i
		}
		if !toks[i].isWord() && toks[i].punct != '-' {
			return -1
		}
	}
	return -1
}

// narratedAfterOpening finds the meeting heading a sentence past an
// opening phrase ("In addition to …, the agenda of the meeting
// included …"), with indices into toks, or -1.
func narratedAfterOpening(toks []token) (head, verb int) {
	k := openingPhraseEnd(toks)
	if k < 0 || k+4 >= len(toks) {
		return -1, -1
	}
	head, verb = narratedMeeting(toks[k+1:])
	if head < 0 {
		return -1, -1
	}
	if verb >= 0 {
		verb += k + 1
	}
	return head + k + 1, verb
}

// authoritiesMet makes "the authorities" right after "During the
// meeting," both sides: those who met.
func (st *state) authoritiesMet(pr *Proposal, toks []token) {
	if pr.Joint() || st.author == "" || pr.Speaker != nil || st.groupOpen || st.chairDoc {
		return
	}
	k := openingPhraseEnd(toks)
	if k < 3 || toks[0].lower != "during" && toks[0].lower != "at" || !meetingHeads[toks[k-1].lower] ||
		k+3 >= len(toks) || toks[k+1].lower != "the" || toks[k+2].lower != "authorities" {
		return
	}
	st.jointOfThoseWhoMet(pr, fmt.Sprintf("party: joint, 'the authorities' %s are those who met",
		strings.ToLower(joinTokens(toks[:k]))))
}
