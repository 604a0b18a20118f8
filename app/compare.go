package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// compareView is the centre of the window: the dialogue picker and column
// filters on top, then one column of statement cards per chosen party.
type compareView struct {
	ws        *Workspace
	dialogue  *widget.Select
	dialogues []storage.Dialogue
	filters   *filterBar
	hint      *widget.Label
	hintBar   *fyne.Container
	head      *fyne.Container // the picker, the filters and the hint bar
	grid      *fyne.Container
	cols      []*widgets.PartyColumn
	colsFor   []int64 // the parties cols were built for
	box       *fyne.Container
	filling   bool

	// Where the columns were before a filter narrowed them (party →
	// place), to go back there when it is off: the filtered list's top
	// card, kept as the anchor, put the analyst in the middle of the
	// whole list. The spot and filter the columns show tell a filter
	// turned on or off from another topic or dialogue.
	unfiltered  map[int64]widgets.Place
	shownFilter columnFilter
	shownAt     columnsSpot
}

// columnsSpot is what the columns show statements of.
type columnsSpot struct {
	dialogueID int64
	topic      topicKey
}

func newCompareView(ws *Workspace) *compareView {
	v := &compareView{ws: ws}
	v.dialogue = widget.NewSelect(nil, v.onDialogueChanged)
	v.dialogue.PlaceHolder = "Choose a dialogue"
	manage := widget.NewButton("Dialogues…", ws.showDialogues)
	columns := widget.NewButton("Columns…", ws.showColumnsDialog)
	v.filters = newFilterBar(ws)
	v.hint = widget.NewLabel("")
	v.hint.Importance = widget.HighImportance
	v.hint.Wrapping = fyne.TextWrapWord // never wider than the columns
	cancel := widget.NewButton("Cancel", ws.cancelLink)
	cancel.Importance = widget.LowImportance
	v.hintBar = container.NewBorder(nil, nil, nil, cancel, v.hint)
	v.hintBar.Hide()
	// No "Dialogue" label: the picker shows the dialogue's title, and the
	// room goes to the columns.
	top := container.NewBorder(nil, nil, nil, container.NewHBox(manage, columns), v.dialogue)
	v.grid = container.NewGridWithColumns(1)
	v.head = container.NewVBox(top, v.filters.object(), v.hintBar)
	v.box = container.NewBorder(v.head, nil, nil, nil, v.grid)
	return v
}

func (v *compareView) object() fyne.CanvasObject { return v.box }

// setHint shows a line above the columns, e.g. during "Link to…".
func (v *compareView) setHint(s string) {
	v.hint.SetText(s)
	if s == "" {
		v.hintBar.Hide()
	} else {
		v.hintBar.Show()
	}
	// Show and Hide do not lay out the parents again: without this the
	// bar stayed undrawn until something else (a mouse move) did.
	v.head.Refresh()
	v.box.Refresh()
}

// applyVocab refreshes the dialogue picker and the filters' choices.
func (v *compareView) applyVocab() {
	d := v.ws.data
	v.filling = true
	defer func() { v.filling = false }()
	v.dialogues = d.dialogues
	opts := make([]string, len(d.dialogues))
	sel := ""
	for i, dl := range d.dialogues {
		opts[i] = dialogueLabel(dl)
		if dl.ID == v.ws.dialogueID {
			sel = opts[i]
		}
	}
	v.dialogue.SetOptions(opts)
	if sel != "" {
		v.dialogue.SetSelected(sel)
	} else {
		v.dialogue.ClearSelected()
	}
	v.filters.apply()
}

// dialogueLabel is "39th China-EU Human Rights Dialogue (Chongqing, 2024-06-16)".
func dialogueLabel(d storage.Dialogue) string {
	extra := ""
	switch {
	case d.Place != "" && d.StartDate != "":
		extra = d.Place + ", " + d.StartDate
	case d.Place != "":
		extra = d.Place
	case d.StartDate != "":
		extra = d.StartDate
	}
	if extra == "" {
		return widgets.Visible(d.Title)
	}
	return widgets.Visible(d.Title + " (" + extra + ")")
}

func (v *compareView) onDialogueChanged(label string) {
	if v.filling {
		return
	}
	for _, d := range v.dialogues {
		if dialogueLabel(d) == label && d.ID != v.ws.dialogueID {
			v.ws.showDialogue(d.ID)
		}
	}
}

// showDialogue switches the window to dialogue id, keeping the topic.
func (ws *Workspace) showDialogue(id int64) {
	ws.dialogueID = id
	ws.selected = 0
	ws.load(loadCounts | loadColumns)
}

// applyColumns puts the loaded statements into the columns, building the
// columns again only when the chosen parties changed.
func (v *compareView) applyColumns() {
	ws := v.ws
	// With no column the grid holds a hint that depends on the project's
	// dialogues, so it is built again on every load (it is one label).
	rebuilt := !slices.Equal(v.colsFor, ws.columns) || len(ws.columns) == 0
	if rebuilt {
		v.build()
	}
	restore := v.keepUnfilteredPlace(rebuilt)
	links := v.linkLabels()
	for i, col := range v.cols {
		var sts []storage.StatementView
		if i < len(ws.data.columns) && ws.data.columns[i].PartyID == v.colsFor[i] {
			sts = ws.data.columns[i].Statements
		}
		p := ws.data.partyByID[v.colsFor[i]]
		col.EmptyText = v.emptyText() // shown by SetHeader's refresh
		col.SetHeader(p.Name, hexColor(p.Color), v.subtitle())
		col.SetTotal(v.partyTotal(p.ID))
		cards := make([]widgets.CardData, len(sts))
		for j, s := range sts {
			cards[j] = ws.cardData(s, p.ID, links[s.ID])
		}
		col.SetCards(cards)
		if at, ok := restore[p.ID]; ok {
			col.ScrollToPlace(at)
		}
		// One selection in the window: a column keeps a card selected only
		// when it is the statement the detail pane shows.
		if id, ok := col.Selected(); ok && id != ws.selected {
			col.Unselect()
		}
	}
	if ws.selected != 0 {
		for _, col := range v.cols {
			if id, ok := col.Selected(); ok && id == ws.selected {
				col.ScrollTo(id)
			}
		}
	}
}

// keepUnfilteredPlace notes where the columns are when a filter is about
// to narrow them, and returns those places when the filter is off again,
// on the same topic of the same dialogue, for the columns to go back to.
func (v *compareView) keepUnfilteredPlace(rebuilt bool) map[int64]widgets.Place {
	ws := v.ws
	f, at := ws.filter, columnsSpot{ws.dialogueID, ws.topic}
	same := !rebuilt && at == v.shownAt
	was := v.shownFilter
	v.shownFilter, v.shownAt = f, at
	if !same {
		v.unfiltered = nil // another spot: nothing to go back to
		return nil
	}
	switch {
	case f.active() && !was.active():
		v.unfiltered = map[int64]widgets.Place{}
		for i, col := range v.cols {
			if p, ok := col.Place(); ok && i < len(v.colsFor) {
				v.unfiltered[v.colsFor[i]] = p
			}
		}
	case !f.active():
		back := v.unfiltered
		v.unfiltered = nil
		return back
	}
	return nil
}

// partyTotal is how many statements party id holds on the topic shown,
// for the header of a column that shows only the first of them; 0 when the
// column shows them all or a filter makes the topic's counts beside the point.
func (v *compareView) partyTotal(id int64) int {
	ws := v.ws
	if !ws.data.truncated || ws.filter.active() {
		return 0
	}
	switch ws.topic {
	case topicAll:
		return ws.data.total[id]
	case topicNone:
		return ws.data.noTopic[id]
	}
	return ws.data.counts[ws.topic.id()][id]
}

// emptyText is what a column without cards says: that the filter leaves
// nothing, not that the topic has nothing, while a filter is on.
func (v *compareView) emptyText() string {
	switch f := v.ws.filter; {
	case f.unanswered:
		return "Nothing unanswered on this topic"
	case f.active():
		return "No statement on this topic matches the filter"
	}
	return "No statements on this topic"
}

// subtitle is the column header's second line: the topic and its verdict.
func (v *compareView) subtitle() string {
	ws := v.ws
	s := ws.topicName(ws.topic)
	if a, ok := ws.data.assessments[ws.topic.id()]; ok && ws.topic.id() != 0 {
		s += " · " + widgets.VerdictLabel(string(a.Verdict))
	}
	if ws.data.truncated {
		s += " · choose a topic to see all"
	}
	if ws.filter.active() {
		s += " · filtered"
	}
	return s
}

// noDialogueYet is what the views show on a project without dialogues, as
// a new one: how to get something to compare.
const noDialogueYet = "This project has no dialogue yet. Import a readout with File › Import… " +
	"(its review creates the dialogue and the parties), or add a dialogue with Project › Dialogues…"

// build makes one column per chosen party.
func (v *compareView) build() {
	ws := v.ws
	v.cols = v.cols[:0]
	v.colsFor = append([]int64(nil), ws.columns...)
	objs := make([]fyne.CanvasObject, 0, len(ws.columns))
	heads := &widgets.HeaderGroup{} // the columns' cards start on one line
	for _, pid := range ws.columns {
		p := ws.data.partyByID[pid]
		col := widgets.NewPartyColumn(p.Name, hexColor(p.Color))
		heads.Add(col)
		col.OnSelected = ws.selectStatement
		col.OnSecondary = ws.showCardMenu
		// The focused column takes the keys, so the window's own key
		// handler never sees them while a card is selected.
		col.OnDelete = func(int64) { ws.detail.onDelete() }
		col.OnFocusPrev = func() { v.moveColumn(-1) }
		col.OnFocusNext = func() { v.moveColumn(1) }
		add := newTapText("New statement", func() { ws.askNewStatement(pid) })
		if ws.store().ReadOnly() {
			add.Disable()
		}
		v.cols = append(v.cols, col)
		objs = append(objs, container.NewBorder(nil, add, nil, nil, col))
	}
	if len(objs) == 0 {
		hint := widget.NewLabel("The project has no parties yet: add them with Project › Parties…")
		if len(ws.data.dialogues) == 0 {
			hint.SetText(noDialogueYet)
		}
		hint.Wrapping = fyne.TextWrapWord
		objs = append(objs, hint)
	}
	v.grid.Layout = layout.NewGridLayoutWithColumns(max(len(objs), 1))
	v.grid.Objects = objs
	v.grid.Refresh()
}

// linkLabels says, for every statement linked to the selected one, how.
func (v *compareView) linkLabels() map[int64]string {
	out := map[int64]string{}
	d := v.ws.data.detail
	if d == nil {
		return out
	}
	for _, l := range d.links {
		if l.Outgoing {
			out[l.Other.ID] = strings.TrimPrefix(passive(l.Type), "is ") + " selected"
		} else {
			out[l.Other.ID] = l.Type.Label() + " selected"
		}
	}
	return out
}

// cardData turns a statement into what its card in party's column shows.
func (ws *Workspace) cardData(s storage.StatementView, party int64, link string) widgets.CardData {
	c := widgets.CardData{ID: s.ID, Text: s.Text, Speaker: s.SpeakerName, SpeakerRole: s.SpeakerRole,
		Kind: string(s.Kind), NoteCount: s.NoteCount, LinkCount: s.LinkCount, Joint: s.Joint(),
		LinkLabel: link, Selected: s.ID == ws.selected}
	for _, t := range s.Tags {
		c.Tags = append(c.Tags, widgets.TagData{Name: t.Name, Color: hexColor(t.Color)})
	}
	for _, p := range s.PartyIDs {
		if p != party {
			c.JointWith = append(c.JointWith, partyShort(ws.data.partyByID[p]))
		}
	}
	if s.ReportedByID != nil && !s.HeldBy(*s.ReportedByID) {
		c.ReportedBy = s.ReportedByName
	}
	return c
}
