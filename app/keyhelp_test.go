package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// shownKeys opens Help › Keyboard Shortcuts and returns what its dialog
// says.
func shownKeys(wd *world) string {
	wd.t.Helper()
	wd.menu("Help", "Keyboard Shortcuts")
	var b strings.Builder
	top := wd.ws.win.Canvas().Overlays().Top()
	if top == nil {
		wd.t.Fatal("Help › Keyboard Shortcuts opens no dialog")
	}
	walk(top, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		}
		return false
	})
	wd.tap("OK")
	return b.String()
}

// TestKeyHelpReadOnlyListsOnlyWhatWorks: a project open for editing lists
// the editing shortcuts; a read-only one leaves them out and says why.
func TestKeyHelpReadOnlyListsOnlyWhatWorks(t *testing.T) {
	wd := newWorld(t)
	got := shownKeys(wd)
	for _, want := range []string{"Ctrl+T\ntag", "Ctrl+N\nadd a note", "Ctrl+L\nlink", "Delete\ndelete", "Ctrl+F\nfind", "A, D\naccept"} {
		if !strings.Contains(got, want) {
			t.Errorf("editable project: no %q in %q", want, got)
		}
	}
	wd.reopenReadOnly()
	got = shownKeys(wd)
	for _, gone := range []string{"Ctrl+T\ntag", "Ctrl+N\nadd a note", "Ctrl+L\nlink", "Delete\ndelete", "Ctrl+Z\nundo", "A, D\naccept"} {
		if strings.Contains(got, gone) {
			t.Errorf("read-only project lists %q: %q", gone, got)
		}
	}
	for _, want := range []string{"Ctrl+F\nfind", "Ctrl+1 … Ctrl+4", "This project is read-only"} {
		if !strings.Contains(got, want) {
			t.Errorf("read-only project: no %q in %q", want, got)
		}
	}
}

// TestKeysReadAsATable: Help › Keyboard Shortcuts lists the keys in a
// column of their own at the left, what they do in a second column beside
// them, all of it inside a window of 1024×700; it was one centred text,
// keys and words run together in ragged lines.
func TestKeysReadAsATable(t *testing.T) {
	wd := newWorld(t)
	w := projectWindow(t)
	w.Resize(fyne.NewSize(1024, 700))
	wd.menu("Help", "Keyboard Shortcuts")
	c := w.Canvas()
	var keys, whats []*widget.Label
	fyne.DoAndWait(func() {
		top := c.Overlays().Top()
		if top == nil {
			return
		}
		for _, l := range visibleOf[*widget.Label](top) {
			if l.Text == "Keyboard shortcuts" {
				continue // the dialog's title
			}
			if l.TextStyle.Bold {
				keys = append(keys, l)
			} else if len(keys) > len(whats) {
				whats = append(whats, l)
			}
		}
	})
	if len(keys) < 10 || len(keys) != len(whats) {
		t.Fatalf("the dialog shows %d keys and %d actions in a table", len(keys), len(whats))
	}
	kx, _ := absRect(keys[0])
	wx, _ := absRect(whats[0])
	for i := range keys {
		kp, ks := absRect(keys[i])
		wp, ws := absRect(whats[i])
		if kp.X != kx.X || wp.X != wx.X {
			t.Errorf("row %q: key at x %.0f, action at %.0f; the first row's at %.0f and %.0f", keys[i].Text, kp.X, wp.X, kx.X, wx.X)
		}
		if kp.X+ks.Width > wp.X || kp.Y != wp.Y {
			t.Errorf("row %q: the key (%.0f–%.0f, y %.0f) is not left of its action (from %.0f, y %.0f)", keys[i].Text, kp.X, kp.X+ks.Width, kp.Y, wp.X, wp.Y)
		}
		if wp.X+ws.Width > 1024 || wp.Y+ws.Height > 700 {
			t.Errorf("row %q lies outside the window", keys[i].Text)
		}
	}
	wd.tap("OK")
}

// TestMainActionsHaveKeys: a day's main actions are a key away and the
// shortcuts list names each key: Ctrl+I opens the import of a readout,
// Ctrl+O the chooser of a project, F1 the list itself (which had no key,
// nor had Import… or Open…). Each dialog closes with the keyboard again.
func TestMainActionsHaveKeys(t *testing.T) {
	wd := newWorld(t)
	c := wd.ws.win.Canvas()
	overlayShows := func(text string) bool {
		top := c.Overlays().Top()
		return top != nil && walk(top, func(o fyne.CanvasObject) bool {
			switch x := o.(type) {
			case *widget.Label:
				return x.Text == text
			case *canvas.Text:
				return x.Text == text
			}
			return false
		}) != nil
	}
	wd.key(fyne.KeyF1)
	if !overlayShows("Keyboard shortcuts") {
		t.Fatal("F1 does not open the list of shortcuts")
	}
	wd.tap("OK")
	got := shownKeys(wd)
	for _, want := range []string{"Ctrl+I\nimport a readout", "Ctrl+O\nopen a project", "F1\nthis list", "Ctrl+E\nexport"} {
		if !strings.Contains(got, want) {
			t.Errorf("the shortcuts list has no %q: %q", want, got)
		}
	}
	wd.chord(fyne.KeyI)
	if !overlayShows("Import a source") {
		t.Fatal("Ctrl+I does not open the import of a readout")
	}
	wd.key(fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Esc does not close the import dialog")
	}
	wd.chord(fyne.KeyO)
	if c.Overlays().Top() == nil {
		t.Fatal("Ctrl+O opens no chooser of a project")
	}
	wd.key(fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Fatal("Esc does not close the chooser of a project")
	}
}
