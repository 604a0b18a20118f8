package cli

import (
	"math"
	"os"
	"runtime/debug"
)

// heapPerInputByte and heapBase set the soft memory limit of a command
// that reads large inputs (import, import-json): the budget is at most 4×
// the input and 100 MB, of which the process's code, SQLite's cache and
// the search index's work take about 36 MB outside Go's heap.
const (
	heapPerInputByte = 4
	heapBase         = 64 << 20
)

// limitHeap tells Go's collector the memory budget of reading paths. The
// collector then runs as the heap nears it rather than letting the heap
// grow to twice what it holds; it never fails an allocation. A limit the
// user set (GOMEMLIMIT) is kept.
func limitHeap(paths ...string) {
	if debug.SetMemoryLimit(-1) != math.MaxInt64 {
		return
	}
	var total int64
	for _, p := range paths {
		if st, err := os.Stat(p); err == nil && st.Mode().IsRegular() {
			total += st.Size()
		}
	}
	debug.SetMemoryLimit(heapPerInputByte*total + heapBase)
}
