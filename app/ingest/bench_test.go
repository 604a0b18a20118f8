package ingest

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"parley/internal/cputime"
	"parley/storage"
)

// megabyteOfReadouts is the accuracy fixtures repeated to 1 MB: real
// readout prose in several governments' styles.
func megabyteOfReadouts(b *testing.B) string {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "accuracy", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Fatal("no fixtures", err)
	}
	var parts []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		parts = append(parts, string(data))
	}
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		sb.WriteString(parts[i%len(parts)])
		sb.WriteString("\n\n")
	}
	return NormalizeText(sb.String())
}

// BenchmarkPropose segments and proposes statements for 1 MB of readouts
// (target: 0.5 s per op).
func BenchmarkPropose(b *testing.B) {
	text := megabyteOfReadouts(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		d, err := NewProposer().Propose(context.Background(), Document{Text: text}, "China", nil)
		if err != nil || len(d.Proposals) == 0 {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegment is the segmenter alone on the same megabyte.
func BenchmarkSegment(b *testing.B) {
	text := megabyteOfReadouts(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(Segments(text)) == 0 {
			b.Fatal("no segments")
		}
	}
}

var naiveSentence = regexp.MustCompile(`[.!?。！？]+["”’)]*\s+`)

// BenchmarkBaselineRegexpSplit is the baseline: plain sentence splitting
// by a regular expression, no abbreviations, no proposals.
func BenchmarkBaselineRegexpSplit(b *testing.B) {
	text := megabyteOfReadouts(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if len(naiveSentence.Split(text, -1)) == 0 {
			b.Fatal("no sentences")
		}
	}
}

// BenchmarkProposeWithLessons is BenchmarkPropose for a project that
// learnt lessons of every rule, so that each sentence's phrases are
// looked up (compare with BenchmarkPropose in the same run).
func BenchmarkProposeWithLessons(b *testing.B) {
	text := megabyteOfReadouts(b)
	var ls []storage.Lesson
	for _, ph := range []string{"said", "stressed", "noted", "urged", "expressed", "welcomed", "agreed", "met", "discussed", "held"} {
		ls = append(ls, storage.Lesson{Rule: RulePhraseKind, Key: ph + "|position", Value: "demand", Count: 1},
			storage.Lesson{Rule: RulePhraseKind, Key: ph + "|position", Value: "position", Count: 3})
	}
	ls = append(ls, storage.Lesson{Rule: RuleSpeakerParty, Key: "Wang Yi", Value: "China"},
		storage.Lesson{Rule: RuleSubjectParty, Key: "China|he|@author", Value: "@author", Count: 4},
		storage.Lesson{Rule: RulePhraseTopic, Key: "*|Dialogue and cooperation", Value: "", Count: 2})
	lessons := NewLessons(ls)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer reportCPU(b, cputime.Used())
	for b.Loop() {
		p := NewProposer()
		p.Lessons = lessons
		d, err := p.Propose(context.Background(), Document{Text: text}, "China", nil)
		if err != nil || len(d.Proposals) == 0 {
			b.Fatal(err)
		}
	}
}

// reportCPU reports the CPU time per op since start: on a shared machine
// the wall time stretches, the CPU time much less.
func reportCPU(b *testing.B, start time.Duration) {
	if c := cputime.Used() - start; c > 0 {
		b.ReportMetric(c.Seconds()/float64(b.N), "cpu-s/op")
	}
}
