//go:build e2e

package e2e

// The user's hands: clicks and keys through xdotool, at positions read
// from the layout dump.

import (
	"strconv"
	"time"
)

// xid is the X window id of the app's window titled title (a prefix).
func (s *session) xid(title string) string {
	s.t.Helper()
	w, _ := s.await(title, "the window", func(w window) (widget, bool) { return widget{}, true })
	if id, ok := s.ids[w.Title]; ok {
		return id
	}
	var id string
	var err error
	for range 50 {
		if id, err = s.d.windowID(s.cmd.Process.Pid, w.Title); err == nil {
			s.ids[w.Title] = id
			return id
		}
		time.Sleep(100 * time.Millisecond)
	}
	s.fail("find the X window: %v", err)
	return ""
}

// click clicks the centre of a widget found in the window titled title.
func (s *session) click(title string, x widget) {
	s.t.Helper()
	if x.Disabled {
		s.fail("%s is disabled", x)
	}
	id := s.xid(title)
	s.inputs++
	cx, cy := strconv.Itoa(x.X+x.W/2), strconv.Itoa(x.Y+x.H/2)
	if _, err := s.d.run("xdotool", "mousemove", "--window", id, cx, cy, "sleep", "0.1", "click", "1"); err != nil {
		s.fail("click %s: %v", x, err)
	}
}

// hover moves the pointer onto a widget (opens a submenu).
func (s *session) hover(title string, x widget) {
	s.t.Helper()
	id := s.xid(title)
	s.inputs++
	if _, err := s.d.run("xdotool", "mousemove", "--window", id, strconv.Itoa(x.X+x.W/2), strconv.Itoa(x.Y+x.H/2)); err != nil {
		s.fail("move to %s: %v", x, err)
	}
}

// tap finds the topmost widget matching and clicks it.
func (s *session) tap(title, what string, match func(widget) bool) widget {
	s.t.Helper()
	x := s.find(title, what, match)
	s.click(title, x)
	return x
}

// tapUntil clicks a widget until done says the window reacted: a click
// that lands while a dialog is still being laid out can go unseen, and
// the test must not read that as the app's fault. Each click waits for the
// widget to stay put in a settled window first (a chooser's folder list
// fills and sorts itself after the chooser shows; a Project dialog fills
// its list from the project).
func (s *session) tapUntil(title, what string, match func(widget) bool, done func(window) bool) {
	s.t.Helper()
	for try := 1; ; try++ {
		x := s.steady(title, what, match)
		s.click(title, x)
		s.settle()
		deadline := time.Now().Add(3 * time.Second)
		for time.Now().Before(deadline) {
			if d, err := readDump(s.dump); err == nil {
				if w, ok := d.window(title); ok && done(w) {
					return
				}
			}
			time.Sleep(100 * time.Millisecond)
		}
		if try == 3 {
			s.fail("three clicks on %s changed nothing", what)
		}
		s.t.Logf("e2e: the click on %s had no effect yet, clicking again (%s)", what, x)
	}
}

// enabled says whether the top layer shows the button label enabled.
func enabled(label string) func(window) bool {
	return func(w window) bool {
		hits := w.find(button(label))
		return len(hits) > 0 && hits[0].Layer == w.top() && !hits[0].Disabled
	}
}

// tapButton clicks the button labelled label on the window's top layer,
// once it stays where it is in a settled window (a dialog's buttons move
// while it fills itself and grows).
func (s *session) tapButton(title, label string) {
	s.t.Helper()
	s.click(title, s.steady(title, "the button "+label, button(label)))
}

// keys sends key strokes (xdotool names: ctrl+t, Return) to the window.
func (s *session) keys(title string, keys ...string) {
	s.t.Helper()
	id := s.xid(title)
	if _, err := s.d.run("xdotool", "windowfocus", "--sync", id); err != nil {
		s.fail("focus the window: %v", err)
	}
	s.inputs++
	if _, err := s.d.run("xdotool", append([]string{"key", "--delay", "80"}, keys...)...); err != nil {
		s.fail("keys %v: %v", keys, err)
	}
}

// typeText types text into the focused widget of the window.
func (s *session) typeText(title, text string) {
	s.t.Helper()
	id := s.xid(title)
	if _, err := s.d.run("xdotool", "windowfocus", "--sync", id); err != nil {
		s.fail("focus the window: %v", err)
	}
	s.inputs++
	if _, err := s.d.run("xdotool", "type", "--delay", "30", text); err != nil {
		s.fail("type %q: %v", text, err)
	}
}
