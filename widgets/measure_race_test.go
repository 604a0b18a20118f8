package widgets

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestPrepareTextOffTheUIGoroutine: the Sources view prepares a long text
// on its runner while the window draws. Fyne's text shaper is not safe for
// two goroutines at once (it panicked inside harfbuzz when the Sources tab
// opened during a redraw), so PrepareText must leave the shaping itself to
// the UI goroutine. Fyne's test driver runs fyne.DoAndWait on the caller's
// goroutine, so the test keeps a UI goroutine of its own: it draws (shapes
// words never measured before) and runs what is handed to it.
func TestPrepareTextOffTheUIGoroutine(t *testing.T) {
	test.NewTempApp(t)
	stop := make(chan struct{})
	calls := make(chan func())
	defer func(old func(func())) { onUI = old }(onUI)
	onUI = func(f func()) {
		done := make(chan struct{})
		calls <- func() { f(); close(done) }
		<-done
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { // the UI goroutine
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case f := <-calls:
				f()
			default:
				for j := 0; j < 20; j++ {
					fyne.MeasureText(fmt.Sprintf("ui%dword%d ĳß漢字", i, j), 14, fyne.TextStyle{})
				}
			}
		}
	}()
	deadline := time.Now().Add(1500 * time.Millisecond)
	for n := 0; time.Now().Before(deadline); n++ {
		text := ""
		for j := 0; j < 200; j++ {
			text += fmt.Sprintf("runner%dword%d ", n, j)
		}
		p := PrepareText(text, 14)
		if want := measure(text, 14, fyne.TextStyle{}); p.m.lineH != want.lineH || len(p.m.tokens) != len(want.tokens) ||
			p.m.tokens[2].w != want.tokens[2].w || p.m.tokens[2].w == 0 {
			t.Fatalf("prepared %+v, measured %+v", p.m.tokens[:3], want.tokens[:3])
		}
	}
	close(stop)
	wg.Wait()
}
