package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// closableWindow lets a test click the window's close button: Fyne's test
// window keeps the close intercept but offers no way to trigger it. As the
// desktop driver does, the button runs the intercept when one is set.
type closableWindow struct {
	fyne.Window
	intercept func()
	closed    bool
}

func (w *closableWindow) SetCloseIntercept(f func()) { w.intercept = f; w.Window.SetCloseIntercept(f) }

// Close records the close; the test window stays for the checks after.
func (w *closableWindow) Close() { w.closed = true }

func (w *closableWindow) clickClose() {
	if w.intercept != nil {
		w.intercept()
		return
	}
	w.Close()
}

func newClosableWorld(t *testing.T) (*world, *closableWindow) {
	var cw *closableWindow
	wd := newWorldIn(t, func(w fyne.Window) fyne.Window { cw = &closableWindow{Window: w}; return cw })
	return wd, cw
}

func TestClosingWithNothingPendingClosesAtOnce(t *testing.T) {
	wd, w := newClosableWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	w.clickClose()
	if !w.closed || wd.overlays() != 0 {
		t.Fatalf("closed %v with %d dialogs", w.closed, wd.overlays())
	}
}

func TestCtrlQQuitsWithNothingPending(t *testing.T) {
	wd, w := newClosableWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.chord(fyne.KeyQ)
	if !w.closed || wd.overlays() != 0 {
		t.Fatalf("Ctrl+Q: closed %v with %d dialogs", w.closed, wd.overlays())
	}
}

func TestClosingAsksAboutANoteNotAdded(t *testing.T) {
	wd, w := newClosableWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.chord(fyne.KeyN)
	test.Type(wd.ws.win.Canvas().Focused(), "Ask about the camps.")
	w.clickClose()
	if w.closed || !wd.dialogTitled("Close Parley?") {
		t.Fatal("closing with a note typed asked nothing")
	}
	wd.tap("Keep editing")
	if w.closed || wd.ws.detail.notes.entry.Text != "Ask about the camps." {
		t.Fatalf("Keep editing closed %v, note %q", w.closed, wd.ws.detail.notes.entry.Text)
	}
	w.clickClose()
	wd.tap("Add note and close")
	notes, err := wd.st.NotesOf(context.Background(), wd.cnX.ID, 0, 0)
	wd.must(err)
	if !w.closed || len(notes) != 1 || notes[0].Body != "Ask about the camps." {
		t.Fatalf("Add note and close: closed %v, notes %+v", w.closed, notes)
	}
}

func TestClosingAsksAboutADialogsEdits(t *testing.T) {
	wd, w := newClosableWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapNewStatement(1)
	test.Type(wd.ws.win.Canvas().Focused(), "Typed, not added.")
	w.clickClose()
	if w.closed || !wd.dialogTitled("Close Parley?") {
		t.Fatal("closing with a dialog's edits asked nothing")
	}
	if wd.find(func(o fyne.CanvasObject) bool { return isButton(o, "Add note and close") }) != nil {
		t.Fatal("offers to add a note that nobody typed")
	}
	wd.key(fyne.KeyEscape) // Esc is Keep editing
	if w.closed || !wd.dialogTitled("New statement of European Union on Xinjiang") {
		t.Fatal("Esc on Close Parley? did not go back to the dialog")
	}
	wd.chord(fyne.KeyQ) // Ctrl+Q is File › Quit, which asks the same
	if w.closed || !wd.dialogTitled("Close Parley?") {
		t.Fatal("Ctrl+Q with a dialog's edits asked nothing")
	}
	wd.tap("Discard and close")
	if !w.closed {
		t.Fatal("Discard and close did not close")
	}
	if got := wd.columnTexts()[1]; len(got) != 1 {
		t.Fatalf("discarding added a statement: %q", got)
	}
}

func TestClosingAsksAboutAVocabularyFormsEdits(t *testing.T) {
	wd, w := newClosableWorld(t)
	wd.menuItem("Project", "Parties…").Action()
	wd.tap("New…")
	w.clickClose()
	if !w.closed {
		t.Fatal("an untouched form held the window open")
	}
	w.closed = false
	test.Type(entryOf(wd.formField("Name")), "African Union")
	w.clickClose()
	if w.closed || !wd.dialogTitled("Close Parley?") {
		t.Fatal("closing with a party's name typed asked nothing")
	}
	if !overlayText(wd.ws.win, "“New party” has changes that are not saved.") {
		t.Fatal("the question does not name the dialog")
	}
}
