package app

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
)

// processStart is as close to the process's start as Go lets us get.
var processStart = time.Now()

// startupTrace logs, when PARLEY_TRACE_STARTUP is set, how long start-up
// takes to reach each step and to paint the first compare view, with the
// resident memory at that point.
type startupTrace struct {
	on   bool
	done bool
}

func newStartupTrace(on bool) *startupTrace {
	t := &startupTrace{on: on}
	t.mark("main")
	return t
}

func (t *startupTrace) mark(step string) {
	if t == nil || !t.on {
		return
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Fprintf(os.Stderr, "parley: startup %-28s %7.1f ms  rss %s  go heap %.1f MB\n", step,
		float64(time.Since(processStart).Microseconds())/1000, rss(), float64(m.HeapInuse)/(1<<20))
}

// ready is called when the compare view has its data; the next turn of the
// event loop comes after the frame that paints it.
func (t *startupTrace) ready() {
	if t == nil || !t.on || t.done {
		return
	}
	t.done = true
	t.mark("compare view data on screen")
	go func() {
		time.Sleep(time.Millisecond)
		fyne.Do(func() { t.mark("compare view painted") })
	}()
}

// rss reads the process's resident memory from /proc (Linux only).
func rss() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	var kb int
	for _, line := range strings.Split(string(b), "\n") {
		if _, err := fmt.Sscanf(line, "VmRSS: %d kB", &kb); err == nil {
			return fmt.Sprintf("%.1f MB", float64(kb)/1024)
		}
	}
	return "?"
}
