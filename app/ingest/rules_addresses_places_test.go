package ingest

import "testing"

// Salutations ending in semicolons, sides the gazetteer lacked and the
// author's officials named by "our" (batch late 34 and the DIRCO
// readouts before it).
func TestAddressesAndPlaces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a neighbour's minister addressed as family opens the salutations", author: "South Africa",
			text:   "Opening Remarks by Minister Naledi Pandor at the Bi-National Commission\n\nMy brother, Hon Minister Kwape, Minister of International Affairs of Botswana;\nHonourable Ministers;",
			reason: "a salutation"},
		{name: "address lines ending in semicolons are salutations", author: "South Africa",
			text:   "Opening Remarks by Minister Naledi Pandor at the Bi-National Commission\n\nHonourable Ministers from our two Republics;\nCo-Chairs of the Senior Officials;",
			reason: "a salutation"},
		{name: "the speech after the semicolon salutations is the speaker's", author: "South Africa",
			text:    "Opening Remarks by Minister Naledi Pandor at the Bi-National Commission\n\nHonourable Ministers from our two Republics;\nCo-Chairs of the Senior Officials;\nGood morning\n\nIt is with great pleasure that I welcome you to Pretoria.",
			parties: "South Africa", speaker: "Naledi Pandor"},
		{name: "the Democratic Republic of the Congo is a side", author: "South Africa",
			text:    "The Democratic Republic of the Congo thanked South Africa for its support.",
			parties: "Democratic Republic of the Congo", reason: "in subject position"},
		{name: "Equatorial Guinea is a side", author: "South Africa",
			text:    "Equatorial Guinea undertook to grant consular access.",
			parties: "Equatorial Guinea"},
		{name: "the United Mexican States are Mexico, not the United States", author: "Japan",
			text:    "Prime Minister Noda held a summit meeting with H. E. Mr. Felipe Calderón Hinojosa, President of the Mexican United States. President Calderón stated that relations are in good condition.",
			parties: "Mexico"},
		{name: "the author's official named by 'our' holds the sentence, not the side he summoned", author: "South Africa",
			text:    "Simultaneously, our Acting Deputy Director General for Africa summoned the Ambassador of Equatorial Guinea to South Africa, and he reiterated our concerns.",
			parties: "South Africa", reason: "'our Acting Deputy Director General' is the source's author"},
	})
}
