package ingest

import (
	"testing"

	"parley/storage"
)

// Kinds in the speaker's mouth at multilateral meetings and in Japan's
// summaries (batch late 34).
func TestGroupingsWishesInitiatives(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a grouping the speaker's side belongs to is to act: his proposal", author: "China",
			text:    "Wang Yi said that the world is changing. The BRICS countries must take the lead in safeguarding multilateralism.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindProposal, reason: "China belongs to BRICS"},
		{name: "a grouping his side is not in is to act: a demand", author: "China",
			text:    "Wang Yi said that the world is changing. The G7 countries must stop interfering in others' affairs.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindDemand},
		{name: "his wish to develop the relationship is an undertaking", author: "Japan",
			text: "President Pena Nieto expressed his gratitude for the hospitality and expressed his wish to further develop the bilateral relationship.",
			kind: storage.KindCommitment},
		{name: "his wish for the other side to act stays a demand", author: "Japan",
			text: "President Calderón expressed his wish for the Prime Minister to visit Mexico again.",
			kind: storage.KindDemand},
		{name: "an initiative's name after 安全 is no proposal", author: "China",
			text: "王毅强调，中方将继续劝和促谈。中方将落实习近平主席提出的全球发展倡议和全球安全倡议，与各方携手建设和平、合作的世界。",
			kind: storage.KindCommitment},
	})
}
