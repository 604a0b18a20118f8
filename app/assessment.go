package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

const notAssessed = "Not assessed"

// assessmentEditor sits under the topic tree: the analyst's verdict on the
// selected topic in this dialogue, with a short text, saved at once.
type assessmentEditor struct {
	ws      *Workspace
	title   *widget.Label
	verdict *widget.Select
	text    *blurEntry
	hint    *widget.Label
	form    *fyne.Container
	box     *fyne.Container
	filling bool
	topicID int64
}

func newAssessmentEditor(ws *Workspace) *assessmentEditor {
	a := &assessmentEditor{ws: ws}
	a.title = widget.NewLabelWithStyle("Assessment", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	a.title.Wrapping = fyne.TextWrapWord
	opts := []string{notAssessed}
	for _, v := range storage.Verdicts {
		opts = append(opts, widgets.VerdictLabel(string(v)))
	}
	a.verdict = widget.NewSelect(opts, func(string) { a.save() })
	a.text = newBlurEntry(true)
	a.text.SetMinRowsVisible(3)
	a.text.SetPlaceHolder("Why: where the sides meet or part")
	a.text.onBlur = a.save
	a.hint = widget.NewLabel("Choose a topic to assess it.")
	a.hint.Wrapping = fyne.TextWrapWord
	a.hint.Importance = widget.LowImportance
	a.form = container.NewBorder(a.verdict, nil, nil, nil, a.text)
	a.box = container.NewBorder(container.NewVBox(a.title, a.hint), nil, nil, nil, a.form)
	return a
}

func (a *assessmentEditor) object() fyne.CanvasObject { return a.box }

// apply shows the assessment of the current topic.
func (a *assessmentEditor) apply() {
	ws := a.ws
	tid := ws.topic.id()
	if tid == 0 {
		a.topicID = 0
		a.title.SetText("Assessment")
		a.form.Hide()
		a.hint.SetText("Choose a topic to assess how far the sides converge on it.")
		a.hint.Show()
		return
	}
	a.filling = true
	defer func() { a.filling = false }()
	same := a.topicID == tid
	a.topicID = tid
	a.title.SetText("Assessment: " + ws.topicName(ws.topic))
	a.form.Show()
	cur, ok := ws.data.assessments[tid]
	if ok {
		a.verdict.SetSelected(widgets.VerdictLabel(string(cur.Verdict)))
	} else {
		a.verdict.SetSelected(notAssessed)
	}
	if !same || ws.win.Canvas().Focused() != a.text {
		a.text.SetText(cur.Text)
	}
	a.hint.Hide()
	if ws.store().ReadOnly() {
		a.verdict.Disable()
		a.text.Disable()
	} else {
		a.verdict.Enable()
		a.text.Enable()
	}
}

func (a *assessmentEditor) chosen() storage.Verdict {
	for _, v := range storage.Verdicts {
		if widgets.VerdictLabel(string(v)) == a.verdict.Selected {
			return v
		}
	}
	return ""
}

// save stores verdict and text when they differ from what storage holds.
func (a *assessmentEditor) save() {
	ws := a.ws
	if a.filling || a.topicID == 0 || a.topicID != ws.topic.id() {
		return
	}
	v := a.chosen()
	cur, ok := ws.data.assessments[a.topicID]
	if (ok && cur.Verdict == v && cur.Text == a.text.Text) || (!ok && v == "") {
		if !ok && v == "" && a.text.Text != "" {
			a.hint.SetText("Choose a verdict to save the assessment.")
			a.hint.Show()
		}
		return
	}
	ws.setAssessment(ws.dialogueID, a.topicID, v, a.text.Text)
}
