package ingest

import (
	"testing"

	"parley/storage"
)

// TestKindVocab holds the words of kind found in the readouts of
// publishers the first rules were not written on (batch "late 12", 7 Dec
// 2026; kind_vocab.go), each with a case where the word is no such cue.
func TestKindVocab(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "lauded is praise, a view", author: "African Union",
			text: "The Chairperson met President Ndayishimiye. The Chairperson lauded the personal leadership of President Ndayishimiye.",
			kind: storage.KindPosition, reason: "'lauded'"},
		{name: "assessed positively is a view", author: "Kazakhstan",
			text: "Kazakh Foreign Minister Mukhtar Tileuberdi met Foreign Minister of Iran Mohammad Javad Zarif. The Minister positively assessed cooperation of the nations within the UN.",
			kind: storage.KindPosition, reason: "assessed"},
		{name: "both sides mentioning a significance agree", author: "Kazakhstan",
			text: "Kazakh Foreign Minister Mukhtar Tileuberdi met Foreign Minister of Iran Mohammad Javad Zarif. They mentioned the historical significance of the Caspian Summit.",
			kind: storage.KindAgreement},
		{name: "praised is praise, a view", author: "Saudi Arabia",
			text: "For his part, the Chinese President praised Saudi Arabia's role in the region.",
			kind: storage.KindPosition, reason: "'praised'"},
		{name: "calling on a person is a visit", author: "Singapore",
			text: "Minister for Foreign Affairs Dr Vivian Balakrishnan called on Malaysian Prime Minister Anwar Ibrahim in Putrajaya today.",
			kind: storage.KindAccount},
		{name: "calling on and being hosted is a visit", author: "Singapore",
			text: "Minister Song Tao called on and was hosted to lunch by Minister for Foreign Affairs Dr Vivian Balakrishnan today.",
			kind: storage.KindAccount},
		{name: "calling on a person to act is a demand", author: "Singapore",
			text: "Minister for Foreign Affairs Dr Vivian Balakrishnan called on Prime Minister Anwar Ibrahim to release the detainees.",
			kind: storage.KindDemand},
		{name: "calling on a side to act is a demand", author: "G7",
			text: "G7 Foreign Ministers called on Moscow to cease its attacks.",
			kind: storage.KindDemand},
		{name: "a phone call made to someone calls for nothing", author: "Saudi Arabia",
			text: "His Royal Highness the Crown Prince made a phone call today to President Xi Jinping of the People's Republic of China.",
			kind: storage.KindAccount},
		{name: "informed that a titled person would act undertakes", author: "United Nations",
			text: "The Secretary-General met with President Hamid. President Hamid informed the Secretary-General that Prime Minister Sheikh Hasina would participate in the Climate Summit in September.",
			kind: storage.KindCommitment, reason: "informed"},
		{name: "a country that would welcome states a view", author: "United States",
			text: "The Deputy Secretary affirmed that the United States would welcome genuine progress through diplomacy.",
			kind: storage.KindPosition},
		{name: "one's country's keenness to act undertakes", author: "United Arab Emirates",
			text: "Sheikh Abdullah bin Zayed received Bogdan Aurescu, Foreign Minister of Romania. He underlined his country's keenness to boost joint cooperation with the UAE.",
			kind: storage.KindCommitment, reason: "keenness"},
		{name: "wishing that both sides act proposes", author: "Vietnam",
			text: "Prime Minister Pham Minh Chinh received the Chinese Ambassador. He wished that both sides would enhance political trust.",
			kind: storage.KindProposal, reason: "wished"},
		{name: "wishing that another side acts demands", author: "Vietnam",
			text: "Prime Minister Pham Minh Chinh received the Chinese Ambassador. He wished China would import more Vietnamese goods.",
			kind: storage.KindDemand, reason: "wished"},
		{name: "wishing someone good health asks nothing", author: "United Arab Emirates",
			text: "During the call, Sheikh Abdullah enquired about his counterpart's health, wishing him good health and wellbeing.",
			kind: storage.KindAccount},
		{name: "regret expressed deplores", author: "United Nations",
			text: "The Secretary-General met with President Hamid. The Secretary-General expressed his regret at the failure of political parties to reach an agreement.",
			kind: storage.KindConcern},
		{name: "a virtual call made is the call", author: "United Arab Emirates",
			text: "H.H. Sheikh Abdullah bin Zayed Al Nahyan made a virtual call with Foreign Minister of Pakistan Shah Mahmood Qureshi to explore ways of enhancing cooperation.",
			kind: storage.KindAccount},
		{name: "both sides renewing their interest undertake", author: "Mexico",
			text: "Foreign Secretary Marcelo Ebrard met with U.S. Secretary of State Antony Blinken. The two sides reaffirmed their interest in strengthening binational cooperation on security.",
			kind: storage.KindCommitment, reason: "interest"},
		{name: "both sides reaffirming how things are agree", author: "Mexico",
			text: "Foreign Secretary Marcelo Ebrard met with U.S. Secretary of State Antony Blinken. The two sides reaffirmed the importance of binational cooperation on security.",
			kind: storage.KindAgreement},
		{name: "an invitation conveyed proposes", author: "Singapore",
			text: "Minister for Foreign Affairs Dr Vivian Balakrishnan called on Malaysian Prime Minister Anwar Ibrahim. Minister Balakrishnan also conveyed Prime Minister Lee Hsien Loong's invitation to Prime Minister Anwar to visit Singapore.",
			kind: storage.KindProposal, reason: "invitation"},
		{name: "a condemnation reaffirmed objects to what it is of", author: "Germany",
			text: "Joint Statement by New Zealand Minister of Foreign Affairs Nanaia Mahuta and German Foreign Minister Annalena Baerbock\n\nWe reaffirm our unequivocal condemnation of Russia's illegal war of aggression against Ukraine.",
			kind: storage.KindObjection},
		{name: "a commitment of another side welcomed is a view", author: "Japan",
			text: "Joint Statement of Japan and Australia\n\nWe welcome the strong commitment of the United States to the region.",
			kind: storage.KindAgreement, reason: "another party's"},
		{name: "a condemnation reiterated objects", author: "European Union",
			text: "EU-India Strategic Dialogue: press remarks by High Representative Kaja Kallas\n\nI want to reiterate the EU's strong condemnation of the terrorist attack in Pahalgam.",
			kind: storage.KindObjection},
		{name: "sharing views is talking", author: "Canada",
			text: "The Honourable Mélanie Joly, Minister of Foreign Affairs, today spoke with Elizabeth Truss, the United Kingdom’s Secretary of State. They shared views on the situations in Ukraine, Belarus, and the Indo-Pacific region.",
			kind: storage.KindAccount},
		{name: "sharing the view that is holding it", author: "Korea",
			text: "Minister of Foreign Affairs Park Jin spoke over the phone with Minister of Foreign Affairs of Egypt Sameh Shoukry. Particularly, they shared the view that a humanitarian pause is necessary.",
			kind: storage.KindAgreement},
		{name: "an adverb makes a bare support a verb", author: "Germany",
			text: "Joint Statement by New Zealand Minister of Foreign Affairs Nanaia Mahuta and German Foreign Minister Annalena Baerbock\n\nNew Zealand and Germany strongly support ASEAN centrality.",
			kind: storage.KindAgreement, reason: "support"},
		{name: "one's interest to continue undertakes", author: "European Union",
			text: "The EU and Pakistan held the political dialogue in Brussels. The EU underlined its interest to continue engaging with Pakistan as an important partner.",
			kind: storage.KindCommitment, reason: "interest"},
		{name: "an issue of common interest is no undertaking", author: "Saudi Arabia",
			text: "The Crown Prince received a phone call from the Prime Minister. They also discussed a number of issues of common interest.",
			kind: storage.KindAccount},
		{name: "looking forward to one's own discussions undertakes", author: "Australia",
			text: "Transcript\n\nPenny Wong, Foreign Minister: It's such a great pleasure to be back here in New Delhi, and I'm really looking forward to my discussions with my friend Dr Jaishankar today.",
			kind: storage.KindCommitment},
		{name: "a worry reiterated with many describing words is a concern", author: "Ireland",
			text: "Taoiseach's Meetings and Engagements\n\nI reiterated this Government’s continued and serious concern about the recently enacted Legacy Act.",
			kind: storage.KindConcern},
		{name: "a worry beyond a verb of its own is none", author: "Ireland",
			text: "Taoiseach's Meetings and Engagements\n\nI reiterated that the Government welcomes the report and the concern it shows.",
			kind: storage.KindPosition},
		{name: "others' readiness is no undertaking", author: "Germany",
			text: "Federal Foreign Minister visits Norway\n\nWe have not yet reached the point where all parties are willing to actually implement the steps.",
			kind: storage.KindPosition},
		{name: "an aside between will and its verb", author: "China",
			text: "Foreign Minister Wang Yi Meets the Press\n\nWang Yi: We will, along with other countries, continue to uphold what is right.",
			kind: storage.KindCommitment},
		{name: "facing and overcoming together undertakes", author: "United States",
			text: "Joint Statement from the Leaders\n\nWe will face and overcome together the twin threats of the 21st century.",
			kind: storage.KindCommitment},
		{name: "facing difficulties is foreseen", author: "United States",
			text: "Remarks by Secretary Antony J. Blinken\n\nWe will face difficulties in the months ahead.",
			kind: storage.KindPosition},
	})
}

// TestSalutations holds the lines by which a speaker addresses the
// audience before the remarks (batch "late 13"): skipped, no statement.
func TestSalutations(t *testing.T) {
	for s, want := range map[string]bool{
		"The Honorable Antony Blinken, Secretary of State of the United States of America;": true,
		"Our friends from the media, both local and the U.S. traveling press corps;":        true,
		"Ladies and gentlemen, good afternoon to all of you.":                               true,
		"Excellencies,": true,
		"Excellencies, ladies and gentlemen, I am pleased to report that we agreed on a plan.": false,
		"The Honorable Minister spoke with the Ambassador today.":                              false,
	} {
		if got := isSalutation(s); got != want {
			t.Errorf("isSalutation(%q) = %v, want %v", s, got, want)
		}
	}
	runRuleCases(t, []ruleCase{
		{name: "the remarks after the salutations are the speaker's", author: "Philippines",
			text: "Remarks of Secretary for Foreign Affairs Enrique A. Manalo\n\nThe Honorable Antony Blinken, Secretary of State of the United States of America;\n\nLadies and gentlemen, good afternoon to all of you.\n\nIt is with great pleasure that I address you today.",
			kind: storage.KindPosition},
	})
}
