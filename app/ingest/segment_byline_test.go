package ingest

import (
	"context"
	"strings"
	"testing"
)

// TestBylineOnTheSentenceLine: a byline written on the same line as the
// first sentence is a skipped line of its own, said to be a byline, and
// the sentence is proposed alone, whatever ends the byline (a full stop,
// a dash, bars, or nothing but the sentence's opening word). Words that only look like one ("By then …", "By 2030,
// …", a byline with no end on a line of its sentence) stay one sentence.
func TestBylineOnTheSentenceLine(t *testing.T) {
	const sentence = "The Minister met the Chinese ambassador on Monday."
	for _, c := range []struct{ text, byline string }{
		{"By Jane Doe, Press Office. " + sentence, "By Jane Doe, Press Office."},
		{"By J. R. Doe, Information Dept. " + sentence, "By J. R. Doe, Information Dept."},
		{"By Dr. Jane Doe-Smith, Ministry of Foreign Affairs. " + sentence, "By Dr. Jane Doe-Smith, Ministry of Foreign Affairs."},
		{"By Staff Reporter — " + sentence, "By Staff Reporter"},
		{"BY JANE DOE and JOHN ROE | Press and Information Office | " + sentence, "BY JANE DOE and JOHN ROE | Press and Information Office"},
		{"By Ursula von der Leyen -- " + sentence, "By Ursula von der Leyen"},
		{"Minister meets ambassador\n\nBy Jane Doe, Reuters. " + sentence, "By Jane Doe, Reuters."},
		{"By Jane Doe, Press Office.\n" + sentence, "By Jane Doe, Press Office."},
		// No punctuation: the sentence's opening word ends the byline.
		{"By Jane Doe Press Office " + sentence, "By Jane Doe Press Office"},
		{"By JANE DOE and John Roe of the Press Office " + sentence, "By JANE DOE and John Roe of the Press Office"},
		{"By Jane Doe Press Office\n" + sentence, "By Jane Doe Press Office"},
		{"Minister meets ambassador\n\nBy Jane Doe Press Office\n\n" + sentence, "By Jane Doe Press Office"},
	} {
		d, err := NewProposer().Propose(context.Background(), Document{Text: c.text}, "European Union", nil)
		if err != nil {
			t.Fatal(err)
		}
		var byline, stated []Proposal
		for _, p := range d.Proposals {
			switch {
			case strings.HasPrefix(p.Text, "By") || strings.HasPrefix(p.Text, "BY"):
				byline = append(byline, p)
			case !p.Skip:
				stated = append(stated, p)
			}
		}
		if len(byline) != 1 || byline[0].Text != c.byline || !byline[0].Skip ||
			!strings.Contains(strings.Join(byline[0].Reasons, "; "), "skipped: a byline") {
			t.Errorf("%q: byline %+v", c.text, byline)
		}
		if len(stated) != 1 || stated[0].Text != sentence || strings.Join(stated[0].Parties, "+") != "European Union" {
			t.Errorf("%q: statements %+v", c.text, stated)
		}
	}
	for _, text := range []string{
		"By then the two sides had agreed on a joint statement.",
		"By 2030, the EU will have doubled its aid.",
		"By contrast, China rejected the proposal.",
		"By Monday the EU had answered.",
		"By Monday The EU had answered.",
		"By European Union standards the talks were short.",
	} {
		d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "European Union", nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Proposals) != 1 || d.Proposals[0].Text != text || d.Proposals[0].Skip {
			t.Errorf("%q: %+v", text, d.Proposals)
		}
	}
}
