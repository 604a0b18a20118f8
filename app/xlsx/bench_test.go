package xlsx

import (
	"context"
	"encoding/csv"
	"io"
	"path/filepath"
	"testing"

	"parley/app/exchange"
	"parley/storage"
	"parley/storage/storagetest"
)

func doc50k(b *testing.B) *exchange.Document {
	s, err := storage.Create(filepath.Join(b.TempDir(), "big"+storage.Extension))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if err := storagetest.GenerateProject(context.Background(), s, 50000, nil); err != nil {
		b.Fatal(err)
	}
	rows, err := s.ReadRows(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return exchange.FromRows(rows)
}

// BenchmarkWorkbook50k writes the workbook of 50,000 statements;
// BenchmarkWorkbook50k/csv-baseline writes the same statements' cells as
// CSV, the least a spreadsheet export can cost.
func BenchmarkWorkbook50k(b *testing.B) {
	doc := doc50k(b)
	b.Run("xlsx", func(b *testing.B) {
		for b.Loop() {
			if err := Write(io.Discard, doc); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("csv-baseline", func(b *testing.B) {
		for b.Loop() {
			w := csv.NewWriter(io.Discard)
			for _, v := range doc.Statements {
				w.Write([]string{v.Kind, v.Text, deref(v.Topic)})
			}
			w.Flush()
		}
	})
}
