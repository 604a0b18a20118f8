//go:build e2e

package e2e

import "strings"

// menuItem matches an item of an open menu.
func menuItem(label string) func(widget) bool {
	return func(w widget) bool { return w.Kind == "*widget.menuItem" && w.Text == label }
}

// menu clicks through the main window's menu: the menu bar's title, then
// each item (hovering over those that open a submenu). The last item is
// clicked; it must be enabled.
func (s *session) menu(title string, path ...string) {
	s.t.Helper()
	s.menuClick(title, path...)
	// The main window's title names the project, which the item may
	// have changed.
	s.gone("Parley — ", "the menu", func(w widget) bool { return w.Kind == "*widget.menuItem" })
}

// menuClick is menu without waiting for the menu to close (File → Quit
// closes the whole window).
func (s *session) menuClick(title string, path ...string) {
	s.t.Helper()
	s.settle()
	bar := s.anywhere(title, "the menu "+path[0], func(w widget) bool {
		return w.Kind == "*glfw.menuBarItem" && strings.TrimSpace(w.Text) == path[0] || w.Kind == "*canvas.Text" && w.Text == path[0] && w.Layer == 1
	})
	s.click(title, bar)
	for i, label := range path[1:] {
		x := s.findMenuItem(title, label)
		if i < len(path)-2 {
			s.hover(title, x)
			continue
		}
		s.click(title, x)
	}
}

// findMenuItem waits for an item of the open menu.
func (s *session) findMenuItem(title, label string) widget {
	s.t.Helper()
	_, x := s.await(title, "the menu item "+label, func(w window) (widget, bool) {
		hits := w.find(func(w widget) bool {
			return w.Kind == "*widget.menuItem" && (w.Text == label || strings.HasPrefix(w.Text, label+" "))
		})
		if len(hits) == 0 {
			return widget{}, false
		}
		return hits[0], true
	})
	return x
}

// menuItems lists the labels of the items of the open menus.
func (s *session) menuItems(title string) []widget {
	d, err := readDump(s.dump)
	if err != nil {
		s.fail("read the layout: %v", err)
	}
	w, _ := d.window(title)
	return w.find(func(w widget) bool { return w.Kind == "*widget.menuItem" })
}
