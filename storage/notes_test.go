package storage

import (
	"context"
	"testing"
)

func TestNoteNeedsOneTarget(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	a := Assessment{DialogueID: f.d.ID, TopicID: f.rights.ID, Verdict: VerdictConvergent}
	noErr(t, f.s.SetAssessment(ctx, &a))
	for name, n := range map[string]Note{
		"ErrNone":  {Body: "x"},
		"ErrTwo":   {StatementID: &f.cn1.ID, AssessmentID: &a.ID, Body: "x"},
		"ErrEmpty": {StatementID: &f.cn1.ID, Body: "  "},
	} {
		t.Run(name, func(t *testing.T) { wantCode(t, f.s.CreateNote(ctx, &n), CodeInvalid) })
	}
	n := Note{AssessmentID: &a.ID, Body: "Both sides support the next round."}
	noErr(t, f.s.CreateNote(ctx, &n))
	got, err := f.s.NotesOf(ctx, 0, 0, a.ID)
	noErr(t, err)
	if len(got) != 1 || got[0].Body != n.Body {
		t.Fatalf("notes %+v", got)
	}
	_, err = f.s.NotesOf(ctx, 0, 0, 0)
	wantCode(t, err, CodeInvalid)
	wantCode(t, errOf(f.s.UpdateNote(ctx, &Note{ID: 999, Body: "x"})), CodeNotFound)
}
