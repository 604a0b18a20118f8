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

// askAgreement opens Project → Agreement Between Coders…: either the other
// coder's project (typed, or chosen with Choose…) or two analysts who
// coded in this project; then Compare measures the agreement off the UI
// goroutine and shows it (showAgreement).
func (ws *Workspace) askAgreement() { askAgreement(&ws.services) }

// The two ways to compare coders.
const (
	agreeProjects = "With another coder's project"
	agreeAuthors  = "Between two analysts of this project"
)

func askAgreement(svc *services) {
	other := newTextLine()
	other.SetPlaceHolder("the other coder's .parley file")
	choose := widget.NewButton("Choose…", func() {
		pickFile(svc, []string{".parley"}, true, func(path string) { other.SetText(path) })
	})
	coderA, coderB := widget.NewSelect(nil, nil), widget.NewSelect(nil, nil)
	projectForm := widget.NewForm(widget.NewFormItem("Other coder", container.NewBorder(nil, nil, nil, choose, other)))
	authorForm := widget.NewForm(widget.NewFormItem("Coder A", coderA), widget.NewFormItem("Coder B", coderB))
	authorForm.Hide()
	mode := widget.NewRadioGroup([]string{agreeProjects, agreeAuthors}, func(m string) {
		projectForm.Hidden, authorForm.Hidden = m == agreeAuthors, m != agreeAuthors
		projectForm.Refresh()
		authorForm.Refresh()
	})
	mode.Required = true
	mode.SetSelected(agreeProjects)
	fillCoders(svc, coderA, coderB)
	intro := wrapped("Two analysts coded the same readouts independently, each in a project of their own or both in this one. "+
		"Parley pairs the statements both made on the same sentence of the same source text and measures "+
		"how far their party, kind and topic agree (Cohen's kappa).", 520)
	var d dialog.Dialog
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	compare := widget.NewButton("Compare", func() {
		if mode.Selected == agreeAuthors {
			if coderA.Selected == "" || coderB.Selected == "" {
				svc.showError("Nothing to compare", errors.New("choose the two analysts first"))
				return
			}
			d.Hide()
			compareAuthors(svc, coderA.Selected, coderB.Selected)
			return
		}
		path := strings.TrimSpace(other.Text)
		if path == "" {
			svc.showError("Nothing to compare with", errors.New("choose the other coder's project first"))
			return
		}
		d.Hide()
		compareWithProject(svc, path)
	})
	compare.Importance = widget.HighImportance
	other.OnSubmitted = func(string) { compare.OnTapped() }
	body := container.NewVBox(intro, mode, projectForm, authorForm, container.NewCenter(container.NewHBox(cancel, compare)))
	d = dialog.NewCustomWithoutButtons("Agreement between coders", body, svc.win)
	d.Resize(fyne.NewSize(600, 0))
	showModal(svc.win, d)
	svc.win.Canvas().Focus(other)
}

// fillCoders offers the analysts who coded statements of the project.
func fillCoders(svc *services, a, b *widget.Select) {
	st := svc.store()
	var names []string
	var err error
	svc.run.run(func() { names, err = st.Authors(context.Background()) }, func() {
		if err != nil {
			svc.showError("Could not list who coded the statements", err)
			return
		}
		a.Options, b.Options = names, names
		if len(names) >= 2 {
			a.SetSelected(names[0])
			b.SetSelected(names[1])
		}
		a.Refresh()
		b.Refresh()
	})
}

// compareAuthors measures the agreement between two analysts' codings in
// the open project.
func compareAuthors(svc *services, a, b string) {
	st := svc.store()
	var r agree.Report
	svc.background("Comparing the codings", func(ctx context.Context) error {
		var err error
		r, err = agree.Authors(ctx, st, a, b)
		return err
	}, func() { showAgreement(svc, r) })
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
