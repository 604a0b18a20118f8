package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// fileDialogSize is the size of every file chooser: room for long readout
// names and a few folders' worth of rows.
var fileDialogSize = fyne.NewSize(800, 560)

// showFileDialog shows a file chooser at fileDialogSize. The order is
// Fyne's constraint: in Fyne v2.8.1 FileDialog.Resize asks the inner
// dialog for its MinSize, and the inner dialog is only built by Show, so
// a Resize before Show dereferences nil and takes the window down.
func showFileDialog(d *dialog.FileDialog) {
	d.Show()
	d.Resize(fileDialogSize)
}
