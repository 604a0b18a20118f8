// Package app is Parley's window: views, menus, shortcuts, dialogs and
// undo. It never imports fyne.io/fyne/v2/app, so its tests run on Fyne's
// test driver.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// ID is the application ID (also in FyneApp.toml).
const ID = "io.parley.app"

// Run opens the window on the project at path and returns the exit status
// when it closes.
func Run(a fyne.App, path string) int {
	w := a.NewWindow("Parley")
	w.SetContent(widget.NewLabel("Parley: " + path))
	w.ShowAndRun()
	return 0
}
