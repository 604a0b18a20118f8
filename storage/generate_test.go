package storage

import (
	"context"
	"testing"
)

func TestGenerateProject(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	var last int
	noErr(t, GenerateProject(ctx, s, 5000, func(done, total int) {
		if done < last || total != 5000 {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	}))
	if last != 5000 {
		t.Errorf("last progress %d", last)
	}
	for table, want := range map[string]int64{"dialogues": 100, "series": 3, "parties": 4, "topics": 54, "tags": 24, "statements": 5000} {
		if n := count(t, s, table, ""); n != want {
			t.Errorf("%s: %d, want %d", table, n, want)
		}
	}
	joint := count(t, s, "(SELECT statement_id FROM statement_parties GROUP BY statement_id HAVING count(*) > 1)", "")
	chinese := count(t, s, "statements", "text LIKE '%人权%' OR text LIKE '%双方%'")
	notes, links := count(t, s, "notes", ""), count(t, s, "links", "")
	if joint < 50 || chinese < 50 || notes == 0 || links == 0 {
		t.Errorf("joint %d, Chinese %d, notes %d, links %d", joint, chinese, notes, links)
	}
	// A dialogue's statements are stored together, as imports store them.
	var spread int64
	noErr(t, s.read(ctx).Raw("SELECT max(hi - lo) FROM (SELECT min(id) AS lo, max(id) AS hi FROM statements GROUP BY dialogue_id)").Scan(&spread).Error)
	if spread > 60 {
		t.Errorf("a dialogue's statements spread over %d ids", spread)
	}
	res, err := s.IntegrityCheck(ctx)
	noErr(t, err)
	if res != "ok" {
		t.Fatalf("integrity %q", res)
	}
}

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
