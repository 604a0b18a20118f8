package widgets

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// A statement that was measured can be collected: the cache keeps copies of
// its words, not substrings that would hold the whole text.
func TestMetricCache_DoesNotPinStatements(t *testing.T) {
	test.NewTempApp(t)
	buf := []byte(longStatement(424242))
	probe := weak.Make(&buf[0])
	s := unsafe.String(&buf[0], len(buf))
	m := measure(s, theme.TextSize(), fyne.TextStyle{})
	if m.lineCount(300) < 2 {
		t.Fatalf("the statement wrapped to %d lines at 300", m.lineCount(300))
	}
	buf, s, m = nil, "", nil
	_, _, _ = buf, s, m
	for i := 0; i < 5 && probe.Value() != nil; i++ {
		runtime.GC()
	}
	if probe.Value() != nil {
		t.Fatal("the measured statement is still alive: the size cache keeps substrings of it")
	}
	metrics.Lock()
	defer metrics.Unlock()
	if _, ok := metrics.lookup(metricKey{fmt.Sprintf("S/%d/REV.%d", 424242, 424242%7), theme.TextSize(), fyne.TextStyle{}}); !ok {
		t.Fatal("the statement's words were not cached")
	}
}

// However many long texts are measured, the cache holds at most two
// generations of keys, and the words measured last are still cached.
func TestMetricCache_BoundedByBytes(t *testing.T) {
	test.NewTempApp(t)
	size := theme.TextSize()
	metrics.Lock()
	metrics.reset()
	metrics.Unlock()
	long := strings.Repeat("x", 3000)
	metrics.Lock()
	defer metrics.Unlock()
	for i := range 1500 { // 4.5 MB of distinct keys, without shaping them
		metrics.add(metricKey{fmt.Sprintf("%s%d", long, i), size, fyne.TextStyle{}}, fyne.NewSize(1, 1))
	}
	metrics.check()
	metrics.measure("switched", size, fyne.TextStyle{})
	if b := metrics.keyBytes(); b > 2*metricGenBytes+metricMaxKey {
		t.Errorf("the cache holds %d bytes of keys, more than its bound %d", b, 2*metricGenBytes)
	}
	if n := metrics.entries(); n > 2*metricGenEntries {
		t.Errorf("the cache holds %d sizes, more than its bound %d", n, 2*metricGenEntries)
	}
	if _, ok := metrics.lookup(metricKey{"switched", size, fyne.TextStyle{}}); !ok {
		t.Error("a word measured last is not cached")
	}
}
