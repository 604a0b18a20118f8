package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// After Ctrl+Enter adds a note the cursor stays in the note field; Ctrl+Z
// there did nothing for the note (the field's own undo took it) while the
// same key in the tag field undoes the tag. It undoes the note now, and
// Ctrl+Shift+Z adds it again.
func TestCtrlZInTheEmptyNoteFieldUndoesTheNote(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.ctrl(fyne.KeyN, false)
	f := wd.ws.win.Canvas().Focused()
	if f == nil {
		t.Fatal("Ctrl+N put the cursor nowhere")
	}
	test.Type(f, "Compare with the 2023 wording")
	wd.ctrl(fyne.KeyReturn, false)
	notes, err := wd.st.NotesOf(ctx, wd.cnX.ID, 0, 0)
	wd.must(err)
	if len(notes) != 1 {
		t.Fatalf("Ctrl+Enter stored %d notes", len(notes))
	}
	if wd.ws.win.Canvas().Focused() != f {
		t.Fatalf("after adding the note the cursor is in %T", wd.ws.win.Canvas().Focused())
	}
	wd.undo()
	notes, err = wd.st.NotesOf(ctx, wd.cnX.ID, 0, 0)
	wd.must(err)
	if len(notes) != 0 {
		t.Fatalf("Ctrl+Z in the empty note field left %d notes", len(notes))
	}
	wd.redo()
	notes, err = wd.st.NotesOf(ctx, wd.cnX.ID, 0, 0)
	wd.must(err)
	if len(notes) != 1 {
		t.Fatalf("Ctrl+Shift+Z in the empty note field: %d notes", len(notes))
	}
}
