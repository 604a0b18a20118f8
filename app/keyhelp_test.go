package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// shownKeys opens Help › Keyboard Shortcuts and returns what it says.
func shownKeys(wd *world) string {
	wd.t.Helper()
	wd.menu("Help", "Keyboard Shortcuts")
	var b strings.Builder
	wd.find(func(o fyne.CanvasObject) bool {
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
	for _, want := range []string{"Ctrl+T  tag", "Ctrl+N  add a note", "Ctrl+L  link", "Delete  delete", "Ctrl+F  find"} {
		if !strings.Contains(got, want) {
			t.Errorf("editable project: no %q in %q", want, got)
		}
	}
	wd.ws.close()
	st, err := storage.OpenWith(wd.path, storage.Options{ReadOnly: true})
	wd.must(err)
	wd.st = st
	wd.ws.setProject(st)
	got = shownKeys(wd)
	for _, gone := range []string{"Ctrl+T  tag", "Ctrl+N  add a note", "Ctrl+L  link", "Delete  delete", "Ctrl+Z  undo"} {
		if strings.Contains(got, gone) {
			t.Errorf("read-only project lists %q: %q", gone, got)
		}
	}
	for _, want := range []string{"Ctrl+F  find", "Ctrl+1 … Ctrl+4", "This project is read-only"} {
		if !strings.Contains(got, want) {
			t.Errorf("read-only project: no %q in %q", want, got)
		}
	}
}
