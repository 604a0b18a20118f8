package ingest

import (
	"strings"
	"testing"
)

// Press conferences whose questions the transcript sums up in brackets
// on lines of their own, and headings that run the speaker's name on
// into a title-case subject (segment_bracket_line.go,
// transcript_heading_cut.go; worked out on development batch late 30).
// The cases are general forms, not the batch's sentences.
func TestBracketQuestionLines(t *testing.T) {
	const head = "Press Conference by Prime Minister Suga on His Visit to Viet Nam\n[Provisional translation]\n"
	runRuleCases(t, []ruleCase{
		{name: "the answer on the line after a bracketed question is the speaker's", author: "Japan",
			text:    head + "(On the outcome of the summit meeting with Prime Minister Phuc and the plans for future cooperation)\nI held a summit meeting with Prime Minister Phuc this morning.",
			parties: "Japan", speaker: "Suga", reason: "named in the heading"},
		{name: "a bracketed question holding brackets of its own is skipped whole", author: "Japan",
			text:    head + "(On the outcome of the ASEAN (Association of Southeast Asian Nations)-Japan Summit)",
			speaker: "-", reason: "summed up in brackets"},
		{name: "a name-bearing heading's title-case subject does not hide the name", author: "Japan",
			text:    "Press Conference by Prime Minister Suga Regarding His Visit to the Republic of Indonesia and Other Matters\n(On the significance of the visit)\nI will steadily advance these efforts.",
			parties: "Japan", speaker: "Suga"},
	})
	// The bracket and the answer are two sentences, with or without a
	// blank line between them.
	for _, text := range []string{
		"(On whether the two leaders discussed the situation in the South China Sea)\nAs the situation is becoming more severe, I exchanged views with him.",
		"(On whether the two leaders discussed the situation in the South China Sea)\n\nAs the situation is becoming more severe, I exchanged views with him.",
	} {
		r := []rune(text)
		var got []string
		for _, s := range Segments(text) {
			got = append(got, strings.TrimSpace(s.Text(r)))
		}
		if len(got) != 2 || !strings.HasPrefix(got[1], "As the situation") {
			t.Errorf("segments %q, want the bracket and the answer apart", got)
		}
	}
	// A stage note ending in a full stop, and brackets that close before
	// the line does, are no such lines.
	for _, line := range []string{"(Applause.)", "(a) the first item and (b) the second", "[Crosstalk"} {
		if bracketLine([]rune(line)) {
			t.Errorf("bracketLine(%q) = true", line)
		}
	}
}

// Speaker labels as press conference transcripts print them
// (transcript_label_forms.go, transcript_floor.go; batch late 30).
func TestPressConferenceLabelForms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an honorific before a known official's name in a label", author: "Australia",
			text:    "Press Conference, Wellington\n\nRT HON WINSTON PETERS: These regular discussions are important to both our countries.",
			parties: "New Zealand", speaker: "Winston Peters", reason: "labelled 'RT HON WINSTON PETERS'"},
		{name: "a doubled colon after a label", author: "Australia",
			text:    "Doorstop, Canberra\n\nPenny Wong, Foreign Minister: Good morning.\nJournalist: Will you raise it with your counterpart?\nForeign Minister:: Oh look, we always raise these matters.",
			parties: "Australia", speaker: "Penny Wong", reason: "labelled 'Foreign Minister'"},
		{name: "a label alone on the line after a heading that ends no sentence", author: "Australia",
			text:    "Joint press conference with New Zealand Foreign Minister Winston Peters, Ministry of Foreign Affairs and Trade\nMINISTER PETERS:\nThanks for being here.",
			parties: "New Zealand", speaker: "Winston Peters", reason: "labelled 'MINISTER PETERS'"},
		{name: "the line after a journalist's label alone on its line is the question", author: "Australia",
			text:    "Joint press conference, Auckland\nMINISTER PAYNE:\nWe had a good discussion.\nJOURNALIST:\nThank you, Jane Doe from Radio New Zealand.",
			speaker: "-", reason: "the question labelled in sentence"},
		{name: "the chair hands the conference to the floor", author: "New Zealand",
			text:    "Joint press conference, Auckland\nMINISTER PETERS:\nWe had a good discussion. Have you got any questions?",
			speaker: "-", reason: "hands the press conference to the floor"},
		{name: "a question on a subject is no turn to the floor", author: "New Zealand",
			text:    "Joint press conference with Foreign Minister Winston Peters, Auckland\n\nMINISTER PETERS:\nWe will take up questions of trade with Australia next month.",
			speaker: "Winston Peters"},
	})
	if !floorTurn("With these words, I'm happy to open the floor for questions.") || floorTurn("Now I'm ready to take your questions.") {
		t.Error("floorTurn: the floor opened 'happy to', not 'ready to' (labelled an undertaking)")
	}
}

// A step the speaker's side took, told in the past in the speaker's
// remarks, is an account (kind_remarks_done.go; batch late 30).
func TestRemarksStepsTaken(t *testing.T) {
	const head = "Press Conference by Prime Minister Suga on His Visit to Viet Nam\n\n"
	runRuleCases(t, []ruleCase{
		{name: "a short opening phrase, then 'I also announced'", author: "Japan",
			text: head + "On this visit I also announced a new loan for the metro line.", speaker: "Suga", kind: "account",
			reason: "'announced' tells a step the speaker's side took"},
		{name: "the speaker's government after an opening phrase", author: "China",
			text: "Wang Yi: After the floods, the Chinese government immediately set up a relief mechanism.", kind: "account"},
		{name: "'we have taken' measures", author: "China",
			text: "Wang Yi: We have taken the most thorough measures.", kind: "account"},
		{name: "a feeling in the past is no step", author: "Japan",
			text: head + "I was delighted by the warm welcome.", kind: "position"},
	})
	for _, s := range []string{"We made clear our opposition to the decision.", "I wanted to thank our hosts.",
		"We celebrated the anniversary last year.", "And I understand very well, we discussed it."} {
		if w := doneByOwn(tokenize([]rune(s))); w != "" {
			t.Errorf("doneByOwn(%q) = %q, want no step", s, w)
		}
	}
}

// Both sides in a joint press conference: "X and I" with the other
// speaker from the speaker's side, not the author's; the host's "we"
// on the guest's transcript; "our meeting covered" (transcript_we.go,
// transcript_given_name.go, transcript_our_meeting.go; batch late 30).
func TestJointPressConferenceBothSides(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the host names the author's minister with 'and I'", author: "Australia",
			text:    "Press Conference, Wellington\n\nRT HON WINSTON PETERS: I welcome Minister Payne to New Zealand.\n\nMinister Payne and I had a very warm meeting today.",
			parties: "Australia+New Zealand", speaker: "-", reason: "'Payne and I'"},
		{name: "a familiar given name of the visitor on the visitor's transcript", author: "United States",
			text:    "Secretary Antony J. Blinken and UK Foreign Secretary Dominic Raab at a Joint Press Availability\n\nFOREIGN SECRETARY RAAB: It is a pleasure to welcome Secretary Blinken.\n\nSo today, Tony and I discussed a full range of issues.",
			parties: "United Kingdom+United States", speaker: "-", reason: "'Tony and I'"},
		{name: "the host's 'we had a discussion' before the guest speaks", author: "Australia",
			text:    "Auckland Bilateral Press Conference\n\nWINSTON PETERS: This is the final day of the consultations. We've had a very fruitful discussion on a range of things.",
			parties: "Australia+New Zealand", speaker: "-"},
		{name: "'our meeting covered' in the guest's turn", author: "Australia",
			text:    "Auckland Bilateral Press Conference\n\nWINSTON PETERS: We've had a very fruitful discussion.\n\nJULIE BISHOP: Thank you. Our meeting today covered a whole range of issues.",
			parties: "Australia+New Zealand", speaker: "-", kind: "account", reason: "the meeting both sides held"},
		{name: "'our meeting' judged stays the speaker's", author: "Australia",
			text:    "Auckland Bilateral Press Conference\n\nWINSTON PETERS: We've had a very fruitful discussion.\n\nJULIE BISHOP: Thank you. Our meeting today was very productive.",
			speaker: "Julie Bishop"},
		{name: "an item the speaker goes through", author: "Australia",
			text: "Penny Wong, Foreign Minister: There are two announcements I would like to make. The first is the appointment of a special envoy.",
			kind: "account", reason: "names an item the speaker goes through"},
	})
	if !shortGiven("Antony", "Tony") || shortGiven("Antony", "An") || !shortGiven("Benjamin", "Ben") {
		t.Error("shortGiven: a familiar form of three letters or more begins or ends the given name")
	}
}

// A speaker telling what his remarks will cover undertakes nothing
// (kind_telling_lead.go; batch late 30).
func TestTellingLeadIn(t *testing.T) {
	const head = "Press Conference by Prime Minister Suga on His Visit to Viet Nam\n\n"
	runRuleCases(t, []ruleCase{
		{name: "'I would like to share my thoughts'", author: "Japan",
			text: head + "As I wrap up this visit, I would like to share my thoughts with you.", kind: "account",
			reason: "tells what the remarks cover"},
		{name: "'I'll give you a highlight'", author: "Japan",
			text: head + "I’ll give you a highlight of, I think, some of the key points.", kind: "account"},
		{name: "announcements to make", author: "Japan",
			text: head + "There are two announcements I would like to make this morning.", kind: "account"},
		{name: "a courtesy to start with keeps its kind", author: "Japan",
			text: head + "Let me start by thanking the people of Viet Nam.", kind: "position"},
		{name: "an undertaking stays one", author: "Japan",
			text: head + "I would like to continue our collaboration with Viet Nam.", kind: "commitment"},
		{name: "'we want to see' another side act asks it", author: "United Kingdom",
			text: "FOREIGN SECRETARY RAAB: We want to see China stepping up to the plate.", kind: "demand"},
		{name: "'we want to see' a thing happen is an aim", author: "United Kingdom",
			text: "FOREIGN SECRETARY RAAB: We want to see more trade between our countries.", kind: "commitment"},
	})
	if doneByOwn(tokenize([]rune("Hamas is a terrorist organisation, we've listed it."))) != "" {
		t.Error("doneByOwn: a clause before the comma is no opening phrase")
	}
	if doneByOwn(tokenize([]rune("We've done the review of the agreement."))) == "" {
		t.Error("doneByOwn: 'We've done' is a step taken")
	}
}
