package ingest

import "strings"

// In a speaker's remarks a sentence whose subject is the speaker or the
// speaker's side and whose verb tells, in the past, a step taken ("On
// this trip I also announced Japan's candidacy …", "After the outbreak,
// the Chinese government immediately set up a nationwide mechanism …",
// "We have taken the most comprehensive … measures", "I have summarized
// the outcomes of this trip into three areas") tells what was done: an
// account, where the remarks' default would make it a position. Past
// forms that state a feeling or a view ("I was pleased", "we believed",
// "I wanted to") are no steps, nor are verbs of saying, whose own cues
// decide.

// doneByOwn returns the past verb of a step the speaker's "I" or "we" (or
// "the … government") took, at the head of the sentence's main clause,
// or "".
func doneByOwn(toks []token) string {
	i := ownSubjectEnd(toks)
	perfect := false
	if i < -1 {
		i, perfect = -i-1, true // "We've done the review"
	}
	if i < 0 {
		return ""
	}
	for ; i < len(toks); i++ {
		l := toks[i].lower
		if toks[i].punct == '\'' || toks[i].punct == '’' {
			continue
		}
		if stepAdverbs[l] {
			continue
		}
		if (l == "have" || l == "has" || l == "ve") && !perfect {
			perfect = true
			continue
		}
		break
	}
	if i >= len(toks) || !toks[i].isWord() {
		return ""
	}
	w := toks[i].lower
	if i+1 < len(toks) && toks[i+1].lower == "to" && !perfect {
		return "" // "I wanted to", "we used to": an attitude or a habit
	}
	if w == "made" && i+1 < len(toks) && toks[i+1].lower == "clear" {
		return "" // "made clear": a saying
	}
	if pastSteps[w] || strings.HasSuffix(w, "ed") && len(w) > 3 && !pastStates[w] {
		return toks[i].text
	}
	return ""
}

// ownSubjectEnd finds "I", "we" or "the (…) government" opening the main
// clause (the sentence's head, or after an opening phrase and its comma)
// and returns the token after it, or -1.
func ownSubjectEnd(toks []token) int {
	start := 0
	for j := 0; j < len(toks) && j < 12; j++ {
		if toks[j].lower == "i" || toks[j].lower == "we" {
			break // "And I understand very well, we discussed …": a clause of its own first
		}
		if clauseVerbs[toks[j].lower] {
			break // "Hamas is a terrorist organisation, we've listed it": a clause first
		}
		if toks[j].punct == ',' {
			start = j + 1
			break
		}
	}
	cands := []int{0, start}
	if len(toks) > 0 && stepOpeners[toks[0].lower] {
		// "On this trip I also announced …": a short opening phrase
		// with no comma.
		for j := 1; j < len(toks) && j < 6; j++ {
			if toks[j].lower == "i" || toks[j].lower == "we" {
				cands = append(cands, j)
				break
			}
			if !toks[j].isWord() {
				break
			}
		}
	}
	for _, s := range cands {
		if s >= len(toks) {
			continue
		}
		switch l := strings.ReplaceAll(toks[s].lower, "’", "'"); {
		case l == "i" || l == "we":
			return s + 1
		case l == "i've" || l == "we've":
			return -(s + 2) // the perfect's "have" is in the token
		case l == "the":
			for k := s + 1; k < len(toks) && k <= s+3; k++ {
				if toks[k].lower == "government" {
					return k + 1
				}
				if !toks[k].isWord() {
					break
				}
			}
		}
	}
	return -1
}

// clauseVerbs make an opening part before a comma a clause of its own.
var clauseVerbs = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "must", "should")

// stepOpeners open a short phrase of time or place before the subject.
var stepOpeners = set("on", "in", "at", "during", "after", "before", "since", "today", "yesterday", "earlier",
	"later", "this", "last", "then")

// stepAdverbs may stand between the subject and its verb.
var stepAdverbs = set("also", "then", "already", "immediately", "just", "recently", "first", "further", "today",
	"yesterday", "once", "again", "jointly", "together", "successfully", "finally", "formally", "officially")

// pastSteps are irregular past forms (and participles after "have") of
// steps taken.
var pastSteps = set("set", "took", "taken", "made", "gave", "given", "sent", "built", "began", "begun", "put",
	"brought", "paid", "led", "won", "sought", "laid", "undertook", "undertaken", "wrote", "written", "went")

// pastStates are past forms that state a feeling, a view or a saying, not
// a step: the remarks' other rules decide them.
var pastStates = set("pleased", "delighted", "honoured", "honored", "concerned", "worried", "interested",
	"committed", "determined", "convinced", "prepared", "encouraged", "disappointed", "surprised", "satisfied",
	"excited", "celebrated", "believed", "hoped", "wanted", "wished", "liked", "loved", "needed", "expected", "welcomed",
	"appreciated", "thanked", "noted", "stated", "stressed", "emphasized", "emphasised", "reaffirmed", "confirmed",
	"agreed", "decided", "shared", "expressed", "raised", "urged", "called", "asked", "requested", "proposed",
	"suggested", "offered", "invited", "pledged", "promised", "opposed", "rejected", "condemned", "underlined",
	"underscored", "highlighted", "reiterated", "explained", "outlined", "mentioned", "indicated", "conveyed",
	"recognized", "recognised", "acknowledged", "got", "been", "become", "continued", "learned", "learnt", "seemed", "looked", "felt", "seen", "heard",
	"supported", "reached", "based", "united", "engaged", "focused", "tired", "aligned", "placed", "blessed")

// pastStepsDone adds the participles of steps a perfect tells ("We've
// done the review", "I've just returned from …").
func init() {
	for _, w := range []string{"done", "returned", "completed", "finished", "held", "met", "visited", "spoken"} {
		pastSteps[w] = true
	}
}
