package app

import (
	"fyne.io/fyne/v2"
)

// The window's tabs, in their order; Ctrl+1 … Ctrl+4 show them.
const (
	tabCompare = iota
	tabSources
	tabOverview
	tabEvolution
)

// tabNames are the tabs' titles, as the View menu lists them.
var tabNames = []string{"Compare", "Sources", "Overview", "Evolution"}

// tabKeys are the keys that, with Ctrl, show each tab.
var tabKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4}

// showTab shows tab i; its OnSelected reads what it shows.
func (ws *Workspace) showTab(i int) {
	if ws.tabs == nil || i < 0 || i >= len(ws.tabs.Items) {
		return
	}
	if ws.tabs.SelectedIndex() == i {
		if i == tabEvolution {
			ws.evolution.load()
		}
		return
	}
	ws.tabs.SelectIndex(i)
}

// tabItems are the View menu's items that show the tabs, with their keys.
func (ws *Workspace) tabItems() []*fyne.MenuItem {
	out := make([]*fyne.MenuItem, len(tabNames))
	for i, name := range tabNames {
		i := i
		out[i] = fyne.NewMenuItem(name, func() { ws.showTab(i) })
		out[i].Shortcut = ctrl(tabKeys[i])
	}
	return out
}
