package ingest

import (
	"testing"

	"parley/storage"
)

// TestJointBoundaryRules holds the cases of the rules worked out on the
// joint/one-side boundary (batch late 25 and the late readouts' party
// misses of 7 Dec 2026): calls with several leaders, two people of two
// sides joined past an apposition, an opening list of offices with their
// countries, joint statements named with a word between "joint" and
// "statement", what a meeting's agenda took up, and the "we" of a council
// of the author's own members.
func TestJointBoundaryRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a call listing several leaders names everyone at the table", author: "UK",
			text:    "PM call with leaders: 3 June 2024\n\nThe Prime Minister spoke to the leaders of Canada, Japan and Germany this afternoon about the situation in Ukraine.",
			parties: "United Kingdom", reason: "the call or meeting lists 4 sides"},
		{name: "the leaders after a call with several leaders are all of them", author: "UK",
			text:    "PM call with leaders: 3 June 2024\n\nThe Prime Minister spoke to the leaders of Canada, Japan and Germany this afternoon about the situation in Ukraine. The leaders agreed to stay in close contact.",
			parties: "Canada+Germany+Japan+United Kingdom", speaker: "-", kind: storage.KindAgreement},
		{name: "they after a call with the presidents of an organisation and several leaders", author: "UK",
			text:    "PM call: 7 March 2025\n\nThe Prime Minister spoke to the President of the European Commission and the leaders of Norway and Iceland this morning. They discussed defence spending.",
			parties: "European Union+Iceland+Norway+United Kingdom", speaker: "-"},
		{name: "a call with one leader: what follows the list is no one at the table", author: "UK",
			text:    "PM call with President Macron: 3 June 2024\n\nThe Prime Minister spoke to President Macron of France this afternoon about Ukraine and Germany. The leaders agreed to stay in close contact.",
			parties: "France+United Kingdom"},
		{name: "two people of two sides, the first with an apposition", author: "China",
			text:    "Wang Yi meets Jake Sullivan\n\nWang Yi, director of the Office of the Central Commission for Foreign Affairs, and visiting U.S. National Security Advisor Jake Sullivan held talks in Beijing on Tuesday.",
			parties: "China+United States", speaker: "-", reason: "joined by 'and' past"},
		{name: "two people of two sides, the first with his country after the name", author: "South Korea",
			text:    "1. On November 4, Minister of Foreign Affairs Cho Tae-yul of the Republic of Korea (ROK) and High Representative of the European Union (EU) for Foreign Affairs and Security Policy Josep Borrell held the first Strategic Dialogue in Seoul.",
			parties: "European Union+South Korea", speaker: "-"},
		{name: "an office with its holder's name after it and a person of the other side", author: "EU",
			text:    "EU-India Strategic Dialogue\n\nThe High Representative for Foreign Affairs and Security Policy of the European Union/Vice President of the European Commission, Kaja Kallas and External Affairs Minister S Jaishankar held the first Strategic Dialogue on Tuesday in Brussels.",
			parties: "European Union+India", speaker: "-"},
		{name: "the person met after the verb is no second subject", author: "China",
			text:    "Wang Yi meets Jake Sullivan\n\nWang Yi, director of the Office of the Central Commission for Foreign Affairs, met visiting U.S. National Security Advisor Jake Sullivan and Japanese Foreign Minister Kamikawa Yoko in Beijing on Tuesday.",
			parties: "China", speaker: "Wang Yi"},
		{name: "an opening list of offices with their countries", author: "Australia",
			text:    "Trilateral Dialogue Joint Statement\n\nThe Minister for Foreign Affairs of Japan, HE Ken Sato, the Secretary of State of the United States, HE John Smith, and the Minister for Foreign Affairs of Australia, Senator the Hon Jane Brown, met in Manila on 2 August 2024.",
			parties: "Australia+Japan+United States", speaker: "-", reason: "lists by office before its verb"},
		{name: "the Ministers after an opening list of three offices are all three", author: "Australia",
			text:    "Trilateral Dialogue Joint Statement\n\nThe Minister for Foreign Affairs of Japan, HE Ken Sato, the Secretary of State of the United States, HE John Smith, and the Minister for Foreign Affairs of Australia, Senator the Hon Jane Brown, met in Manila on 2 August 2024. The Ministers reaffirmed the importance of their partnership.",
			parties: "Australia+Japan+United States", speaker: "-"},
		{name: "countries without an office are no list of people", author: "China",
			text:    "Wang Yi speaks with John Kerry\n\nWang Yi spoke with John Kerry by phone. Wang said that China and the United States will host the meeting together.",
			parties: "China", speaker: "Wang Yi"},
		{name: "a joint press release is a joint statement", author: "EU",
			text:    "European Union and Indonesia hold 7th Political Dialogue: Joint Press Release\n\nThe 7th Political Dialogue took place in Jakarta on 3 May 2024. International humanitarian law must be respected.",
			parties: "European Union+Indonesia", reason: "a joint statement's own words"},
		{name: "a joint ministerial statement is a joint statement", author: "Japan",
			text:    "Japan-Australia Joint Ministerial Statement\n\nThe Ministers met in Tokyo. Freedom of navigation must be upheld.",
			parties: "Australia+Japan", reason: "a joint statement's own words"},
		{name: "a joint press conference is no joint statement", author: "Japan",
			text:    "Japan-Australia joint press conference with Foreign Minister Wong\n\nFreedom of navigation must be upheld.",
			parties: "Japan"},
		{name: "the agenda of a meeting is both sides'", author: "Switzerland",
			text:    "Cassis meets Wadephul\n\nFederal Councillor Ignazio Cassis met German Foreign Minister Johann Wadephul in Bern on 14 November. The agenda covered bilateral relations and cross-border cooperation.",
			parties: "Germany+Switzerland", speaker: "-", reason: "is the meeting of both sides"},
		{name: "further topics of a meeting are both sides'", author: "Switzerland",
			text:    "Cassis meets Wadephul\n\nFederal Councillor Ignazio Cassis met German Foreign Minister Johann Wadephul in Bern on 14 November. Further topics of conversation included migration and the Western Balkans.",
			parties: "Germany+Switzerland", speaker: "-"},
		{name: "an agenda still to come stays the narrator's", author: "Switzerland",
			text:    "Cassis meets Wadephul\n\nFederal Councillor Ignazio Cassis met German Foreign Minister Johann Wadephul in Bern on 14 November. The agenda will include the Western Balkans.",
			parties: "Switzerland"},
		{name: "we discussing at the Foreign Affairs Council is the Union's own", author: "EU",
			text:    "Foreign Affairs Council: Press remarks by High Representative Kaja Kallas upon arrival\n\nGood morning. Yesterday I spoke with US Secretary of State Marco Rubio about the talks. We are discussing with the Member States how to coordinate our actions.",
			parties: "European Union"},
		{name: "we discussing after a meeting with the other side is joint", author: "EU",
			text:    "EU-Japan Strategic Dialogue: Press remarks by High Representative Kaja Kallas\n\nToday I met Foreign Minister Iwaya Takeshi of Japan. We discussed maritime security.",
			parties: "European Union+Japan"},
		{name: "the two leaders once again confirming after one side's words narrate", author: "Japan",
			text:    "Japan-UK Summit Meeting\n\nPrime Minister Kishida held a summit meeting with the Rt Hon Boris Johnson, Prime Minister of the United Kingdom. Prime Minister Johnson welcomed the progress of the talks. He also welcomed the new arrangements. The two leaders once again confirmed that they would advance the work.",
			parties: "Japan+United Kingdom", speaker: "-"},
		{name: "a compound of both sides in the speaker's first person is his", author: "UK",
			text:    "Foreign Secretary's statement after the Foreign Affairs Council\n\nMy visit to Brussels marks a significant moment and has established a course towards a new UK-EU security partnership.",
			parties: "United Kingdom"},
		{name: "a compound of both sides addressed in the second person is the speaker's", author: "South Korea",
			text:    "Opening remarks by Foreign Minister Cho Tae-yul at the ROK-UK Strategic Dialogue\n\nAs you mentioned, the ROK-UK friendship stands on a deep historical foundation.",
			parties: "South Korea"},
		{name: "a compound of both sides told by the narrator is both sides'", author: "Japan",
			text:    "Japan-EU Summit\n\nOn July 23, the 30th Japan-EU Summit was held in Tokyo. In addition, the Japan-EU Joint Statement and Attachment I: Deliverables and Priorities were issued on the occasion of the Summit.",
			parties: "European Union+Japan"},
	})
}
