package cli

import (
	"context"
	"fmt"
	"io"
	"strings"

	"parley/app/evolution"
	"parley/app/inert"
)

type phraseJSON struct {
	Party    string   `json:"party"`
	Phrase   string   `json:"phrase"`
	Count    int      `json:"count"`
	Rounds   []string `json:"rounds"`
	Appears  []string `json:"appears,omitempty"`
	Vanishes []string `json:"vanishes,omitempty"`
	Mark     string   `json:"mark,omitempty"`
	Examples []int64  `json:"examples"`
}

func analysePhrases(ctx context.Context, s *evolution.Series) (*analysis, error) {
	ps, err := s.Phrases(ctx, evolution.PhraseOptions{})
	if err != nil {
		return nil, err
	}
	a := &analysis{head: []string{"series", "party", "phrase", "count", "rounds", "appears", "vanishes", "mark"}}
	for _, r := range s.Rounds {
		a.head = append(a.head, r.Label())
	}
	out := make([]phraseJSON, len(ps))
	for i, p := range ps {
		out[i] = phraseJSON{Party: s.PartyName(p.PartyID), Phrase: p.Text, Count: p.Count, Rounds: roundLabels(s, in(p.Rounds)),
			Appears: roundLabels(s, p.Appears), Vanishes: roundLabels(s, p.Vanishes), Mark: p.Mark, Examples: p.Examples}
		row := []string{s.Series.Name, out[i].Party, p.Text, fmt.Sprint(p.Count), strings.Join(out[i].Rounds, "; "),
			strings.Join(out[i].Appears, "; "), strings.Join(out[i].Vanishes, "; "), p.Mark}
		for _, used := range p.Rounds {
			row = append(row, map[bool]string{true: "1", false: "0"}[used])
		}
		a.rows = append(a.rows, row)
	}
	a.json = map[string]any{"series": s.Series.Name, "rounds": rounds(s), "phrases": out}
	a.text = func(w io.Writer) { printPhrases(w, s, ps) }
	return a, nil
}

// in lists the indexes that are true.
func in(xs []bool) []int {
	var out []int
	for i, x := range xs {
		if x {
			out = append(out, i)
		}
	}
	return out
}

// printPhrases writes a line per phrase: party, a strip with a mark per
// round (● used, · not), the phrase and its changes.
func printPhrases(w io.Writer, s *evolution.Series, ps []evolution.Phrase) {
	if len(ps) == 0 {
		fmt.Fprintln(w, "no stock phrases: no party uses the same words in two rounds")
		return
	}
	for _, p := range ps {
		var strip strings.Builder
		for _, used := range p.Rounds {
			strip.WriteString(map[bool]string{true: "●", false: "·"}[used])
		}
		var notes []string
		if len(p.Appears) > 0 {
			notes = append(notes, "appears "+strings.Join(shorts(s, p.Appears), ", "))
		}
		if len(p.Vanishes) > 0 {
			notes = append(notes, "vanishes "+strings.Join(shorts(s, p.Vanishes), ", "))
		}
		if p.Mark != "" {
			notes = append(notes, p.Mark)
		}
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%s\n", inert.Line(s.PartyName(p.PartyID)), strip.String(), inert.Line(p.Text), p.Count, strings.Join(notes, "; "))
	}
}

func shorts(s *evolution.Series, idx []int) []string {
	out := make([]string, len(idx))
	for i, r := range idx {
		out[i] = s.Rounds[r].Short()
	}
	return out
}
