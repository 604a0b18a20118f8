package ingest

import (
	"testing"

	"parley/storage"
)

// Reported remarks that go on without a verb of saying (batch late 34:
// Chinese readouts of Wang Yi at multilateral meetings, DIRCO and Japan's
// summaries).
func TestRemarksGoingOnWithoutSaying(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a group the speaker's side belongs to, with 'is', goes on with his remarks", author: "China",
			text:    "Wang Yi attended the meeting of the BRICS foreign ministers.\n\nWang Yi said that the world is changing fast. The BRICS cooperation is not a closed bloc, but an open platform that serves all its members.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindPosition, reason: "says how things are"},
		{name: "a party with a verb in the past tense is still the narrator's", author: "China",
			text:    "Wang Yi said that the world is changing fast. The BRICS members adopted a declaration.",
			speaker: "-"},
		{name: "an event in the present is no state", author: "China",
			text:    "Wang Yi said that the world is changing fast. The BRICS summit is held in Astana.",
			speaker: "-"},
	})
}
