package app

import (
	"context"

	"fyne.io/fyne/v2"
)

// spawn runs long read-only work (mining a series' phrases, pairing every
// topic) on a goroutine of its own, so that the runner stays free for the
// edits and reads the user asks for meanwhile; done runs on the UI
// goroutine. The work gets a context that cancel (returned) ends, for a
// Cancel button or a newer run. With the tests' inline runner it runs at
// once, as every other job does there.
func (s *services) spawn(work func(ctx context.Context), done func()) (cancel func()) {
	ctx, cancel := context.WithCancel(context.Background())
	if _, ok := s.run.(inlineRunner); ok {
		work(ctx)
		done()
		return cancel
	}
	go func() {
		work(ctx)
		fyne.Do(done)
	}()
	return cancel
}
