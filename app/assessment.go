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

	// What the fields show: the topic and dialogue, and the assessment as
	// storage had it, to tell the user's changes from it.
	topicID, dialogueID int64
	loadedVerdict       storage.Verdict
	loadedText          string
	version             int64 // of the assessment the fields were filled from
	// sitting counts the times another topic or dialogue was shown: the
	// edits of one sitting are one undo step.
	sitting int
}

func newAssessmentEditor(ws *Workspace) *assessmentEditor {
	a := &assessmentEditor{ws: ws}
	a.title = widget.NewLabelWithStyle("Assessment", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	a.title.Wrapping = fyne.TextWrapWord
	a.verdict = widget.NewSelect(verdictOptions(""), func(string) { a.save() })
	a.text = newBlurEntry(true)
	a.text.SetMinRowsVisible(3)
	a.text.SetPlaceHolder("Why: where the sides meet or part")
	a.text.onBlur = a.save
	a.hint = widget.NewLabel("Choose a topic to assess it.")
	a.hint.Wrapping = fyne.TextWrapWord
	a.form = container.NewBorder(a.verdict, nil, nil, nil, a.text)
	a.box = container.NewBorder(container.NewVBox(a.title, a.hint), nil, nil, nil, a.form)
	return a
}

func (a *assessmentEditor) object() fyne.CanvasObject { return a.box }

// apply shows the assessment of the current topic. Text typed for the
// topic shown before is saved first, so that switching topic never loses it.
func (a *assessmentEditor) apply() {
	ws := a.ws
	tid, did := ws.topic.id(), ws.dialogueID
	if a.topicID != 0 && (a.topicID != tid || a.dialogueID != did) {
		a.flush()
	}
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
	same := a.topicID == tid && a.dialogueID == did
	if !same {
		a.sitting++
	}
	a.topicID, a.dialogueID = tid, did
	a.title.SetText(widgets.Visible("Assessment: " + ws.topicName(ws.topic)))
	a.form.Show()
	cur := ws.data.assessments[tid]
	a.verdict.Options = verdictOptions(cur.Verdict)
	a.verdict.SetSelected(notAssessed)
	if cur.Verdict != "" {
		a.verdict.SetSelected(widgets.VerdictLabel(string(cur.Verdict)))
	}
	if !same || ws.win.Canvas().Focused() != a.text {
		a.text.SetText(cur.Text)
		a.loadedText = cur.Text
		// What the user types is based on this version; a version saved
		// by someone else while they type makes their save a conflict.
		a.version = cur.Version
	}
	a.loadedVerdict = cur.Verdict
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
	if v := a.loadedVerdict; v != "" && widgets.VerdictLabel(string(v)) == a.verdict.Selected {
		return v // one this Parley does not know, kept
	}
	return ""
}

// verdictOptions are the verdict's choices: none, the known verdicts, and
// cur when this Parley does not know it (marked), so that the analyst
// sees it and may keep it.
func verdictOptions(cur storage.Verdict) []string {
	opts := []string{notAssessed}
	for _, v := range storage.Verdicts {
		opts = append(opts, widgets.VerdictLabel(string(v)))
	}
	if cur != "" && !cur.Valid() {
		opts = append(opts, widgets.VerdictLabel(string(cur)))
	}
	return opts
}

// save stores what the user chose or typed, on a change of verdict or when
// the text field is left.
func (a *assessmentEditor) save() {
	if a.filling || a.topicID == 0 {
		return
	}
	a.flush()
}

// flush stores verdict and text for the topic and dialogue they were
// typed for, when they differ from what was loaded.
func (a *assessmentEditor) flush() {
	if a.topicID == 0 {
		return
	}
	v, text := a.chosen(), a.text.Text
	if v == a.loadedVerdict && text == a.loadedText {
		return
	}
	if v == "" && a.loadedVerdict == "" {
		a.hint.SetText("Choose a verdict to save the assessment.")
		a.hint.Show()
		return
	}
	// Mark it saved first: saving reloads the view, which comes back here.
	a.loadedVerdict, a.loadedText = v, text
	a.ws.setAssessment(a.dialogueID, a.topicID, v, text, a.sitting, a.version)
}
