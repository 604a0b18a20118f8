package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

// TestDialogueFormRefusesEndBeforeStartAndRoundBelowOne types a dialogue
// that ends before it starts, then a round of -2 and of 0: each time the
// field says what is wrong, Save makes nothing and the form stays open
// with what was typed; put right, Save makes the dialogue.
func TestDialogueFormRefusesEndBeforeStartAndRoundBelowOne(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	before, err := wd.st.Dialogues(ctx)
	wd.must(err)
	shown := func(part string) bool {
		return wd.find(func(o fyne.CanvasObject) bool {
			x, ok := o.(*canvas.Text)
			return ok && strings.Contains(x.Text, part)
		}) != nil
	}
	refused := func(what string, field fyne.CanvasObject, says string) {
		t.Helper()
		err := entryOf(field).Validate()
		if err == nil || !strings.Contains(err.Error(), says) {
			t.Fatalf("%s: the field says %v, want %q", what, err, says)
		}
		save := findButton(wd.ws.win.Canvas(), "Save")
		if save == nil || !save.Disabled() {
			t.Fatalf("%s: Save is not off", what)
		}
		test.Tap(save)
		if ds, _ := wd.st.Dialogues(ctx); len(ds) != len(before) {
			t.Fatalf("%s: Save made the dialogue", what)
		}
		if got := entryOf(wd.formField("Title")).Text; got != "40th round" {
			t.Fatalf("%s: the form lost what was typed (title %q)", what, got)
		}
	}
	wd.menu("Project", "Dialogues…")
	wd.tap("New…")
	test.Type(entryOf(wd.formField("Title")), "40th round")
	test.Type(entryOf(wd.formField("From")), "2024-06-17")
	to := wd.formField("To")
	test.Type(entryOf(to), "2024-06-16")
	refused("end before start", to, "cannot end before it starts: 2024-06-16 is before the start date 2024-06-17")
	if !shown("cannot end before it starts") {
		t.Error("the form does not show why")
	}
	// A later From puts To wrong; an earlier one puts it right.
	wd.replaceText(wd.formField("From").(fyne.Focusable), "2024-06-15")
	if err := entryOf(to).Validate(); err != nil {
		t.Fatalf("To still refused after From moved back: %v", err)
	}
	round := wd.formField("Round")
	test.Type(entryOf(round), "-2")
	refused("round -2", round, "rounds count from 1")
	wd.replaceText(round.(fyne.Focusable), "0")
	refused("round 0", round, "rounds count from 1")
	wd.replaceText(round.(fyne.Focusable), "40")
	wd.tap("Save")
	if ds, _ := wd.st.Dialogues(ctx); len(ds) != len(before)+1 {
		t.Fatal("Save did not make the dialogue once it was right")
	}
	d, err := wd.st.DialogueByTitle(ctx, "40th round")
	wd.must(err)
	if d.Round != 40 || d.StartDate != "2024-06-15" || d.EndDate != "2024-06-16" {
		t.Fatalf("saved %+v", d)
	}
}

// TestNewFormsPutTheCursorInTheirFirstField: Project → Dialogues… → New…,
// Parties… → New… and Speakers… → New… open with the cursor in their
// first field, so that a name typed at once lands there (it went
// nowhere).
func TestNewFormsPutTheCursorInTheirFirstField(t *testing.T) {
	for _, c := range []struct{ menu, first string }{
		{"Dialogues…", "Title"}, {"Parties…", "Name"}, {"Speakers…", "Name"},
	} {
		wd := newWorld(t)
		wd.menu("Project", c.menu)
		wd.tap("New…")
		// Keys go to the widget with the cursor, whichever it is.
		if f := wd.ws.win.Canvas().Focused(); f != nil {
			for _, r := range "2024" {
				f.TypedRune(r)
			}
		}
		if got := entryOf(wd.formField(c.first)).Text; got != "2024" {
			t.Errorf("%s New…: typed at once, the %s field holds %q", c.menu, c.first, got)
		}
	}
}
