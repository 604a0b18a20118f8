package evolution

import (
	"context"
	"strings"
	"testing"

	"parley/app/evolution/evolutiontest"
	"parley/storage"
)

// fromPlan assembles a Series straight from a generated plan, as Load
// would from the stored plan, without a project file: for tests and
// benchmarks at sizes a file would take minutes to write.
func fromPlan(p *evolutiontest.Plan) *Series {
	s := &Series{Series: storage.Series{ID: 1, Name: p.Series}, Parties: p.Parties, Statements: p.Statements, Links: p.Links, tree: p.Topics}
	for i, d := range p.Rounds {
		s.Rounds = append(s.Rounds, Round{Index: i, Dialogue: d})
	}
	for _, t := range p.Topics {
		s.Topics = append(s.Topics, Topic{ID: t.ID, Name: t.Name, Path: t.Name})
	}
	s.Topics = append(s.Topics, Topic{Name: NoTopicName, Path: NoTopicName})
	s.index()
	return s
}

// checkTruth scores the analyses of s against what the generator knows.
func checkTruth(t *testing.T, s *Series, tr evolutiontest.Truth) []score {
	out := []score{truePairs(s, tr), truePhrases(t, s, tr), trueCases(s, tr), trueCommitments(s, tr)}
	for _, sc := range out {
		t.Log(sc)
		for i, m := range sc.misses {
			if i == 5 {
				t.Logf("  … %d more", len(sc.misses)-5)
				break
			}
			t.Log("  miss: " + m)
		}
	}
	return out
}

func truePairs(s *Series, tr evolutiontest.Truth) score {
	sc := score{name: "pairing"}
	got := map[[2]int64]Change{}
	done := map[[2]int64]bool{}
	for _, p := range tr.Pairs {
		if k := [2]int64{p.Topic, p.Party}; !done[k] {
			done[k] = true
			for _, x := range s.Pairs(k[0], k[1]) {
				got[[2]int64{idOf(x.Before), idOf(x.After)}] = x.Change
			}
		}
		c, ok := got[[2]int64{p.Before, p.After}]
		sc.check(ok && string(c) == p.Change, "%s #%d → #%d (got %q)", p.Change, p.Before, p.After, c)
	}
	return sc
}

func truePhrases(t *testing.T, s *Series, tr evolutiontest.Truth) score {
	sc := score{name: "phrases"}
	ps, err := s.Phrases(context.Background(), PhraseOptions{Limit: -1})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range tr.Phrases {
		rounds := make([]bool, len(s.Rounds))
		for _, r := range want.Rounds {
			rounds[r] = true
		}
		found := false
		for _, p := range ps {
			if p.PartyID == want.Party && strings.Contains(" "+p.Text+" ", " "+want.Phrase+" ") && equalBools(p.Rounds, rounds) {
				found = true
			}
		}
		sc.check(found, "party %d %q in %v", want.Party, want.Phrase, want.Rounds)
	}
	return sc
}

func trueCases(s *Series, tr evolutiontest.Truth) score {
	sc := score{name: "cases"}
	cs := s.Cases()
	for _, want := range tr.Cases {
		rounds := make([]bool, len(s.Rounds))
		for _, r := range want.Rounds {
			rounds[r] = true
		}
		ok := false
		for i, c := range cs {
			if NameKey(c.Name) == NameKey(want.Name) {
				ok = raisedIn(&cs[i], want.Party, rounds) && len(c.Raised) == 1
			}
		}
		sc.check(ok, "%s raised by %d in %v", want.Name, want.Party, want.Rounds)
	}
	sc.check(len(cs) == len(tr.Cases), "%d cases found, %d raised", len(cs), len(tr.Cases))
	return sc
}

func trueCommitments(s *Series, tr evolutiontest.Truth) score {
	sc := score{name: "commitments"}
	by := map[int64]Commitment{}
	for _, c := range s.Commitments() {
		by[c.Statement.ID] = c
	}
	for _, want := range tr.Commitments {
		c, ok := by[want.Statement]
		right := ok && c.Suggested == want.Status && (want.FollowUp < 0 || idOf(c.FollowUp) == want.FollowUp)
		sc.check(right, "#%d %s following #%d (got %v %q #%d)", want.Statement, want.Status, want.FollowUp, ok, c.Suggested, idOf(c.FollowUp))
	}
	return sc
}

// TestGeneratedSeries checks the analyses on a generated series of 50
// rounds, stored in a project and read back, against its known truth.
func TestGeneratedSeries(t *testing.T) {
	st := mustStore(t)
	ctx := context.Background()
	p, err := evolutiontest.Generate(ctx, st, evolutiontest.GenOptions{Rounds: 50, Topics: 40, Threads: 2, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	s, err := Load(ctx, st, 1)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Rounds) != 50 || len(s.Statements) != len(p.Statements) {
		t.Fatalf("loaded %d rounds, %d statements; want 50, %d", len(s.Rounds), len(s.Statements), len(p.Statements))
	}
	t.Logf("%d statements", len(s.Statements))
	for _, sc := range checkTruth(t, s, p.Truth) {
		if sc.share() < 0.9 {
			t.Errorf("%s: below 90%%", sc)
		}
	}
}
