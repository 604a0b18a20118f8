package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// An attribution set off by commas inside the sentence ("In the new
// year, Kerry said, the United States hopes to boost exchanges …",
// "Currently, he said, the two sides …"): Xinhua's English and agency
// relays put the speaker between the sentence's opening and what was
// said. What follows the second comma is what was said, and its cue
// decides, as it does after "Kerry said that …" (tailKind,
// kind_govern.go). Worked out on batch "late 33" (7 Dec 2026).

// asideEnd returns where what was said begins after the verb of saying
// said: right after it, or after the comma that closes an attribution
// opened by a comma before the speaker (toks[before-1]).
func asideEnd(toks []token, before int, said cue) int {
	if said.end+1 < len(toks) && toks[said.end].punct == ',' && before > 0 && toks[before-1].punct == ',' &&
		!strings.HasSuffix(toks[said.end+1].lower, "ing") {
		// Not "…, Wang said, adding that China will continue …": a
		// participle after the attribution goes on with the speaker's
		// words after the sentence he said, a view as the corpus
		// labels it (restating, kind_govern.go).
		return said.end + 1
	}
	return said.end
}

// A participle set off by commas between the subject and its verb
// ("Deputy Secretary Blinken, noting with appreciation that such efforts
// … serve US interests, proposed that the two countries continue close
// cooperation"): the aside tells what the subject noted on the way, the
// verb after it what the sentence does.
func (st *state) asideParticiple(pr *Proposal, toks []token, cues []cue, c cue, hasCue bool) {
	if pr.Skip || !hasCue || !c.weak || c.noun || pr.Kind != c.kind || c.at == 0 || c.at >= len(toks) ||
		toks[c.at-1].punct != ',' || !strings.HasSuffix(toks[c.at].lower, "ing") || !lastKindFrom(pr.Reasons, c.word) {
		return
	}
	k := c.end
	for k < len(toks) && toks[k].punct != ',' {
		if toks[k].punct == '.' || toks[k].punct == ';' {
			return
		}
		k++ // the comma that closes the aside
	}
	for _, s := range cues {
		if s.at <= k || s.noun {
			continue // what the aside tells ("noting the progress made …")
		}
		if s.weak || s.kind == storage.KindAccount || s.at > k+2 || s.at > k+1 && !isAdverb(toks[k+1]) || strings.HasSuffix(toks[s.at].lower, "ing") {
			return // the verb after the aside is not one that does more
		}
		pr.Kind = s.kind
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: %s, '%s …, %s': the verb after the aside decides", s.kind, c.word, s.word))
		return
	}
}

// lastKindFrom reports whether the last kind reason names word as its
// cue ("kind: position, from 'noting'").
func lastKindFrom(reasons []string, word string) bool {
	for i := len(reasons) - 1; i >= 0; i-- {
		if strings.HasPrefix(reasons[i], "kind: ") {
			return strings.Contains(reasons[i], "from '"+word+"'")
		}
	}
	return false
}
