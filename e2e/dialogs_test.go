//go:build e2e

package e2e

import "time"

// top is the window's highest layer now (0 when it shows no menu or
// dialog).
func (s *session) top(title string) int {
	s.t.Helper()
	w, _ := s.await(title, "the window", func(w window) (widget, bool) { return widget{}, true })
	return w.top()
}

// opens runs act and waits until a new layer (a dialog, menu or pop-up)
// shows above the window's top layer; it returns that layer.
func (s *session) opens(title, what string, act func()) int {
	s.t.Helper()
	before := s.top(title)
	act()
	w, _ := s.await(title, what, func(w window) (widget, bool) { return widget{}, w.top() > before })
	s.settle()
	return w.top()
}

// press clicks the button labelled label on the top layer and waits until
// that layer has gone (the dialog closed) or no longer shows the button.
// A click that the window did not take (on a loaded machine the Export
// form's Cancel, clicked while the form still grew, was missed although
// it had stayed put through the settled dumps) is made again, at most
// twice, once the button has stayed on the layer for a few seconds.
func (s *session) press(title, label string) {
	s.t.Helper()
	x := s.steady(title, "the button "+label, button(label))
	for try := 0; ; try++ {
		s.click(title, x)
		if s.pressed(title, label, x, try == 2) {
			return
		}
		// The window may only have been slow to answer: once it has
		// settled, a button gone from its layer was pressed.
		s.settle()
		if s.pressed(title, label, x, false) {
			return
		}
		s.t.Logf("e2e: %s stayed after a click; clicking it again", label)
		x = s.steady(title, "the button "+label, button(label))
	}
}

// pressed waits until the layer of the button x has gone or no longer
// shows a button labelled label; it gives up (false) after a few seconds
// unless last.
func (s *session) pressed(title, label string, x widget, last bool) bool {
	s.t.Helper()
	gone := func(w window) bool {
		if w.top() < x.Layer {
			return true
		}
		for _, y := range w.find(button(label)) {
			if y.Layer == x.Layer {
				return false
			}
		}
		return true
	}
	if last {
		s.await(title, "the dialog to close after "+label, func(w window) (widget, bool) { return widget{}, gone(w) })
		return true
	}
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if d, err := readDump(s.dump); err == nil {
			if w, ok := d.window(title); ok && gone(w) {
				return true
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}

// steady finds a widget where a settled window shows it: a dialog that
// fills itself from the project grows after it opens, and a click aimed at
// where its button was misses (on a loaded machine the Export form's
// Cancel did). settle waits for the window's own quiet and for its jobs,
// so the widget found then stays where it is.
func (s *session) steady(title, what string, match func(widget) bool) widget {
	s.t.Helper()
	s.settle()
	return s.find(title, what, match)
}
