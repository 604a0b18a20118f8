package pairing

import (
	"fmt"
	"testing"
	"time"

	"parley/internal/cputime"
)

// readouts builds two sides of n statements each from the labelled
// statements, each made distinct by joining two of them and a number.
func readouts(tb testing.TB, n int) (a, b []Statement) {
	var texts []string
	for _, d := range loadLabelled(tb) {
		for _, s := range append(append([]Statement{}, d.a...), d.b...) {
			texts = append(texts, s.Text)
		}
	}
	for i := 0; i < 2*n; i++ {
		s := Statement{ID: int64(i + 1), Holders: []int64{int64(1 + i%2)}, Kind: "position",
			Text: fmt.Sprintf("%s %s (%d)", texts[i%len(texts)], texts[(i*7+3)%len(texts)], i)}
		if i < n {
			a = append(a, s)
		} else {
			b = append(b, s)
		}
	}
	return a, b
}

// BenchmarkPair500 pairs two 500-statement readouts (issue 9: ≤ 0.2 s),
// against the plain word-overlap baseline on the same readouts.
func BenchmarkPair500(b *testing.B) {
	x, y := readouts(b, 500)
	b.Run("Suggest", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for range b.N {
			Suggest(x, y, nil)
		}
	})
	b.Run("OverlapBaseline", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for range b.N {
			Overlap(x, y, 0.15)
		}
	})
}

// reportCPU adds the CPU time per operation to the benchmark's figures:
// wall time grows when other programs load the machine, CPU time less.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
