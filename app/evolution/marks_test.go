package evolution

import (
	"context"
	"errors"
	"testing"

	"parley/storage"
)

// TestMarksApply makes the analyst's corrections through storage, as the
// window does, and checks that the analyses read them back.
func TestMarksApply(t *testing.T) {
	st := mustFixture(t)
	ctx := context.Background()
	s := mustSeries(t, st)
	cn, eu := partyNamed(t, s, "China"), partyNamed(t, s, "EU")
	phrase := "interference in internal affairs"
	mustDo(t, errOf(st.MarkPhrase(ctx, phrase, storage.PhraseHidden)))
	mustDo(t, errOf(st.MarkPhrase(ctx, "eu raised individual cases", storage.PhrasePinned)))
	regret := statementWith(t, s, "no visit of EU experts")
	mustDo(t, errOf3(st.SetCaseMention(ctx, "EU experts' visit", regret, storage.MentionManual)))
	tohti := statementWith(t, s, "Gui Minhai and Yu Wensheng")
	mustDo(t, errOf3(st.SetCaseMention(ctx, "Ilham Tohti", tohti, storage.MentionExcluded)))
	promise := statementWith(t, s, "committed to inviting EU experts")
	mustDo(t, errOf(st.SetCommitmentCheck(ctx, storage.CommitmentCheck{StatementID: promise, Status: storage.CommitmentNotMentioned, Note: "no visit"})))

	s = mustSeries(t, st)
	ps, err := s.Phrases(ctx, PhraseOptions{})
	mustDo(t, err)
	if ps[0].Mark != storage.PhrasePinned || ps[0].PartyID != eu {
		t.Errorf("the pinned phrase is not first: %+v", ps[0])
	}
	for _, p := range ps {
		if p.Text == phrase && p.PartyID == cn {
			t.Errorf("the hidden phrase is listed")
		}
	}
	all, err := s.Phrases(ctx, PhraseOptions{WithHidden: true})
	mustDo(t, err)
	if !hasPhrase(all, phrase, storage.PhraseHidden) {
		t.Error("WithHidden leaves out the hidden phrase, or unmarked")
	}
	var manual, tohtiRounds []int
	for _, c := range s.Cases() {
		for _, m := range c.Mentions {
			switch {
			case c.Name == "EU experts' visit" && m.Manual:
				manual = append(manual, m.Round)
			case c.Name == "Ilham Tohti":
				tohtiRounds = append(tohtiRounds, m.Round)
			}
		}
	}
	if len(manual) != 1 || manual[0] != 2 {
		t.Errorf("the case added by hand is mentioned in rounds %v, want [2]", manual)
	}
	if len(tohtiRounds) != 2 || tohtiRounds[0] != 1 {
		t.Errorf("the excluded mention is still counted: rounds %v", tohtiRounds)
	}
	for _, c := range s.Commitments() {
		if c.Statement.ID == promise && (c.Status != storage.CommitmentNotMentioned || c.Note != "no visit" || c.Suggested != storage.CommitmentContradicted) {
			t.Errorf("the checked commitment: %+v", c)
		}
	}
}

func TestPhrasesProgressAndCancel(t *testing.T) {
	s := mustSeries(t, mustFixture(t))
	var last [2]int
	if _, err := s.Phrases(context.Background(), PhraseOptions{Progress: func(done, total int) { last = [2]int{done, total} }}); err != nil {
		t.Fatal(err)
	}
	if last[0] != len(s.Statements) || last[1] != len(s.Statements) {
		t.Errorf("the last progress was %v, want all %d", last, len(s.Statements))
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Phrases(ctx, PhraseOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("a cancelled mining returned %v", err)
	}
	if _, err := s.AllPairs(ctx); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled pairing returned %v", err)
	}
}

func TestTable(t *testing.T) {
	s := mustSeries(t, mustFixture(t))
	tb := s.Table()
	if len(tb.Rounds) != 3 || len(tb.Parties) != 2 || tb.Rounds[0].Label() != "11th round (2022)" {
		t.Fatalf("%d rounds (%s), %d parties", len(tb.Rounds), tb.Rounds[0].Label(), len(tb.Parties))
	}
	for _, row := range tb.Rows {
		if row.Topic.Name != "Individual cases" {
			continue
		}
		c := row.Cells[2][0] // 13th round, the EU
		if c.Count != 2 || c.First == "" || s.Cell(row.Topic.ID, c.PartyID, 2)[0].ID != c.FirstID {
			t.Errorf("the EU's individual cases in the 13th round: %+v", c)
		}
		return
	}
	t.Error("no row for Individual cases")
}

func partyNamed(t *testing.T, s *Series, name string) int64 {
	return resolver{t: t, s: s}.party(name)
}

func statementWith(t *testing.T, s *Series, frag string) int64 {
	return resolver{t: t, s: s}.statement(frag)
}

func hasPhrase(ps []Phrase, text, mark string) bool {
	for _, p := range ps {
		if p.Text == text && p.Mark == mark {
			return true
		}
	}
	return false
}

func mustDo(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func errOf[T any](_ T, err error) error { return err }

func errOf3[A, B any](_ A, _ B, err error) error { return err }
