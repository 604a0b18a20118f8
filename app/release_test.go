package app

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"

	"parley/storage"
)

// heapFree is the heap memory that is free but still held from the system.
func heapFree() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// makeGarbage allocates n bytes and drops them.
func makeGarbage(n int) {
	for ; n > 0; n -= 128 << 10 {
		b := make([]byte, 128<<10)
		b[0] = 1
	}
}

// TestQuietWindowHandsMemoryBack switches topics after the project's first
// view has settled: once the window has been quiet for settleDelay, the
// garbage of the switches is handed back to the system, not kept for the
// session.
func TestQuietWindowHandsMemoryBack(t *testing.T) {
	wd := newWorld(t)
	time.Sleep(settleDelay + time.Second) // the first view's release
	// The garbage is made after the switches and collected at once, so
	// that Go's own background scavenger has had no time to return it: the
	// free heap seen here is what only the window's release can hand back.
	// A machine that stalls for longer than settleDelay in between lets the
	// release run early; the burst is then made again.
	for attempt := 1; ; attempt++ {
		for range 10 {
			wd.pickTopic(wd.xinjiang.ID)
			wd.pickTopic(wd.tibet.ID)
		}
		makeGarbage(8 << 20)
		runtime.GC()
		free := heapFree()
		if free >= 4<<20 {
			break
		}
		if attempt == 3 {
			t.Fatalf("only %d KB free after the switches' garbage was collected", free>>10)
		}
	}
	time.Sleep(settleDelay)
	// Wait for the release rather than for a fixed time: on a loaded
	// machine its goroutine may run late.
	deadline := time.Now().Add(20 * time.Second)
	for heapFree() > 1<<20 {
		if time.Now().After(deadline) {
			t.Fatalf("%d KB of free heap still held 20 s after the window went quiet", heapFree()>>10)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// TestQuietWindowHandsBackSQLiteCache: the pages topic switches read stay
// in SQLite's cache while the user clicks, and are handed back once the
// window has been quiet for settleDelay.
func TestQuietWindowHandsBackSQLiteCache(t *testing.T) {
	wd := newWorld(t)
	switches := func() {
		for range 5 {
			wd.pickTopic(wd.xinjiang.ID)
			wd.pickTopic(wd.tibet.ID)
		}
	}
	// While clicking, what the switches read is still cached: freed here
	// by the test itself, well within settleDelay of the last switch.
	storage.ReleaseCaches()
	switches()
	busy := storage.ReleaseCaches()
	if busy < 8<<10 {
		t.Fatalf("the switches left only %d bytes in SQLite's cache", busy)
	}
	switches()
	// Generous: on a loaded machine the window's timer may fire late.
	time.Sleep(settleDelay + 3*time.Second)
	if quiet := storage.ReleaseCaches(); quiet > busy/2 {
		t.Fatalf("%d bytes of SQLite's cache still held %v after the switches (%d while clicking)", quiet, settleDelay+3*time.Second, busy)
	}
}
