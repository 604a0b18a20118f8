package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindAnnouncedUndertaking holds an announcement of what the holder's
// own side will do, missed by batches "late 31" and "late 37" (8 Dec
// 2026): a commitment. The first two fail without the rule; the last
// guards an announced event, which stays told.
func TestKindAnnouncedUndertaking(t *testing.T) {
	const opening = "Japan-Brazil Summit Meeting\n\nOn May 20, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Mr. Luiz Inácio Lula da Silva, President of the Federative Republic of Brazil.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "announced that the Government of X would", author: "Japan",
			text: opening + "Prime Minister Kishida announced that the Government of Japan would initiate procedures towards the introduction of exemption of short-term stay visa for ordinary passport holders of Brazil.",
			kind: storage.KindCommitment, reason: "announced that Japan would"},
		{name: "glad to announce that we will", author: "European Union",
			text: "Statement by President von der Leyen with President Lula\n\nPresident Lula, dear Luiz Inácio, it is a pleasure to be in Brasilia.\n\nAnd I am very glad to announce that we will step up even further.",
			kind: storage.KindCommitment, reason: "announce that we will"},
		{name: "an announced event stays told", author: "Japan",
			text: opening + "Prime Minister Kishida announced that the Japan-Brazil Strategic Dialogue will be held in Tokyo.",
			kind: storage.KindAccount},
	})
}
