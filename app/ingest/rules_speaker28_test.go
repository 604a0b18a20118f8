package ingest

import "testing"

// A place the release was filed in, ended by a colon, holds nothing: the
// minister after it is the subject and the speaker (dateline_colon.go).
// The cases are shapes of such datelines, not one release's.
func TestColonDatelineHoldsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a capital and a colon", author: "South Africa",
			text:    "Pretoria: International Relations and Cooperation Minister Ronald Lamola has met with his counterpart from Zimbabwe.",
			parties: "South Africa", speaker: "Ronald Lamola", reason: "dateline: 'Pretoria:'"},
		{name: "a capital, its country and a colon", author: "Indonesia",
			text:    "Jakarta, Indonesia: Foreign Minister Retno Marsudi met with her Egyptian counterpart in Jakarta.",
			parties: "Indonesia", speaker: "Retno Marsudi"},
		{name: "a capital, a date and a colon", author: "Australia",
			text:    "Canberra, 3 May 2024: Australian Foreign Minister Penny Wong will travel to Fiji.",
			parties: "Australia", speaker: "Penny Wong"},
	})
}

// A headline's verb after a title is no name (speakers_headline.go): the
// title later in the text refers to the person the text names, not to
// "Meets".
func TestHeadlineVerbIsNoName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a title-case headline, then the title again", author: "Qatar",
			text:    "Prime Minister Meets Iranian Foreign Minister\n\nPrime Minister and Minister of Foreign Affairs Ahmed Nasser received the Iranian Foreign Minister today.\n\nDuring the meeting, the Prime Minister and Minister of Foreign Affairs expressed Qatar's support for dialogue.",
			parties: "Qatar", speaker: "Ahmed Nasser"},
		{name: "the title later refers to no headline verb", author: "Qatar",
			text:    "Prime Minister Meets Iranian Foreign Minister\n\nThe Prime Minister expressed Qatar's support for dialogue.",
			parties: "Qatar", speaker: "-"},
	})
}

// A title with a country refers back to no one of another side, and a
// title of two offices joined by "and" is one person's
// (speakers_title_refer.go).
func TestTitleReferenceLimits(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the Foreign Minister of another country is no second mention", author: "Indonesia",
			text: "Foreign Minister Retno Marsudi met with the Foreign Minister of Egypt.", parties: "Indonesia", speaker: "Retno Marsudi"},
		{name: "two offices of one person repeated", author: "Qatar",
			text:    "Prime Minister and Minister of Foreign Affairs Ahmed Nasser received the Iranian Foreign Minister today.\n\nDuring the meeting, the Prime Minister and Minister of Foreign Affairs expressed Qatar's support for dialogue.",
			parties: "Qatar", speaker: "Ahmed Nasser"},
	})
}
