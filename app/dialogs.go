package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"parley/widgets"
)

// Fyne v2.8.1 dialogs do not close on Esc, and while one is up the keys
// nothing in it takes still reach the window's handler (Delete would ask to
// delete the selected statement behind a dialog). escapeKeys takes the
// window's typed keys over while any dialog shown through showModal is up:
// Esc closes the topmost one as its dismiss button does (Cancel, Close,
// No), other keys do nothing; when the last one closes, the window's own
// handler is back. Text fields pass Esc on to this handler too
// (blurEntry), so Esc works while the cursor is in one.
type escapeKeys struct {
	canvas fyne.Canvas
	open   []dialog.Dialog // topmost last
	dirty  map[dialog.Dialog]editor
	prev   func(*fyne.KeyEvent)
}

// escapes holds the windows that have a dialog up, by canvas; it is used
// on the UI goroutine only.
var escapes = map[fyne.Canvas]*escapeKeys{}

// showModal shows d on win and lets Esc close it.
func showModal(win fyne.Window, d dialog.Dialog) {
	escapeCloses(win, d)
	d.Show()
}

// escapeCloses lets Esc close d on win from now until d is closed.
func escapeCloses(win fyne.Window, d dialog.Dialog) {
	c := win.Canvas()
	k := escapes[c]
	if k == nil {
		k = &escapeKeys{canvas: c, prev: c.OnTypedKey(), dirty: map[dialog.Dialog]editor{}}
		escapes[c] = k
		c.SetOnTypedKey(k.typedKey)
	}
	k.open = append(k.open, d)
	d.SetOnClosed(func() { k.closed(d) })
}

func (k *escapeKeys) typedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && len(k.open) > 0 {
		k.open[len(k.open)-1].Hide()
	}
}

// closed forgets d and gives the window its keys back after the last one.
func (k *escapeKeys) closed(d dialog.Dialog) {
	delete(k.dirty, d)
	for i, o := range k.open {
		if o == d {
			k.open = append(k.open[:i], k.open[i+1:]...)
			break
		}
	}
	if len(k.open) == 0 && escapes[k.canvas] == k {
		delete(escapes, k.canvas)
		k.canvas.SetOnTypedKey(k.prev)
	}
}

// confirm asks a yes/no question on the workspace's window; Esc says no.
func (ws *Workspace) confirm(title, message string, then func(bool)) {
	showModal(ws.win, dialog.NewConfirm(widgets.Visible(title), widgets.Visible(message), then, ws.win))
}

// inform tells the user something on the workspace's window; Esc closes it.
func (ws *Workspace) inform(title, message string) {
	showModal(ws.win, dialog.NewInformation(widgets.Visible(title), widgets.Visible(message), ws.win))
}
