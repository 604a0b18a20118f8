package app

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// TestHugeStatementDoesNotFreezeTheEditor: a readout pasted as one line (or
// a mailed project) can hold a statement of megabytes. Fyne's text field
// lays such a text out for minutes, so selecting its card froze the window.
// The detail editor shows the beginning of it, read-only, says why, and
// leaves the stored text whole; the other fields still edit it.
func TestHugeStatementDoesNotFreezeTheEditor(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	huge := "The EU raised concerns " + strings.Repeat("and more words ", 40000) + "."
	in := storage.StatementInput{PartyIDs: []int64{wd.eu.ID}}
	in.DialogueID, in.Text, in.TopicID = wd.d.ID, huge, &wd.tibet.ID
	wd.must(wd.st.CreateStatement(ctx, &in))
	wd.ws.load(loadAll)

	wd.pickTopic(wd.tibet.ID)
	wd.pickCard(1, in.ID)
	field := wd.ws.detail.text
	if n := utf8.RuneCountInString(field.Text); n > editableRunes+1 {
		t.Fatalf("the text field holds %d characters of the statement's %d", n, utf8.RuneCountInString(huge))
	}
	if !strings.HasPrefix(huge, strings.TrimSuffix(field.Text, "…")) {
		t.Fatal("the text field does not show the statement's beginning")
	}
	if !field.Disabled() {
		t.Fatal("a cut text is editable: saving it would cut the statement")
	}
	if wd.findLabel(tooLongToEdit(utf8.RuneCountInString(huge))) == nil {
		t.Fatal("nothing says why the text cannot be edited here")
	}

	// Another field still edits the statement; its text stays whole.
	wd.chooseIn(wd.ws.detail.kind, kindLabel(storage.KindConcern))
	wd.pickCard(1, wd.euT.ID)
	v, err := wd.st.StatementView(ctx, in.ID)
	wd.must(err)
	if v.Kind != storage.KindConcern {
		t.Errorf("kind %q; want concern", v.Kind)
	}
	if v.Text != huge {
		t.Errorf("the stored text changed: %d characters, was %d", len(v.Text), len(huge))
	}

	// A statement of a usual length is editable again, with no warning.
	if wd.ws.detail.text.Disabled() || wd.ws.detail.text.Text != wd.euT.Text {
		t.Fatalf("the next statement shows %q, disabled %v", wd.ws.detail.text.Text, wd.ws.detail.text.Disabled())
	}
	if l := wd.findLabel(tooLongToEdit(utf8.RuneCountInString(huge))); l != nil {
		t.Fatal("the warning stays for a statement of a usual length")
	}
	wd.replaceText(wd.ws.detail.text, "The EU called for access to Tibet.")
	wd.pickCard(0, wd.cnT.ID) // leaving the field saves it
	if got := wd.storedText(wd.euT.ID); got != "The EU called for access to Tibet." {
		t.Errorf("edit of a usual statement stored %q", got)
	}
}

// TestHugeNoteDoesNotFreezeTheEditor: a note of hundreds of thousands of
// characters (pasted, or in a mailed project) was drawn whole in the
// detail pane, which a label lays out for minutes. It is shown cut, says
// so, and is not offered for editing, which would save the cut text.
func TestHugeNoteDoesNotFreezeTheEditor(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	huge := "Compare with 2023" + strings.Repeat(" and more words", 40000) + "."
	wd.must(wd.st.CreateNote(ctx, &storage.Note{StatementID: &wd.euT.ID, Body: huge}))
	wd.ws.load(loadAll)
	wd.pickTopic(wd.tibet.ID)
	wd.pickCard(1, wd.euT.ID)
	if l, _ := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && utf8.RuneCountInString(l.Text) > editableRunes+200
	}).(*widget.Label); l != nil {
		t.Fatalf("a label shows %d characters of the note", utf8.RuneCountInString(l.Text))
	}
	if wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, "only its beginning is shown")
	}) == nil {
		t.Fatal("nothing says the note is cut")
	}
	if b := findButton(wd.ws.win.Canvas(), "Edit"); b == nil || !b.Disabled() {
		t.Fatal("the cut note is offered for editing")
	}
}
