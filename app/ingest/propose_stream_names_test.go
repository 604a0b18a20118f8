package ingest

import (
	"context"
	"testing"
)

// A streamed import hands each proposal on as it is made (the command
// line's "import -accept" stores the speaker's name then), the review
// window shows the whole draft: both name each sentence's speaker alike,
// on the corpus and where the text names a person short before in full.
func TestStreamNamesSpeakersAsTheWholeDraft(t *testing.T) {
	texts := []string{
		"Press remarks by High Representative Kallas after the EU-China Strategic Dialogue\n\nI had a long meeting with Wang Yi today. China must stop supporting Russia's war.\n\nHigh Representative Kaja Kallas added that the EU expects China to act.",
		"Remarks by Minister Smithson after the talks\n\nI had a long meeting with my counterpart today.\n\nMinister John Smithson added that the talks were useful.",
		fixtureText(t),
	}
	for n, text := range texts {
		for _, author := range []string{"European Union", ""} {
			whole, err := NewProposer().Propose(context.Background(), Document{Text: text}, author, nil)
			if err != nil {
				t.Fatal(err)
			}
			s, err := NewProposer().Stream(context.Background(), Document{Text: text}, author)
			if err != nil {
				t.Fatal(err)
			}
			i := 0
			err = s.Each(context.Background(), func(pr Proposal) error {
				if got, want := speakerName(pr.Speaker), speakerName(whole.Proposals[i].Speaker); got != want {
					t.Errorf("text %d, author %q, sentence %d %q: streamed as %q, the whole draft says %q", n, author, i, pr.Text, got, want)
				}
				i++
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}
