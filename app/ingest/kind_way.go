package ingest

import (
	"fmt"

	"parley/storage"
)

// The step named as the only way (docs/import.md, "Where two kinds
// meet", position, proposal or demand): "The only option is to put more
// pressure on Russia", "the only way to get Russia to negotiate
// seriously is putting some more pressure on Russia", "now is the time
// to strengthen Ukraine for all scenarios" name a step, as "What we need
// is …" does — no modal, but a step all the same. Said of the speaker's
// side (or no one named) it is a proposal; "the only way is for Russia
// to withdraw" names another side and asks it to act, a demand. Worked
// out on batch "late 33" and the late part's proposal-as-position misses
// of 7 Dec 2026.

// wayNouns after "the only" name the step to take.
var wayNouns = set("way", "option", "answer", "solution", "path", "choice", "route")

// onlyWay turns a sentence whose kind no word decided into a proposal (or
// a demand) when it names a step as the only way or the time for it.
func (st *state) onlyWay(pr *Proposal, toks []token) {
	if pr.Skip || pr.Kind != storage.KindPosition || hasCJKRunes([]rune(pr.Text)) || !defaultKind(pr) {
		// A step reported after a verb of saying ("He said the only
		// solution … is to abolish the backstop") is left to the rules
		// of reported modals: the corpus labels it a view.

		return
	}
	at, what := wayStep(toks)
	if at < 0 {
		return
	}
	if j := at; j+2 < len(toks) && toks[j].lower == "for" {
		// "the only way is for Russia to withdraw": who is to act.
		for k := j + 1; k < len(toks) && k <= j+4; k++ {
			if toks[k].lower == "to" {
				if isWe(toks[j+1].lower) || toks[j+1].lower == "us" || toks[j+1].lower == "both" {
					break
				}
				pr.Kind = storage.KindDemand
				pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: demand, '%s … for %s to' names another side's step", what, toks[j+1].text))
				return
			}
		}
	}
	pr.Kind = storage.KindProposal
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: proposal, '%s' names the step to take", what))
}

// wayStep finds "the only way/option … is (to) …" or "now is the time
// to …", "it is time to …" and returns the index of the word after the
// copula (or after "time to"'s "to" minus one), and the words found; -1
// when there is none. A negated copula ("now is not the time to
// speculate") names no step; the clause after a dash may ("– now is the
// time to strengthen Ukraine").
func wayStep(toks []token) (int, string) {
	for i := 0; i+3 < len(toks); i++ {
		t := toks[i]
		if t.lower == "only" && i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "our") && wayNouns[toks[i+1].lower] {
			for j := i + 2; j < len(toks) && j <= i+14; j++ {
				if toks[j].punct == '.' || toks[j].punct == ';' {
					break
				}
				if toks[j].lower == "is" || toks[j].lower == "remains" {
					if j+1 < len(toks) && (toks[j+1].lower == "to" || toks[j+1].lower == "for" ||
						toks[j+1].isWord() && len(toks[j+1].lower) > 4 && toks[j+1].lower[len(toks[j+1].lower)-3:] == "ing") {
						return j + 1, "the only " + toks[i+1].lower + " … " + toks[j].lower
					}
					break
				}
			}
		}
		if t.lower == "time" && i >= 2 && toks[i+1].lower == "to" && toks[i-1].lower == "the" && toks[i-2].lower == "is" &&
			i >= 3 && (toks[i-3].lower == "now" || toks[i-3].lower == "it") {
			return i + 1, toks[i-3].lower + " is the time to"
		}
		if t.lower == "time" && i >= 2 && toks[i+1].lower == "to" && toks[i-1].lower == "is" && toks[i-2].lower == "it" {
			return i + 1, "it is time to"
		}
	}
	return -1, ""
}
