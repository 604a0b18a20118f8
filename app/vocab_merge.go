package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// askMergeInto asks which of options (other tags, other topics) an item
// is merged into. Merge stays disabled, and the dialog open, until one is
// chosen: a dialog that closed on nothing chosen looked like a merge that
// happened. what names the options ("tag") in the hint.
func (ws *Workspace) askMergeInto(title, message, what string, options []string, merge func(into string)) {
	msg := widget.NewLabel(message)
	msg.Wrapping = fyne.TextWrapWord
	into := widget.NewSelect(options, nil)
	into.PlaceHolder = "(choose the " + what + ")"
	hint := widget.NewLabel("Choose the " + what + " to merge into.")
	if len(options) == 0 {
		hint.SetText("There is no other " + what + " to merge into.")
		into.Disable()
	}
	hint.Importance = widget.LowImportance
	var d *dialog.CustomDialog
	mergeB := widget.NewButtonWithIcon("Merge", theme.ConfirmIcon(), func() {
		d.Hide()
		merge(into.Selected)
	})
	mergeB.Importance = widget.HighImportance
	mergeB.Disable()
	into.OnChanged = func(string) {
		hint.Hide()
		mergeB.Enable()
	}
	cancel := widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), func() { d.Hide() })
	body := container.NewVBox(msg, widget.NewForm(widget.NewFormItem("Into", into)), hint)
	d = dialog.NewCustomWithoutButtons(title, body, ws.win)
	d.SetButtons([]fyne.CanvasObject{cancel, mergeB})
	showModal(ws.win, d)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
}
