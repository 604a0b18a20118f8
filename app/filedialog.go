package app

import (
	"errors"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	fynestorage "fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// fileDialogSize is the size of every file chooser: room for long readout
// names and a few folders' worth of rows.
var fileDialogSize = fyne.NewSize(800, 560)

// showFileDialog shows a file chooser at fileDialogSize. The order is
// Fyne's constraint: in Fyne v2.8.1 FileDialog.Resize asks the inner
// dialog for its MinSize, and the inner dialog is only built by Show, so
// a Resize before Show dereferences nil and takes the window down. Esc
// closes it as Cancel does.
func showFileDialog(win fyne.Window, d *dialog.FileDialog) {
	escapeCloses(win, d)
	d.Show()
	d.Resize(fileDialogSize)
}

// pickFile lets the user choose an existing file with one of exts and
// hands its path to then. Choosers for projects start in the open
// project's folder (inProjectFolder); readouts are rarely kept in the
// data folder the default project lives in, so those start where Fyne
// last was.
// Only the path is used: whoever reads the file opens it afresh, so a
// failed close of the chooser's handle loses nothing the user must hear of.
func pickFile(svc *services, exts []string, inProjectFolder bool, then func(path string)) {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			svc.showError("Could not choose the file", err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		if err := r.Close(); err != nil {
			fyne.LogError("close picked file", err)
		}
		then(path)
	}, svc.win)
	fd.SetFilter(fynestorage.NewExtensionFileFilter(exts))
	if st := svc.store(); st != nil && inProjectFolder {
		if dir, err := fynestorage.ListerForURI(fynestorage.NewFileURI(projectFolder(st))); err == nil {
			fd.SetLocation(dir)
		}
	}
	showFileDialog(svc.win, fd)
}

// askSavePath asks for a folder (starting at folder) and a file name, and
// hands both to then. Fyne's save dialog is not used for files Parley
// writes: in Fyne v2.8.1 it opens the chosen file with os.Create before
// its callback runs, which empties an existing file (a project chosen by
// mistake, the very project being exported) before Parley could refuse
// it, and blocks on a named pipe.
func askSavePath(win fyne.Window, title, confirm, folder, name string, then func(folder, name string)) {
	nameEntry := newBlurEntry(false)
	nameEntry.Validator = fileNameOnly
	nameEntry.SetText(name)
	folderLabel := widget.NewLabel(widgets.Visible(folder))
	folderLabel.Truncation = fyne.TextTruncateEllipsis
	change := widget.NewButton("Change…", func() {
		d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err != nil {
				showErrorOn(win, "Could not choose the folder", err)
				return
			}
			if u != nil {
				folder = u.Path()
				folderLabel.SetText(widgets.Visible(folder))
			}
		}, win)
		if l, err := fynestorage.ListerForURI(fynestorage.NewFileURI(folder)); err == nil {
			d.SetLocation(l)
		}
		showFileDialog(win, d)
	})
	items := []*widget.FormItem{
		widget.NewFormItem("Name", nameEntry),
		// The dialog sets its buttons a mere padding under the form, which
		// under a row of buttons (Change…) looked cramped: a blank line
		// under the row gives them the room they have under the text of
		// other dialogs.
		widget.NewFormItem("Folder", roomBelow(container.NewBorder(nil, nil, nil, change, folderLabel))),
	}
	d := dialog.NewForm(widgets.Visible(title), confirm, "Cancel", items, func(ok bool) {
		n := strings.TrimSpace(nameEntry.Text)
		if !ok || n == "" {
			return
		}
		// The field shows its error only once it loses the cursor, so a
		// name typed and submitted at once gets here.
		if err := fileNameOnly(n); err != nil {
			showErrorOn(win, "Could not use "+n, err)
			return
		}
		then(folder, n)
	}, win)
	d.Resize(fyne.NewSize(560, 0)) // as tall as its rows: a fixed height left a gap above the buttons
	showModal(win, d)
}

// roomBelow is o with an empty line one padding high under it: the last
// row of a form dialog, which Fyne sets a mere padding above the buttons.
func roomBelow(o fyne.CanvasObject) fyne.CanvasObject {
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(1, theme.Padding()))
	return container.NewVBox(o, r)
}

// fileNameOnly refuses a name that is a path: "../brief.html" or a name
// suggested by a mailed file would write outside the folder the dialog
// shows. Both separators count, as a project travels between systems.
func fileNameOnly(name string) error {
	name = strings.TrimSpace(name)
	if strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		return errors.New("a name, not a path: choose the folder with Change…")
	}
	return nil
}
