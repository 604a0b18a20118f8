package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Fyne's test window passes no key presses on: test.Type only types runes.
// pressKey routes one key press as Fyne v2.8.1's desktop driver does
// (internal/driver/glfw/window.go, processKeyPressed): Tab moves the focus
// unless the focused widget accepts tabs; a key with Ctrl (or Alt, Super)
// is a shortcut for the main menu, else for the focused widget when it
// takes shortcuts, else for the canvas; any other key goes to the focused
// widget, else to the canvas's OnTypedKey.
func pressKey(w fyne.Window, mod fyne.KeyModifier, name fyne.KeyName) {
	c := w.Canvas()
	ev := &fyne.KeyEvent{Name: name}
	other := mod &^ fyne.KeyModifierShift
	if name == fyne.KeyTab && other == 0 {
		if t, ok := c.Focused().(fyne.Tabbable); !ok || !t.AcceptsTab() {
			if mod == 0 {
				c.FocusNext()
			} else {
				c.FocusPrevious()
			}
			return
		}
	}
	if other != 0 {
		pressShortcut(w, shortcutFor(mod, name))
		return
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// shortcutFor is the shortcut the desktop driver makes of a chord.
func shortcutFor(mod fyne.KeyModifier, name fyne.KeyName) fyne.Shortcut {
	if mod == fyne.KeyModifierShortcutDefault {
		switch name {
		case fyne.KeyZ:
			return &fyne.ShortcutUndo{}
		case fyne.KeyY:
			return &fyne.ShortcutRedo{}
		case fyne.KeyA:
			return &fyne.ShortcutSelectAll{}
		}
	}
	return &desktop.CustomShortcut{KeyName: name, Modifier: mod}
}

// pressShortcut delivers a shortcut as the desktop driver does: the main
// menu's items first (Fyne does not look at Disabled there), then the
// focused widget, then the canvas.
func pressShortcut(w fyne.Window, s fyne.Shortcut) {
	if m := w.MainMenu(); m != nil {
		for _, menu := range m.Items {
			if menuShortcut(menu, s) {
				return
			}
		}
	}
	if f, ok := w.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	canvasShortcuts(w.Canvas()).TypedShortcut(s)
}

func menuShortcut(m *fyne.Menu, s fyne.Shortcut) bool {
	for _, it := range m.Items {
		if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && it.Action != nil {
			it.Action()
			return true
		}
		if it.ChildMenu != nil && menuShortcut(it.ChildMenu, s) {
			return true
		}
	}
	return false
}

// key presses one key on the world's window; chord presses it with Ctrl.
func (wd *world) key(name fyne.KeyName) { pressKey(wd.ws.win, 0, name) }

func (wd *world) chord(name fyne.KeyName) {
	pressKey(wd.ws.win, fyne.KeyModifierShortcutDefault, name)
}
