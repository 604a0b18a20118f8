package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// welcomedOthers corrects a kind noun taken over by a weak verb when the
// noun is another party's act: "We welcome the strong commitment of the
// United States to the region" welcomes the United States' commitment,
// it makes none; "They underscored the continued commitment of the
// United States and Germany" (said by those two) stays their commitment.
func welcomedOthers(pr *Proposal, toks []token, as []actor, c cue, hasCue bool) {
	if !hasCue || !strings.Contains(c.word, " … ") || c.end+1 >= len(toks) || toks[c.end].lower != "of" {
		return
	}
	if k, noun := nounCues[toks[c.end-1].lower]; !noun || k == storage.KindObjection || k == storage.KindConcern {
		// "We reaffirm our unequivocal condemnation of Russia's … war":
		// after an objection or a worry, "of" names what is objected
		// to, not whose act it is.
		return
	}
	var other *Entity
	for _, a := range as {
		if a.from < c.end+1 || a.from > c.end+2 {
			continue
		}
		if a.ent == nil {
			return
		}
		for _, p := range pr.Parties {
			if p == a.ent.Name {
				return
			}
		}
		other = a.ent
		break
	}
	if other == nil {
		return
	}
	verb, _, _ := strings.Cut(c.word, " … ")
	pr.Kind = storage.KindPosition
	why := fmt.Sprintf("kind: position, '%s' the %s of %s, another party's", verb, toks[c.end-1].text, other.Name)
	if pr.Joint() {
		pr.Kind = storage.KindAgreement
		why = fmt.Sprintf("kind: agreement, both sides '%s' the %s of %s, another party's", verb, toks[c.end-1].text, other.Name)
	}
	pr.Reasons = append(pr.Reasons, why)
}
