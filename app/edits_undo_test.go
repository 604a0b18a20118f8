package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// formField returns the widget of the open form's item labelled label.
func (wd *world) formField(label string) fyne.CanvasObject {
	wd.t.Helper()
	f := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Form); return ok })
	if f == nil {
		wd.t.Fatal("no form on screen")
	}
	for _, it := range f.(*widget.Form).Items {
		if it.Text == label {
			return it.Widget
		}
	}
	wd.t.Fatalf("no field %q in the form", label)
	return nil
}

// TestPartyReorderUndoRedo moves a party down in Project → Parties… and
// undoes and redoes it: each step is one storage call that returns the
// positions to go back to.
func TestPartyReorderUndoRedo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	first := func() int64 {
		ps, err := wd.st.Parties(ctx)
		wd.must(err)
		if ps[0].ID != wd.ws.data.parties[0].ID {
			t.Fatalf("the dialog shows %s first, the project holds %s", wd.ws.data.parties[0].Name, ps[0].Name)
		}
		return ps[0].ID
	}
	if first() != wd.china.ID {
		t.Fatal("China is not the first column")
	}
	wd.menu("Project", "Parties…")
	wd.managerRow(wd.ws.managerOpen.items[0])
	wd.tap("Move down")
	if first() != wd.eu.ID {
		t.Fatal("Move down did not put the EU first")
	}
	wd.undo()
	if first() != wd.china.ID {
		t.Fatal("undo did not put China first again")
	}
	wd.redo()
	if first() != wd.eu.ID {
		t.Fatal("redo did not put the EU first again")
	}
}

// TestNewDialogueWithNewSeriesUndo makes a dialogue under a series the
// project does not have: undo removes both, redo brings both back.
func TestNewDialogueWithNewSeriesUndo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	const series = "China-EU Human Rights Dialogue"
	state := func() (int, int) {
		ds, err := wd.st.Dialogues(ctx)
		wd.must(err)
		ss, err := wd.st.AllSeries(ctx)
		wd.must(err)
		return len(ds), len(ss)
	}
	d0, s0 := state()
	wd.menu("Project", "Dialogues…")
	wd.tap("New…")
	test.Type(entryOf(wd.formField("Title")), "40th China-EU Human Rights Dialogue")
	test.Type(wd.formField("Series").(*pickEntry), series)
	wd.tap("Save")
	if d, s := state(); d != d0+1 || s != s0+1 {
		t.Fatalf("after Save: %d dialogues, %d series; want %d, %d", d, s, d0+1, s0+1)
	}
	made := wd.ws.dialogueID
	wd.undo()
	if d, s := state(); d != d0 || s != s0 {
		t.Fatalf("after undo: %d dialogues, %d series; want %d, %d", d, s, d0, s0)
	}
	wd.redo()
	got, err := wd.st.Dialogue(ctx, made)
	wd.must(err)
	if got.SeriesID == nil {
		t.Fatal("redo made the dialogue without its series")
	}
	if d, s := state(); d != d0+1 || s != s0+1 {
		t.Fatalf("after redo: %d dialogues, %d series", d, s)
	}
}

// TestNewSpeakerForStatementUndo checks that a speaker made from the
// detail pane and given to the statement goes, and the statement's old
// speaker comes back, in one undo step.
func TestNewSpeakerForStatementUndo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.tap("New…") // beside the speaker in the detail pane
	test.Type(entryOf(wd.formField("Name")), "Miao Deyu")
	wd.tap("Save")
	st, err := wd.st.Statement(ctx, wd.cnX.ID)
	wd.must(err)
	if st.SpeakerID == nil {
		t.Fatal("the new speaker was not given to the statement")
	}
	wd.undo()
	st, err = wd.st.Statement(ctx, wd.cnX.ID)
	wd.must(err)
	sps, err := wd.st.Speakers(ctx)
	wd.must(err)
	if st.SpeakerID != nil || len(sps) != 0 || wd.ws.undo.redoLabel() != "Redo new speaker" {
		t.Fatalf("after undo: speaker %v, %d speakers", st.SpeakerID, len(sps))
	}
}

// TestDialogueFormRefusesDayNotInCalendar types 2024-02-31 into the
// dialogue form's date: the field says what is wrong and Save makes
// nothing; 2024-02-29 is taken.
func TestDialogueFormRefusesDayNotInCalendar(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	before, err := wd.st.Dialogues(ctx)
	wd.must(err)
	wd.menu("Project", "Dialogues…")
	wd.tap("New…")
	test.Type(entryOf(wd.formField("Title")), "40th round")
	from := entryOf(wd.formField("From"))
	test.Type(from, "2024-02-31")
	if from.Validate() == nil {
		t.Fatal("the form took 2024-02-31")
	}
	if save := findButton(wd.ws.win.Canvas(), "Save"); save == nil || !save.Disabled() {
		t.Fatal("Save is not off while the date is refused")
	}
	if ds, _ := wd.st.Dialogues(ctx); len(ds) != len(before) {
		t.Fatal("Save made a dialogue dated 2024-02-31")
	}
	wd.replaceText(wd.formField("From").(fyne.Focusable), "2024-02-29")
	if err := from.Validate(); err != nil {
		t.Fatalf("the form refused 2024-02-29: %v", err)
	}
	wd.tap("Save")
	if ds, _ := wd.st.Dialogues(ctx); len(ds) != len(before)+1 {
		t.Fatal("Save did not make the dialogue dated 2024-02-29")
	}
}
