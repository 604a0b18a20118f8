package app

import (
	"fmt"
	"image"
	"os"
	"runtime"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// processStart is as close to the process's start as Go lets us get.
var processStart = time.Now()

// startupTrace logs, when PARLEY_TRACE_STARTUP is set, how long start-up
// takes to reach each step and to paint the first compare view, with the
// resident memory at that point.
type startupTrace struct {
	seen   sync.Map // steps logged by first
	on     bool
	done   bool
	raster *canvas.Raster
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

// first marks step the first time it happens; safe from any goroutine.
func (t *startupTrace) first(step string) {
	if t == nil || !t.on {
		return
	}
	if _, dup := t.seen.LoadOrStore(step, true); !dup {
		t.mark(step)
	}
}

// ready is called when the compare view has its data on screen; the
// probe then logs when the next frame is painted.
func (t *startupTrace) ready() {
	if t == nil || !t.on || t.done {
		return
	}
	t.done = true
	t.mark("compare view data on screen")
	if t.raster != nil {
		t.raster.Refresh()
	}
}

// probe returns an invisible object whose drawing marks the first frame
// painted after the data arrived; nil when not tracing.
func (t *startupTrace) probe() fyne.CanvasObject {
	if t == nil || !t.on {
		return nil
	}
	painted := false
	t.raster = canvas.NewRaster(func(w, h int) image.Image {
		if t.done && !painted {
			painted = true
			// The raster is drawn during the frame; log once it is done.
			fyne.Do(func() { t.mark("compare view painted") })
		}
		return image.NewNRGBA(image.Rect(0, 0, 1, 1))
	})
	t.raster.SetMinSize(fyne.NewSize(1, 1))
	return t.raster
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
