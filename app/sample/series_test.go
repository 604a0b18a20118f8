package sample

import (
	"strings"
	"testing"

	"parley/app/exchange"
)

// TestSeries checks that the sample is a series a first-time user can
// follow across rounds: three rounds of one series, each with statements
// of both parties, links between the sides within each round, and
// `repeats` links from a later round to an earlier one of the same party.
func TestSeries(t *testing.T) {
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	roundOfDialogue := map[int64]int{}
	for _, d := range doc.Dialogues {
		if d.Series == nil || *d.Series != doc.Series[0].Name {
			t.Errorf("dialogue %q is not in the series", d.Title)
		}
		roundOfDialogue[d.ID] = d.Round
	}
	if len(doc.Dialogues) != 3 || roundOfDialogue[1] != 39 {
		t.Fatalf("dialogues %+v; want the 38th, 39th and 40th, the 39th with ID 1", doc.Dialogues)
	}
	byID := map[int64]exchange.Statement{}
	held := map[int]map[string]int{} // round → party → statements
	for _, st := range doc.Statements {
		byID[st.ID] = st
		r := roundOfDialogue[st.Dialogue]
		if held[r] == nil {
			held[r] = map[string]int{}
		}
		for _, p := range st.Parties {
			held[r][p]++
		}
	}
	for _, r := range []int{38, 39, 40} {
		if held[r][china] < 5 || held[r][eu] < 5 {
			t.Errorf("round %d holds %v statements per party; want at least 5 of each", r, held[r])
		}
	}
	between, repeats := map[int]int{}, 0
	for _, l := range doc.Links {
		from, to := byID[l.From], byID[l.To]
		rf, rt := roundOfDialogue[from.Dialogue], roundOfDialogue[to.Dialogue]
		if l.Type == "repeats" {
			repeats++
			if rf <= rt {
				t.Errorf("repeats link %d → %d goes from round %d to round %d; want later to earlier", l.From, l.To, rf, rt)
			}
			if strings.Join(from.Parties, "+") != strings.Join(to.Parties, "+") {
				t.Errorf("repeats link %d → %d joins %v and %v; want one party repeating itself", l.From, l.To, from.Parties, to.Parties)
			}
			continue
		}
		if rf != rt {
			t.Errorf("%s link %d → %d crosses rounds %d and %d", l.Type, l.From, l.To, rf, rt)
		}
		if *from.ReportedBy != *to.ReportedBy {
			between[rf]++
		}
	}
	for _, r := range []int{38, 39, 40} {
		if between[r] < 3 {
			t.Errorf("round %d has %d links between the two readouts; want at least 3", r, between[r])
		}
	}
	if repeats < 5 {
		t.Errorf("%d repeats links across rounds; want at least 5", repeats)
	}
	assessed := map[int]int{}
	for _, a := range doc.Assessments {
		assessed[roundOfDialogue[a.Dialogue]]++
	}
	for _, r := range []int{38, 39, 40} {
		if assessed[r] < 4 {
			t.Errorf("round %d has %d assessments; want at least 4", r, assessed[r])
		}
	}
}

// TestSourcesSayWhatTheyAre checks the labels on the readouts: every
// readout added with the series gives its address and date, an excerpt
// says so in its title and its first lines, and a readout that carries
// third parties' words says so in its publisher and marks each such
// paragraph.
func TestSourcesSayWhatTheyAre(t *testing.T) {
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	for _, src := range doc.Sources {
		if src.ID == srcCN39 || src.ID == srcEU39 {
			continue // the 39th round's first two readouts, as they always were
		}
		if !strings.HasPrefix(src.URL, "http") || src.PublishedOn == "" {
			t.Errorf("source %q lacks its address or date", src.Title)
		}
		head := src.Text[:min(len(src.Text), 600)]
		if strings.Contains(head, "Excerpt") != strings.Contains(src.Title, "excerpt") {
			t.Errorf("source %q: its title and its first lines disagree on whether it is an excerpt", src.Title)
		}
		if third := strings.Count(src.Text, "[Not EEAS text."); third > 0 && !strings.Contains(src.Publisher, "Not EEAS text") {
			t.Errorf("source %q has %d third-party paragraphs but its publisher does not say so", src.Title, third)
		}
	}
}
