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
