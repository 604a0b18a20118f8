package qdpx

import (
	"bytes"
	"context"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"parley/app/exchange"
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
	for b.Loop() {
		if err := Write(io.Discard, doc, "big", time.Now()); err != nil {
			b.Fatal(err)
		}
	}
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
