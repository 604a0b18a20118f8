package ingest

import (
	"testing"

	"parley/storage"
)

// TestPrincipalsAndVoices holds the cases of the party and speaker rules
// worked out on the development readouts of UK calls, EEAS remarks and
// joint statements: officials named by title and government, the pair
// of principals when the author's is unnamed, opening phrases, remarks
// under a "Remarks by" heading and "we" for what both sides did.
func TestPrincipalsAndVoices(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a surname met first gets the full name and party", author: "UK",
			text:    "PM call with President Biden\n\nThe Prime Minister spoke to the President of the United States, Joe Biden, this evening. President Biden said that the alliance was strong.",
			parties: "United States", speaker: "Joe Biden"},
		{name: "an unnamed author's official and a named counterpart are the pair", author: "UK",
			text:    "The Prime Minister spoke to the President of the United States, Joe Biden, this evening. They discussed Ukraine.",
			parties: "United Kingdom+United States", speaker: "-", reason: "the two principals"},
		{name: "two officials named by title and government are both sides", author: "",
			text:    "The President of the European Commission and the Prime Minister of the United Kingdom met today and agreed to strengthen the relationship.",
			parties: "European Union+United Kingdom", speaker: "-"},
		{name: "an opening phrase holds no subject", author: "UK",
			text:    "The Prime Minister met President Biden of the United States. Looking ahead to this week's NATO Summit, the Prime Minister and President Biden agreed on the need to strengthen the alliance.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAgreement},
		{name: "on … issues, they agreed", author: "UK",
			text:    "The Prime Minister met President Biden of the United States. On broader NATO issues, they agreed on the need for unity.",
			parties: "United Kingdom+United States"},
		{name: "both the author's official and a title only one country gives", author: "UK",
			text:    "The Prime Minister spoke to the Irish Taoiseach this afternoon. Both the Prime Minister and Taoiseach welcomed the closer relationship.",
			parties: "Ireland+United Kingdom", speaker: "-"},
		{name: "titles joined by a slash", author: "EU",
			text:    "High Representative/Vice-President Josep Borrell said that the talks were frank.",
			parties: "European Union", speaker: "Josep Borrell"},
		{name: "a name with particles", author: "",
			text:    "President of the European Commission Ursula von der Leyen said that the partnership was strong.",
			parties: "European Union", speaker: "Ursula von der Leyen"},
		{name: "remarks under their heading are the speaker's, narration included", author: "EU",
			text:    "Remarks by High Representative Josep Borrell at the press conference\n\nIt has been a long meeting with Foreign Minister Wang Yi of China.",
			parties: "European Union", speaker: "Josep Borrell", kind: storage.KindAccount},
		{name: "we had an exchange: both sides", author: "EU",
			text:    "Remarks by High Representative Josep Borrell at the press conference\n\nThe meeting with Foreign Minister Wang Yi of China was long. We had a very open and frank dialogue.",
			parties: "China+European Union", speaker: "-", reason: "what both sides did"},
		{name: "we want: the speaker's side", author: "EU",
			text:    "Remarks by High Representative Josep Borrell at the press conference\n\nThe meeting with Foreign Minister Wang Yi of China was long. We want the agenda to be mutually satisfactory.",
			parties: "European Union", speaker: "Josep Borrell"},
		{name: "we will stays the author's", author: "EU",
			text:    "High Representative Kaja Kallas met Foreign Minister Wang Yi of China. We will raise the situation in Hong Kong again.",
			parties: "European Union"},
		{name: "an editor's insertion does not hide a preposition", author: "EU",
			text:    "The talks with the [State Councillor and] Foreign Minister of China, Wang Yi, were long.",
			parties: "European Union", speaker: "-"},
	})
}
