package ingest

import (
	"context"
	"strings"
	"testing"
)

// A city dateline opening a press release's first sentence is where the
// release was filed: the city's party does not hold the sentence
// (dateline.go). The cases are shapes of datelines, not one release's.
func TestCityDatelineHoldsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a capital, a date in words and an en dash", author: "European Union",
			text: "Beijing, 5 June 2024 – The EU and China held the 39th Human Rights Dialogue.", parties: "China+European Union"},
		{name: "a capital in capitals and an em dash", author: "European Union",
			text: "BRUSSELS — The Chinese side rejected the accusations.", parties: "China"},
		{name: "a date in figures and a spaced hyphen", author: "China",
			text: "Brussels, 12/03/2024 - The Chinese side rejected the accusations.", parties: "China"},
		{name: "a capital, a news agency and a double hyphen", author: "China",
			text: "TOKYO, May 3 (Kyodo) -- The EU raised its concerns.", parties: "European Union"},
		{name: "a capital and a news agency without a date", author: "China",
			text: "Tokyo, KYODO – The EU raised its concerns.", parties: "European Union"},
		{name: "a party named by its name before a dash is no dateline", author: "European Union",
			text: "ASEAN – the Association of Southeast Asian Nations – welcomed the talks.", parties: "ASEAN"},
		{name: "a person before a dash is no dateline", author: "China",
			text: "Foreign Minister Wang Yi – on his first visit – said the talks were useful.", speaker: "Wang Yi"},
	})
}

// A dateline in figures or a press team's byline on a line of its own
// ("Brussels, 12/03/2024", "Press and information team of the
// Delegation to …") is skipped, and the next line's sentence does not
// start with it.
func TestDatelineAndBylineLines(t *testing.T) {
	for _, text := range []string{
		"Brussels, 12/03/2024\nThe EU raised concerns about Tibet.",
		"Bruxelles, 16/12/2015 - 00:00, UNIQUE ID: 151216_02\nThe EU raised concerns about Tibet.",
		"Press and information team of the Delegation to the People's Republic of China\nThe EU raised concerns about Tibet.",
		"Press and Information Team of the Delegation of the European Union to Viet Nam\nThe EU raised concerns about Tibet.",
	} {
		d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "European Union", nil)
		if err != nil {
			t.Fatal(err)
		}
		var stated []string
		for _, p := range d.Proposals {
			if !p.Skip {
				stated = append(stated, p.Text)
			}
		}
		if len(stated) != 1 || stated[0] != "The EU raised concerns about Tibet." {
			t.Errorf("%q: statements %q", strings.SplitN(text, "\n", 2)[0], stated)
		}
	}
	// A sentence that names a press team goes on being one.
	if datelineLine([]rune("The press team of the delegation answered questions.")) {
		t.Error("a sentence naming a press team is taken for a byline")
	}
}

// TestDatelineLeftOutOfText: a dateline that opens a release's first
// sentence is no part of the statement's text: the proposal's text and
// span start after it (the source keeps it), whatever its shape — a city
// in capitals or title case, dates in words, figures or ISO form, an
// agency in brackets or slashes, any kind of dash, a Chinese agency's
// 电 with its reporters. A party or person before a dash, or a dash
// followed by a lower-case word, is no dateline and stays.
func TestDatelineLeftOutOfText(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"BRUSSELS, 12 May 2024 — The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"Beijing, June 5 (Xinhua) -- Chinese Foreign Minister Wang Yi met the EU envoy.", "Chinese Foreign Minister Wang Yi met the EU envoy."},
		{"TOKYO — The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"Brussels, 12/03/2024 - The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"HONG KONG, 3 May 2024 – The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"Paris (AFP) – The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"BERLIN (dpa) ‒ The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"Rio de Janeiro, 2024-05-12 ― The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"WASHINGTON, May 12, 2024 /PRNewswire/ -- The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"Jakarta – The EU raised concerns about Tibet.", "The EU raised concerns about Tibet."},
		{"BRUSSELS — “We remain concerned,” the EU said.", "“We remain concerned,” the EU said."},
		{"新华社北京6月26日电（记者王某）外交部长王毅26日会见欧盟代表。", "外交部长王毅26日会见欧盟代表。"},
		// No dateline: these keep their first words.
		{"ASEAN – the Association of Southeast Asian Nations – welcomed the talks.", ""},
		{"China – EU relations were discussed at length.", ""},
		{"Foreign Minister Wang Yi – on his first visit – said the talks were useful.", ""},
		{"Tibet – the EU said – remains a concern.", ""},
	} {
		d, err := NewProposer().Propose(context.Background(), Document{Text: c.text}, "European Union", nil)
		if err != nil {
			t.Fatal(err)
		}
		want := c.want
		if want == "" {
			want = c.text
		}
		if len(d.Proposals) != 1 {
			t.Errorf("%q: %d proposals", c.text, len(d.Proposals))
			continue
		}
		p := d.Proposals[0]
		if p.Text != want || string(d.Runes[p.Start:p.End]) != p.Text {
			t.Errorf("%q: text %q (span %q); want %q", c.text, p.Text, string(d.Runes[p.Start:p.End]), want)
		}
		if dateline := strings.Contains(strings.Join(p.Reasons, "; "), "dateline:"); dateline != (c.want != "") {
			t.Errorf("%q: a reason names a dateline: %v (%q)", c.text, dateline, p.Reasons)
		}
		// parley import -accept proposes piece by piece, the same way.
		s, err := NewProposer().Stream(context.Background(), Document{Text: "Title\n\n" + c.text}, "European Union")
		if err != nil {
			t.Fatal(err)
		}
		var streamed []Proposal
		noErrT(t, s.Each(context.Background(), func(pr Proposal) error { streamed = append(streamed, pr); return nil }))
		if len(streamed) != 2 || streamed[1].Text != want || streamed[1].Start != p.Start+len("Title\n\n") {
			t.Errorf("%q streamed: %+v", c.text, streamed)
		}
	}
}

func noErrT(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
