package ingest

import (
	"fmt"

	"parley/storage"
)

// How things are, told without a reporting verb (docs/import.md, "Where
// two kinds meet", account or position): a narrated sentence with no
// verb of saying or meeting is an account of what happened only if it
// tells an event; its first verb in the present tense ("remains", "is",
// "include") says how something is, a view. What an event is ("The
// Retreat is the first gathering of …", "This is the Secretary's first
// visit") and a document's lead-in ("The following is the joint
// statement …") stay accounts. Worked out on the late part's position-
// as-account misses of 7 Dec 2026 (batch "late 27" and earlier).

// presentStates are verbs that, in the present, say how things are.
var presentStates = set("is", "are", "remains", "remain", "represents", "represent", "includes", "include",
	"constitutes", "constitute", "lies", "lie", "plays", "play", "stands", "stand", "faces", "face", "continues", "continue")

// toldEvents after the verb make the sentence tell what an event is:
// an account ("The Retreat is the first gathering of …").
var toldEvents = set("visit", "visits", "gathering", "trip", "call", "retreat", "discussion", "readout", "statement",
	"conference", "forum", "tour", "event", "ceremony")

// pastMarks are verbs that tell what happened.
var pastMarks = set("was", "were", "had", "did", "has", "have", "took", "held", "met", "been", "will", "would")

// stateOfThings makes an account given for want of a reporting verb a
// view when its first verb says, in the present, how things are
// ("The geopolitical situation in Europe … remains a significant
// challenge", "All G7 sanctions include exemptions …").
func (st *state) stateOfThings(pr *Proposal, toks []token) {
	if pr.Skip || pr.Kind != storage.KindAccount || !accountByDefault(pr.Reasons) || hasCJKRunes([]rune(pr.Text)) ||
		doingNow(toks) != "" {
		// "We are investing heavily in innovation": the work a side
		// is doing, told (doingNow).
		return
	}
	for i, t := range toks {
		if i > 14 {
			return
		}
		if pastMarks[t.lower] {
			return
		}
		if presentStates[t.lower] && i > 0 {
			for j := 0; j < i; j++ {
				if eventNouns[toks[j].lower] || toks[j].lower == "visit" || toks[j].lower == "today" || toks[j].lower == "agenda" {
					return
				}
			}
			if toks[0].lower == "the" && i > 1 && toks[1].lower == "following" || toks[0].lower == "following" || toks[0].lower == "attached" {
				return // "The following is the joint statement released by …"
			}
			for j := i + 1; j < len(toks) && j <= i+8; j++ {
				if eventNouns[toks[j].lower] || toldEvents[toks[j].lower] {
					return // "This is the Secretary's first visit", "is paying a two-day visit"
				}
			}
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s' says how things are", t.text))
			return
		}
	}
}
