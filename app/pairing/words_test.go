package pairing

import (
	"testing"

	"parley/storage"
)

// A list is read clause by clause: each subject of "the Ukraine crisis,
// the Palestine-Israel conflict and the Iranian nuclear issue" is in its
// own clause, the concepts too.
func TestContentWordsClauses(t *testing.T) {
	ws := contentWords("The two sides exchanged views on the Ukraine crisis, the Palestine-Israel conflict; Iran's nuclear programme.")
	clause := map[string]int{}
	for _, w := range ws {
		clause[w.stem] = w.clause
	}
	for stem, want := range map[string]int{"exchan": 0, "ukrain": 0, "palest": 1, "#mideast": 1, "nuclea": 2} {
		if got, ok := clause[stem]; !ok || got != want {
			t.Errorf("%q in clause %d (found %v), want %d", stem, got, ok, want)
		}
	}
}

// A short statement on one subject matches the clause of a long list
// that names it far better than the whole list: the clause feature is
// the cosine with that clause alone.
func TestClauseOfAList(t *testing.T) {
	a := prepare([]Statement{{ID: 1, Holders: []int64{1}, Kind: storage.KindDemand,
		Text: "She called for an immediate ceasefire in Gaza and the release of all hostages."}})
	b := prepare([]Statement{{ID: 11, Holders: []int64{2, 1}, Kind: storage.KindAccount,
		Text: "The two sides exchanged views on the trade imbalance, the humanitarian situation in Gaza, the Korean Peninsula, climate finance and the reform of the World Trade Organization."}})
	idf := weights(a, b)
	weigh(a, idf)
	weigh(b, idf)
	ns := score(a, b, idf)
	if len(ns) != 1 {
		t.Fatalf("%d pairs share something, want 1", len(ns))
	}
	n := ns[0]
	if n.clause < 2*n.words || n.clause > 1 {
		t.Errorf("best clause %.2f, whole statements %.2f: want the clause at least twice the whole and at most 1", n.clause, n.words)
	}
}
