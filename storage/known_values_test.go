package storage

import (
	"context"
	"strconv"
	"strings"
	"testing"
)

// unknownFixture is the fixture with values this Parley does not know set
// behind its back, as an SQLite tool or a newer Parley would: a kind, a
// kind spelled another way, a link type (where the fallback type already
// links the pair), a verdict and a dismissed suggestion's type.
func unknownFixture(t *testing.T) (fixture, Link, Assessment, Dismissal) {
	t.Helper()
	ctx := context.Background()
	f := mustFixture(t)
	taken := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkRespondsTo}
	noErr(t, f.s.CreateLink(ctx, &taken))
	odd := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
	noErr(t, f.s.CreateLink(ctx, &odd))
	a := Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent, Text: "Apart."}
	noErr(t, f.s.SetAssessment(ctx, &a))
	d := Dismissal{Kind: DismissedPairing, FromID: f.eu1.ID, ToID: f.joint.ID, Type: LinkQualifies}
	_, err := f.s.Dismiss(ctx, &d)
	noErr(t, err)
	for _, q := range []struct {
		sql string
		id  int64
	}{
		{"UPDATE statements SET kind = 'rebuttal' WHERE id = ?", f.cn1.ID},
		{"UPDATE statements SET kind = 'Concern ' WHERE id = ?", f.eu1.ID},
		{"UPDATE links SET type = 'refutes' WHERE id = ?", odd.ID},
		{"UPDATE assessments SET verdict = 'mixed' WHERE id = ?", a.ID},
		{"UPDATE dismissals SET type = 'echoes' WHERE id = ?", d.ID},
	} {
		noErr(t, f.s.w.Exec(q.sql, q.id).Error)
	}
	return f, odd, a, d
}

// TestUnknownValuesReadAsKnown: a copy of a project with values this
// Parley does not know reads each as a known one, keeps the value in a
// note on its record, lists what it did, and goes into a new project;
// the project itself keeps its values.
func TestUnknownValuesReadAsKnown(t *testing.T) {
	ctx := context.Background()
	f, odd, a, d := unknownFixture(t)
	r, err := f.s.ReadRows(ctx)
	noErr(t, err)
	want := map[string]string{
		"statement " + itoa(f.cn1.ID): "position", "statement " + itoa(f.eu1.ID): "concern",
		"link " + itoa(odd.ID): "agrees_with", "assessment " + itoa(a.ID): "not_addressed", "dismissal " + itoa(d.ID): "",
	}
	if len(r.Unknown) != len(want) {
		t.Fatalf("unknown values %v; want %d", r.Unknown, len(want))
	}
	noted := map[int64]string{}
	for _, u := range r.Unknown {
		if as, ok := want[u.Table+" "+itoa(u.ID)]; !ok || u.As != as {
			t.Errorf("%v; want it read as %q", u, as)
		}
		if u.NoteID != 0 {
			noted[u.NoteID] = u.Value
		}
	}
	if len(noted) != 3 {
		t.Errorf("%d notes keep the values; want 3 (the kind spelled another way and the dismissal have none)", len(noted))
	}
	for _, n := range r.Notes {
		if v, ok := noted[n.ID]; ok && !strings.Contains(n.Body, `"`+v+`"`) {
			t.Errorf("note %d does not keep %q: %s", n.ID, v, n.Body)
		}
	}
	copyTo := mustOpen(t)
	noErr(t, copyTo.WriteRows(ctx, &r, nil))
	back, err := copyTo.ReadRows(ctx)
	noErr(t, err)
	if len(back.Unknown) != 0 || len(back.Notes) != len(r.Notes) {
		t.Errorf("the copy holds unknown values %v and %d notes of %d", back.Unknown, len(back.Notes), len(r.Notes))
	}
	st, err := f.s.Statement(ctx, f.cn1.ID)
	noErr(t, err)
	if st.Kind != "rebuttal" || count(t, f.s, "notes", "") != 0 {
		t.Errorf("the project itself changed: kind %q, %d notes", st.Kind, count(t, f.s, "notes", ""))
	}
}

// TestUnknownValuesRescued: a project with an unknown kind and a trigger
// of its own is refused; its rescue reads the kind as a known one with a
// note, and the rescued project takes it.
func TestUnknownValuesRescued(t *testing.T) {
	fileOnly(t, "UnknownValuesRescued")
	ctx := context.Background()
	f, _, _, _ := unknownFixture(t)
	p := f.s.Path()
	noErr(t, f.s.Close())
	db := rawDB(t, p)
	noErr(t, db.Exec("CREATE TRIGGER evil AFTER INSERT ON notes BEGIN DELETE FROM notes; END").Error)
	closeRaw(t, db)
	res, err := ReadRescue(ctx, p)
	noErr(t, err)
	if len(res.Rows.Unknown) != 5 {
		t.Fatalf("rescue read %v", res.Rows.Unknown)
	}
	s := mustOpen(t)
	noErr(t, s.WriteRows(ctx, &res.Rows, nil))
	st, err := s.Statement(ctx, f.cn1.ID)
	noErr(t, err)
	if st.Kind != KindPosition || count(t, s, "notes", "statement_id = ?", f.cn1.ID) != 1 {
		t.Errorf("rescued statement: kind %q, %d notes", st.Kind, count(t, s, "notes", "statement_id = ?", f.cn1.ID))
	}
}

// TestSpelledAs: the other spellings of a known value that are read as it.
func TestSpelledAs(t *testing.T) {
	for in, want := range map[string]string{
		"Partly convergent": "partly_convergent", "partly-convergent": "partly_convergent", " CONVERGENT": "convergent",
		"not addressed by one side": "not_addressed", "mixed": "", "": "",
	} {
		if got, _ := spelledAs(in, verdictTerms); got != want {
			t.Errorf("%q read as %q; want %q", in, got, want)
		}
	}
	if got, _ := spelledAs("Responds to", linkTerms); got != "responds_to" {
		t.Errorf("a link type in words read as %q", got)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestUnknownValuesKeptByEdits: the analyst can edit the rest of a
// statement or an assessment whose kind or verdict this Parley does not
// know, which keeps it; a new unknown value is still refused.
func TestUnknownValuesKeptByEdits(t *testing.T) {
	ctx := context.Background()
	f, _, a, _ := unknownFixture(t)
	_, after, err := f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Text = "China stressed its position." })
	noErr(t, err)
	if after.Kind != "rebuttal" {
		t.Errorf("the edit made the kind %q", after.Kind)
	}
	_, _, err = f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Kind = "retort" })
	wantCode(t, err, CodeInvalid)
	_, _, err = f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.Kind = KindObjection })
	noErr(t, err)
	a.Verdict, a.Text = "mixed", "Apart, mostly." // as the editor read it, with a new text
	_, _, err = f.s.AssessTopic(ctx, a)
	noErr(t, err)
	got, _, err := f.s.Assessment(ctx, a.DialogueID, a.TopicID)
	noErr(t, err)
	if got.Verdict != "mixed" || got.Text != a.Text {
		t.Errorf("after editing the text: %q %q", got.Verdict, got.Text)
	}
	a.Verdict = "stalled"
	_, _, err = f.s.AssessTopic(ctx, a)
	wantCode(t, err, CodeInvalid)
}
