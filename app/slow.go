package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// slowAfter is how long an edit may take before the window says it is
// working on it; most edits take a few milliseconds and show nothing.
const slowAfter = 400 * time.Millisecond

// slow arms a progress dialog for work that may take a while (a merge of a
// tag on many thousand statements, say) and returns the function that
// disarms or hides it; call it from the UI goroutine when the work is done.
func (ws *Workspace) slow(label string) (stop func()) {
	if _, ok := ws.run.(*queueRunner); !ok {
		return func() {}
	}
	finished := false
	var d dialog.Dialog
	t := time.AfterFunc(slowAfter, func() {
		fyne.Do(func() {
			if finished {
				return
			}
			bar := widget.NewProgressBarInfinite()
			d = dialog.NewCustomWithoutButtons("Working: "+label+"…", container.NewGridWrap(fyne.NewSize(320, 40), bar), ws.win)
			d.Show()
		})
	})
	return func() {
		finished = true
		t.Stop()
		if d != nil {
			d.Hide()
		}
	}
}
