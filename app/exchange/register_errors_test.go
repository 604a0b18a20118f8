package exchange_test

import (
	"testing"

	"parley/app/exchange"
)

// TestImportRegisterErrors: a register that the project could not hold, or
// that says nothing sensible, is refused with a sentence naming the row,
// not the store's "it would duplicate one that already exists".
func TestImportRegisterErrors(t *testing.T) {
	docs := []struct {
		name   string
		change func(d *exchange.Document)
		want   string
	}{
		{"ErrPhraseTwice", func(d *exchange.Document) { d.PhraseMarks[1].Phrase = d.PhraseMarks[0].Phrase },
			`the phrase "double standards" is marked twice`},
		{"ErrCommitmentTwice", func(d *exchange.Document) { d.CommitmentChecks = append(d.CommitmentChecks, d.CommitmentChecks[0]) },
			"statement 22 has two commitment checks"},
		{"ErrFollowUpItself", func(d *exchange.Document) { d.CommitmentChecks[0].FollowUp = ptr(int64(22)) },
			"the commitment check of statement 22 names the statement itself as its follow-up"},
		{"ErrLessonTwice", func(d *exchange.Document) { d.Lessons = append(d.Lessons, d.Lessons[0]) },
			`the lesson speaker_party "li wei" → "European Union" is listed twice`},
		{"ErrLessonRule", func(d *exchange.Document) { d.Lessons[0].Rule = "run_shell" },
			`the lesson run_shell "li wei" → "European Union" has a rule Parley does not know ("run_shell"; it knows phrase_kind, phrase_topic, speaker_name, speaker_party, subject_party)`},
		{"ErrLessonNoKey", func(d *exchange.Document) { d.Lessons[0].Key = " " },
			`the lesson speaker_party " " → "European Union" has no key`},
		{"ErrCaseNameTwice", func(d *exchange.Document) { d.Cases[0].OtherNames[1] = d.Cases[0].OtherNames[0] },
			`the name "Ilham Tohti" is given twice`},
		{"ErrOtherNameIsCaseName", func(d *exchange.Document) { d.Cases[0].OtherNames[1] = d.Cases[0].Name },
			`the name "伊力哈木·土赫提" is given twice`},
		{"ErrCaseTwice", func(d *exchange.Document) {
			c := d.Cases[0]
			c.ID, c.OtherNames, c.Mentions = 3, nil, nil
			d.Cases = append(d.Cases, c)
		},
			`the name "伊力哈木·土赫提" is given twice`},
	}
	for _, c := range docs {
		t.Run(c.name, func(t *testing.T) {
			d := tricky()
			c.change(d)
			importBad(t, encode(t, d), c.want)
		})
	}
}
