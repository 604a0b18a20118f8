package app

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// assessmentFields are the verdict and the text of the assessment pane,
// found on screen.
func (wd *world) assessmentFields() (*widget.Select, *blurEntry) {
	wd.t.Helper()
	sel, _ := wd.find(func(o fyne.CanvasObject) bool {
		s, ok := o.(*widget.Select)
		return ok && indexOf(s.Options, notAssessed) >= 0
	}).(*widget.Select)
	text, _ := wd.find(func(o fyne.CanvasObject) bool {
		e, ok := o.(*blurEntry)
		return ok && e.PlaceHolder == "Why: where the sides meet or part"
	}).(*blurEntry)
	if sel == nil || text == nil {
		wd.t.Fatal("no assessment fields on screen")
	}
	return sel, text
}

// TestAssessmentIsOneUndoStep: choosing a verdict and then typing why is
// one edit: one Ctrl+Z takes both back, one Ctrl+Shift+Z puts both back.
func TestAssessmentIsOneUndoStep(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.tibet.ID)
	verdict, text := wd.assessmentFields()
	wd.choose(verdict, "Divergent")
	wd.ws.win.Canvas().Focus(text) // as a click in the field does (on mouse down)
	test.Type(text, "Access is refused.")
	wd.ws.win.Canvas().Unfocus() // the user clicks elsewhere
	a, found, err := wd.st.Assessment(ctx, wd.d.ID, wd.tibet.ID)
	wd.must(err)
	if !found || a.Verdict != storage.VerdictDivergent || a.Text != "Access is refused." {
		t.Fatalf("assessment saved as %+v (found %v)", a, found)
	}
	wd.undo()
	if a, found, _ := wd.st.Assessment(ctx, wd.d.ID, wd.tibet.ID); found {
		t.Fatalf("one undo left %+v", a)
	}
	if verdict.Selected != notAssessed || text.Text != "" {
		t.Fatalf("after undo the pane shows %q, %q", verdict.Selected, text.Text)
	}
	wd.redo()
	if a, _, _ := wd.st.Assessment(ctx, wd.d.ID, wd.tibet.ID); a.Verdict != storage.VerdictDivergent || a.Text != "Access is refused." {
		t.Fatalf("one redo gave %+v", a)
	}
	// Another topic is another sitting: its assessment is an undo step of
	// its own.
	wd.pickTopic(wd.xinjiang.ID)
	verdict, _ = wd.assessmentFields()
	wd.choose(verdict, "Convergent")
	wd.undo()
	if _, found, _ := wd.st.Assessment(ctx, wd.d.ID, wd.xinjiang.ID); found {
		t.Fatal("undo did not take back the Xinjiang verdict")
	}
	if a, found, _ := wd.st.Assessment(ctx, wd.d.ID, wd.tibet.ID); !found || a.Text != "Access is refused." {
		t.Fatal("undoing Xinjiang also undid Tibet")
	}
}
