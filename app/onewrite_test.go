package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestOneUserActionOneWrite takes user actions the way a user does (taps,
// keys, menus, dialogs) and counts the write transactions each opens in
// the project: exactly one for the action, one for its undo and one for
// its redo. Opening a dialog or picking a card writes nothing.
func TestOneUserActionOneWrite(t *testing.T) {
	for _, c := range []struct {
		name    string
		prepare func(wd *world) // puts the window where the action starts; may write
		act     func(wd *world)
	}{
		{"tag with Ctrl+T", pickCNX, func(wd *world) {
			wd.ctrl(fyne.KeyT, false)
			test.Type(wd.ws.detail.tags.add, "brand new tag")
			wd.key(fyne.KeyReturn)
			if wd.find(func(o fyne.CanvasObject) bool { return isButton(o, "Create") }) != nil {
				wd.tap("Create")
			}
		}},
		{"add a note", pickCNX, func(wd *world) {
			wd.ctrl(fyne.KeyN, false)
			test.Type(wd.ws.detail.notes.entry, "Same wording as 2023.")
			wd.tap("Add note")
		}},
		{"delete a statement", pickCNX, func(wd *world) {
			wd.tap("Delete statement…")
			wd.tap("Yes")
		}},
		{"merge topics", func(wd *world) {
			wd.menu("Project", "Topics…")
			wd.managerRow("Xinjiang")
			wd.tap("Merge into…")
			wd.selectIn("Human rights/Tibet")
		},
			func(wd *world) { wd.tap("Merge") }},
		{"reorder parties", func(wd *world) { wd.menu("Project", "Parties…"); wd.managerRow(wd.ws.managerOpen.items[0]) },
			func(wd *world) { wd.tap("Move down") }},
		{"new dialogue in a new series", func(wd *world) {
			wd.menu("Project", "Dialogues…")
			wd.tap("New…")
			test.Type(wd.formField("Title").(fyne.Focusable), "40th round")
			test.Type(wd.formField("Series").(fyne.Focusable), "A new series")
		}, func(wd *world) { wd.tap("Save") }},
		{"new speaker for the statement", func(wd *world) {
			pickCNX(wd)
			wd.tap("New…")
			test.Type(wd.formField("Name").(fyne.Focusable), "Miao Deyu")
		}, func(wd *world) { wd.tap("Save") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			wd := newWorld(t)
			c.prepare(wd)
			for _, step := range []struct {
				what string
				do   func(*world)
			}{{"the action", c.act}, {"undo", (*world).undo}, {"redo", (*world).redo}} {
				// The user clicks away first: in a text field Ctrl+Z undoes
				// the typing, not the edit.
				wd.ws.win.Canvas().Unfocus()
				before := wd.st.WriteTransactions()
				step.do(wd)
				if n := wd.st.WriteTransactions() - before; n != 1 {
					t.Fatalf("%s began %d write transactions, want 1", step.what, n)
				}
			}
		})
	}
}

// pickCNX shows Xinjiang and selects China's statement on it; it writes
// nothing.
func pickCNX(wd *world) {
	wd.t.Helper()
	before := wd.st.WriteTransactions()
	wd.tapTopic("Xinjiang")
	wd.tapCard(0, wd.cnX.ID)
	if n := wd.st.WriteTransactions() - before; n != 0 {
		wd.t.Fatalf("picking a topic and a card began %d write transactions", n)
	}
}
