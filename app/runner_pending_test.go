package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// TestQueueRunnerCountsPendingJobs: a job counts as pending (the layout
// dump's busy, which the end-to-end test waits on) from run until its
// follow-up has run on the UI goroutine.
func TestQueueRunnerCountsPendingJobs(t *testing.T) {
	test.NewTempApp(t)
	r := newQueueRunner()
	before := pendingJobs.Load()
	release := make(chan struct{})
	followed := make(chan struct{})
	r.run(func() { <-release }, func() { close(followed) })
	r.run(func() {}, nil)
	if got := pendingJobs.Load(); got != before+2 {
		t.Fatalf("%d jobs pending after two runs, want %d", got, before+2)
	}
	close(release)
	<-followed
	deadline := time.Now().Add(5 * time.Second)
	for pendingJobs.Load() != before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := pendingJobs.Load(); got != before {
		t.Errorf("%d jobs pending once both are done, want %d", got, before)
	}
}
