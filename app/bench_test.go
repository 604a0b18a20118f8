package app

import (
	"context"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/internal/cputime"
	"parley/storage"
	"parley/storage/storagetest"
)

// Switching topic, from the click in the tree to the columns holding their
// cards, on a generated project:
//
//	go test -run '^$' -bench TopicSwitch ./app/                       (100k statements)
//	PARLEY_BENCH_1M=1 go test -run '^$' -bench TopicSwitch -timeout 60m ./app/
//
// PARLEY_BENCH_PROJECT=FILE keeps the generated project in FILE and reuses
// it in later runs (and for measuring the real binary on it).
func BenchmarkTopicSwitch(b *testing.B) {
	n := 100_000
	if os.Getenv("PARLEY_BENCH_1M") != "" {
		n = 1_000_000
	}
	path := benchProjectFile(b, n)
	st, err := storage.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	applyThemePreference(a) // the window's fonts, as Run sets them
	w := test.NewTempWindow(b, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 800))
	ws := newWorkspace(a, w, inlineRunner{})
	ws.setProject(st)
	b.Cleanup(func() { ws.close() })
	topics := busyTopics(ws)
	if len(topics) < 2 {
		b.Fatalf("the dialogue has %d topics with statements", len(topics))
	}
	click := func(before func()) func(b *testing.B) {
		return func(b *testing.B) {
			b.ReportAllocs()
			ds := make([]time.Duration, 0, b.N)
			cpu0 := cputime.Used()
			cards := 0
			for i := range b.N {
				k := topics[i%len(topics)]
				if k == ws.topic {
					k = topics[(i+1)%len(topics)]
				}
				before()
				start := time.Now()
				ws.tree.tree.Select(string(k))
				ds = append(ds, time.Since(start))
				cards += len(ws.view.cols[0].Cards()) + len(ws.view.cols[1].Cards())
			}
			reportLatency(b, ds, cpu0)
			b.ReportMetric(float64(cards)/float64(b.N), "cards")
		}
	}
	b.Run("click-to-columns", click(func() {}))
	// The first switch after the window has been quiet: its pages are no
	// longer in SQLite's cache (see releaseMemory), only in the system's.
	b.Run("click-after-release", click(func() { storage.ReleaseCaches() }))
	// Baselines: the columns' query as the window issues it, and storage's
	// Compare (which filters parties in SQL), for the same topics.
	b.Run("query-only", func(b *testing.B) {
		b.ReportAllocs()
		ds := make([]time.Duration, 0, b.N)
		cpu0 := cputime.Used()
		ctx := context.Background()
		for i := range b.N {
			q := viewQuery{dialogueID: ws.dialogueID, topic: topics[i%len(topics)], columns: ws.columns}
			var d viewData
			d.topics = ws.data.topics
			start := time.Now()
			if err := readColumns(ctx, st, &d, q); err != nil {
				b.Fatal(err)
			}
			ds = append(ds, time.Since(start))
		}
		reportLatency(b, ds, cpu0)
	})
	b.Run("storage-compare", func(b *testing.B) {
		b.ReportAllocs()
		ds := make([]time.Duration, 0, b.N)
		cpu0 := cputime.Used()
		ctx := context.Background()
		for i := range b.N {
			k := topics[i%len(topics)]
			f := storage.StatementFilter{DialogueID: ws.dialogueID, TopicIDs: subtree(ws.data.topics, k.id())}
			start := time.Now()
			if _, err := st.Compare(ctx, f, ws.columns); err != nil {
				b.Fatal(err)
			}
			ds = append(ds, time.Since(start))
		}
		reportLatency(b, ds, cpu0)
	})
}

// benchProjectFile returns a generated project of n statements.
func benchProjectFile(b *testing.B, n int) string {
	b.Helper()
	path := os.Getenv("PARLEY_BENCH_PROJECT")
	if path == "" {
		path = filepath.Join(b.TempDir(), "bench"+storage.Extension)
	}
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	st, err := storage.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	if err := storagetest.GenerateProject(context.Background(), st, n, nil); err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	b.Logf("generated %d statements in %v", n, time.Since(start).Round(time.Second))
	return path
}

// busyTopics lists the leaf topics of the shown dialogue that hold
// statements, as a user would click through them.
func busyTopics(ws *Workspace) []topicKey {
	var out []topicKey
	for _, t := range ws.data.topics {
		if len(subtree(ws.data.topics, t.ID)) == 1 && ws.data.counts[t.ID] != nil {
			out = append(out, topicKeyOf(&t.ID))
		}
	}
	return out
}

// reportLatency reports the p50 and p95 of ds in milliseconds, and the
// process's CPU time per operation since cpu0.
func reportLatency(b *testing.B, ds []time.Duration, cpu0 time.Duration) {
	b.ReportMetric(float64((cputime.Used()-cpu0).Microseconds())/1000/float64(len(ds)), "cpu-ms/op")
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	at := func(q float64) float64 {
		return float64(ds[min(len(ds)-1, int(q*float64(len(ds))))].Microseconds()) / 1000
	}
	b.ReportMetric(at(0.50), "p50-ms")
	b.ReportMetric(at(0.95), "p95-ms")
}
