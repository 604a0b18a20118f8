package ingest

import (
	"testing"

	"parley/storage"
)

// Leaders of two sides a minister tells of in his remarks are no
// narrator's sentence: the remarks go on through them and after them
// (discourse_leaders_recalled.go).
func TestLeadersRecalledInMinistersRemarks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the recalled meeting is the minister's account", author: "China",
			text:    "On July 25, 2023, Foreign Minister Wang Yi met with Foreign Minister Penny Wong of Australia in Jakarta.\n\nWang Yi said that China-Australia relations have returned to the right track. Since last year, President Xi Jinping and Prime Minister Anthony Albanese have met twice.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindAccount, reason: "leaders the minister tells of"},
		{name: "the remarks go on after it", author: "China",
			text:    "On July 25, 2023, Foreign Minister Wang Yi met with Foreign Minister Penny Wong of Australia in Jakarta.\n\nWang Yi said that China-Australia relations have returned to the right track. Since last year, President Xi Jinping and Prime Minister Anthony Albanese have met twice. The Chinese side is willing to work with the Australian side to implement the consensus.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindCommitment},
		{name: "a leader's own remarks: the two leaders are both sides, in the narrator's voice", author: "China",
			text:    "On November 15, 2023, President Xi Jinping met with President Joe Biden in San Francisco.\n\nXi Jinping said that China-U.S. relations matter to the world. President Xi Jinping and President Joe Biden agreed to resume military-to-military communication.",
			parties: "China+United States", speaker: "-"},
	})
}
