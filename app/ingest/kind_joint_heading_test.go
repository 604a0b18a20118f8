package ingest

import (
	"testing"

	"parley/storage"
)

// TestJointHeading holds joint statements titled by their two authors or
// released under one minister's byline (batch "late 12", 7 Dec 2026;
// kind_joint_heading.go): the words of both, not one minister's remarks.
func TestJointHeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a joint statement by two people of two sides is both sides' words", author: "Germany",
			text:    "Joint Statement by New Zealand Minister of Foreign Affairs Nanaia Mahuta and German Foreign Minister Annalena Baerbock\n\nWe emphasize the universal and unified character of the United Nations Convention on the Law of the Sea.",
			parties: "Germany+New Zealand", speaker: "-", kind: storage.KindAgreement},
		{name: "remarks at a joint press statement are the speaker's", author: "European Union",
			text:    "United States: Remarks by High Representative/Vice-President Josep Borrell at the Joint Press Statement with US Secretary of State Antony Blinken\n\nI am very pleased to welcome Secretary Blinken in person here in Brussels.",
			speaker: "Josep Borrell"},
		{name: "a byline under a joint statement names no speaker", author: "New Zealand",
			text:    "Joint Statement Following Australia-Aotearoa New Zealand Foreign Minister Consultations\n\nHon Nanaia Mahuta, Minister of Foreign Affairs\n\nAustralian Minister for Foreign Affairs, Senator the Hon Marise Payne, and Aotearoa New Zealand Minister of Foreign Affairs, Hon Nanaia Mahuta, have today held the biannual Australia-New Zealand Foreign Minister Consultations. The Ministers emphasised the importance of an open and inclusive Indo Pacific region.",
			parties: "Australia+New Zealand", speaker: "-", kind: storage.KindAgreement},
	})
}
