package widgets

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// longStatement is a statement of about 1,500 bytes: common words, as in
// diplomatic prose, plus a few only it has (a number, a symbol), which is
// what makes the cache keep a substring of it.
func longStatement(i int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d. Statement S/%d/REV.%d ", i, i, i%7)
	words := strings.Fields("the delegation reaffirms its commitment to the principles of the charter and calls upon all parties to exercise restraint dialogue sovereignty territorial integrity cooperation")
	for j := 0; b.Len() < 1500; j++ {
		b.WriteString(words[(i+j*7)%len(words)])
		b.WriteByte(' ')
		if j%40 == 0 {
			fmt.Fprintf(&b, "para.%d-%d ", i, j)
		}
	}
	return b.String()
}

// BenchmarkTextCache_Retained measures 20,000 distinct long statements, as
// a long day of browsing a large project does, lets go of them and reports
// the heap still in use after a collection, and how much of it emptying the
// size cache frees: what the cache holds.
// Run with -benchtime=1x; the figures are a state, not a speed.
func BenchmarkTextCache_Retained(b *testing.B) {
	test.NewTempApp(b)
	const n = 20_000
	size := theme.TextSize()
	for b.Loop() {
		metrics.Lock()
		metrics.reset()
		metrics.Unlock()
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		for i := range n {
			measure(longStatement(i), size, fyne.TextStyle{})
		}
		runtime.GC()
		runtime.GC()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(int64(after.HeapInuse)-int64(before.HeapInuse))/(1<<20), "inuse-MB")
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(before.HeapAlloc))/(1<<20), "live-MB")
		metrics.Lock()
		b.ReportMetric(float64(metrics.entries()), "entries")
		b.ReportMetric(float64(metrics.keyBytes()), "key-bytes")
		metrics.reset()
		metrics.Unlock()
		// What the cache alone holds: Fyne's own metric cache, which the
		// app's driver empties of what was not used for a minute and the
		// test driver never does, is still there after the reset.
		runtime.GC()
		runtime.GC()
		var emptied runtime.MemStats
		runtime.ReadMemStats(&emptied)
		b.ReportMetric(float64(int64(after.HeapAlloc)-int64(emptied.HeapAlloc))/(1<<20), "cache-MB")
	}
}
