package ingest

import (
	"testing"

	"parley/storage"
)

// TestPartyJointAssent holds the summaries' sentences that open with one
// leader's words and close on both leaders' agreement, missed by batch
// "late 36" (8 Dec 2026, the Kantei's summaries with Meloni and Sunak):
// "…, and the two leaders shared the view / affirmed / concurred …" make
// the sentence both sides' agreement, with the first speaker named after
// what was said too ("In response, Prime Minister Meloni expressed …").
// The first three fail without the rule; the last two guard a talk told
// and a relative clause.
func TestPartyJointAssent(t *testing.T) {
	const opening = "Japan-Italy Summit Meeting\n\nOn May 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Ms. Giorgia Meloni, President of the Council of Ministers of the Italian Republic.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "the two leaders shared the view after one side's words", author: "Japan",
			text:    opening + "Prime Minister Kishida welcomed the progress of cooperation in security and defense, and the two leaders shared the view to deepen discussions on concrete cooperation.",
			parties: "Italy+Japan", speaker: "-", kind: storage.KindAgreement, reason: "'the two leaders shared' after what one side said"},
		{name: "the two leaders affirmed, without a comma", author: "Japan",
			text:    opening + "Prime Minister Kishida stated that he was pleased to begin a new chapter of Japan-Italy relations and the two leaders affirmed to make further efforts in security and defense cooperation.",
			parties: "Italy+Japan", speaker: "-", kind: storage.KindAgreement, reason: "'the two leaders affirmed'"},
		{name: "the speaker named after what was said, then the two leaders concurred", author: "Japan",
			text:    opening + "In response, Prime Minister Meloni expressed her appreciation for Prime Minister Kishida's hospitality and the two leaders concurred to deepen Japan-Italy relations.",
			parties: "Italy+Japan", speaker: "-", kind: storage.KindAgreement, reason: "'the two leaders concurred'"},
		{name: "views exchanged after one side's words stay that side's", author: "Japan",
			text:    opening + "Prime Minister Kishida explained Japan's position, and the two leaders exchanged views on the region.",
			parties: "Japan", speaker: "KISHIDA Fumio"},
		{name: "what the leaders confirmed in a relative clause is no assent", author: "Japan",
			text:    opening + "Prime Minister Kishida welcomed the progress that the two leaders confirmed last year.",
			parties: "Japan", speaker: "KISHIDA Fumio"},
	})
}
