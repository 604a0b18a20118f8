package app

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// exchangeItems are the File menu's Import… and Export… items, which open
// the import engineer's and the report engineer's dialogs, and the imports
// of whole projects (Parley JSON, REFI-QDA), which make a new project and
// so are offered without one open too.
func (ws *Workspace) exchangeItems() []*fyne.MenuItem {
	qdpxItem := fyne.NewMenuItem("Import REFI-QDA Project (.qdpx)…", ws.askImportQDPX)
	jsonItem := fyne.NewMenuItem("Import JSON…", ws.askImportJSON)
	if ws.store() == nil {
		return []*fyne.MenuItem{fyne.NewMenuItemSeparator(), jsonItem, qdpxItem}
	}
	imp := fyne.NewMenuItem("Import…", ws.showImport)
	imp.Disabled = ws.store().ReadOnly()
	imp.Shortcut = ctrl(fyne.KeyI)
	exp := fyne.NewMenuItem("Export…", func() { askExport(&ws.services, ws.dialogueID) })
	exp.Shortcut = ctrl(fyne.KeyE)
	return []*fyne.MenuItem{fyne.NewMenuItemSeparator(), imp, jsonItem, qdpxItem, exp}
}

// showImport reads a readout into the shown dialogue; the proposals the
// analyst accepts show in the columns afterwards.
func (ws *Workspace) showImport() {
	if ws.store() == nil || ws.store().ReadOnly() {
		return
	}
	askImport(&ws.services, ws.dialogueID, func() {
		ws.sources.Refresh(ws.dialogueID)
		ws.refresh()
	})
}

// addTabs adds the views beside Compare: Sources (the readouts with their
// coded spans, by the import engineer), Overview and Evolution.
func (ws *Workspace) addTabs() {
	ws.overview = newOverview(ws)
	ws.evolution = newEvolutionView(ws)
	ws.sources = newSourcesView(&ws.services, &ws.data)
	sources := container.NewTabItem("Sources", ws.sources.CanvasObject())
	ws.tabs.Append(sources)
	ws.tabs.Append(container.NewTabItem("Overview", ws.overview.object()))
	ws.tabs.Append(container.NewTabItem("Evolution", ws.evolution.object()))
	ws.tabs.OnSelected = func(t *container.TabItem) {
		// A widget of the tab left keeps the keyboard otherwise: Delete
		// would reach a hidden column.
		ws.win.Canvas().Unfocus()
		if t == sources {
			ws.sources.Refresh(ws.dialogueID)
			return
		}
		// Statements made in Sources or Import must show here.
		ws.load(loadAll)
	}
}

// showSource shows source id in the Sources tab, reloaded.
func (ws *Workspace) showSource(id int64) {
	ws.sources.cur.ID = id
	for _, t := range ws.tabs.Items {
		if t.Content == ws.sources.CanvasObject() && ws.tabs.Selected() != t {
			ws.tabs.Select(t) // its OnSelected reloads the view
			return
		}
	}
	ws.sources.Refresh(ws.dialogueID)
}

// showSourceHit shows a source the search found: its title, where it
// comes from, and its text with the search's words in bold.
func (ws *Workspace) showSourceHit(h storage.Hit) {
	var src storage.Source
	var err error
	ws.run.run(func() { src, err = ws.store().Source(context.Background(), h.ID) }, func() {
		if err != nil {
			ws.showError("Could not show the source", err)
			return
		}
		meta := []string{}
		for _, s := range []string{src.Publisher, src.PublishedOn, src.URL} {
			if s != "" {
				meta = append(meta, s)
			}
		}
		head := widget.NewLabel(widgets.Visible(strings.Join(meta, " · ")))
		head.Wrapping = fyne.TextWrapWord
		head.Importance = widget.LowImportance
		snip := widget.NewRichText(snippetSegments(h.Snippet)...)
		snip.Wrapping = fyne.TextWrapWord
		text := widget.NewLabel(widgets.Visible(src.Text))
		text.Wrapping = fyne.TextWrapWord
		body := container.NewBorder(container.NewVBox(head, snip, widget.NewSeparator()), nil, nil, nil, container.NewVScroll(text))
		d := dialog.NewCustom(widgets.Visible(src.Title), "Close", body, ws.win)
		d.Resize(fyne.NewSize(760, 560))
		showModal(ws.win, d)
	})
}
