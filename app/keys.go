package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// installKeys registers the window's shortcuts. Undo and Redo are canvas
// shortcuts rather than menu shortcuts so that a focused text field keeps
// its own undo; the menu's shortcuts fire first in the real window, the
// canvas ones also serve the tests.
func (ws *Workspace) installKeys() {
	ws.shortcuts = map[string]func(){}
	add := func(s fyne.Shortcut, fn func()) {
		ws.shortcuts[s.ShortcutName()] = fn
		ws.win.Canvas().AddShortcut(s, func(fyne.Shortcut) {
			if ws.store() != nil {
				fn()
			}
		})
	}
	add(&fyne.ShortcutUndo{}, ws.Undo)
	add(&fyne.ShortcutRedo{}, ws.Redo)
	add(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, ws.Redo)
	add(ctrl(fyne.KeyF), ws.showSearch)
	add(ctrl(fyne.KeyT), ws.focusTag)
	add(ctrl(fyne.KeyN), ws.focusNote)
	add(ctrl(fyne.KeyL), ws.startLink)
	add(keyUnanswered, ws.toggleUnanswered)
	add(keyNewStatement, ws.newStatementHere)
	for i, k := range tabKeys {
		i := i
		add(ctrl(k), func() { ws.showTab(i) })
	}
	ws.win.Canvas().SetOnTypedKey(ws.onKey)
	ws.win.Canvas().SetOnTypedRune(ws.onRune)
}

// onKey handles keys nothing focused took: F1 lists the shortcuts, Esc cancels "Link to…", Left
// and Right move between columns, Up and Down start in the first column,
// Delete deletes the selected statement. Under a dialog or a menu (an
// overlay) the keys are not the compare view's.
func (ws *Workspace) onKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyF1 && ws.win.Canvas().Overlays().Top() == nil {
		ws.showKeys() // in every tab, with or without a project
		return
	}
	if ws.store() == nil || ws.view == nil || ws.win.Canvas().Overlays().Top() != nil {
		return
	}
	if i := ws.tabs.SelectedIndex(); i == tabOverview || i == tabEvolution {
		return // the statements these keys act on are not on screen
	}
	switch ev.Name {
	case fyne.KeyEscape:
		ws.cancelLink()
	case fyne.KeyLeft:
		ws.view.moveColumn(-1)
	case fyne.KeyRight:
		ws.view.moveColumn(1)
	case fyne.KeyUp, fyne.KeyDown:
		if col := ws.view.keyColumn(); col != nil {
			ws.win.Canvas().Focus(col)
			col.TypedKey(ev)
		}
	case fyne.KeyDelete:
		ws.detail.onDelete()
	}
}

// keyColumn is the column Up and Down move in when no column has the
// keyboard (as after a statement opened from Find, the Overview or the
// Evolution tab): the one showing the selected statement, else the first
// that has statements. The first column alone left a statement of the
// second side opened from the Overview deaf to Down.
func (v *compareView) keyColumn() *widgets.PartyColumn {
	var first *widgets.PartyColumn
	for _, c := range v.cols {
		if id, ok := c.Selected(); ok && id == v.ws.selected {
			return c
		}
		if first == nil && len(c.Cards()) > 0 {
			first = c
		}
	}
	return first
}

// moveColumn selects the card at the same row of the neighbouring column.
func (v *compareView) moveColumn(step int) {
	cur, row := -1, 0
	for i, c := range v.cols {
		if id, ok := c.Selected(); ok && id == v.ws.selected {
			cur = i
			for j, cd := range c.Cards() {
				if cd.ID == id {
					row = j
				}
			}
		}
	}
	next := cur + step
	if cur < 0 {
		next = 0
	}
	if next < 0 || next >= len(v.cols) {
		return
	}
	col := v.cols[next]
	n := len(col.Cards())
	if n == 0 {
		return
	}
	v.ws.win.Canvas().Focus(col)
	col.SelectIndex(min(row, n-1))
	if id, ok := col.Selected(); ok {
		col.ScrollTo(id)
		v.ws.selectStatement(id)
	}
}

// showCardMenu is a card's context menu.
func (ws *Workspace) showCardMenu(id int64, pos fyne.Position) {
	ws.selectStatement(id)
	ro := ws.store().ReadOnly()
	items := []*fyne.MenuItem{
		fyne.NewMenuItem("Link to…", ws.startLink),
		fyne.NewMenuItem("Tag…", ws.focusTag),
		fyne.NewMenuItem("Add note…", ws.focusNote),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Delete statement…", func() { ws.detail.onDelete() }),
	}
	for _, it := range items {
		it.Disabled = ro
	}
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", items...), ws.win.Canvas(), pos)
}

// askNewStatement lets the user type a statement by hand for party's
// column, on the current topic.
func (ws *Workspace) askNewStatement(party int64) {
	if ws.dialogueID == 0 {
		ws.inform("No dialogue", "Create a dialogue first (Project › Dialogues…).")
		return
	}
	text := newTextArea()
	text.SetMinRowsVisible(5)
	kind := widget.NewSelect(kindLabels(), nil)
	kind.SetSelected(kindLabel(storage.KindPosition))
	items := []*widget.FormItem{widget.NewFormItem("Text", text), widget.NewFormItem("Kind", kind)}
	name := ws.data.partyByID[party].Name
	d := dialog.NewForm("New statement of "+name+" on "+ws.topicName(ws.topic), "Add", "Cancel", items, func(ok bool) {
		if !ok || text.Text == "" {
			return
		}
		in := storage.StatementInput{PartyIDs: []int64{party}}
		in.DialogueID, in.Text, in.Kind = ws.dialogueID, text.Text, kindOf(kind.Selected)
		if id := ws.topic.id(); id != 0 {
			in.TopicID = &id
		}
		ws.createStatement(in)
	}, ws.win)
	// As high as the form: a fixed 320 left a band of empty dialog above
	// the buttons.
	d.Resize(fyne.NewSize(560, 0))
	showEditor(ws.win, d, "New statement", func() bool { return strings.TrimSpace(text.Text) != "" })
	ws.win.Canvas().Focus(text)
}
