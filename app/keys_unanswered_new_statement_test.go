package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestCtrlUShowsOnlyTheUnanswered: Ctrl+U narrows the columns to what the
// other side's readout leaves unanswered (the kind filter shows it, View ›
// Unanswered Only is ticked), from any tab; pressed again it shows every
// statement. The filter had no key: it hid in the kind filter's list.
func TestCtrlUShowsOnlyTheUnanswered(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	all := 0
	for _, col := range wd.columnTexts() {
		all += len(col)
	}
	tapOn(t, wd.ws.win.Canvas(), "Overview")
	wd.chord(fyne.KeyU)
	if wd.ws.tabs.SelectedIndex() != tabCompare {
		t.Fatal("Ctrl+U in the Overview does not show the Compare tab, where it filters")
	}
	shown := 0
	for _, col := range wd.columnTexts() {
		shown += len(col)
	}
	if shown == 0 || shown >= all {
		t.Fatalf("Ctrl+U shows %d of %d statements, want only the unanswered", shown, all)
	}
	if got := wd.ws.view.filters.kind.Selected; got != unansweredKind {
		t.Fatalf("the kind filter shows %q after Ctrl+U", got)
	}
	if it := menuItem(wd.ws.win.MainMenu(), "View", "Unanswered Only"); it == nil || !it.Checked {
		t.Fatal("View › Unanswered Only is not ticked while the filter is on")
	}
	wd.chord(fyne.KeyU)
	shown = 0
	for _, col := range wd.columnTexts() {
		shown += len(col)
	}
	if shown != all {
		t.Fatalf("Ctrl+U again shows %d of %d statements", shown, all)
	}
	if it := menuItem(wd.ws.win.MainMenu(), "View", "Unanswered Only"); it.Checked {
		t.Fatal("View › Unanswered Only stays ticked with the filter off")
	}
	if got := shownKeys(wd); !strings.Contains(got, "Ctrl+U\nshow only the unanswered") {
		t.Fatalf("the shortcuts list does not name Ctrl+U: %q", got)
	}
}

// TestCtrlShiftNAddsAStatementWhereTheSelectionIs: Ctrl+Shift+N opens the
// new statement of the selected statement's column (the second here), on
// the topic shown; with nothing selected, the first column's. Only a link
// under each column did it.
func TestCtrlShiftNAddsAStatementWhereTheSelectionIs(t *testing.T) {
	wd := newWorld(t)
	wd.tapTopic("Tibet")
	wd.tapCard(1, wd.euT.ID)
	pressKey(wd.ws.win, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift, fyne.KeyN)
	e := wd.find(func(o fyne.CanvasObject) bool { x, ok := o.(*blurEntry); return ok && x.MultiLine && x.Text == "" })
	if e == nil {
		t.Fatal("Ctrl+Shift+N opens no new statement")
	}
	if findLabel(wd.ws.win.Canvas(), "New statement of European Union on Tibet") == nil {
		t.Error("the new statement is not the EU's on Tibet")
	}
	test.Type(e.(*blurEntry), "The EU asked about the Panchen Lama.")
	wd.tap("Add")
	v, err := wd.st.StatementView(t.Context(), wd.ws.selected)
	wd.must(err)
	if v.Text != "The EU asked about the Panchen Lama." || !v.HeldBy(wd.eu.ID) || v.TopicID == nil || *v.TopicID != wd.tibet.ID {
		t.Fatalf("stored %+v", v)
	}
	if got := shownKeys(wd); !strings.Contains(got, "Ctrl+Shift+N\na new statement") {
		t.Fatalf("the shortcuts list does not name Ctrl+Shift+N: %q", got)
	}
}

// TestCtrlShiftNDoesNothingReadOnly: a read-only project opens no new
// statement on Ctrl+Shift+N, and its menu item is greyed.
func TestCtrlShiftNDoesNothingReadOnly(t *testing.T) {
	wd := newWorld(t)
	wd.reopenReadOnly()
	pressKey(wd.ws.win, fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift, fyne.KeyN)
	if top := wd.ws.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("Ctrl+Shift+N opens a dialog in a read-only project")
	}
	if it := menuItem(wd.ws.win.MainMenu(), "Edit", "New Statement…"); it == nil || !it.Disabled {
		t.Fatal("Edit › New Statement… is not greyed in a read-only project")
	}
}
