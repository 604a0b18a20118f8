package qdpx

import (
	"bytes"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"parley/app/exchange"
	"parley/internal/cputime"
	"parley/storage"
)

var (
	bigOnce sync.Once
	bigDoc  *exchange.Document
)

// big50k is the document of a generated project of 50,000 statements.
func big50k(b *testing.B) *exchange.Document {
	bigOnce.Do(func() { bigDoc = docOf(b, generated(b, 50000)) })
	return bigDoc
}

// BenchmarkExport50k writes the .qdpx of 50,000 coded statements (the
// archive with project.qde, the sources and Parley's extension).
func BenchmarkExport50k(b *testing.B) {
	doc := big50k(b)
	b.ResetTimer()
	defer cpuPerOp(b)()
	for b.Loop() {
		if err := Write(io.Discard, doc, "big", time.Now()); err != nil {
			b.Fatal(err)
		}
	}
}

// cpuPerOp reports the CPU time per operation beside the wall time, which
// grows with whatever else loads the machine; call the result when done.
func cpuPerOp(b *testing.B) func() {
	start := cputime.Used()
	return func() { b.ReportMetric((cputime.Used()-start).Seconds()/float64(b.N), "cpu-s/op") }
}

// BenchmarkBaselineXMLEncode50k is the baseline: a plain encoding/xml
// encode of the same statements as selections with one coding each.
func BenchmarkBaselineXMLEncode50k(b *testing.B) {
	doc := big50k(b)
	type sel struct {
		XMLName xml.Name `xml:"PlainTextSelection"`
		GUID    int64    `xml:"guid,attr"`
		Start   int      `xml:"startPosition,attr"`
		End     int      `xml:"endPosition,attr"`
		Code    string   `xml:"Coding>CodeRef"`
	}
	b.ResetTimer()
	defer cpuPerOp(b)()
	for b.Loop() {
		enc := xml.NewEncoder(io.Discard)
		for _, v := range doc.Statements {
			if err := enc.Encode(sel{GUID: v.ID, Start: v.Start, End: v.End, Code: deref(v.Topic)}); err != nil {
				b.Fatal(err)
			}
		}
		enc.Flush()
	}
}

// BenchmarkImport50k reads the .qdpx of 50,000 statements into a new
// project, from project.qde alone (as from another tool) and through
// Parley's extension.
func BenchmarkImport50k(b *testing.B) {
	var full bytes.Buffer
	if err := Write(&full, big50k(b), "big", time.Now()); err != nil {
		b.Fatal(err)
	}
	for name, archive := range map[string][]byte{"qde": stripExtension(b, full.Bytes()), "extension": full.Bytes()} {
		b.Run(name, func(b *testing.B) {
			dir := b.TempDir()
			in := filepath.Join(dir, "in.qdpx")
			if err := os.WriteFile(in, archive, 0o600); err != nil {
				b.Fatal(err)
			}
			n := 0
			defer cpuPerOp(b)()
			for b.Loop() {
				n++
				out := filepath.Join(dir, "out"+string(rune('a'+n%26))+storage.Extension)
				os.Remove(out)
				if _, err := ImportFile(context.Background(), in, out, Options{}); err != nil {
					b.Fatal(err)
				}
				os.Remove(out)
			}
		})
	}
}

// BenchmarkRead50k is the import without writing the project: reading
// the archive, parsing project.qde and mapping it to Parley's document.
// The rest of an import is storage.WriteRows, which import-json shares.
func BenchmarkRead50k(b *testing.B) {
	var full bytes.Buffer
	if err := Write(&full, big50k(b), "big", time.Now()); err != nil {
		b.Fatal(err)
	}
	archive := stripExtension(b, full.Bytes())
	b.ResetTimer()
	defer cpuPerOp(b)()
	for b.Loop() {
		if _, _, err := Read(bytes.NewReader(archive), int64(len(archive)), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWriteRows50k is the baseline of the import's second half: the
// same document written into a new project as import-json writes it.
func BenchmarkWriteRows50k(b *testing.B) {
	doc := big50k(b)
	dir := b.TempDir()
	n := 0
	b.ResetTimer()
	defer cpuPerOp(b)()
	for b.Loop() {
		n++
		rows, err := exchange.ToRows(doc)
		if err != nil {
			b.Fatal(err)
		}
		out := filepath.Join(dir, fmt.Sprintf("w%d%s", n, storage.Extension))
		if err := exchange.CreateProject(context.Background(), out, func(ctx context.Context, s *storage.Store) error {
			return s.WriteRows(ctx, &rows, nil)
		}); err != nil {
			b.Fatal(err)
		}
		os.Remove(out)
	}
}
