package exchange_test

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/internal/cputime"
	"parley/storage"
	"parley/storage/storagetest"
)

// generated makes a project of n made-up statements (storage's
// generator) and returns its path.
func generated(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "gen.parley")
	err := exchange.CreateProject(context.Background(), path, func(ctx context.Context, s *storage.Store) error {
		return storagetest.GenerateProject(ctx, s, n, nil)
	})
	if err != nil {
		tb.Fatal(err)
	}
	return path
}

func exportFile(tb testing.TB, project string) []byte {
	tb.Helper()
	s, err := storage.Open(project)
	if err != nil {
		tb.Fatal(err)
	}
	defer s.Close()
	var buf bytes.Buffer
	if err := exchange.Export(context.Background(), s, exchange.Selection{}, &buf); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestRoundTripGenerated round-trips a project shaped like real work:
// several dialogues and series, four parties, Chinese statements, links,
// notes and assessments.
func TestRoundTripGenerated(t *testing.T) {
	first := exportFile(t, generated(t, 3000))
	dir := t.TempDir()
	in := filepath.Join(dir, "first.json")
	os.WriteFile(in, first, 0o644)
	if _, err := exchange.ImportFile(context.Background(), in, filepath.Join(dir, "b.parley"), exchange.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if second := exportFile(t, filepath.Join(dir, "b.parley")); !bytes.Equal(first, second) {
		t.Fatalf("round trip changed the export:\n%s", firstDiff(first, second))
	}
}

const benchN = 100_000

// BenchmarkExport100k: ReadRows is the baseline (reading every row);
// JSON adds building the document and encoding it.
func BenchmarkExport100k(b *testing.B) {
	s, err := storage.Open(generated(b, benchN))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	b.Run("ReadRows", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := s.ReadRows(ctx); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("JSON", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := exchange.Export(ctx, s, exchange.Selection{}, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkImport100k: ExportJSON is the baseline (the JSON export of the
// same project); InsertStatements stores the same statements with
// storage.InsertStatements (the bulk path of every other import) into a
// project that already holds the vocabulary; WriteRows stores the whole
// project with its IDs and times; ImportFile adds reading and checking the
// JSON file and placing the new project.
func BenchmarkImport100k(b *testing.B) {
	ctx := context.Background()
	project := generated(b, benchN)
	data := exportFile(b, project)
	dir := b.TempDir()
	in := filepath.Join(dir, "in.json")
	os.WriteFile(in, data, 0o644)
	doc, err := exchange.Decode(data)
	if err != nil {
		b.Fatal(err)
	}
	fresh := func(i int) *storage.Store {
		s, err := storage.Create(filepath.Join(dir, "p"+strconv.Itoa(i)+".parley"))
		if err != nil {
			b.Fatal(err)
		}
		return s
	}
	// A baseline that none of the import's work shares: the JSON export
	// of the same project (reading every row and encoding it).
	b.Run("ExportJSON", func(b *testing.B) {
		s, err := storage.Open(project)
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			if err := exchange.Export(ctx, s, exchange.Selection{}, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	})
	i := 0
	b.Run("InsertStatements", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			b.StopTimer()
			rows, _ := exchange.ToRows(doc)
			sts := rows.Statements
			rows.Statements, rows.Links, rows.Notes, rows.Assessments = nil, nil, nil, nil
			for j := range sts {
				sts[j].ID = 0
			}
			i++
			s := fresh(i)
			if err := s.WriteRows(ctx, &rows, nil); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
			if err := s.InsertStatements(ctx, sts, nil); err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
	b.Run("WriteRows", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			b.StopTimer()
			rows, _ := exchange.ToRows(doc)
			i++
			s := fresh(i)
			b.StartTimer()
			if err := s.WriteRows(ctx, &rows, nil); err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
	})
	b.Run("ImportFile", func(b *testing.B) {
		b.ReportAllocs()
		defer reportCPU(b, cputime.Used())
		for b.Loop() {
			i++
			if _, err := exchange.ImportFile(ctx, in, filepath.Join(dir, "f"+strconv.Itoa(i)+".parley"), exchange.ImportOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// reportCPU adds the CPU time per operation (timer stops included) to the
// benchmark's figures: on a loaded machine wall times grow with the load,
// CPU time far less.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
