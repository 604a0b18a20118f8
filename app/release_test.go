package app

import (
	"runtime"
	"runtime/metrics"
	"testing"
	"time"
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
	// More garbage than the switches make, so that the check below cannot
	// miss it.
	makeGarbage(8 << 20)
	for range 10 {
		wd.pickTopic(wd.xinjiang.ID)
		wd.pickTopic(wd.tibet.ID)
	}
	runtime.GC()
	if free := heapFree(); free < 4<<20 {
		t.Fatalf("only %d KB free after the switches' garbage was collected", free>>10)
	}
	time.Sleep(settleDelay + time.Second)
	if free := heapFree(); free > 1<<20 {
		t.Errorf("%d KB of free heap still held %v after the last switch", free>>10, settleDelay+time.Second)
	}
}
