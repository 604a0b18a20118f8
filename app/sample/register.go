package sample

import (
	"fmt"

	"parley/app/exchange"
	"parley/storage"
)

// The analyst's work on the series' register, so that the views across
// rounds show it on first run: a case added by hand (a title, not a name,
// which no detector takes for a person), two commitments checked where
// words alone cannot tell, and a stock phrase pinned and another hidden.

var manualCases = []struct{ Name, Description, Key string }{
	{"11th Panchen Lama", "Raised by the EU in the 40th round: an enforced disappearance, \"missing since 30 years\".", "40-eu-panchen"},
}

// commitmentChecks are in the order an export lists them, by statement.
var commitmentChecks = []struct{ Key, Status, FollowUp, Note string }{
	{"38-cn-sincere", storage.CommitmentRepeated, "cn-candid",
		"\"Sincero e approfondito\" (38th, Italian) and \"candid, in-depth\" (39th): the same formula in two languages."},
	{"38-cn-will-take-place", storage.CommitmentKept, "cn-previous",
		"The 39th round's Chinese readout confirms that the 38th was held in Brussels, as the spokesperson announced."},
}

// phraseMarks are in the order an export lists them, by phrase.
var phraseMarks = []struct{ Phrase, State string }{
	{"human rights", storage.PhraseHidden},
	{"internal affairs", storage.PhrasePinned},
}

// addRegister puts the register's entries into doc.
func addRegister(doc *exchange.Document, byKey map[string]int64) error {
	for i, c := range manualCases {
		id := byKey[c.Key]
		if id == 0 {
			return fmt.Errorf("sample case %q names a statement that does not exist", c.Name)
		}
		doc.Cases = append(doc.Cases, exchange.Case{ID: int64(i + 1), Name: c.Name, Description: c.Description,
			OtherNames: []string{}, Mentions: []exchange.CaseMention{{Statement: id, State: storage.MentionManual, CreatedAt: stamp}},
			Stamps: stamps})
	}
	for _, c := range commitmentChecks {
		id, follow := byKey[c.Key], byKey[c.FollowUp]
		if id == 0 || follow == 0 {
			return fmt.Errorf("sample commitment check %s → %s names a statement that does not exist", c.Key, c.FollowUp)
		}
		doc.CommitmentChecks = append(doc.CommitmentChecks, exchange.CommitmentCheck{Statement: id, Status: c.Status,
			FollowUp: &follow, Note: c.Note, Stamps: stamps})
	}
	for _, m := range phraseMarks {
		doc.PhraseMarks = append(doc.PhraseMarks, exchange.PhraseMark{Phrase: m.Phrase, State: m.State, Stamps: stamps})
	}
	return nil
}
