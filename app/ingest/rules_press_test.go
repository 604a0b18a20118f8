package ingest

import (
	"strings"
	"testing"
)

// Press remarks and opening statements whose title names the speaker
// (heading_remarks.go, worked out on development batch late 15: EEAS,
// Korea MOFA, DIRCO). The cases are general forms, not the batch's
// sentences.
func TestPressRemarksTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a title naming the speaker stays a line of its own before the delivery note", author: "European Union",
			text:    "Foreign Affairs Council: press remarks by High Representative Kaja Kallas after the meeting\nCheck against delivery!\nWe had a long discussion on the Middle East today.",
			parties: "European Union", speaker: "Kaja Kallas", reason: "remarks of Kaja Kallas, named in the heading"},
		{name: "a lower-case genre after a meeting's name and a colon", author: "European Union",
			text:    "Gymnich: press remarks by High Representative/Vice-President Kaja Kallas upon arrival\nIt is good to be here.\nThese topics are very crucial.",
			parties: "European Union", speaker: "Kaja Kallas"},
		{name: "prose that mentions remarks by someone is no title", author: "European Union",
			text:    "The Council welcomed the remarks by the Secretary-General and\nagreed to continue the work.",
			speaker: "-"},
		{name: "the name right after the genre and an honorific, with no 'by'", author: "South Korea",
			text:    "Opening Remarks H.E. Kim Min-jun, Minister of Foreign Affairs\nPress Conference\nI firmly believe that informing the international community is one of my key duties.",
			parties: "South Korea", speaker: "Kim Min-jun", reason: "named in the heading"},
		{name: "a genre followed by its occasion names no one", author: "South Korea",
			text:    "Opening Remarks at the Press Conference\n\nI firmly believe that informing the international community is one of my key duties.",
			speaker: "-"},
		{name: "a hyphenated given name before an apposition is whole", author: "",
			text:    "Kim Min-jun, Minister of Foreign Affairs of the Republic of Korea, said the talks were useful.",
			speaker: "Kim Min-jun"},
		{name: "a lead-in titling the remarks keeps them his past a joint subject", author: "South Africa",
			text:    "Opening Remarks by Minister Ronald Lamola at the Media Briefing\n\nOpening Remarks by Minister Lamola:\n\nWe emphasised the goal of a more just world. The parties in the Government of National Unity have agreed to work together. We have committed to the growth of the team.",
			parties: "South Africa", speaker: "Ronald Lamola"},
	})
}

// A greeting on a line of its own ending in a comma ("Good morning,")
// opens remarks: the next line is their first sentence, not more of it.
func TestGreetingLineAlone(t *testing.T) {
	text := "Opening Remarks\nGood morning,\nLet me start by thanking all those who organised this gathering."
	var got []string
	r := []rune(text)
	for _, s := range Segments(text) {
		got = append(got, strings.TrimSpace(s.Text(r)))
	}
	if len(got) != 3 || got[1] != "Good morning," {
		t.Fatalf("segments %q, want the greeting alone", got)
	}
	// A greeting that goes on within its line is one sentence.
	if n := len(Segments("Good morning, let me start by thanking you all.")); n != 1 {
		t.Fatalf("%d segments, want 1", n)
	}
}

// Speaker labels ending in a full stop, as the American Presidency
// Project prints White House transcripts (transcript_stop_label.go).
func TestStopLabels(t *testing.T) {
	const head = "Remarks Prior to a Meeting With Prime Minister Keir Starmer of the United Kingdom\n\n"
	runRuleCases(t, []ruleCase{
		{name: "a title and a name with a full stop at the head of a paragraph is a label", author: "United States",
			text:    head + "Q. Mr. President, what do you say?\n\nPresident Biden. Well, we have a lot to do today.",
			parties: "United States", speaker: "Biden", reason: "labelled 'President Biden'"},
		{name: "the turn goes on over the paragraphs after it", author: "United States",
			text:    head + "President Biden. Welcome back to the White House.\n\nI want to thank you for the U.K.'s leadership on this front.",
			parties: "United States", speaker: "Biden"},
		{name: "the other side's label gives its side", author: "United States",
			text:    head + "President Biden. Welcome back to the White House.\n\nPrime Minister Starmer. Thank you for the invitation to be back here.",
			parties: "United Kingdom", speaker: "Keir Starmer"},
		{name: "the label itself is skipped", author: "United States",
			text:   head + "President Biden. Welcome back.\n\nPrime Minister Starmer.",
			reason: "a speaker label"},
		{name: "an agenda item with a full stop is no label", author: "United States",
			text:    head + "President Biden. Welcome back.\n\nSecond, the Middle East.",
			speaker: "Biden"},
		{name: "a title alone with a full stop is no label", author: "United States",
			text:    "The talks went well.\n\nThe President.",
			speaker: "-"},
		{name: "'we' with the verb of meeting is the side the heading meets, not the country named most", author: "United States",
			text:    head + "President Biden. First, Ukraine. We stand with Ukraine. Ukraine will prevail. And we're going to discuss Ukraine right now.",
			parties: "United Kingdom+United States", speaker: "-"},
	})
}
