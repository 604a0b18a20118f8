package ingest

import (
	"testing"

	"parley/storage"
)

// Who "I" is and who speaks under a heading or label that names an
// office, a dash or a name in brackets (worked out on batch "late 17":
// ministers' first-person releases and written answers, Brazil's
// Presidency, Global Affairs Canada).
func TestFirstPersonSpeakers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "'I' is the author's office-holder the text names by office and date", author: "Australia",
			text:    "Meeting with counterparts in Jakarta\n\nMedia release\n\n14 March 2023\n\nToday I met with the Foreign Ministers of ASEAN in Jakarta.\n\nI am proud to speak for Australia as Australia's Foreign Minister.",
			parties: "Australia", speaker: "Penny Wong", reason: "the text's 'I'"},
		{name: "the Why says how 'I' was found", author: "Australia",
			text:    "Media release\n\n14 March 2023\n\nI am proud to meet ASEAN as Australia's Foreign Minister.",
			parties: "Australia", speaker: "Penny Wong", reason: "'I' is Penny Wong, Australia's Foreign Minister in 2023 (the office from 'as Australia's Foreign Minister' in a sentence of 'I'"},
		{name: "and the rest of the text is that person's", author: "Australia",
			text:    "Media release\n\n14 March 2023\n\nToday I met with the Foreign Ministers of ASEAN in Jakarta.\n\nAustralia supports ASEAN's central role in the region.\n\nI am proud to speak for Australia as Australia's Foreign Minister.",
			parties: "Australia", speaker: "Penny Wong"},
		{name: "a month decides the office that changed hands in its year", author: "Australia",
			text:    "Media release\n\n2 February 2022\n\nToday I met with the Foreign Ministers of ASEAN in Jakarta.\n\nAs Foreign Minister I welcomed their support.",
			parties: "Australia", speaker: "Marise Payne"},
		{name: "a foreign minister met makes 'I' the author's foreign minister", author: "Australia",
			text:    "Meeting with China's Foreign Minister\n\nMedia release\n\n14 March 2023\n\nToday I met with China's State Councilor and Minister of Foreign Affairs, Wang Yi, in Bali.",
			parties: "Australia", speaker: "Penny Wong", reason: "the counterpart 'I' met or called, a foreign minister"},
		{name: "a president met says nothing of the office of 'I'", author: "Australia",
			text:    "Media release\n\n14 March 2023\n\nToday I met with President Biden in Washington.",
			parties: "Australia", speaker: "-"},
		{name: "'as' another side's office is not the speaker's", author: "Australia",
			text:    "Media release\n\n14 March 2023\n\nI look forward to the visit of Wang Yi as China's Foreign Minister.",
			parties: "Australia", speaker: "-"},
		{name: "a written answer's 'I' holds the office the question was put to", author: "Ireland",
			text:    "Official Engagements\n\nThursday, 25 January 2024\n\nDeputy Colm Burke asked the Tánaiste and Minister for Foreign Affairs to report on his recent meeting with the British Foreign Secretary. [2633/24]\n\nWritten answers\n\nI travelled to London on 13 December to meet the Foreign Secretary.",
			parties: "Ireland", speaker: "Micheál Martin", reason: "the question put to the Minister for Foreign Affairs"},
		{name: "a parliamentary question is no statement", author: "Ireland",
			text:   "Written answers\n\nTuesday, 3 October 2023\n\n135. To ask the Taoiseach to report on his recent meeting with the President of the United States.",
			reason: "a parliamentary question"},
		{name: "a name in brackets heads the answer", author: "Ireland",
			text:    "To ask the Taoiseach to report on his recent meeting with the President of the United States. [41729/23]\n\nLeo Varadkar (Dublin West, Fine Gael)\n\nI had the opportunity for a short conversation with President Biden.",
			parties: "Ireland", speaker: "Leo Varadkar", kind: storage.KindAccount},
		{name: "the name after the office in a heading is the speaker", author: "Brazil",
			text:    "Statement by the President of the Republic, Luiz Inácio Lula da Silva, on a visit to Washington (USA)\n\nI had three things to say to you.",
			parties: "Brazil", speaker: "Luiz Inácio Lula da Silva"},
		{name: "the name after the office's comma past an honorific, before a small word", author: "South Africa",
			text:    "Opening Remarks by the Minister of International Relations and Cooperation, Dr Naledi Pandor at the Ministerial Third Session Bi-National Commission between the Republic of South Africa and the Republic of Mozambique in Pretoria\n\nIt gives me great pleasure to have you here.",
			parties: "South Africa", speaker: "Naledi Pandor"},
		{name: "a heading's office is its holder in the month the text is dated", author: "Australia",
			text:    "Remarks by the Prime Minister at the reception\n\n12 March 2024\n\nI am glad to be here with you.",
			parties: "Australia", speaker: "Anthony Albanese", reason: "the list of known officials"},
		{name: "a label set off by a dash is no part of what is said", author: "Brazil",
			text:    "Statement by President Lula upon arrival at the White House\n\nQuestion 1 — How was your meeting?\n\nPresident Lula — Look, it was a very good meeting.",
			parties: "Brazil", speaker: "Lula"},
		{name: "a question set off by a dash is skipped", author: "Brazil",
			text:   "Statement by President Lula upon arrival at the White House\n\nQuestion 1 — How was your meeting with President Biden, and were there any announcements?",
			reason: "a journalist's question"},
		{name: "'The Honourable …, Minister …, met' is told, no salutation", author: "Canada",
			text:    "Minister Joly meets with French counterpart\n\nThe Honourable Mélanie Joly, Minister of Foreign Affairs, met yesterday with Jean-Yves Le Drian, France's Minister for Europe and Foreign Affairs.",
			parties: "Canada", speaker: "Mélanie Joly", kind: storage.KindAccount},
	})
}

// A title in lower case for someone named before may carry the side's
// demonym ("…, the Chinese foreign minister stressed.") and stand for a
// role whose portfolio follows it ("the minister" for the Minister for
// Europe and Foreign Affairs).
func TestLowerTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the side's demonym before a title in lower case", author: "China",
			text:    "Foreign Minister Wang Yi held a phone call with US Secretary of State Antony Blinken.\n\nThe two sides should work in the same direction, the Chinese foreign minister stressed.",
			parties: "China", speaker: "Wang Yi", reason: "the title in lower case"},
		{name: "another side's demonym picks that side's person", author: "China",
			text:    "Foreign Minister Wang Yi held a phone call with US Foreign Minister Antony Blinken.\n\nThe world is watching the meeting, the US foreign minister said.",
			parties: "United States", speaker: "Antony Blinken"},
		{name: "'the minister' is the Minister for … named before", author: "France",
			text:    "Minister for Europe and Foreign Affairs Jean-Yves Le Drian hosted his Danish counterpart this morning.\n\nWith respect to Iran, the minister raised our concerns over the escalation of tensions.",
			parties: "France", speaker: "Le Drian", kind: storage.KindConcern},
	})
}

// Who speaks when the speaker comes first and what he holds after a
// comma, when a known official's name follows an opening phrase of
// time, and when Korea's readouts call a First Vice Minister "the Vice
// Minister".
func TestSpeakerOpeners(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "'In his view,' is the last speaker's, whatever side follows", author: "China",
			text:    "Wang Yi held talks with U.S. Secretary of State Antony Blinken.\n\nWang Yi said that the relationship is beginning to stabilize. In his view, the U.S. has adopted an endless stream of measures to suppress China's economy.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindPosition, reason: "named before what he holds"},
		{name: "'According to' a person names the speaker", author: "China",
			text:    "Foreign Minister Wang Yi held talks with U.S. Secretary of State Antony Blinken.\n\nThe two sides exchanged views on the Middle East.\n\nAccording to Wang Yi, China's development is driven by its own efforts.",
			parties: "China", speaker: "Wang Yi"},
		{name: "and his remarks go on after it", author: "China",
			text:    "Foreign Minister Wang Yi held talks with U.S. Secretary of State Antony Blinken.\n\nThe two sides exchanged views on the Middle East.\n\nAccording to Wang Yi, China's development is driven by its own efforts. Containing China will not work.",
			parties: "China", speaker: "Wang Yi"},
		{name: "a known official's name after an opening phrase of time", author: "China",
			text:    "On April 26, 2024, Wang Yi held talks with U.S. Secretary of State Antony Blinken in Beijing.",
			parties: "China", speaker: "Wang Yi", kind: storage.KindAccount},
		{name: "'the Vice Minister' is the First Vice Minister named before", author: "South Korea",
			text:    "First Vice Minister of Foreign Affairs Kim Hong-kyun had a meeting with Deputy Secretary of State Kurt Campbell. The Vice Minister also requested the U.S. side's continued support.",
			parties: "South Korea", speaker: "Kim Hong-kyun", kind: storage.KindDemand},
	})
}

// Releases that print a minister's words over paragraphs, the attribution
// after an honorific, and a minister named on a line of their own with
// the honorific and no comma (New Zealand's Beehive).
func TestReleaseQuotesAndBylines(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an attribution after an honorific and a comma", author: "New Zealand",
			text:    "Foreign Minister Winston Peters has concluded a visit to China.\n\n“New Zealand and China have a long relationship,” Mr Peters says.",
			parties: "New Zealand", speaker: "Winston Peters", reason: "named after what was said"},
		{name: "the quotation goes on in the next paragraph that opens with a quotation mark", author: "New Zealand",
			text:    "Foreign Minister Winston Peters has concluded a visit to China.\n\n“New Zealand and China have a long relationship,” Mr Peters says.\n\n“New Zealand raised its concerns about human rights in Xinjiang and Hong Kong.",
			parties: "New Zealand", speaker: "Winston Peters", kind: storage.KindConcern},
		{name: "a paragraph without a quotation mark ends it", author: "New Zealand",
			text:    "Foreign Minister Winston Peters has concluded a visit to China.\n\n“New Zealand and China have a long relationship,” Mr Peters says.\n\nNew Zealand raised its concerns about human rights in Xinjiang and Hong Kong.",
			parties: "New Zealand", speaker: "-"},
		{name: "a minister on a line with the honorific is the release's 'I'", author: "New Zealand",
			text:    "Hon Nanaia Mahuta\nMinister of Foreign Affairs\n\nForeign Minister statement on Ukraine\n\nI strongly condemn Russia's invasion of Ukraine.",
			parties: "New Zealand", speaker: "Nanaia Mahuta", kind: storage.KindObjection, reason: "named on the release's line of its own"},
		{name: "and of what follows", author: "New Zealand",
			text:    "Hon Nanaia Mahuta\nMinister of Foreign Affairs\n\nForeign Minister statement on Ukraine\n\nI strongly condemn Russia's invasion of Ukraine.\n\nNew Zealand stands with Ukraine and its people.",
			parties: "New Zealand", speaker: "Nanaia Mahuta"},
		{name: "the narration of a release under such a line stays narration", author: "New Zealand",
			text:    "Rt Hon Winston Peters\nMinister of Foreign Affairs\n\nForeign Minister completes visit\n\nThe visit to Papeete was the fifteenth of the year.",
			parties: "New Zealand", speaker: "-"},
		{name: "two such lines name no one", author: "Australia",
			text:    "Senator the Hon Penny Wong\nMinister for Foreign Affairs\n\nThe Hon Richard Marles MP\nMinister for Defence\n\nJoint media release\n\nI welcome the talks with our partners.",
			parties: "Australia", speaker: "-"},
	})
}
