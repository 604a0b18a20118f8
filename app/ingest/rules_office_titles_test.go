package ingest

import "testing"

// TestOfficeTitlesOfEuropeanReleases holds the speaker rules worked out
// on batch "late 32" (EEAS, European Council and FCDO readouts of
// meetings with Asian, Gulf and Latin American partners): a place a
// preposition governs before a title is no nationality
// (speakers_place.go), the EU's "HR/VP" before a name and bare
// (speakers_hrvp.go), "The High Representative" with no name the
// holder of the office on the text's date, and a person of the same
// side named in apposition after reported words (discourse.go).
func TestOfficeTitlesOfEuropeanReleases(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a place after a word of travel is not the title's nationality", author: "United Kingdom",
			text:    "During his visit to Beijing Foreign Secretary James Cleverly held bilateral meetings with senior Chinese government figures.",
			parties: "United Kingdom", speaker: "James Cleverly", reason: "'to Beijing' is a place, not the title's country"},
		{name: "the title after the place refers back to the person", author: "United Kingdom",
			text:    "During his visit to Beijing Foreign Secretary James Cleverly held meetings. The Foreign Secretary set out the UK's approach to China.",
			parties: "United Kingdom", speaker: "James Cleverly", reason: "refers to James Cleverly"},
		{name: "a demonym after 'to' still qualifies the title", author: "United Kingdom",
			text:    "The Prime Minister spoke to Chinese Foreign Minister Wang Yi. Wang Yi said China is ready to work with the UK.",
			parties: "China", speaker: "Wang Yi"},
		{name: "a country after 'spoke to' still qualifies the title", author: "Japan",
			text:    "Minister Iwaya spoke to UK Foreign Secretary David Lammy. Foreign Secretary Lammy stated that the UK supports Japan.",
			parties: "United Kingdom", speaker: "David Lammy"},
		{name: "HR/VP before a name is the EU's High Representative", author: "European Union",
			text:    "HR/VP Mogherini met in Buenos Aires with President Mauricio Macri and the Minister of Foreign Affairs, Susanna Malcorra.",
			parties: "European Union", speaker: "Mogherini", kind: "account", reason: "'HR/VP Mogherini'"},
		{name: "the surname after HR/VP is the same speaker", author: "European Union",
			text:    "HR/VP Mogherini met President Mauricio Macri. Mogherini praised Argentina as the pro tempore Mercosur presidency.",
			parties: "European Union", speaker: "Mogherini", kind: "position"},
		{name: "the bare HR/VP is the holder of the office on the text's date", author: "European Union",
			text:    "Brussels, 2 July 2025\n\nThe European Union and China held the 13th Strategic Dialogue in Brussels.\n\nThe HR/VP reaffirmed the EU's commitment to engage constructively with China.",
			parties: "European Union", speaker: "Kaja Kallas", reason: "the European Union's High Representative in 2025"},
		{name: "the bare High Representative is the holder of the office on the text's date", author: "European Union",
			text:    "Brussels, 2 July 2025\n\nThe European Union and China held the 13th Strategic Dialogue in Brussels.\n\nThe High Representative urged China to cease all material support.",
			parties: "European Union", speaker: "Kaja Kallas", kind: "demand"},
		{name: "a person of the speaker's side in apposition ends his reported words", author: "United Kingdom",
			text:    "Foreign Secretary Boris Johnson has held talks with Gulf counterparts. The Foreign Secretary reiterated that Qatar must engage with its neighbours. Alistair Burt, the Minister for the Middle East and North Africa, also spoke with a number of Gulf interlocutors today.",
			parties: "United Kingdom", speaker: "Alistair Burt", kind: "account"},
		{name: "without a date the bare High Representative names no one", author: "European Union",
			text:    "The European Union and China held the 13th Strategic Dialogue in Brussels. The High Representative urged China to cease all material support.",
			parties: "European Union", speaker: "-"},
	})
}
