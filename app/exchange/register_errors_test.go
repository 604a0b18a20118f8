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
		{"ErrDismissalTwice", func(d *exchange.Document) {
			x := d.Dismissals[0]
			x.ID, x.From, x.To = 12, x.To, x.From // the same pair the other way round
			d.Dismissals = append(d.Dismissals, x)
		},
			"dismissals 4 and 12 both dismiss the pairing suggestion joining statements 22 and 30"},
		{"ErrDismissalKind", func(d *exchange.Document) { d.Dismissals[0].Kind = "forget" },
			`dismissal 4: "forget" is not a kind of dismissed suggestion ("pairing" or "repeat")`},
		{"ErrDismissalType", func(d *exchange.Document) { d.Dismissals[0].Type = "hates" },
			`dismissal 4: the dismissed suggestion of statements 30 and 22: "hates" is not a type of link`},
		{"ErrDismissalItself", func(d *exchange.Document) { d.Dismissals[0].To = 30 },
			"dismissal 4: a suggestion to dismiss joins two statements, not statement 30 with itself"},
		{"ErrDismissalMissing", func(d *exchange.Document) { d.Dismissals[1].To = 99 },
			"dismissal 9 joins statement 99, which is not in the export's statements"},
		{"ErrDismissalNoID", func(d *exchange.Document) { d.Dismissals[1].ID = 0 },
			`dismissals number 2 has no "id"`},
	}
	for _, c := range docs {
		t.Run(c.name, func(t *testing.T) {
			d := tricky()
			c.change(d)
			importBad(t, encode(t, d), c.want)
		})
	}
}
