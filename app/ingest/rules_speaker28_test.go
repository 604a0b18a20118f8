package ingest

import (
	"context"
	"testing"
)

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

// A month and year in the title, or the dialogue's date when the text has
// no date, names the office-holder (dates_window.go).
func TestOfficeHolderByMonthOrDialogue(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a month and year after the title", author: "United Kingdom",
			text:    "PM phone call with President Obama: May 2014\n\nThe Prime Minister spoke to President Obama yesterday evening.",
			parties: "United Kingdom", speaker: "David Cameron", reason: "Prime Minister in 2014"},
		{name: "a month and year in brackets", author: "United Kingdom",
			text:    "Prime Minister call with the President of the European Council [March 2025]\n\nThe Prime Minister spoke to the President of the European Council this morning.",
			parties: "United Kingdom", speaker: "Keir Starmer"},
		{name: "a month the office changed hands in names no one", author: "United Kingdom",
			text:    "PM call with President Biden: July 2024\n\nThe Prime Minister spoke to President Biden this evening.",
			parties: "United Kingdom", speaker: "-"},
		{name: "a month in the body dates something else", author: "United Kingdom",
			text:    "PM call with President Biden\n\nThe Prime Minister spoke to President Biden, who had met him in March 2023.",
			parties: "United Kingdom", speaker: "-"},
	})
	d, err := NewProposer().Propose(context.Background(), Document{Text: "The Prime Minister spoke to President Trump this afternoon.", HeldOn: "2025-02-03"}, "United Kingdom", nil)
	if err != nil {
		t.Fatal(err)
	}
	if sp := d.Proposals[0].Speaker; sp == nil || sp.Name != "Keir Starmer" {
		t.Errorf("an undated text imported into a dialogue of 3 February 2025: speaker %v, want Keir Starmer", sp)
	}
}
