package sample

import (
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"parley/app/exchange"
)

// labelsFile is what a person labelled by hand on the sample, for the
// tests of the evolution engine (its README describes the format).
const labelsFile = "../evolution/testdata/sample-labels.json"

type sampleLabels struct {
	Series string
	Pairs  []struct {
		Party, Before, After, Change string
	}
	Diffs []struct {
		Before, After  string
		Added, Dropped []string
	}
	Phrases []struct {
		Party, Phrase string
		Rounds        []int
	}
	Cases []struct {
		Name     string
		RaisedBy map[string][]int `json:"raised_by"`
	}
	NotCases    []string `json:"not_cases"`
	Commitments []struct {
		Statement, Status string
		FollowUp          string `json:"follow_up"`
	}
	NotCommitments []string `json:"not_commitments"`
}

// labelled is the sample as the labels see it.
type labelled struct {
	t      *testing.T
	doc    *exchange.Document
	round  map[int64]int // dialogue ID → round number
	byText map[int64]exchange.Statement
}

var roundPrefix = regexp.MustCompile(`^(\d+): `)

// find resolves a fragment to its one statement, as the evolution tests
// do: "38: text" looks in the 38th round only.
func (l labelled) find(frag string) exchange.Statement {
	l.t.Helper()
	round := 0
	if m := roundPrefix.FindStringSubmatch(frag); m != nil {
		round, _ = strconv.Atoi(m[1])
		frag = frag[len(m[0]):]
	}
	var hits []exchange.Statement
	for _, st := range l.doc.Statements {
		if (round == 0 || l.round[st.Dialogue] == round) && strings.Contains(st.Text, frag) {
			hits = append(hits, st)
		}
	}
	if len(hits) != 1 {
		l.t.Fatalf("label fragment %q matches %d statements", frag, len(hits))
	}
	return hits[0]
}

func partyName(short string) string {
	if short == "EU" {
		return eu
	}
	return short
}

func holds(st exchange.Statement, party string) bool {
	for _, p := range st.Parties {
		if p == partyName(party) {
			return true
		}
	}
	return false
}

var nonWord = regexp.MustCompile(`[^\p{L}\p{N}]+`)

// words is text in lower case with every run of other characters one
// space, padded, so that " phrase " finds whole words.
func words(text string) string {
	return " " + strings.TrimSpace(nonWord.ReplaceAllString(strings.ToLower(text), " ")) + " "
}

// TestLabelsFitTheSample checks the hand labels against the sample they
// describe, so that the figures the evolution engine is scored by rest on
// labels that name real statements: every fragment names one statement,
// a pair joins a party's statements of consecutive rounds on one topic
// (or the two a repeats link joins), a labelled phrase is in exactly the
// rounds it lists, a case's name is in the raising party's statements of
// exactly its rounds, and a follow-up lies in the round after.
func TestLabelsFitTheSample(t *testing.T) {
	b, err := os.ReadFile(labelsFile)
	if err != nil {
		t.Fatal(err)
	}
	var lb sampleLabels
	if err := json.Unmarshal(b, &lb); err != nil {
		t.Fatal(err)
	}
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	l := labelled{t: t, doc: doc, round: map[int64]int{}}
	for _, d := range doc.Dialogues {
		l.round[d.ID] = d.Round
	}
	if lb.Series != doc.Series[0].Name {
		t.Errorf("labels for series %q, the sample's is %q", lb.Series, doc.Series[0].Name)
	}
	linked := map[[2]int64]bool{}
	for _, k := range doc.Links {
		if k.Type == "repeats" {
			linked[[2]int64{k.To, k.From}] = true
		}
	}
	seen := map[string]bool{}
	for _, p := range lb.Pairs {
		key := p.Party + "|" + p.Before + "|" + p.After
		if seen[key] {
			t.Errorf("pair %s labelled twice", key)
		}
		seen[key] = true
		var before, after exchange.Statement
		if p.Before != "" {
			before = l.find(p.Before)
			if !holds(before, p.Party) {
				t.Errorf("%q is not held by %s", p.Before, p.Party)
			}
		}
		if p.After != "" {
			after = l.find(p.After)
			if !holds(after, p.Party) {
				t.Errorf("%q is not held by %s", p.After, p.Party)
			}
		}
		switch p.Change {
		case "repeated", "reworded":
			if p.Before == "" || p.After == "" {
				t.Errorf("%s pair %q → %q lacks a side", p.Change, p.Before, p.After)
				continue
			}
			if l.round[after.Dialogue] != l.round[before.Dialogue]+1 {
				t.Errorf("pair %q → %q is not of consecutive rounds", p.Before, p.After)
			}
			if *before.Topic != *after.Topic && !linked[[2]int64{before.ID, after.ID}] {
				t.Errorf("pair %q → %q crosses topics without a repeats link", p.Before, p.After)
			}
		case "new", "dropped":
			if (p.Before == "") == (p.After == "") || (p.Change == "new") != (p.Before == "") {
				t.Errorf("%s label %q → %q has the wrong side", p.Change, p.Before, p.After)
			}
		default:
			t.Errorf("unknown change %q", p.Change)
		}
	}
	for _, d := range lb.Diffs {
		before, after := words(l.find(d.Before).Text), words(l.find(d.After).Text)
		for _, w := range d.Added {
			if !strings.Contains(after, words(w)) || strings.Contains(before, words(w)) {
				t.Errorf("diff %q → %q: %q is not added", d.Before, d.After, w)
			}
		}
		for _, w := range d.Dropped {
			if !strings.Contains(before, words(w)) || strings.Contains(after, words(w)) {
				t.Errorf("diff %q → %q: %q is not dropped", d.Before, d.After, w)
			}
		}
	}
	for _, p := range lb.Phrases {
		in := map[int]bool{}
		for _, st := range doc.Statements {
			if holds(st, p.Party) && strings.Contains(words(st.Text), words(p.Phrase)) {
				in[l.round[st.Dialogue]] = true
			}
		}
		if !sameRounds(in, p.Rounds) {
			t.Errorf("%s phrase %q is in rounds %v, labelled %v", p.Party, p.Phrase, in, p.Rounds)
		}
	}
	for _, c := range lb.Cases {
		for party, rounds := range c.RaisedBy {
			in := map[int]bool{}
			for _, st := range doc.Statements {
				if holds(st, party) && strings.Contains(words(st.Text), words(c.Name)) {
					in[l.round[st.Dialogue]] = true
				}
			}
			if !sameRounds(in, rounds) {
				t.Errorf("case %q is raised by %s in rounds %v, labelled %v", c.Name, party, in, rounds)
			}
		}
	}
	for _, n := range lb.NotCases {
		found := false
		for _, st := range doc.Statements {
			found = found || strings.Contains(st.Text, n)
		}
		if !found {
			t.Errorf("not-a-case %q is in no statement: the label tests nothing", n)
		}
	}
	for _, c := range lb.Commitments {
		st := l.find(c.Statement)
		if c.FollowUp != "" && l.round[l.find(c.FollowUp).Dialogue] != l.round[st.Dialogue]+1 {
			t.Errorf("commitment %q: follow-up %q is not in the next round", c.Statement, c.FollowUp)
		}
		last := l.round[st.Dialogue] == 40
		if last != (c.Status == "") {
			t.Errorf("commitment %q: status %q; want none exactly in the last round", c.Statement, c.Status)
		}
	}
	for _, n := range lb.NotCommitments {
		l.find(n)
	}
}

func sameRounds(in map[int]bool, want []int) bool {
	if len(in) != len(want) {
		return false
	}
	for _, r := range want {
		if !in[r] {
			return false
		}
	}
	return true
}
