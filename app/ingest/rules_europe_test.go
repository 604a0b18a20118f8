package ingest

import "testing"

// TestEuropeanMinistriesNames holds the party rules worked out on the
// English releases of European and Latin American foreign ministries
// (batch "late 23", party_names.go): states the gazetteer lacked, a
// government named with "of", a minister named by his country's
// possessive and his title alone, and "European" or "Europe" that is not
// the European Union.
func TestEuropeanMinistriesNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "Slovakia and Slovenia are parties", author: "Switzerland",
			text:    "Federal Councillor Ignazio Cassis received the delegation in Bern. The Slovak delegation included Foreign Minister Ivan Korčok.",
			parties: "Slovakia", reason: "'Slovak' in subject position"},
		{name: "Northern Ireland is the United Kingdom's", author: "United Kingdom",
			text:    "Today the Secretary of State for Northern Ireland attended the conference in Dublin.",
			parties: "United Kingdom"},
		{name: "the Government of X is X", author: "United Kingdom",
			text:    "A meeting of the conference took place in Dublin on 3 December. The Government of Ireland was represented by the Tánaiste.",
			parties: "Ireland", reason: "'The Government of Ireland' in subject position"},
		{name: "a state named with of after a preposition stays governed", author: "ASEAN",
			text:    "The Summit was also attended by the Kingdom of the Netherlands as an observer.",
			parties: "ASEAN"},
		{name: "a country's minister by title alone is that country's and the one named before", author: "Lithuania",
			text:    "On 8 January, Lithuania's Foreign Minister Gabrielius Landsbergis had a telephone conversation with the Minister of Foreign Affairs of the Netherlands Stef Blok. Lithuania's Foreign Minister thanked the Netherlands for the country's contribution to security.",
			parties: "Lithuania", speaker: "Gabrielius Landsbergis", reason: "'Lithuania’s Foreign Minister' refers to Gabrielius Landsbergis"},
		{name: "a country's minister by title alone with no one named before", author: "Lithuania",
			text:    "Lithuania's Foreign Minister thanked the Netherlands for the country's contribution to security.",
			parties: "Lithuania", speaker: "-"},
		{name: "European before a thing is the continent", author: "Switzerland",
			text:    "The European security architecture remains a significant challenge.",
			parties: "Switzerland", reason: "no party in subject position"},
		{name: "European before its people is the Union", author: "China",
			text:    "European leaders rejected the proposal.",
			parties: "European Union"},
		{name: "the parties a meeting covered issued nothing", author: "United Kingdom",
			text:    "The Prime Minister spoke to the President of the United States this afternoon. Their discussion covered Syria, Afghanistan, Northern Ireland and the review of intelligence programmes. Ahead of Geneva II, they discussed the importance of finding a political solution.",
			parties: "United Kingdom+United States", speaker: "-"},
		{name: "a clause after a comma and 'and' has a subject of its own", author: "United Kingdom",
			text:    "The Prime Minister spoke to the President of the United States. Responsibility for finding a way forward lies with political leaders in Northern Ireland, and the UK and US governments will continue to support this process.",
			parties: "United Kingdom+United States"},
		{name: "Europe in a programme's name is no Union", author: "Switzerland",
			text:    "Switzerland's association with Horizon Europe matters to the Federal Council.",
			parties: "Switzerland"},
	})
}

// TestNewsStyleBothSides holds the discourse rules of batch "late 23"
// for news-style releases: both sides named after a minister's reported
// act (discourse_noted.go), a round-up's next meeting told by its joint
// subject (discourse_roundup.go), "the dignitaries", and people a
// meeting talked about who are no signatories (party_group.go).
func TestNewsStyleBothSides(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "both sides named after a reported act are theirs", author: "Slovenia",
			text:    "The two ministers confirmed the excellent bilateral relations. Minister Fajon highlighted Slovenia's efforts for an immediate ceasefire, the protection of civilians and the most vulnerable groups. Both Slovenia and the Netherlands support the search for a two-state solution.",
			parties: "Netherlands+Slovenia", speaker: "-", reason: "both sides named after Fajon's reported words"},
		{name: "both sides named after reported words stay the speaker's", author: "China",
			text:    "Wang Yi met with Foreign Minister Kang Kyung-wha of the ROK. Wang Yi said, the Chinese side is ready to work with the ROK side. Both China and the ROK are important neighbours.",
			parties: "China", speaker: "Wang Yi"},
		{name: "a round-up's next meeting told by its joint subject", author: "Peru",
			text:    "Peruvian Foreign Affairs Minister Javier Gonzalez-Olaechea held a meeting with Chilean counterpart Alberto van Klaveren on Tuesday. Both officials highlighted the excellent state of the relationship. Foreign Affairs Minister Gonzalez-Olaechea and U.S. Secretary of State Blinken highlighted the importance of the APEC Presidency. Finally, both authorities discussed topics of interest on the regional agenda.",
			parties: "Peru+United States", speaker: "-"},
		{name: "the dignitaries are both sides", author: "Peru",
			text:    "Peruvian Foreign Affairs Minister Javier Gonzalez-Olaechea held a meeting with Chilean counterpart Alberto van Klaveren on Tuesday. Likewise, the dignitaries talked about priority issues on the bilateral agenda.",
			parties: "Chile+Peru", speaker: "-"},
		{name: "people a meeting talked about are no signatories", author: "United Kingdom",
			text:    "Joint communiqué following meeting between Tánaiste Micheál Martin and Foreign Secretary David Lammy\n\nThe Tánaiste and Foreign Secretary Lammy were joined by Nick Thomas-Symonds MP, Minister for the Constitution and EU Relations who updated them on the meeting of Prime Minister Keir Starmer and European Commission President Ursula von der Leyen in Brussels yesterday. They agreed on the importance of a positive UK-EU relationship.",
			parties: "Ireland+United Kingdom", speaker: "-"},
	})
}
