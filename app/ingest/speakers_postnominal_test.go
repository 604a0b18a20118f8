package ingest

import "testing"

// TestSpeakerPostNominals holds the counterpart introduced in the formal
// style with post-nominal letters ("the Rt Hon Boris Johnson MP, Prime
// Minister of …"), missed by batch "late 27" and seen again in batch
// "late 36": the name and the title apposed to it are read past the
// letters, so that "Prime Minister Johnson" later is that person of that
// party (Johnson is a family name too common to stand alone in the list
// of known officials). Both cases fail without the rule.
func TestSpeakerPostNominals(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "MP after the name", author: "Japan",
			text:    "Japan-UK Summit Meeting\n\nJune 28, 2022\n\nOn June 28, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with the Rt Hon Boris Johnson MP, Prime Minister of the United Kingdom of Great Britain and Northern Ireland.\n\nIn response, Prime Minister Johnson stated that the bilateral relations have been strengthened.",
			parties: "United Kingdom", speaker: "Boris Johnson"},
		{name: "MP between commas after the name", author: "Japan",
			text:    "Japan-New Zealand Summit Meeting\n\nOn May 3, Mr. KISHIDA Fumio, Prime Minister of Japan, held a meeting with the Hon. Daniel Hartley, MP, Minister of Trade of New Zealand.\n\nMinister Hartley stated that trade between the two countries had grown.",
			parties: "New Zealand", speaker: "Daniel Hartley", reason: "refers to Daniel Hartley"},
	})
}
