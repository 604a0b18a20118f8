package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindReportedWorry holds a worry framed by "it is regrettable that"
// inside what a weak verb reports, missed by batch "late 36" (8 Dec
// 2026): a concern, as "expressed regret over the resumption of
// fighting" is. The first fails without the rule; the second guards a
// reported clause that judges without worry.
func TestKindReportedWorry(t *testing.T) {
	const opening = "Japan-Egypt Summit Meeting\n\nOn December 1, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Abdel Fattah El-Sisi, President of the Arab Republic of Egypt.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "it is regrettable that inside what is stated", author: "Japan",
			text: opening + "Prime Minister Kishida stated that while Japan had welcomed the pause in fighting and the release of hostages, it is regrettable that the fighting has resumed and that it is important to return to the agreement.",
			kind: storage.KindConcern, reason: "regrettable"},
		{name: "it is important that inside what is stated stays a view", author: "Japan",
			text: opening + "Prime Minister Kishida stated that while Japan had welcomed the pause in fighting, it is important to return to the agreement.",
			kind: storage.KindPosition},
	})
}
