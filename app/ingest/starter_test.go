package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCountSignals checks the one-pass count of the starter trees' signals
// against strings.Count for each signal, on the fixtures and on texts
// where signals repeat, overlap or begin inside one another, and
// lowerText against strings.ToLower (invalid bytes, special cases).
func TestCountSignals(t *testing.T) {
	texts := []string{"", "war", "warwarwar", "human rights human rightshuman rights", "coop cop copcop",
		"trade trade-tariff tariffs 贸易贸易 人权人权", "ceasefire war: no war, warwar"}
	files, err := filepath.Glob(filepath.Join("testdata", "accuracy", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	for _, text := range append(texts, "A\xffB\xe4\xb8ZÄÖ İ ǅ") {
		low := strings.ToLower(text)
		if got := lowerText(text); got != low {
			t.Errorf("lowerText(%.40q) = %.40q, strings.ToLower %.40q", text, got, low)
		}
		want := make([]int, len(starterTrees))
		for i, tr := range starterTrees {
			for _, s := range tr.signals {
				want[i] += strings.Count(low, s)
			}
		}
		got := make([]int, len(starterTrees))
		countSignals(got, low)
		for i := range want {
			if got[i] != want[i] {
				t.Errorf("%.40q: tree %q counted %d, strings.Count %d", text, starterTrees[i].subject, got[i], want[i])
			}
		}
	}
}
