package cli

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"testing"
	"time"

	"parley/app/evolution/evolutiontest"
	"parley/internal/cputime"
	"parley/storage"
)

// spellingsProject is the made-up three rounds with n spellings filed
// under its first case (a file from elsewhere may give a case a million),
// written with the bulk path an import uses.
func spellingsProject(tb testing.TB, n int) string {
	tb.Helper()
	ctx := context.Background()
	dir := tb.TempDir()
	src, err := storage.Create(filepath.Join(dir, "src.parley"))
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := evolutiontest.Fixture(ctx, src); err != nil {
		tb.Fatal(err)
	}
	if _, _, err := src.MergeCaseNames(ctx, "Ding Jiaxi", []string{"丁家喜"}); err != nil {
		tb.Fatal(err)
	}
	rows, err := src.ReadRows(ctx)
	src.Close()
	if err != nil {
		tb.Fatal(err)
	}
	t0 := rows.Cases[0].CreatedAt
	for i := range n {
		rows.CaseNames = append(rows.CaseNames, storage.CaseName{ID: int64(len(rows.CaseNames) + 1), CaseID: rows.Cases[0].ID,
			Name: fmt.Sprintf("Spelling %07d Lama", i), CreatedAt: t0})
	}
	p := filepath.Join(dir, "spellings.parley")
	dst, err := storage.Create(p)
	if err != nil {
		tb.Fatal(err)
	}
	if err := dst.WriteRows(ctx, &rows, nil); err != nil {
		tb.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		tb.Fatal(err)
	}
	return p
}

// BenchmarkAnalyseCasesSpellings1M: `parley analyse -what cases` of a
// project whose register holds a million spellings, in each format,
// against baselines in the same run: reading the register once, as the
// analysis does (Store.Register) and as the edits do (Store.Cases).
func BenchmarkAnalyseCasesSpellings1M(b *testing.B) {
	p := spellingsProject(b, 1_000_000)
	ctx := context.Background()
	st, err := storage.Open(p)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("baseline-Register", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			if _, names, err := st.Register(ctx); err != nil || len(names) < 1_000_000 {
				b.Fatal(len(names), err)
			}
		}
	})
	b.Run("baseline-Cases", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			if _, names, err := st.Cases(ctx); err != nil || len(names) < 1_000_000 {
				b.Fatal(len(names), err)
			}
		}
	})
	st.Close()
	for _, format := range []string{"text", "json", "csv"} {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			defer reportCPU(b, cputime.Used())
			for b.Loop() {
				env := &Env{Stdout: io.Discard, Stderr: io.Discard}
				if code := Run(ctx, env, []string{"analyse", "-what", "cases", "-format", format, p}); code != 0 {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

func reportCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
