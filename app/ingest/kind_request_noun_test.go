package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindRequestNoun holds a request named by its noun after a weak verb
// ("reiterated his request for Italy's cooperation"), missed by batch
// "late 36" (8 Dec 2026): asking, as "requested" and "called for" are.
// The first two fail without the nouns among the kind cues; the last
// guards a request that only dates a call.
func TestKindRequestNoun(t *testing.T) {
	const opening = "Japan-Italy Summit Meeting\n\nOn May 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Ms. Giorgia Meloni, President of the Council of Ministers of the Italian Republic.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "reiterated his request asks", author: "Japan",
			text: opening + "Furthermore, Prime Minister Kishida reiterated his request for Italy's cooperation towards the early lifting of import measures on Japanese food products.",
			kind: storage.KindDemand, reason: "request"},
		{name: "reiterated his appeal asks", author: "Japan",
			text: opening + "Prime Minister Kishida reiterated his appeal to all parties to exercise restraint.",
			kind: storage.KindDemand, reason: "appeal"},
		{name: "at the request of someone a call is held", author: "Japan",
			text: opening + "At the request of President Meloni, the two leaders held a telephone call.",
			kind: storage.KindAccount},
	})
}
