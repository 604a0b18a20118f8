package exchange_test

import (
	"testing"

	"parley/app/exchange"
)

func TestSelect(t *testing.T) {
	rows, err := exchange.ToRows(tricky())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name                                  string
		sel                                   exchange.Selection
		statements, links, notes, sources, as int
		dismissals                            int // those whose two statements are kept
	}{
		{"Whole", exchange.Selection{}, 4, 2, 3, 1, 1, 2},
		{"Dialogue", exchange.Selection{DialogueIDs: []int64{9}}, 1, 0, 0, 0, 0, 0},
		{"DialogueOfAPair", exchange.Selection{DialogueIDs: []int64{7}}, 3, 2, 3, 1, 1, 1},
		{"PartyJoint", exchange.Selection{PartyIDs: []int64{3}}, 2, 1, 2, 1, 1, 0},
		{"Tag", exchange.Selection{TagIDs: []int64{5}}, 1, 0, 2, 1, 1, 0},
		{"Topic", exchange.Selection{TopicIDs: []int64{4}}, 0, 0, 1, 1, 1, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := exchange.Select(rows, c.sel)
			got := []int{len(r.Statements), len(r.Links), len(r.Notes), len(r.Sources), len(r.Assessments), len(r.Dismissals)}
			want := []int{c.statements, c.links, c.notes, c.sources, c.as, c.dismissals}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("statements, links, notes, sources, assessments, dismissals = %v, want %v", got, want)
				}
			}
			if len(r.Parties) != 3 || len(r.Topics) != 6 {
				t.Error("the vocabulary was narrowed")
			}
			// What Select keeps must be a project of its own.
			exportOf(t, exchange.FromRows(r))
		})
	}
}
