package ingest

import (
	"context"
	"testing"

	"parley/storage"
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
		{name: "the headline's verb ends the first person's title, whose nationality the second does not take", author: "China",
			text:    "German President Frank-Walter Steinmeier Meets State Councilor and Foreign Minister Wang Yi\n\nSteinmeier asked Wang to convey his regards to President Xi Jinping.\n\nWang conveyed President Xi's warm greetings to Steinmeier.",
			parties: "China", speaker: "Wang Yi"},
		{name: "the same with a meeting's other side", author: "China",
			text:    "Japanese Prime Minister Fumio Kishida Meets Foreign Minister Wang Yi\n\nWang said that China and Japan are close neighbours.",
			parties: "China", speaker: "Wang Yi"},
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

// "Willing" in a name ("the Coalition of the Willing") is no readiness
// (cues.go): an update on its work is told, an account.
func TestWillingInANameUndertakesNothing(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the Coalition of the Willing", author: "United Kingdom",
			text: "The Prime Minister updated on work by the Coalition of the Willing to support any peace deal.", kind: storage.KindAccount},
		{name: "willing in lower case stays an undertaking", author: "United Kingdom",
			text: "The Prime Minister said the UK was willing to support any peace deal.", kind: storage.KindCommitment},
	})
}

// An opening phrase that names a second object after ", and" goes on to
// its next comma (attribute_opener.go): the subject comes after it, and a
// side named inside the object holds nothing.
func TestOpeningPhraseWithASecondObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "turning to two things", author: "United Kingdom",
			text:    "The Prime Minister spoke to President Trump this afternoon.\n\nTurning to Diego Garcia, and the deal the UK has secured to maintain control of the base, the leaders recognised its strategic importance.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAgreement},
		{name: "one object stays as it was", author: "United Kingdom",
			text:    "The Prime Minister spoke to President Trump this afternoon.\n\nTurning to Diego Garcia, the leaders recognised its strategic importance.",
			parties: "United Kingdom+United States", speaker: "-", kind: storage.KindAgreement},
	})
}

// 对方 opening a sentence with a verb of saying is the person met in the
// sentence before, not the one who met him (discourse_counterpart_cjk.go).
func TestDuifangIsThePersonMet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the other side after a meeting", author: "China",
			text:    "外交部长王毅会见美国国务卿布林肯，称中方愿同美方加强沟通。对方表示，美方愿同中方保持对话。",
			parties: "United States", speaker: "布林肯", reason: "'对方' (the other side) is 布林肯"},
		{name: "traditional characters", author: "China",
			text:    "外交部長王毅會見美國國務卿布林肯，稱中方願同美方加強溝通。對方表示，美方願同中方保持對話。",
			parties: "United States", speaker: "布林肯"},
		{name: "a person met whose name is not read is still not the speaker", author: "China",
			text:    "王毅另会见访华的新西兰代表团，称中方愿与新西兰新一届政府建立良好工作关系。对方表示，相信新西兰新政府将继续重视对华关系。",
			parties: "New Zealand", speaker: "-"},
	})
}

// "Rt. Hon" ends no sentence (segment_rules.go): a remarks' title that
// names the visitor so stays one heading, and its speaker speaks.
func TestRightHonourableEndsNoSentence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a title naming the Rt. Hon visitor", author: "South Africa",
			text:    "Opening Remarks by Minister Ronald Lamola, during the Bilateral Meeting with the Secretary of State for Foreign, Commonwealth and Development of the United Kingdom (UK), Rt. Hon David Lammy, in Cape Town, South Africa, on 5 November 2024\n\nYour Excellency, I am pleased to welcome you to South Africa.",
			parties: "South Africa", speaker: "Ronald Lamola", reason: "named in the heading"},
	})
}

// A headline of what a leader did over a text in the first person makes
// the leader its "I"; over a readout that quotes him, no one's remarks
// (speakers_headline.go).
func TestHeadlineOverFirstPersonText(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the leader's own words under a news headline", author: "European Union",
			text:    "Von der Leyen Meets Costa, Ishiba for Talks\n\nThank you for hosting us. I saw yesterday the Osaka World Expo.\n\nThe world is changing rapidly.",
			parties: "European Union", speaker: "Von der Leyen", reason: "named in the heading"},
		{name: "a readout that quotes the leader", author: "China",
			text:    "President Xi Jinping Talks with US President Donald Trump on the Phone\n\nXi emphasized: \"I'm very happy to talk to Mr. President on the phone.\"\n\nHe said it is very important for the two sides to keep in touch.",
			speaker: "-"},
	})
}
