package ingest

import (
	"testing"

	"parley/storage"
)

// TestReportedUndertakingWords holds what may stand between "stated that"
// and the holder's undertaking, worked out on the late part's misses of
// 8 Dec 2026 (the Japan Prime Minister's Office and MOFA summaries, whose
// held-out kind is the weakest): an adverb after "would" ("would further
// advance", "would soon realize"), an aside of time or place right after
// "that", and an aside opened by "as" after the subject. The first four
// fail without the rules.
func TestReportedUndertakingWords(t *testing.T) {
	const met = "On May 18, Mr. KISHIDA Fumio, Prime Minister of Japan, held a summit meeting with H.E. Ms. Giorgia Meloni, President of the Council of Ministers of the Italian Republic.\n\n"
	runRuleCases(t, []ruleCase{
		{name: "an adverb after would", author: "Japan",
			text: met + "Prime Minister Kishida stated that Japan would soon realize a Japanese yen loan worth JPY 30 billion.",
			kind: storage.KindCommitment, reason: "would soon realize"},
		{name: "an adverb after would in a second that-clause", author: "Japan",
			text: met + "Prime Minister Kishida also stated that Japan and Italy have been longstanding friends and that Japan would further advance cooperation with Italy.",
			kind: storage.KindCommitment, reason: "would further advance"},
		{name: "an aside right after that", author: "Japan",
			text: met + "Prime Minister Kishida stated that, at the G7 Hiroshima Summit, he would like to demonstrate the G7's determination to uphold the international order.",
			kind: storage.KindCommitment, reason: "would like to"},
		{name: "an aside opened by as after the subject", author: "Japan",
			text: met + "In response, President Meloni stated that Italy, as the G7 Presidency this year, would like to continue to engage on the basis of these achievements.",
			kind: storage.KindCommitment, reason: "would like to"},
		{name: "a negated would is left to its verb", author: "Japan",
			text: met + "Prime Minister Kishida stated that Japan would never accept any unilateral change of the status quo by force.",
			kind: storage.KindObjection},
		{name: "another side's would after an adverb undertakes nothing of the holder's", author: "Japan",
			text: met + "Prime Minister Kishida stated that Italy would further advance cooperation with Japan.",
			kind: storage.KindPosition},
	})
}
