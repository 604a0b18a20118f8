package report

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"parley/app/exchange"
	"parley/internal/cputime"
	"parley/storage"
	"parley/storage/storagetest"
)

// benchProjectStore opens a generated project of n statements (storage's
// generator: 100 dialogues, four parties, tags, notes, links), built once
// and kept in PARLEY_BENCH_DIR when that is set.
func benchProjectStore(b *testing.B, n int) *storage.Store {
	b.Helper()
	dir := os.Getenv("PARLEY_BENCH_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	path := filepath.Join(dir, "report-"+strconv.Itoa(n)+storage.Extension)
	if _, err := os.Stat(path); err != nil {
		s, err := storage.Create(path)
		if err != nil {
			b.Fatal(err)
		}
		if err := storagetest.GenerateProject(context.Background(), s, n, nil); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	s, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkExportProject exports a generated project of 10k and 100k
// statements as HTML and CSV. The baselines in the same run: the JSON
// export of the same project (reading every row and encoding it), and the
// loaded statements through a bare template.
func BenchmarkExportProject(b *testing.B) {
	ctx := context.Background()
	for _, n := range []int{10_000, 100_000} {
		st := benchProjectStore(b, n)
		name := strconv.Itoa(n/1000) + "k"
		o := allOn()
		run := func(sub string, f func() error) {
			b.Run(sub+"-"+name, func(b *testing.B) {
				b.ReportAllocs()
				defer reportCPU(b, cputime.Used())
				for b.Loop() {
					if err := f(); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		run("json", func() error { return exchange.Export(ctx, st, exchange.Selection{}, io.Discard) })
		d, err := Load(ctx, st, o, nil)
		if err != nil {
			b.Fatal(err)
		}
		run("bare", func() error { return bare.Execute(io.Discard, d.Statements) })
		run("load", func() error { _, err := Load(ctx, st, o, nil); return err })
		run("html", func() error { return Export(ctx, st, "html", o, io.Discard, nil) })
		run("csv", func() error { return Export(ctx, st, "csv", o, io.Discard, nil) })
	}
}
