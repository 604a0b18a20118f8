package app

import (
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
)

// pendingJobs counts the jobs given to the window's runners whose
// follow-up has not run yet: the layout dump reports it (busy), so that
// the end-to-end test waits for the window's work, not for a guess of how
// long it takes on a loaded machine.
var pendingJobs atomic.Int64

// runner runs database work away from the UI goroutine, one job at a time
// and in the order given, and hands each job's follow-up back to the UI
// goroutine. Keeping the jobs in order matters: an edit and the refresh
// that shows it must not overtake each other.
type runner interface {
	run(work func(), done func())
}

// queueRunner is the runner of the real window: one worker goroutine fed
// by a queue, follow-ups through fyne.Do.
type queueRunner struct {
	jobs chan job
}

type job struct{ work, done func() }

func newQueueRunner() *queueRunner {
	r := &queueRunner{jobs: make(chan job, 256)}
	go func() {
		for j := range r.jobs {
			j.work()
			if j.done == nil {
				pendingJobs.Add(-1)
				continue
			}
			fyne.Do(func() {
				defer pendingJobs.Add(-1)
				j.done()
			})
		}
	}()
	return r
}

func (r *queueRunner) run(work, done func()) {
	pendingJobs.Add(1)
	r.jobs <- job{work, done}
}

// drain waits until the jobs queued so far have run, at most timeout.
func (r *queueRunner) drain(timeout time.Duration) {
	ok := make(chan struct{})
	pendingJobs.Add(1)
	r.jobs <- job{work: func() { close(ok) }}
	select {
	case <-ok:
	case <-time.After(timeout):
	}
}

// inlineRunner runs work and its follow-up at once; the tests use it so
// that what they assert is already on screen.
type inlineRunner struct{}

func (inlineRunner) run(work, done func()) {
	work()
	if done != nil {
		done()
	}
}
