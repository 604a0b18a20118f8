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

// Agency and presidential-office English (speakers_lower_title.go,
// discourse_direct.go, transcript_others.go, kind_we.go's host verbs;
// worked out on batch late 15).
func TestAgencyQuotesAndTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a title in lower case at the head of a sentence is the person of that title named before", author: "South Korea",
			text:    "President Lee Jae-myung on June 3 held talks with the visiting Prime Minister of Canada. The president later hosted an official luncheon for the guests.",
			parties: "South Korea", speaker: "Lee Jae-myung", reason: "the title in lower case"},
		{name: "a title in lower case before 'of' is no one named before", author: "South Korea",
			text:    "President Lee Jae-myung on June 3 held talks in Seoul. The president of the chamber of commerce welcomed the guests.",
			speaker: "-"},
		{name: "a crown prince with a particle in his name", author: "South Korea",
			text:    "President Lee Jae-myung held talks with visiting Saudi Arabian Crown Prince Mohammed bin Salman. Crown Prince bin Salman said, \"Korean companies have greatly contributed to our infrastructure.\"",
			parties: "Saudi Arabia", speaker: "Mohammed bin Salman"},
		{name: "after a direct quotation closed, the agency's explanation is the narrator's", author: "South Korea",
			text:    "President Lee Jae-myung said, \"Saudi Arabia is a core partner in our energy security,\" adding, \"now is the right time to raise ties to a new level.\" Neom is the largest smart city project in the world.",
			parties: "South Korea", speaker: "-", reason: "the narrator's words after"},
		{name: "remarks reported without quotation marks run on", author: "China",
			text:    "Wang Yi said that China and the EU are partners. Relations between the two sides are at a crossroads.",
			parties: "China", speaker: "Wang Yi"},
		{name: "in one person's remarks, another's 'spoke of' is the other person's", author: "Japan",
			text:    "Prime Minister Ishiba's Remarks at the Joint Press Occasion with President Marcos of the Philippines\n\nI thank the people of the Philippines. Just now, President Marcos spoke of a golden age for our two countries.",
			parties: "Philippines", speaker: "Marcos"},
		{name: "'we hosted' in remarks is the host's deed, not both sides'", author: "Brazil",
			text:    "Speech by Minister Mauro Vieira at the Meeting of Ministers of Foreign Affairs of the BRICS\n\nI thank South Africa for its hospitality. We hosted a summit of South American leaders in Brasilia last week.",
			parties: "Brazil", speaker: "Mauro Vieira"},
	})
}

// Greetings in more forms than the fixed list (greetings.go).
func TestGreetingForms(t *testing.T) {
	for _, s := range []string{"Good afternoon or evening to all of you.", "Well, good afternoon.", "(Good evening.)",
		"Please, be seated.", "Hello, everybody!", "Good morning once again, ladies and gentlemen."} {
		if !isGreetingOrNote(s) {
			t.Errorf("%q is no greeting", s)
		}
	}
	for _, s := range []string{"Good relations with all of you matter.", "Thank you for following this press point.",
		"We welcome you all.", "Good."} {
		if isGreetingOrNote(s) {
			t.Errorf("%q taken for a greeting", s)
		}
	}
	runRuleCases(t, []ruleCase{
		{name: "a greeting with its addressees opening press remarks is skipped", author: "European Union",
			text:   "Press remarks by High Representative Josep Borrell after the meeting\n\nGood afternoon or evening to all of you.",
			reason: "a greeting"},
	})
}

// A heading naming the speaker by title alone (heading_remarks.go) and
// a transcript's stage directions (greetings.go).
func TestTitleOnlyHeadingAndStageDirections(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a title alone in the heading is the author's official of that title", author: "Japan",
			text:    "Press Conference by the Prime Minister\n\nToday I met with the President of Brazil. I believe our relations will grow.",
			parties: "Japan", speaker: "Prime Minister", reason: "remarks of Prime Minister, named in the heading"},
		{name: "the remarks go on after another person's words told in them", author: "Japan",
			text:    "Press Conference by the Prime Minister\n\nToday I met with President Lula of Brazil. President Lula stated that Brazil welcomes investment. I believe our relations will grow.",
			parties: "Japan", speaker: "Prime Minister"},
		{name: "a title of another country after 'of' is that country's", author: "United States",
			text:    "Remarks by the Prime Minister of Japan at the Luncheon\n\nI thank our hosts for this warm welcome.",
			parties: "Japan", speaker: "Prime Minister"},
		{name: "a spokesperson's statement by title is the office's, no speaker", author: "European Union",
			text:    "Statement by the Spokesperson on the elections\n\nThe elections were held in a calm atmosphere.",
			speaker: "-"},
		{name: "a stage direction after a speaker label is no part of the turn", author: "United States",
			text:   "Remarks by President Biden and Prime Minister Sunak Before Bilateral Meeting\n\nPRESIDENT BIDEN: We met in San Diego.\n\nPRIME MINISTER SUNAK: (Laughs.)",
			reason: "a note of what happened in the room"},
	})
}
