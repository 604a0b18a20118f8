package ingest

import (
	"testing"

	"parley/storage"
)

// TestModalAsides holds who is to act when words stand between the doer
// and the modal or the word of duty, worked out on the late part's
// misses of 8 Dec 2026 (Xinhua, the State Department, Shanghai Daily,
// the Chinese MFA): an aside set off by commas after the doer of a
// reported modal, an adverb before "important", and "holds that" as a
// verb of saying, not of meeting. Each of the first four fails without
// its rule.
func TestModalAsides(t *testing.T) {
	const call = "Chinese Foreign Minister Wang Yi held a phone call with French Foreign Minister Jean-Noel Barrot.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "an aside after both sides lets their modal propose", author: "China",
			text: call + "Wang said that China and France, both upholding a tradition of independence and autonomy, should enhance strategic mutual trust.",
			kind: storage.KindProposal, reason: "'should' in the speaker's mouth"},
		{name: "an aside after another side lets its modal demand", author: "China",
			text: call + "Wang said that the United States, which has long ignored the facts, should stop interfering.",
			kind: storage.KindDemand, reason: "'United States should'"},
		{name: "an adverb before important still lays a duty on us", author: "United States",
			text: "Remarks by Secretary Blinken with Greek Prime Minister Mitsotakis\n\nThese are difficult times for the region, and it is incredibly important for us to stand side by side.",
			kind: storage.KindProposal, reason: "'it is incredibly important for us' to act"},
		{name: "holds that states a view, no meeting", author: "China",
			text: "Wang Yi held a phone call with Sergey Lavrov.\n\nChina holds that the Cold War mentality should be completely abandoned.",
			kind: storage.KindPosition, reason: "'holds that' states a view"},
		{name: "a reported modal with no aside still proposes", author: "China",
			text: call + "Wang said that China and France should enhance strategic mutual trust.",
			kind: storage.KindProposal},
		{name: "an adverb before important with no doer stays a view", author: "United States",
			text: "Remarks by Secretary Blinken with Greek Prime Minister Mitsotakis\n\nIt is very important to respect the principles of the Charter.",
			kind: storage.KindPosition},
	})
}
