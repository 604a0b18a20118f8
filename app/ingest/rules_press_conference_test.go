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
