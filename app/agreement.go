package app

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/agree"
	"parley/storage"
)

// askAgreement opens Project → Agreement Between Coders…: the other
// coder's project (typed, or chosen with Choose…), then Compare measures
// the agreement off the UI goroutine and shows it (showAgreement).
func (ws *Workspace) askAgreement() { askAgreement(&ws.services) }

func askAgreement(svc *services) {
	other := newTextLine()
	other.SetPlaceHolder("the other coder's .parley file")
	choose := widget.NewButton("Choose…", func() {
		pickFile(svc, []string{".parley"}, true, func(path string) { other.SetText(path) })
	})
	intro := wrapped("Two analysts coded the same readouts independently, each in a project of their own. "+
		"Parley pairs the statements both made on the same sentence of the same source text and measures "+
		"how far their party, kind and topic agree (Cohen's kappa).", 520)
	var d dialog.Dialog
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	compare := widget.NewButton("Compare", func() {
		path := strings.TrimSpace(other.Text)
		if path == "" {
			svc.showError("Nothing to compare with", errors.New("choose the other coder's project first"))
			return
		}
		d.Hide()
		compareWithProject(svc, path)
	})
	compare.Importance = widget.HighImportance
	form := widget.NewForm(widget.NewFormItem("Other coder", container.NewBorder(nil, nil, nil, choose, other)))
	body := container.NewVBox(intro, form, container.NewCenter(container.NewHBox(cancel, compare)))
	d = dialog.NewCustomWithoutButtons("Agreement between coders", body, svc.win)
	d.Resize(fyne.NewSize(600, 0))
	showModal(svc.win, d)
	svc.win.Canvas().Focus(other)
}

// compareWithProject measures the agreement between the open project and
// the one at path, which is opened for reading only while it is read.
func compareWithProject(svc *services, path string) {
	st := svc.store()
	var r agree.Report
	svc.background("Comparing the codings", func(ctx context.Context) error {
		other, err := openOther(path)
		if err != nil {
			return err
		}
		defer other.Close()
		r, err = agree.Projects(ctx, st, other)
		return err
	}, func() { showAgreement(svc, r) })
}

// openOther opens another coder's project to read it. A project another
// Parley window holds is read through a read-only connection instead.
func openOther(path string) (*storage.Store, error) {
	s, err := storage.Open(path)
	if errors.Is(err, storage.ErrLocked) {
		s, err = storage.OpenWith(path, storage.Options{ReadOnly: true})
	}
	return s, err
}
