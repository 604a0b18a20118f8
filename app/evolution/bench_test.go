package evolution

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"parley/app/evolution/evolutiontest"
	"parley/internal/cputime"
)

// big is a generated series of 50 rounds × 40 topics and about a million
// statements (250 lines of argument per topic and party), made once.
var big = sync.OnceValue(func() *Series {
	return fromPlan(evolutiontest.NewPlan(evolutiontest.GenOptions{Rounds: 50, Topics: 40, Threads: 250, Seed: 7}))
})

// BenchmarkSeries1M times what the Evolution tab does after the series is
// loaded (issue 10: the table ≤ 100 ms, phrase mining ≤ 5 s), against a
// baseline that only reads every statement's text once.
func BenchmarkSeries1M(b *testing.B) {
	s := big()
	b.Logf("%d statements, %d rounds, %d topics", len(s.Statements), len(s.Rounds), len(s.Topics)-1)
	b.Run("BaselineReadTexts", func(b *testing.B) {
		defer reportCPU(b, cputime.Used())
		n := 0
		for range b.N {
			for i := range s.Statements {
				n += strings.Count(s.Statements[i].Text, " ")
			}
		}
		_ = n
	})
	b.Run("Table", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for range b.N {
			s.Table()
		}
	})
	b.Run("PairsOfOneTopic", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for range b.N {
			for _, p := range s.Parties {
				s.Pairs(1, p.ID)
			}
		}
	})
	b.Run("Phrases", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for range b.N {
			if _, err := s.Phrases(context.Background(), PhraseOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkLoad50 reads a stored series of 50 rounds × 40 topics (about
// 5,000 statements) with Load, against reading the same statements with
// one storage call per round and nothing else.
func BenchmarkLoad50(b *testing.B) {
	st := mustStore(b)
	ctx := context.Background()
	p, err := evolutiontest.Generate(ctx, st, evolutiontest.GenOptions{Rounds: 50, Topics: 40, Threads: 2, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("BaselineStatementViews", func(b *testing.B) {
		defer reportCPU(b, cputime.Used())
		for range b.N {
			for _, d := range p.Rounds {
				if _, err := st.StatementViews(ctx, storageFilter(d.ID), 0); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("Load", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for range b.N {
			if _, err := Load(ctx, st, 1); err != nil {
				b.Fatal(err)
			}
		}
	})
	s, err := Load(ctx, st, 1)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		fn   func()
	}{
		{"AllPairs", func() { s.AllPairs(ctx) }},
		{"Cases", func() { s.Cases() }},
		{"Commitments", func() { s.Commitments() }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b, cputime.Used())
			for range b.N {
				c.fn()
			}
		})
	}
}

// reportCPU adds the CPU time per operation to the benchmark's figures:
// wall time grows when other programs load the machine, CPU time less.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
