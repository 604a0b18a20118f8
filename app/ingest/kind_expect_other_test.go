package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindExpectedOfOther holds what one side expects or advises another
// named side to do, missed by batches "late 36" and "late 38" (8 Dec
// 2026): a demand. The first three fail without the rule; the last two
// guard an expectation no other side is named to meet.
func TestKindExpectedOfOther(t *testing.T) {
	const opening = "Japan-Egypt Summit Meeting\n\nOn December 1, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Abdel Fattah El-Sisi, President of the Arab Republic of Egypt.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "expects another side to", author: "Japan",
			text: opening + "Prime Minister Kishida expressed his gratitude for the stable supply of crude oil and stated that he expects Saudi Arabia to continue to play a leading role in stabilizing the global oil market.",
			kind: storage.KindDemand, reason: "expects Saudi Arabia to"},
		{name: "expectation for a role by another side", author: "Japan",
			text: opening + "Prime Minister Kishida stressed the importance of humanitarian access. He expressed his expectation for further role by Egypt in this regard.",
			kind: storage.KindDemand, reason: "by Egypt"},
		{name: "advised another side to", author: "China",
			text: "Wang Yi Meets with Japanese Foreign Minister Fumio Kishida\n\nOn July 25, Foreign Minister Wang Yi met with Japanese Foreign Minister Fumio Kishida in Vientiane.\n\nWang Yi advised Japan to speak and act cautiously and not to make the same mistake again and again.",
			kind: storage.KindDemand},
		{name: "expectation of cooperation stays a view", author: "Japan",
			text: opening + "He also expressed his expectations for further cooperation with Japan.",
			kind: storage.KindPosition},
		{name: "own side expected stays a view", author: "Japan",
			text: opening + "Prime Minister Kishida stated that he expects Japan to continue to contribute to peace in the region.",
			kind: storage.KindPosition},
	})
}
