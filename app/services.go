package app

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// services are what every screen shares with the workspace: the window
// its dialogs belong to, the runner that keeps database work off the UI
// goroutine, the open project, errors in plain words and undoable edits.
// A screen (sources, import, review, export) gets a *services rather than
// the whole Workspace, so that it can reach these and nothing else. The
// Workspace embeds its services, so that a runner swapped at close is the
// one every screen uses from then on.
type services struct {
	win     fyne.Window
	run     runner
	current atomic.Pointer[storage.Store] // the open project; jobs on the runner read it too
	// edit runs an undoable edit: on the runner, onto the undo stack when
	// it succeeds, and the workspace refreshed (the Workspace's exec).
	edit func(c *command)
	// screen is the screen's size (zero: unknown); windows opened from the
	// main one (the import's review) fit it.
	screen fyne.Size
}

// store is the open project, nil when none is.
func (s *services) store() *storage.Store { return s.current.Load() }

// showError tells the user in plain words what failed, as the dialog's
// title (what, e.g. "Could not store the import"), and why, as its text.
func (s *services) showError(what string, err error) { showErrorOn(s.win, what, err) }

// showErrorOn is showError over another window than the main one (the
// review window has its own).
func showErrorOn(win fyne.Window, what string, err error) {
	if what == "" {
		what = "Something went wrong"
	}
	showModal(win, dialog.NewCustom(widgets.Visible(what), "OK", wrapped(plainCause(err), 440), win))
}

// plainCause is why something failed, as a sentence: a storage error's
// message without its technical detail, a capital letter first and a
// full stop last. A message that begins with a name (passwd is not a
// Parley project) keeps it as it is: the error says so
// (storage.BeginsWithName), as every storage message led by a file's or
// a server's name does.
func plainCause(err error) string {
	msg := err.Error()
	var se *storage.Error
	if errors.As(err, &se) {
		msg = se.Message
	}
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return "No reason was given."
	}
	if !storage.BeginsWithName(err, msg) {
		r, n := utf8.DecodeRuneInString(msg)
		msg = string(unicode.ToUpper(r)) + msg[n:]
	}
	if !strings.ContainsAny(msg[len(msg)-1:], ".!?") {
		msg += "."
	}
	return msg
}

// slowAfter is how long an edit may take before the window says it is
// working on it; most edits take a few milliseconds and show nothing.
const slowAfter = 400 * time.Millisecond

// slow arms a progress dialog for work that may take a while (a merge of a
// tag on many thousand statements, say) and returns the function that
// disarms or hides it; call it from the UI goroutine when the work is done.
func (s *services) slow(label string) (stop func()) { return slowOn(s.win, s.run, label) }

// slowOn is slow over another window (the review window's).
func slowOn(win fyne.Window, run runner, label string) (stop func()) {
	if _, ok := run.(*queueRunner); !ok {
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
			d = dialog.NewCustomWithoutButtons("Working: "+label+"…", container.NewGridWrap(fyne.NewSize(320, 40), bar), win)
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

// background runs slow work with a progress dialog and reports its error.
func (s *services) background(title string, work func(ctx context.Context) error, done func()) {
	bar := widget.NewProgressBarInfinite()
	d := dialog.NewCustomWithoutButtons(widgets.Visible(title), container.NewGridWrap(fyne.NewSize(320, 40), bar), s.win)
	d.Show()
	var err error
	s.run.run(func() { err = work(context.Background()) }, func() {
		d.Hide()
		if err != nil {
			s.showError(title+" failed", err)
			return
		}
		if done != nil {
			done()
		}
	})
}
