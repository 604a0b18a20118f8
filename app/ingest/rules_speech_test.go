package ingest

import (
	"testing"

	"parley/storage"
)

// Speeches with salutations and titles written out in full (development
// batch late 11: South Africa's DIRCO and Presidency, Brazil's President,
// EEAS dialogues, Korea's presidency).
func TestSpeechesAndFullTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a salutation opening a speech states nothing", author: "South Africa",
			text:   "Address by the Minister of International Relations and Cooperation, Dr Naledi Pandor, at the breakfast for the Diplomatic Corps\n\nExcellencies Ambassadors and\n\nDistinguished Guests",
			reason: "a salutation"},
		{name: "the speaker of the heading speaks after the salutations naming others", author: "South Africa",
			text:    "Address by South Africa’s Minister of International Relations and Cooperation, Dr Naledi Pandor, at the Minister’s Breakfast\nDeputy Minister Botes\nAmbassador Mpoko – Dean of the Diplomatic Corps\nLadies and Gentlemen\nI wish to begin by thanking you all for attending this breakfast.",
			parties: "South Africa", speaker: "Naledi Pandor", kind: storage.KindPosition, reason: "remarks of Naledi Pandor"},
		{name: "short address lines after a long one are no hard wrap of it", author: "South Africa",
			text:    "President Cyril Ramaphosa’s opening remarks at Official Talks with President de Sousa during the State Visit\nYour Excellency, President Marcelo Rebelo de Sousa,\nAmbassador Mmamokoena Gaoretelelwe, Head of Mission at the South African Embassy in Lisbon,\nHonourable Ministers,\nGood Morning,\nI wish to thank you, Your Excellency, for honouring our invitation.",
			parties: "South Africa", speaker: "Cyril Ramaphosa"},
		{name: "'My dear …' with a relative clause is a salutation", author: "Brazil",
			text:   "Speech by President Lula at the closing of the Business Forum\n\nMy dear Laurent Saint-Martin, Minister Delegate for Foreign Trade of France, through whom I greet the French authorities.",
			reason: "a salutation"},
		{name: "after the salutations' colon the speech begins", author: "Brazil",
			text:    "Speech by President Lula at the closing of the Business Forum\n\nMy dear federal congressmen, who accompanied me; senators of the Republic: it is a great joy to return to Paris.",
			parties: "Brazil", speaker: "Lula"},
		{name: "a salutation run into the speaker's clause is the speech", author: "European Union",
			text:    "Remarks by President Donald Tusk after the EU-Japan summit\n\nDear Prime Minister, dear Shinzo, dear Jean-Claude, I am very happy to welcome you in Brussels today.",
			parties: "European Union", speaker: "Donald Tusk"},
		{name: "a title with its portfolio, then the name after a comma", author: "",
			text:    "South Africa’s Minister of International Relations and Cooperation, Dr Naledi Pandor, said that the talks were useful.",
			parties: "South Africa", speaker: "Naledi Pandor"},
		{name: "a title in the possessive names no one", author: "South Africa",
			text:    "The Minister’s Breakfast was held in Cape Town.",
			speaker: "-"},
		{name: "a known official's three-word name after a title", author: "South Korea",
			text:    "President Yoon Suk Yeol on Nov. 7 made his first phone call to U.S. President-elect Donald Trump.",
			parties: "South Korea", speaker: "Yoon Suk Yeol"},
		{name: "a delegation led by an honorific and a name with an acting title", author: "European Union",
			text:    "The EU and Vietnam held their Dialogue on Human Rights. The EU delegation was led by Mr Ugo Astuto, acting Managing Director Asia and the Pacific in the European External Action Service (EEAS).",
			parties: "European Union", speaker: "Ugo Astuto", reason: "who led the side"},
		{name: "a delegation led by a director general whose side included others", author: "European Union",
			text:    "The EU and Vietnam held their Dialogue on Human Rights. The Vietnamese delegation was led by Mr Vu Anh Quang, Director General of the International Organizations Department of the Vietnamese Ministry of Foreign Affairs and included officials from various ministries.",
			parties: "Vietnam", speaker: "Vu Anh Quang"},
		{name: "a round-up of calls: each new counterpart makes the pair", author: "Canada",
			text:    "Today, Prime Minister Justin Trudeau spoke with Leo Varadkar, the Irish Taoiseach. The Prime Minister and the Taoiseach discussed the crisis in Venezuela.\n\nToday, Prime Minister Justin Trudeau spoke with Emmanuel Macron, President of France. Prime Minister Trudeau reiterated Canada’s support for the Constitution. The two leaders expressed their deep concern for the people of Venezuela.",
			parties: "Canada+France", speaker: "-", kind: storage.KindConcern},
		{name: "a news title naming the other side's official is no byline", author: "Indonesia",
			text:    "President Jokowi, Pompeo Discusses Economic Cooperation, Defense\n\nIn the region, Indonesia is considered by the US to play a special role.",
			parties: "Indonesia", speaker: "-"},
	})
}
