package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// tapCard taps statement id's card in column col, as a click does.
func (wd *world) tapCard(col int, id int64) {
	wd.t.Helper()
	o := walk(wd.ws.view.cols[col], func(o fyne.CanvasObject) bool {
		c, ok := o.(*widgets.StatementCard)
		return ok && c.Data.ID == id
	})
	if o == nil {
		wd.t.Fatalf("no card of statement %d on screen in column %d", id, col)
	}
	test.Tap(o.(*widgets.StatementCard))
}

// tapNewStatement taps "New statement" under column col.
func (wd *world) tapNewStatement(col int) {
	wd.t.Helper()
	var taps []*tapText
	walk(wd.ws.view.grid, func(o fyne.CanvasObject) bool {
		if t, ok := o.(*tapText); ok && t.label.Text == "New statement" {
			taps = append(taps, t)
		}
		return false
	})
	if col >= len(taps) {
		wd.t.Fatalf("no \"New statement\" under column %d", col)
	}
	test.Tap(taps[col])
}

// clickInto clicks into a text field: the desktop driver focuses a
// focusable widget on the mouse press, before the tap (test.Tap does not).
func (wd *world) clickInto(e fyne.Focusable) {
	wd.ws.win.Canvas().Focus(e)
	if tp, ok := e.(fyne.Tappable); ok {
		test.Tap(tp)
	}
}

// storedText is the text of statement id in the project file.
func (wd *world) storedText(id int64) string {
	wd.t.Helper()
	v, err := wd.st.StatementView(context.Background(), id)
	wd.must(err)
	return v.Text
}

func TestTabInTheStatementTextMovesOnAndTypesNoTab(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	text := wd.ws.detail.text
	wd.clickInto(text)
	test.Type(text, "Said: ")
	for range 3 {
		wd.key(fyne.KeyTab)
	}
	if strings.Contains(text.Text, "\t") {
		t.Fatalf("Tab typed a tab into the statement: %q", text.Text)
	}
	if wd.ws.win.Canvas().Focused() == text {
		t.Fatal("Tab left the focus in the statement's text")
	}
	want := "Said: " + wd.cnX.Text
	if got := wd.storedText(wd.cnX.ID); got != want {
		t.Fatalf("stored text %q, want %q", got, want)
	}
}

// Every multi-line field of the window and of the dialogs that hold one
// lets Tab move on.
func TestNoTextFieldTakesTab(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	check := func(where string) {
		t.Helper()
		c := wd.ws.win.Canvas()
		roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
		for _, r := range roots {
			if o := walk(r, func(o fyne.CanvasObject) bool {
				tb, ok := o.(fyne.Tabbable)
				return ok && tb.AcceptsTab()
			}); o != nil {
				t.Fatalf("%s: %T takes Tab as text", where, o)
			}
		}
	}
	check("the window")
	wd.tapNewStatement(0)
	check("New statement")
	wd.tap("Cancel")
	test.Type(wd.ws.detail.notes.entry, "a note")
	wd.tap("Add note")
	wd.tap("Edit")
	check("Edit note")
	wd.tap("Cancel")
}

// dialogTitled reports whether a dialog with title is on screen.
func (wd *world) dialogTitled(title string) bool {
	return wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == title && l.TextStyle.Bold
	}) != nil
}

func TestDeleteKeyOnASelectedCardAsksThenDeletes(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.key(fyne.KeyDelete)
	if !wd.dialogTitled("Delete this statement?") {
		t.Fatal("Delete on the selected card asked nothing")
	}
	wd.tap("Yes")
	if _, err := wd.st.Statement(context.Background(), wd.cnX.ID); err == nil {
		t.Fatal("the statement is still in the project")
	}
	if got := wd.columnTexts()[0]; len(got) != 0 {
		t.Fatalf("column still shows %q", got)
	}
}

func TestLeftAndRightMoveBetweenColumnsFromACard(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.key(fyne.KeyRight)
	if wd.ws.selected != wd.euX.ID {
		t.Fatalf("Right selected %d, want the EU's statement %d", wd.ws.selected, wd.euX.ID)
	}
	wd.key(fyne.KeyLeft)
	if wd.ws.selected != wd.cnX.ID {
		t.Fatalf("Left selected %d, want China's statement %d", wd.ws.selected, wd.cnX.ID)
	}
}

// absRect is where o is drawn in the window.
func absRect(o fyne.CanvasObject) (fyne.Position, fyne.Size) {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(o), o.Size()
}

func TestLinkToBarIsLaidOutAtOnce(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	_, gridBefore := absRect(wd.ws.view.grid)
	wd.chord(fyne.KeyL)
	v := wd.ws.view
	barPos, barSize := absRect(v.hintBar)
	if !v.hintBar.Visible() || barSize.Height < v.hint.MinSize().Height || barSize.Width < v.hint.MinSize().Width {
		t.Fatalf("the Link to… bar is %v, not laid out (it needs %v)", barSize, v.hint.MinSize())
	}
	gridPos, gridSize := absRect(v.grid)
	if gridPos.Y < barPos.Y+barSize.Height || gridSize.Height >= gridBefore.Height {
		t.Fatalf("the columns (at %v, %v) were not moved down below the bar (at %v, %v)", gridPos, gridSize, barPos, barSize)
	}
	wd.key(fyne.KeyEscape)
	if v.hintBar.Visible() || wd.ws.linkFrom != 0 {
		t.Fatal("Esc did not end Link to…")
	}
	if _, s := absRect(v.grid); s.Height < gridBefore.Height-1 {
		t.Fatalf("the columns did not take the bar's room back: %v, was %v", s, gridBefore)
	}
}

// tapTopic clicks the row of the topic named name in the topic tree.
func (wd *world) tapTopic(name string) {
	wd.t.Helper()
	o := walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == name
	})
	if o == nil {
		wd.t.Fatalf("no topic %q in the tree", name)
	}
	pos, size := absRect(o)
	test.TapCanvas(wd.ws.win.Canvas(), pos.Add(fyne.NewPos(size.Width/2, size.Height/2)))
}

func TestSwitchingTopicLetsGoOfAStatementOfAnother(t *testing.T) {
	wd := newWorld(t)
	wd.tapTopic("Xinjiang")
	wd.tapCard(0, wd.cnX.ID)
	wd.tapTopic("Tibet")
	if wd.ws.topic != topicKeyOf(&wd.tibet.ID) {
		t.Fatalf("the tree's click showed %v, not Tibet", wd.ws.topic)
	}
	if wd.ws.detail.scroll.Visible() || wd.ws.selected != 0 {
		t.Fatalf("the detail pane still shows statement %d of Xinjiang", wd.ws.detail.id)
	}
	// A parent topic holds its subtopics' statements: the selection stays.
	wd.tapCard(1, wd.euT.ID)
	wd.tapTopic("Human rights")
	if wd.ws.selected != wd.euT.ID || !wd.ws.detail.scroll.Visible() {
		t.Fatalf("Human rights shows Tibet's statements, yet the selection went: %d", wd.ws.selected)
	}
}

func (wd *world) overlays() int { return len(wd.ws.win.Canvas().Overlays().List()) }

func TestCtrlEnterAddsTheNote(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.chord(fyne.KeyN)
	f := wd.ws.win.Canvas().Focused()
	if f != wd.ws.detail.notes.entry {
		t.Fatalf("Ctrl+N focused %T, not the note field", f)
	}
	test.Type(f, "Compare with the 2023 readout.")
	pressKey(wd.ws.win, fyne.KeyModifierShortcutDefault, fyne.KeyReturn)
	notes, err := wd.st.NotesOf(context.Background(), wd.cnX.ID, 0, 0)
	wd.must(err)
	if len(notes) != 1 || notes[0].Body != "Compare with the 2023 readout." {
		t.Fatalf("Ctrl+Enter stored %+v", notes)
	}
	if wd.ws.detail.notes.entry.Text != "" {
		t.Fatalf("the note field still holds %q", wd.ws.detail.notes.entry.Text)
	}
}

func TestEscClosesTheDialogAndOnlyTheDialog(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.chord(fyne.KeyL)
	wd.menuItem("Help", "Keyboard Shortcuts").Action()
	if wd.overlays() != 1 {
		t.Fatal("Help › Keyboard Shortcuts showed no dialog")
	}
	wd.key(fyne.KeyEscape)
	if wd.overlays() != 0 {
		t.Fatal("Esc did not close the dialog")
	}
	if wd.ws.linkFrom == 0 || !wd.ws.view.hintBar.Visible() {
		t.Fatal("the Esc that closed the dialog also cancelled Link to…")
	}
	wd.key(fyne.KeyEscape)
	if wd.ws.linkFrom != 0 {
		t.Fatal("with no dialog up, Esc did not cancel Link to…")
	}

	// Delete asks; Esc says no; keys under the dialog do nothing.
	wd.tapCard(0, wd.cnX.ID)
	wd.key(fyne.KeyDelete)
	wd.key(fyne.KeyDelete)
	if wd.overlays() != 1 {
		t.Fatalf("%d dialogs: a key under the dialog reached the window", wd.overlays())
	}
	wd.key(fyne.KeyEscape)
	if wd.overlays() != 0 {
		t.Fatal("Esc did not close the confirmation")
	}
	if _, err := wd.st.Statement(context.Background(), wd.cnX.ID); err != nil {
		t.Fatal("Esc on the confirmation deleted the statement")
	}
}

func TestEscInADialogsTextFieldCancelsIt(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapNewStatement(1)
	f := wd.ws.win.Canvas().Focused()
	if f == nil {
		t.Fatal("the new statement's text has no cursor")
	}
	test.Type(f, "Not to be kept.")
	wd.key(fyne.KeyEscape)
	if wd.overlays() != 0 {
		t.Fatal("Esc in the text field did not close the dialog")
	}
	if got := wd.columnTexts()[1]; len(got) != 1 {
		t.Fatalf("Esc added a statement: %q", got)
	}
}

// suggestionTexts is what the add-tag field's list shows.
func (wd *world) suggestionTexts() []string {
	var out []string
	for _, o := range wd.ws.detail.tags.sugg.box.Objects {
		if o.Visible() && wd.ws.detail.tags.sugg.box.Visible() {
			out = append(out, o.(*suggestionRow).label.Text)
		}
	}
	return out
}

func (wd *world) tagsOf(id int64) []string {
	v, err := wd.st.StatementView(context.Background(), id)
	wd.must(err)
	var out []string
	for _, t := range v.Tags {
		out = append(out, t.Name)
	}
	return out
}

func TestCtrlTSuggestsAsYouTypeAndEnterTakesTheBestMatch(t *testing.T) {
	wd := newWorld(t)
	for _, n := range []string{"cooperation", "coordination"} {
		wd.must(wd.st.CreateTag(context.Background(), &storage.Tag{Name: n, Color: "#00798c"}))
	}
	wd.ws.refresh()
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.chord(fyne.KeyT)
	f := wd.ws.win.Canvas().Focused()
	test.Type(f, "coop")
	if got := wd.suggestionTexts(); strings.Join(got, "|") != `cooperation|New tag "coop"…` {
		t.Fatalf("typing coop suggests %q", got)
	}
	wd.key(fyne.KeyReturn)
	if wd.overlays() != 0 {
		t.Fatal("Enter on a prefix of a tag asked to create a new tag")
	}
	if got := wd.tagsOf(wd.cnX.ID); strings.Join(got, "|") != "cooperation" {
		t.Fatalf("statement tagged %q, want cooperation", got)
	}

	// Down and Enter take the second line at once; a click takes a line.
	test.Type(f, "o")
	if got := wd.suggestionTexts(); strings.Join(got, "|") != `coordination|non-interference|New tag "o"…` {
		t.Fatalf("typing o suggests %q", got)
	}
	wd.key(fyne.KeyDown)
	wd.key(fyne.KeyReturn)
	if got := wd.tagsOf(wd.cnX.ID); strings.Join(got, "|") != "cooperation|non-interference" {
		t.Fatalf("Down+Enter tagged %q", got)
	}
	test.Type(f, "co")
	test.Tap(wd.ws.detail.tags.sugg.box.Objects[0].(*suggestionRow))
	if got := wd.tagsOf(wd.cnX.ID); strings.Join(got, "|") != "cooperation|coordination|non-interference" {
		t.Fatalf("a click on a suggestion tagged %q", got)
	}

	// The last line makes a new tag of the typed name.
	test.Type(f, "coop")
	if got := wd.suggestionTexts(); strings.Join(got, "|") != `New tag "coop"…` {
		t.Fatalf("typing coop on a statement tagged cooperation suggests %q", got)
	}
	wd.key(fyne.KeyReturn)
	if !wd.dialogTitled("New tag") {
		t.Fatal("the New tag line asked nothing")
	}
	wd.tap("Create")
	if got := wd.tagsOf(wd.cnX.ID); len(got) != 4 {
		t.Fatalf("after New tag the statement has %q", got)
	}
}

// After a tag is taken the cursor stays in the tag field, for the next
// tag; Ctrl+Z there undoes the tag, Ctrl+Shift+Z puts it back, and while
// something is typed Ctrl+Z is the field's own.
func TestCtrlZInTheEmptyTagFieldUndoesTheTag(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	wd.tagWith("non")
	if got := wd.tagsOf(wd.cnX.ID); strings.Join(got, "|") != "non-interference" {
		t.Fatalf("tagged %q", got)
	}
	f := wd.ws.win.Canvas().Focused()
	if e := entryOf(f.(fyne.CanvasObject)); e == nil || e.Text != "" {
		t.Fatalf("after tagging the cursor is in %T", f)
	}
	wd.undo()
	if got := wd.tagsOf(wd.cnX.ID); len(got) != 0 {
		t.Fatalf("Ctrl+Z in the empty tag field left tags %q", got)
	}
	wd.redo()
	if got := wd.tagsOf(wd.cnX.ID); strings.Join(got, "|") != "non-interference" {
		t.Fatalf("Ctrl+Shift+Z in the empty tag field: tags %q", got)
	}
	test.Type(f, "x")
	wd.undo()
	if got := wd.tagsOf(wd.cnX.ID); len(got) != 1 {
		t.Fatalf("Ctrl+Z with text typed undid the tag: %q", got)
	}
}

func isButton(o fyne.CanvasObject, label string) bool {
	b, ok := o.(*widget.Button)
	return ok && b.Text == label
}

// entryOf is the text entry o is, whether Fyne's own or the app's text
// field (which embeds it); nil for anything else.
func entryOf(o fyne.CanvasObject) *widget.Entry {
	switch x := o.(type) {
	case *widget.Entry:
		return x
	case *blurEntry:
		return &x.Entry
	}
	return nil
}

// Every dialog a menu item opens closes on Esc, as its Cancel or Close
// does, and so does a dialog opened from one (a manager's New…).
func TestEscClosesEveryMenusDialog(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.tapCard(0, wd.cnX.ID)
	opened := 0
	for _, m := range wd.ws.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.IsSeparator || it.IsQuit || it.ChildMenu != nil || it.Action == nil || it.Disabled {
				continue
			}
			it.Action()
			n := wd.overlays()
			if n == 0 {
				wd.key(fyne.KeyEscape) // a Link to… under way ends
				continue
			}
			opened++
			if b := wd.find(func(o fyne.CanvasObject) bool { return isButton(o, "New…") }); b != nil {
				test.Tap(b.(*widget.Button))
				if wd.overlays() != n+1 {
					t.Fatalf("%s › %s › New… opened no dialog", m.Label, it.Label)
				}
				wd.key(fyne.KeyEscape)
				if wd.overlays() != n {
					t.Fatalf("Esc did not close the dialog of %s › %s › New…", m.Label, it.Label)
				}
			}
			for i := 0; i < n && wd.overlays() > 0; i++ {
				wd.key(fyne.KeyEscape)
			}
			if wd.overlays() != 0 {
				t.Fatalf("Esc left %d dialogs of %s › %s open", wd.overlays(), m.Label, it.Label)
			}
		}
	}
	if opened < 10 {
		t.Fatalf("only %d menu items opened a dialog", opened)
	}
}

// TestDownAfterOpeningFromTheOverviewMovesInItsColumn: a statement of the
// second column opened from the Overview's unanswered list (no column has
// the keyboard then) answers Down and Up in its own column; Down went to
// the first column, which on that topic is empty, and did nothing.
func TestDownAfterOpeningFromTheOverviewMovesInItsColumn(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	c := wd.ws.win.Canvas()
	tapOn(t, c, "Overview")
	eu := wd.statementStarting("It raised freedom of expression")
	tapOn(t, c, eu.Text)
	if wd.ws.tabs.SelectedIndex() != 0 || wd.ws.selected != eu.ID {
		t.Fatalf("the unanswered line opened tab %d, statement %d", wd.ws.tabs.SelectedIndex(), wd.ws.selected)
	}
	cards := wd.ws.view.cols[1].Cards()
	at := -1
	for i, cd := range cards {
		if cd.ID == eu.ID {
			at = i
		}
	}
	if at < 0 || at+1 >= len(cards) {
		t.Fatalf("the EU's statement is card %d of %d in its column", at, len(cards))
	}
	wd.key(fyne.KeyDown)
	if wd.ws.selected != cards[at+1].ID {
		t.Fatalf("Down selected statement %d, want the EU's next, %d", wd.ws.selected, cards[at+1].ID)
	}
	wd.key(fyne.KeyUp)
	if wd.ws.selected != eu.ID {
		t.Fatalf("Up selected statement %d, want %d again", wd.ws.selected, eu.ID)
	}
}
