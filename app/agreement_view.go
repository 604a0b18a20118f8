package app

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/app/agree"
	"parley/app/report"
	"parley/widgets"
)

// shownDisagreements caps the disagreements the dialog lists; all of them
// go into the CSV file that Save as CSV… writes.
const shownDisagreements = 300

// showAgreement shows the figures of r (kappa, observed and expected
// agreement per code) and the sentences on which the coders differ.
func showAgreement(svc *services, r agree.Report) {
	head := wrapped(fmt.Sprintf("A: %s\nB: %s\n%s. Only A coded %d, only B coded %d; kappa leaves those out.",
		r.A, r.B, r.Summary(), r.OnlyA, r.OnlyB), 640)
	body := container.NewBorder(container.NewVBox(head, agreementTable(r), disagreementsHeading(r)), nil, nil, nil,
		container.NewVScroll(disagreementList(r)))
	var d dialog.Dialog
	closeB := widget.NewButton("Close", func() { d.Hide() })
	save := widget.NewButton("Save as CSV…", func() { saveAgreementCSV(svc, r) })
	save.Disable()
	if len(r.Disagreements) > 0 {
		save.Enable()
	}
	d = dialog.NewCustomWithoutButtons("Agreement between coders",
		container.NewBorder(nil, container.NewCenter(container.NewHBox(save, closeB)), nil, nil, body), svc.win)
	size := fyne.NewSize(780, 760)
	if c := svc.win.Canvas().Size(); c.Width > 0 {
		size = fyne.NewSize(min(size.Width, c.Width-40), min(size.Height, c.Height-40))
	}
	d.Resize(size)
	showModal(svc.win, d)
}

// agreementTable is one row per code: kappa, observed and expected
// agreement, n and Landis and Koch's word for the kappa.
func agreementTable(r agree.Report) fyne.CanvasObject {
	bold := func(s string) fyne.CanvasObject {
		return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	}
	cells := []fyne.CanvasObject{bold("Code"), bold("Kappa"), bold("Observed"), bold("Expected"), bold("n"), bold("Strength")}
	for _, c := range agree.Codes {
		k := r.Kappa[c]
		cells = append(cells, widget.NewLabel(agree.CodeTitle(c)), bold(agree.Number(k.Value)),
			widget.NewLabel(agree.Number(k.Observed)), widget.NewLabel(agree.Number(k.Expected)),
			widget.NewLabel(fmt.Sprint(k.N)), widget.NewLabel(k.Strength()))
	}
	return container.NewGridWithColumns(6, cells...)
}

func disagreementsHeading(r agree.Report) fyne.CanvasObject {
	text := fmt.Sprintf("Disagreements (%d)", len(r.Disagreements))
	switch n := len(r.Disagreements); {
	case n == 0:
		text = "No disagreements: both coded every shared sentence alike."
	case n > shownDisagreements:
		text += fmt.Sprintf(", the first %d shown; Save as CSV… writes them all", shownDisagreements)
	}
	return widget.NewLabelWithStyle(text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

// disagreementList shows each disagreement as the place and code, the
// sentence, and the two codes, for the coders to discuss.
func disagreementList(r agree.Report) fyne.CanvasObject {
	box := container.NewVBox()
	for i, d := range r.Disagreements {
		if i == shownDisagreements {
			break
		}
		where := widget.NewLabel(widgets.Visible(fmt.Sprintf("%s · %s, characters %d–%d", agree.CodeTitle(d.Code), d.Source, d.Start, d.End)))
		where.Importance = widget.LowImportance
		where.Truncation = fyne.TextTruncateEllipsis
		sentence := widget.NewLabel(widgets.Visible(d.Sentence))
		sentence.Wrapping = fyne.TextWrapWord
		codes := widget.NewLabelWithStyle(widgets.Visible("A: "+d.A+"    B: "+d.B), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		codes.Wrapping = fyne.TextWrapWord
		box.Add(container.NewVBox(where, sentence, codes, widget.NewSeparator()))
	}
	return box
}

// saveAgreementCSV writes every disagreement to a CSV file the user
// names, as parley agree -format csv does.
func saveAgreementCSV(svc *services, r agree.Report) {
	st := svc.store()
	folder := projectFolder(st)
	if abs, err := filepath.Abs(folder); err == nil {
		folder = abs
	}
	name := "agreement " + strings.TrimSuffix(r.A, filepath.Ext(r.A)) + " " + strings.TrimSuffix(r.B, filepath.Ext(r.B)) + ".csv"
	askSavePath(svc.win, "Save the disagreements", "Save", folder, name, func(folder, name string) {
		if filepath.Ext(name) == "" {
			name += ".csv"
		}
		path := filepath.Join(folder, name)
		write := func(replace bool) {
			var err error
			svc.run.run(func() {
				err = report.WriteFile(path, replace, func(w io.Writer) error { return agree.Write(w, r, "csv") })
			}, func() {
				if err != nil {
					svc.showError("Could not save the disagreements", err)
					return
				}
				showModal(svc.win, dialog.NewCustom("Saved", "Close", wrapped("Wrote "+path, 440), svc.win))
			})
		}
		exists, err := report.CheckTarget(path, st.Path())
		switch {
		case err != nil:
			svc.showError("Could not save to "+name, err)
		case exists:
			d := dialog.NewConfirm("Replace file?", replaceQuestion(name, folder, "Replace it?"), func(ok bool) {
				if ok {
					write(true)
				}
			}, svc.win)
			d.SetConfirmText("Replace")
			d.SetDismissText("Cancel")
			showModal(svc.win, d)
		default:
			write(false)
		}
	})
}
