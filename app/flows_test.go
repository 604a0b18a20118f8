package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

func (wd *world) ctrl(k fyne.KeyName, shift bool) {
	m := fyne.KeyModifierShortcutDefault
	if shift {
		m |= fyne.KeyModifierShift
	}
	wd.shortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m})
}

func (wd *world) undo() { wd.shortcut(&fyne.ShortcutUndo{}) }
func (wd *world) redo() { wd.ctrl(fyne.KeyZ, true) }

// The user story of issue 3: tag, note, link and assess, then undo each
// and redo each, checking the window and the project file every time.
func TestFlowsUndoRedo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	if wd.ws.detail.text.Text != wd.cnX.Text {
		t.Fatalf("detail shows %q", wd.ws.detail.text.Text)
	}

	// Tag through the type-ahead field (Ctrl+T puts the cursor there).
	wd.ctrl(fyne.KeyT, false)
	add := wd.ws.detail.tags.add
	if wd.ws.win.Canvas().Focused() != add {
		t.Fatal("Ctrl+T did not focus the tag field")
	}
	test.Type(add, "non-inter")
	if got := wd.ws.detail.tags.sugg.items; len(got) != 2 || got[0] != "non-interference" {
		t.Fatalf("type-ahead offers %q", got)
	}
	wd.key(fyne.KeyReturn) // takes the highlighted, first, suggestion
	tagged := func() bool {
		cd, _ := wd.card(0, wd.cnX.ID)
		v, err := wd.st.StatementView(ctx, wd.cnX.ID)
		wd.must(err)
		onCard := len(cd.Tags) == 1 && cd.Tags[0].Name == "non-interference"
		inFile := len(v.Tags) == 1 && v.Tags[0].ID == wd.tag.ID
		if onCard != inFile {
			t.Fatalf("card shows tag %v, project holds %v", onCard, inFile)
		}
		return inFile
	}
	if !tagged() {
		t.Fatal("tag not applied")
	}

	// Note (Ctrl+N).
	wd.ctrl(fyne.KeyN, false)
	test.Type(wd.ws.detail.notes.entry, "Same wording as 2023.")
	wd.tap("Add note")
	noted := func() bool {
		cd, _ := wd.card(0, wd.cnX.ID)
		ns, err := wd.st.NotesOf(ctx, wd.cnX.ID, 0, 0)
		wd.must(err)
		if (cd.NoteCount == 1) != (len(ns) == 1) {
			t.Fatalf("card counts %d notes, project holds %d", cd.NoteCount, len(ns))
		}
		return len(ns) == 1 && ns[0].Body == "Same wording as 2023."
	}
	if !noted() {
		t.Fatal("note not added")
	}

	// Link (Ctrl+L, pick the EU statement, choose the type).
	wd.ctrl(fyne.KeyL, false)
	wd.pickCard(1, wd.euX.ID)
	if wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.RadioGroup); return ok }) == nil {
		t.Fatal("no link type choice shown")
	}
	tapOn(t, wd.ws.win.Canvas(), "contradicts")
	wd.tap("Link")
	linked := func() bool {
		ls, err := wd.st.LinksOf(ctx, wd.cnX.ID)
		wd.must(err)
		cd, _ := wd.card(1, wd.euX.ID)
		shown := cd.LinkLabel != ""
		if wd.ws.selected == wd.cnX.ID && shown != (len(ls) == 1) {
			t.Fatalf("EU card link label %q, project holds %d links", cd.LinkLabel, len(ls))
		}
		return len(ls) == 1 && ls[0].Type == storage.LinkContradicts && ls[0].Other.ID == wd.euX.ID
	}
	if !linked() {
		t.Fatal("link not made")
	}
	if cd, _ := wd.card(1, wd.euX.ID); cd.LinkLabel != "contradicted by selected" {
		t.Fatalf("EU card says %q", cd.LinkLabel)
	}
	if id, ok := wd.ws.view.cols[1].Selected(); ok {
		t.Fatalf("the EU column still has %d selected after linking", id)
	}

	// Assessment beside the topic.
	wd.chooseIn(wd.ws.assess.verdict, "Divergent")
	assessed := func() bool {
		a, ok, err := wd.st.Assessment(ctx, wd.d.ID, wd.xinjiang.ID)
		wd.must(err)
		sub := wd.ws.view.cols[0].Subtitle
		shown := sub == "Xinjiang · Divergent"
		if shown != (ok && a.Verdict == storage.VerdictDivergent) {
			t.Fatalf("header %q, project holds %+v (%v)", sub, a, ok)
		}
		return ok
	}
	if !assessed() {
		t.Fatal("assessment not saved")
	}

	checks := []struct {
		name string
		on   func() bool
	}{{"assessment", assessed}, {"link", linked}, {"note", noted}, {"tag", tagged}}
	for _, c := range checks {
		wd.undo()
		if c.on() {
			t.Fatalf("undo did not undo the %s", c.name)
		}
	}
	// Undo must survive a topic and dialogue switch.
	wd.pickTopic(wd.tibet.ID)
	wd.chooseIn(wd.ws.view.dialogue, "38th China-EU Human Rights Dialogue (Brussels, 2023-02-16)")
	for i := len(checks) - 1; i >= 0; i-- {
		if i%2 == 0 {
			wd.redo()
		} else {
			wd.shortcut(&fyne.ShortcutRedo{})
		}
		if !checks[i].on() {
			t.Fatalf("redo did not redo the %s", checks[i].name)
		}
	}
	if wd.ws.topic != topicKeyOf(&wd.xinjiang.ID) || wd.ws.dialogueID != wd.d.ID {
		t.Fatalf("redo did not go back to where the edit was: %v %d", wd.ws.topic, wd.ws.dialogueID)
	}
}

func TestLinkToCanBeCancelled(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.ctrl(fyne.KeyL, false)
	if !wd.ws.view.hintBar.Visible() {
		t.Fatal("no hint while linking")
	}
	wd.tap("Cancel")
	if wd.ws.linkFrom != 0 || wd.ws.view.hintBar.Visible() {
		t.Fatal("Cancel did not end Link to…")
	}
	wd.pickCard(1, wd.euX.ID)
	if wd.ws.selected != wd.euX.ID {
		t.Fatal("after cancelling, a tap should select")
	}
}
