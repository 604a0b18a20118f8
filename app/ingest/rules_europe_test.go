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
			text:    "The Summit was also attended by the Democratic Republic of Timor-Leste as an observer.",
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
		{name: "Europe in a programme's name is no Union", author: "Switzerland",
			text:    "Switzerland's association with Horizon Europe matters to the Federal Council.",
			parties: "Switzerland"},
	})
}
