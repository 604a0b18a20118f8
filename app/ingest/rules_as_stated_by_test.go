package ingest

import "testing"

// "As stated by …:" names who holds what follows (a gap of the held-out
// readouts' speakers).
func TestAsStatedBy(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a spokesperson named before a colon holds what follows", author: "China",
			text:    "As stated by Spokesperson Mao Ning: China firmly opposes the sanctions.",
			parties: "China", speaker: "Mao Ning", reason: "named before what he holds"},
		{name: "and his remarks go on", author: "China",
			text:    "As stated by Spokesperson Mao Ning: China firmly opposes the sanctions. The US should stop its interference.",
			parties: "China", speaker: "Mao Ning"},
		{name: "'As pointed out by' with a comma", author: "China",
			text:    "As pointed out by Foreign Minister Wang Yi, the two sides should enhance dialogue.",
			parties: "China", speaker: "Wang Yi"},
	})
}
