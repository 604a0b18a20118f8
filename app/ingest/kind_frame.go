package ingest

import (
	"fmt"

	"parley/storage"
)

// A judgement that frames what happened (docs/import.md, "Where two
// kinds meet", account or position): "It is important that we meet today
// after discussions at the G20", "it is significant that the two sides
// were able to …", "it is early to be disappointed after one meeting",
// "it is a great honour to warmly welcome you" judge the meeting they
// name; the sentence says how the speaker sees it, a view, though a verb
// of meeting stands in it. A worry so framed ("It is deeply regrettable
// that my first meeting … is taking place under these circumstances") is
// a concern. Told in the past ("It was a pleasure to speak with Prime
// Minister Modi today") it tells of the meeting, an account, as before.
// Worked out on the late part's position-as-account misses of 7 Dec 2026
// (batches "late 15", "late 20", "late 34" and an Australian press
// conference of the late part).

// framingJudgements after "it is" judge what follows "that" or "to".
var framingJudgements = set("important", "significant", "essential", "crucial", "vital", "early", "clear", "good",
	"great", "critical", "right", "natural", "encouraging", "heartening", "remarkable", "honour", "honor",
	"pleasure", "privilege", "necessary", "timely", "fitting", "appropriate", "unfortunate")

// framingWorries after "it is" voice a worry about what follows.
var framingWorries = set("regrettable", "worrying", "concerning", "alarming", "disturbing", "troubling", "deplorable")

// framingFillers may stand between "it is" and the judgement ("it is a
// great honour", "it is deeply regrettable").
var framingFillers = set("a", "an", "very", "so", "most", "particularly", "especially", "also", "really", "great", "deeply",
	"extremely", "truly", "indeed", "therefore", "thus", "still", "quite", "highly")

// judgedFrame makes an account a view (or a concern) when a clause opens
// with "it is" and a judgement that frames the rest.
func (st *state) judgedFrame(pr *Proposal, toks []token) {
	if pr.Skip || pr.Kind != storage.KindAccount || hasCJKRunes([]rune(pr.Text)) {
		return
	}
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower != "it" && toks[i].lower != "it's" && toks[i].lower != "it’s" || i > 0 && toks[i-1].punct != ',' {
			continue
		}
		j := i + 1
		if toks[i].lower == "it" {
			if toks[j].lower != "is" {
				continue
			}
			j++
		}
		for n := 0; n < 3 && j+1 < len(toks) && framingFillers[toks[j].lower] && toks[j+1].lower != "that" && toks[j+1].lower != "to"; n++ {
			j++ // "a great honour": "great" judges only when "that" or "to" follows it
		}
		if j+1 >= len(toks) || toks[j+1].lower != "that" && toks[j+1].lower != "to" {
			continue
		}
		w := toks[j].lower
		switch {
		case framingWorries[w]:
			pr.Kind = storage.KindConcern
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: concern, 'it is %s %s' voices a worry about what it frames", toks[j].text, toks[j+1].text))
		case framingJudgements[w]:
			pr.Kind = storage.KindPosition
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, 'it is %s %s' judges what it frames", toks[j].text, toks[j+1].text))
		default:
			continue
		}
		return
	}
}

// reportedWorry reports "it is regrettable that …" (or another worry of
// framingWorries) opening a clause of what a weak verb reports, after
// toks[from] ("Prime Minister Kishida stated that while Japan had
// welcomed the pause in fighting …, it is regrettable that the fighting
// has resumed"): the worry is what is stated, a concern, as "expressed
// regret over the resumption of fighting" is.
func reportedWorry(toks []token, from int) string {
	for i := from + 1; i+3 < len(toks); i++ {
		if toks[i].lower != "it" || toks[i+1].lower != "is" || toks[i-1].punct != ',' && toks[i-1].lower != "that" {
			continue
		}
		j := i + 2
		for n := 0; n < 3 && j+1 < len(toks) && framingFillers[toks[j].lower]; n++ {
			j++
		}
		if j+1 < len(toks) && framingWorries[toks[j].lower] && toks[j+1].lower == "that" {
			return "it is " + toks[j].lower + " that"
		}
	}
	return ""
}
