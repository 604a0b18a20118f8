package app

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// Workspace is the window of one open project: what is loaded, what the
// user looks at, the views, and the session's undo stack.
type Workspace struct {
	services
	app fyne.App

	undo undoStack
	data viewData
	gen  int // generation of the latest load; older loads are dropped

	// What the user looks at.
	dialogueID int64
	topic      topicKey
	columns    []int64 // party per column, left to right
	// columnsChosen: the analyst chose the columns (View › Columns…);
	// otherwise every load picks them again from the dialogue shown.
	columnsChosen bool
	filter        columnFilter
	selected      int64
	linkFrom      int64 // statement waiting for its "Link to…" partner

	view    *compareView
	tree    *topicTree
	detail  *detailEditor
	assess  *assessmentEditor
	banner  *fyne.Container
	tabs    *container.AppTabs
	content *fyne.Container
	menu    *menus
	trace   *startupTrace
	fonts   <-chan struct{} // closed once warmFonts is done; nil when Run did not start it
	onLoad  []func()        // called once after the next load is on screen
	release *time.Timer     // hands garbage back to the system when the window is quiet (releaseMemory)

	overview    *overview
	evolution   *evolutionView
	sources     *SourcesView
	managerOpen *manager // the vocabulary dialog on screen, if any
	search      *searchPanel
	shortcuts   map[string]func() // by shortcut name, as registered on the canvas
	closeAsked  bool              // "Close Parley?" is on screen
	panes       *fyne.Container   // the compare tab: topic pane | columns | detail
	live        liveState         // other analysts' edits as they happen (live.go)
}

func newWorkspace(a fyne.App, w fyne.Window, r runner) *Workspace {
	ws := &Workspace{app: a, topic: topicAll}
	ws.win, ws.run, ws.edit = w, r, ws.exec
	ws.undo.onChange = func() { ws.menu.refreshUndo() }
	ws.content = container.NewStack()
	w.SetContent(ws.content)
	ws.menu = newMenus(ws)
	ws.installKeys()
	w.SetCloseIntercept(ws.askClose)
	return ws
}

// setProject makes st the open project: it closes the previous one, clears
// the undo stack (edits belong to their project) and loads the first view.
func (ws *Workspace) setProject(st *storage.Store) {
	if ws.store() != st {
		ws.unwatch()
	}
	if ws.store() != nil && ws.store() != st {
		ws.settle()
		ws.savePlace()
		if err := ws.store().Close(); err != nil {
			// Its edits are in the file already; the user should still know.
			defer ws.showError("Could not close "+projectName(ws.store().Path()), err)
		}
	}
	st.SetAuthor(yourName(ws.app))
	ws.current.Store(st)
	ws.watch(st)
	ws.undo.clear()
	ws.data = viewData{}
	ws.dialogueID, ws.topic, ws.selected, ws.linkFrom = 0, topicAll, 0, 0
	ws.filter = columnFilter{}
	ws.columns = nil
	ws.restoreColumns()
	ws.restorePlace()
	ws.win.SetTitle("Parley — " + widgets.Visible(projectName(st.Path())))
	rememberRecent(ws.app, st.Path())
	ws.buildCompare()
	ws.menu.build()
	ws.load(loadAll)
}

// projectName is what the title bar calls a project: its file name
// without the extension, or for a team project its database and server.
func projectName(path string) string {
	if storage.IsServerAddress(path) {
		if c, err := storage.ParseServerAddress(path); err == nil {
			return c.Database + " on " + c.Host
		}
	}
	base := path
	if i := strings.LastIndexAny(base, `/\`); i >= 0 {
		base = base[i+1:]
	}
	return strings.TrimSuffix(base, storage.Extension)
}

// buildCompare lays out the window for an open project: an optional
// read-only banner above the tabs Compare and Overview.
func (ws *Workspace) buildCompare() {
	ws.tree = newTopicTree(ws)
	ws.assess = newAssessmentEditor(ws)
	ws.detail = newDetailEditor(ws)
	ws.view = newCompareView(ws)
	left := container.NewVSplit(ws.tree.object(), ws.assess.object())
	left.Offset = 0.72
	centre := container.NewHSplit(ws.view.object(), ws.detail.object())
	// 0.64: the columns keep at 1280 px what they had before the topic
	// tree's count slots reserved room for two-digit unanswered counts.
	centre.Offset = 0.64
	main := container.NewHSplit(left, centre)
	main.Offset = 0.29
	ws.panes = container.New(newPaneLayout(main, ws.tree.naturalWidth), main)
	ws.tabs = container.NewAppTabs(container.NewTabItem("Compare", ws.panes))
	ws.addTabs()
	ws.banner = container.NewVBox()
	if p := ws.trace.probe(); p != nil {
		ws.banner.Add(p)
	}
	if ws.store().ReadOnly() {
		ws.banner.Add(readOnlyBanner())
	}
	ws.content.Objects = []fyne.CanvasObject{container.NewBorder(ws.banner, nil, nil, nil, ws.tabs)}
	ws.content.Refresh()
}

func readOnlyBanner() fyne.CanvasObject {
	l := widget.NewLabel("This project is read-only: you can read, search and export it, but changes cannot be saved. Save a copy (File menu) to edit it.")
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.WarningImportance
	return container.NewPadded(l)
}

// here is the spot the user looks at now.
func (ws *Workspace) here() place {
	return place{dialogueID: ws.dialogueID, topic: ws.topic, statementID: ws.selected}
}

// goTo shows a spot: its dialogue and topic, with the statement selected
// when it still exists.
func (ws *Workspace) goTo(p place) {
	if p.dialogueID != 0 {
		ws.dialogueID = p.dialogueID
	}
	if p.topic != "" {
		ws.topic = p.topic
	}
	ws.selected = p.statementID
	switch {
	case p.sourceID != 0 && ws.sources != nil:
		ws.showSource(p.sourceID)
	case p.evolution && ws.evolution != nil:
		ws.showTab(tabEvolution)
	case ws.tabs != nil:
		ws.tabs.SelectIndex(0)
	}
	ws.load(loadAll)
}

// refresh reloads everything after an edit.
func (ws *Workspace) refresh() { ws.load(loadAll) }

// selectStatement shows statement id in the detail editor and its links in
// the columns.
func (ws *Workspace) selectStatement(id int64) {
	if ws.linkFrom != 0 && id != ws.linkFrom {
		from := ws.linkFrom
		ws.linkFrom = 0
		ws.view.setHint("")
		ws.askLinkType(from, id)
		return
	}
	if id == ws.selected {
		return
	}
	ws.selected = id
	ws.load(loadDetail)
}

// topicKey names an entry of the topic tree: every topic, "All topics" and
// "No topic". It doubles as the tree's node ID.
type topicKey string

const (
	topicAll  topicKey = "all"
	topicNone topicKey = "none"
)

func topicKeyOf(id *int64) topicKey {
	if id == nil {
		return topicNone
	}
	return topicKey("t" + strconv.FormatInt(*id, 10))
}

// id returns the topic's ID, 0 for "All topics" and "No topic".
func (k topicKey) id() int64 {
	if !strings.HasPrefix(string(k), "t") {
		return 0
	}
	n, _ := strconv.ParseInt(string(k[1:]), 10, 64)
	return n
}

func (ws *Workspace) topicName(k topicKey) string {
	switch k {
	case topicAll:
		return "All topics"
	case topicNone:
		return "No topic"
	}
	if t, ok := ws.data.topicByID[k.id()]; ok {
		return t.Name
	}
	return fmt.Sprintf("topic %d", k.id())
}
