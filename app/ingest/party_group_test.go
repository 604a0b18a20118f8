package ingest

import (
	"testing"

	"parley/storage"
)

// TestStatementsOfSeveralSides holds the cases of the rules worked out on
// batch "late 16" (party_group.go): who "we", plural titles and "they"
// are in statements of three or more sides and of groupings.
func TestStatementsOfSeveralSides(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a we whose apposition names one grouping is that grouping's, whoever chairs it", author: "ASEAN",
			text:    "Chairman's Statement of the 50th ASEAN Summit\n\nWe, the Heads of State/Government of ASEAN Member States, gathered in Vientiane for the 50th ASEAN Summit under the Chairmanship of the Lao PDR. We reiterated our support for Laos's ASEAN Chairmanship.",
			parties: "ASEAN", kind: storage.KindPosition},
		{name: "a we whose apposition names two sides is both sides'", author: "EU",
			text:    "Joint Statement\n\nWe, the leaders of the European Union and Canada, reaffirm our partnership in Ottawa, Canada, under the presidency of Poland. We will continue to support Ukraine.",
			parties: "Canada+European Union", kind: storage.KindCommitment},
		{name: "a later sentence naming more signatories than the heading widens them", author: "US",
			text:    "Joint Statement on the U.S.-Japan-Republic of Korea Trilateral Meeting\n\nThe following is the joint statement released by the U.S. Deputy Secretary of State and the Vice Ministers of Foreign Affairs of Japan and the Republic of Korea. They condemned the launches.",
			parties: "Japan+South Korea+United States", reason: "the 3 who issued the statement"},
		{name: "the following text released by three governments names who issued it", author: "US",
			text:    "Trilateral Dialogue\n\nThe following text was released by the Governments of the United States, Japan, and the Republic of Korea. They reaffirmed their commitment to regional forums.",
			parties: "Japan+South Korea+United States"},
		{name: "titles ending in a plural title stand for all the principals", author: "US",
			text:    "Joint Statement of the Trilateral Meeting\n\nDeputy Secretary of State Kurt Campbell, Japanese Vice Minister Funakoshi Takehiro and Republic of Korea First Vice Minister Kim Hong-kyun met in Tokyo. The Deputy Secretary and the Vice Ministers strongly condemned the missile launches.",
			parties: "Japan+South Korea+United States", speaker: "-", kind: storage.KindObjection, reason: "a plural title"},
		{name: "a plural title before two names is both of them", author: "Canada",
			text:    "Minister speaks with German counterpart\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Annalena Baerbock, Germany's Federal Minister for Foreign Affairs. Ministers Joly and Baerbock also expressed their shared desire to deepen cooperation.",
			parties: "Canada+Germany", speaker: "-", reason: "a plural title"},
		{name: "one title is still one person", author: "US",
			text:    "Joint Statement of the Trilateral Meeting\n\nDeputy Secretary of State Kurt Campbell, Japanese Vice Minister Funakoshi Takehiro and Republic of Korea First Vice Minister Kim Hong-kyun met in Tokyo. The Deputy Secretary underlined the U.S. commitment to extended deterrence.",
			parties: "United States", speaker: "Kurt Campbell"},
		{name: "a grouping's ministers at another body's session: the body is the venue, the ministers the grouping", author: "BRICS",
			text:    "Joint Press Communique\n\nThe BRICS Ministers of Foreign Affairs held their annual meeting on the margins of the 79th Session of the United Nations General Assembly, chaired by Brazil. The Ministers exchanged views on global issues. They reiterated their commitment to multilateralism.",
			parties: "BRICS", kind: storage.KindCommitment},
		{name: "the ministers after a grouping's opening are the grouping's own", author: "G7",
			text:    "Statement\n\nThe G7 Foreign Ministers met in Capri under the presidency of Italy. The Ministers expressed concern about Italy's proposal on the Red Sea.",
			parties: "G7", kind: storage.KindConcern, reason: "the group's own"},
		{name: "the ministers after one side's ministers met the other's are both sides", author: "EU",
			text:    "Press release\n\nThe EU Foreign Ministers met Foreign Minister Wang Yi of China in Brussels. The Ministers discussed trade.",
			parties: "China+European Union"},
		{name: "a chair's statement of a meeting attended by three partners: its we is all of them", author: "ASEAN",
			text:    "Chairman's Statement of the 20th ASEAN-Plus Summit\n\nThe Summit was chaired by the Prime Minister of Malaysia and attended by ASEAN Member States, India, Japan and Australia. We reaffirmed our commitment to regional cooperation.",
			parties: "ASEAN+Australia+India+Japan", kind: storage.KindCommitment},
		{name: "a chair's statement of the group's own meeting keeps its we", author: "ASEAN",
			text:    "Chairman's Statement of the 44th ASEAN Summit\n\nThe Summit was chaired by the Prime Minister of the Lao PDR and attended by the Heads of State of Cambodia, Indonesia and Malaysia. We reaffirmed our commitment to ASEAN unity.",
			parties: "ASEAN"},
		{name: "a call with three counterparts listed: the ministers are all four", author: "US",
			text:    "Secretary Blinken's Call\n\nSecretary of State Antony J. Blinken spoke with Australian Foreign Minister Penny Wong, Indian External Affairs Minister Dr. S. Jaishankar, and Japanese Foreign Minister Yoko Kamikawa. The Ministers discussed maritime security.",
			parties: "Australia+India+Japan+United States", kind: storage.KindAccount},
		{name: "the participants of a meeting of four", author: "US",
			text:    "Secretary Blinken's Call\n\nSecretary of State Antony J. Blinken spoke with Australian Foreign Minister Penny Wong, Indian External Affairs Minister Dr. S. Jaishankar, and Japanese Foreign Minister Yoko Kamikawa. The participants reaffirmed their support for ASEAN centrality.",
			parties: "Australia+India+Japan+United States", kind: storage.KindAgreement, reason: "'the participants' of a meeting of 4 sides"},
		{name: "the participants of a delegation received by one side keep their reading", author: "China",
			text:    "Wang Yi met a delegation of the US strategic community in Beijing. The participants said that the United States values its relations with China.",
			parties: "United States"},
		{name: "the publisher's note on a text three governments released", author: "US",
			text:    "Joint Statement on the Trilateral Dialogue\n\nThe following text was released by the Governments of the United States of America, Japan, and the Republic of Korea on the occasion of the Trilateral United States-Japan-Republic of Korea Dialogue.",
			parties: "United States", reason: "the publisher's note"},
		{name: "a party described after a preposition is its object", author: "EU",
			text:    "The EU condemned the strikes. The strikes against independent and sovereign Ukraine are unacceptable.",
			parties: "European Union"},
		{name: "what another side is to the author is the author's view", author: "Australia",
			text:    "Foreign Minister Wong met Foreign Minister Jaishankar. India is one of Australia's most important partners in the region.",
			parties: "Australia", kind: storage.KindPosition, reason: "the author's view"},
		{name: "what another side is, in its own words, stays its own", author: "Australia",
			text:    "Foreign Minister Wong met Foreign Minister Jaishankar. India is ready to deepen its partnership with Australia.",
			parties: "India"},
	})
}
