package ingest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// FuzzPropose feeds the proposer paragraphs of the labelled readouts and
// mutations of them: a readout that crashes the proposer crashes the
// import and the review window with it. The held-out readouts are not
// seeds (see the loop).
func FuzzPropose(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	if err != nil {
		f.Fatal(err)
	}
	for _, name := range files {
		if filepath.Base(filepath.Dir(name)) == "heldout" {
			// A crash entry written under testdata/fuzz copies its seed:
			// the held-out readouts must never be copied out of their folder.
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, para := range strings.Split(string(b), "\n\n") {
			f.Add(para, "China")
		}
	}
	f.Add("Anna Berg, Foreign Minister: I have just had a useful meeting with Director Li Wei in Oslo.", "Norway")
	f.Add("\"We will,\" said he. They agreed. The Prime Minister and the President met.", "United Kingdom")
	p := NewProposer()
	f.Fuzz(func(t *testing.T, text, author string) {
		d, err := p.Propose(context.Background(), Document{Text: text}, author, nil)
		if err != nil {
			return
		}
		runes := len(d.Runes)
		for _, pr := range d.Proposals {
			if pr.Start < 0 || pr.End > runes || pr.Start > pr.End {
				t.Fatalf("proposal span %d..%d outside the text of %d runes", pr.Start, pr.End, runes)
			}
		}
	})
}
