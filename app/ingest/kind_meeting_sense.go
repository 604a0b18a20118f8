package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// A verb of meeting or of dealing with something tells an event only in
// that sense. Said of how a side regards another, of how a thing was
// taken, of what someone's attention is on, or of what a side does as a
// rule, the same words tell no meeting, and the sentence is read for its
// other cues (by the test of *account or position*, docs/import.md):
//
//   - "South Africa holds Namibia in high esteem": a regard, not a
//     meeting held; "China holds that the Cold War mentality should be
//     abandoned": a view; "ASEAN holds the centre of a region": no
//     meeting, talk or event is held;
//   - "it was very well received by the heads of government": how a
//     thing was taken, not a visitor received;
//   - "Ministers are very much focused on the diplomatic solution": where
//     their attention is, in the present, not what a meeting dealt with
//     ("The meeting … was focused on …" still tells it);
//   - "These are excellent starting points for today": a compound noun;
//   - "we do meet frequently", "the two leaders meet regularly": a habit,
//     not a meeting told.

// meetingSenseless reports a verb of meeting at token i used in a sense
// that tells no meeting.
func meetingSenseless(toks []token, i int) bool {
	return meetingSense(toks, i) != ""
}

// meetingSense says what a verb of meeting at token i tells instead of
// a meeting, or "" when it tells one.
func meetingSense(toks []token, i int) string {
	w := toks[i].lower
	switch w {
	case "hold", "holds", "held", "holding":
		if heldInRegard(toks, i) {
			return fmt.Sprintf("'%s … in … esteem' is a regard, not a meeting held", toks[i].text)
		}
		if heldView(toks, i) {
			return fmt.Sprintf("'%s that' states a view, not a meeting held", toks[i].text)
		}
		if heldNoEvent(toks, i) {
			return fmt.Sprintf("'%s' holds no meeting, talk or event", toks[i].text)
		}
	case "received":
		if i > 0 && toks[i-1].lower == "well" {
			return "'well received' is how a thing was taken, not a visitor received"
		}
	case "focused", "focussed":
		if presentFocus(toks, i) {
			return fmt.Sprintf("'%s' in the present tells where attention is, not what a meeting dealt with", toks[i].text)
		}
	case "meet", "meets", "talk", "talks":
		if habitual(toks, i) {
			return fmt.Sprintf("'%s' with a word of habit is what is done as a rule, not a meeting told", toks[i].text)
		}
	}
	if i+1 < len(toks) && (toks[i+1].lower == "point" || toks[i+1].lower == "points") && strings.HasSuffix(w, "ing") {
		return fmt.Sprintf("'%s %s' is a noun", toks[i].text, toks[i+1].text)
	}
	return ""
}

// meetingSenseNote says in the Why when a verb of meeting was read in a
// sense that tells no meeting, so the analyst sees why the sentence is
// no account.
func meetingSenseNote(pr *Proposal, toks []token) {
	if pr.Skip || pr.Kind == storage.KindAccount {
		return
	}
	for i, t := range toks {
		if v, ok := verbForms[t.lower]; ok && v.kind == storage.KindAccount {
			if why := meetingSense(toks, i); why != "" {
				pr.Reasons = append(pr.Reasons, "kind: no meeting, "+why)
				return
			}
		}
	}
}

// regardWords end "holds X in high esteem".
var regardWords = set("esteem", "regard")

// heldInRegard reports "holds Namibia in high esteem", "held in the
// highest regard": "in" and a word of regard within a few words.
func heldInRegard(toks []token, i int) bool {
	for j := i + 1; j < len(toks) && j <= i+7; j++ {
		if !toks[j].isWord() {
			return false
		}
		if toks[j].lower != "in" {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+3; k++ {
			if regardWords[toks[k].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// focusLinks are the present forms of "be" (and "remain") before
// "focused on" that tell where attention is now.
var focusLinks = set("is", "are", "am", "'re", "’re", "we're", "we’re", "i'm", "i’m", "remain", "remains", "stay", "stays")

// focusAdverbs may stand between the link and "focused".
var focusAdverbs = set("very", "much", "so", "fully", "really", "particularly", "all", "also", "squarely", "firmly",
	"clearly", "still", "now", "entirely", "completely", "totally", "sharply", "closely")

// presentFocus reports "are (very much) focused on" whose subject is no
// meeting ("The talks are focused on trade" tells what a meeting deals
// with).
func presentFocus(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && focusAdverbs[toks[j].lower] {
		j--
	}
	if j < 0 || !focusLinks[toks[j].lower] {
		return false
	}
	if j > 0 {
		if s := toks[j-1].lower; eventNouns[s] || callNouns[s] || s == "discussion" || s == "agenda" || s == "visit" || s == "conference" {
			return false
		}
	}
	return true
}

// habitWords make a present verb of meeting a habit.
var habitWords = set("frequently", "regularly", "often", "always", "usually", "routinely")

// habitual reports "we do meet frequently", "they regularly meet": a
// verb of meeting in the present with a word of habit next to it.
func habitual(toks []token, i int) bool {
	for j := max(i-2, 0); j < len(toks) && j <= i+2; j++ {
		if j != i && habitWords[toks[j].lower] {
			return true
		}
	}
	return false
}

// heldView reports "holds that …" at token i: a verb of saying what is
// held ("China holds that the Cold War mentality should be abandoned"),
// its weak cue.
func heldView(toks []token, i int) bool {
	switch toks[i].lower {
	case "hold", "holds", "held", "holding":
		return i+1 < len(toks) && toks[i+1].lower == "that"
	}
	return false
}

// heldEvents are what is held when "hold" tells a meeting: talks, a
// call, a summit, a dinner, a ceremony, an election.
var heldEvents = set("talks", "talk", "meeting", "meetings", "call", "calls", "conversation", "conversations", "dialogue",
	"dialogues", "consultation", "consultations", "summit", "summits", "conference", "conferences", "session", "sessions",
	"discussion", "discussions", "exchange", "exchanges", "lunch", "luncheon", "dinner", "breakfast", "reception",
	"ceremony", "round", "forum", "retreat", "election", "elections", "event", "events", "press", "briefing", "interview",
	"negotiations", "videoconference", "teleconference", "council", "commission", "vote", "referendum", "hearing",
	"bilateral", "bilaterals", "rally", "celebration", "celebrations", "commemoration", "parade", "exercise", "exercises",
	"drills", "workshop", "seminar", "symposium", "festival", "gathering", "audience", "consultative", "meet", "video", "phone",
	"telephone", "virtual", "ministerial", "plenary", "debate", "debates", "inauguration", "signing", "talking", "meetings")

// heldNoEvent reports an active "hold" with no meeting, talk or event
// among the words after it ("ASEAN holds the centre of a region", "The
// ceasefire held its first stress test", "hold high the banner"): no
// meeting held. A passive ("was held on 6 September") has the event
// for its subject, and is left alone.
func heldNoEvent(toks []token, i int) bool {
	if i > 0 && (beForms[toks[i-1].lower] || toks[i-1].lower == "to" && i > 1 && beForms[toks[i-2].lower]) {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+25; j++ {
		if toks[j].punct == '.' || toks[j].punct == ';' {
			break
		}
		if heldEvents[toks[j].lower] {
			return false
		}
	}
	return true
}
