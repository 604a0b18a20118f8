package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
)

// exchangeItems are the File menu's Import… and Export… items, which call
// the import and report views.
func (ws *Workspace) exchangeItems() []*fyne.MenuItem {
	return nil
}

// addTabs adds the views beside Compare.
func (ws *Workspace) addTabs() {
	ws.overview = newOverview(ws)
	ws.tabs.Append(container.NewTabItem("Overview", ws.overview.object()))
}

// showSourceHit shows a source found by the search.
func (ws *Workspace) showSourceHit(h interface{}) {}
