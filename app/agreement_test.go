package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app/sample"
	"parley/storage"
)

// sampleStore is the sample project, made at path.
func sampleStore(t *testing.T, path string) *storage.Store {
	t.Helper()
	st, err := storage.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestAgreementBetweenCoders compares the sample with a second coder's
// copy of it in which one statement is coded as another kind, through
// Project → Agreement Between Coders…, typing the other project's path.
func TestAgreementBetweenCoders(t *testing.T) {
	dir := t.TempDir()
	wd := openWorld(t, sampleStore(t, filepath.Join(dir, "mine.parley")))
	otherPath := filepath.Join(dir, "theirs.parley")
	other := sampleStore(t, otherPath)
	ctx := context.Background()
	spans, err := other.CodedSpans(ctx)
	if err != nil || len(spans) < 10 {
		t.Fatalf("%d spans, %v", len(spans), err)
	}
	changed, err := other.Statement(ctx, spans[3].StatementID)
	wd.must(err)
	was := changed.Kind
	changed.Kind = storage.KindDemand
	if was == storage.KindDemand {
		changed.Kind = storage.KindConcern
	}
	wd.must(other.UpdateStatement(ctx, &changed))
	wd.must(other.Close())

	t.Run("OK", func(t *testing.T) {
		wd.compareWithCoder(otherPath)
		if wd.findLabel("Disagreements (1)") == nil {
			t.Fatal("the dialog does not list one disagreement")
		}
		want := "A: " + string(was) + "    B: " + string(changed.Kind)
		if wd.findLabel(want) == nil || wd.findLabel(changed.Text) == nil {
			t.Errorf("the disagreement %q on %q is not shown", want, changed.Text)
		}
		// Party and topic agree fully; kind all but one sentence.
		if wd.findLabel("1.00") == nil || wd.findLabel("almost perfect") == nil {
			t.Error("kappa 1.00 for party and topic is not shown")
		}
		if findButton(wd.ws.win.Canvas(), "Save as CSV…").Disabled() {
			t.Error("Save as CSV… is disabled with a disagreement to save")
		}
		wd.tap("Close")
	})
	t.Run("SameProject", func(t *testing.T) {
		wd.compareWithCoder(wd.path)
		if l := wd.find(func(o fyne.CanvasObject) bool {
			l, ok := o.(*widget.Label)
			return ok && strings.Contains(l.Text, "same project twice")
		}); l == nil {
			t.Error("comparing the project with itself is not refused in words")
		}
	})
}

// TestAgreementBetweenAuthors: Ana and Ben each code three sentences of
// the same source in one project; Ben calls one a demand. The dialog's
// second way compares them.
func TestAgreementBetweenAuthors(t *testing.T) {
	ctx := context.Background()
	st := sampleStore(t, filepath.Join(t.TempDir(), "team.parley"))
	spans, err := st.CodedSpans(ctx)
	if err != nil || len(spans) < 3 {
		t.Fatal(spans, err)
	}
	for _, who := range []string{"Ana", "Ben"} {
		st.SetAuthor(who)
		for i, sp := range spans[:3] {
			orig, err := st.Statement(ctx, sp.StatementID)
			if err != nil {
				t.Fatal(err)
			}
			in := storage.StatementInput{Statement: storage.Statement{DialogueID: orig.DialogueID, SourceID: orig.SourceID,
				Start: orig.Start, End: orig.End, Text: orig.Text, Kind: storage.KindPosition}, PartyIDs: []int64{1}}
			if who == "Ben" && i == 1 {
				in.Kind = storage.KindDemand
			}
			if err := st.CreateStatement(ctx, &in); err != nil {
				t.Fatal(err)
			}
		}
	}
	wd := openWorld(t, st)
	wd.menu("Project", "Agreement Between Coders…")
	r, _ := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.RadioGroup); return ok }).(*widget.RadioGroup)
	if r == nil {
		t.Fatal("no choice between a project and two analysts")
	}
	tapOn(t, wd.ws.win.Canvas(), agreeAuthors)
	wd.tap("Compare")
	if wd.findLabel("Disagreements (1)") == nil || wd.findLabel("A: position    B: demand") == nil {
		t.Fatal("Ana's and Ben's one disagreement is not shown")
	}
	if l := wd.labelContaining("A: Ana\nB: Ben"); l == nil {
		t.Error("the coders are not named")
	}
}

// TestAgreementShowsOverridesVisibly: the other coder's project (mailed)
// names a party with a direction override that draws "‮noinU naeporuE" as
// "European Union", and a source's title holds one too. The disagreement
// must not read as an agreement: the codes and the source are shown with
// the override as a mark.
func TestAgreementShowsOverridesVisibly(t *testing.T) {
	dir := t.TempDir()
	mine := sampleStore(t, filepath.Join(dir, "mine.parley"))
	ctx := context.Background()
	srcs, err := mine.Sources(ctx, 0)
	if err != nil || len(srcs) == 0 {
		t.Fatalf("%d sources, %v", len(srcs), err)
	}
	for _, listed := range srcs {
		s, err := mine.Source(ctx, listed.ID)
		if err != nil {
			t.Fatal(err)
		}
		s.Title = "\u202e" + s.Title
		if err := mine.UpdateSource(ctx, &s); err != nil {
			t.Fatal(err)
		}
	}
	wd := openWorld(t, mine)
	otherPath := filepath.Join(dir, "theirs.parley")
	other := sampleStore(t, otherPath)
	parties, err := other.Parties(ctx)
	wd.must(err)
	for _, p := range parties {
		if p.Name == "European Union" {
			p.Name = "\u202enoinU naeporuE"
			wd.must(other.UpdateParty(ctx, &p))
		}
	}
	wd.must(other.Close())
	wd.compareWithCoder(otherPath)
	c := wd.ws.win.Canvas()
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the agreement draws %q", bad[:min(3, len(bad))])
	}
	if !drawnContaining(c, "B: ⇆noinU naeporuE") {
		t.Errorf("the other coder's party is not shown with its override")
	}
}

// compareWithCoder opens Project → Agreement Between Coders…, types path
// as the other coder's project and taps Compare.
func (wd *world) compareWithCoder(path string) {
	wd.t.Helper()
	wd.menu("Project", "Agreement Between Coders…")
	e, _ := wd.find(func(o fyne.CanvasObject) bool {
		e, ok := o.(*blurEntry)
		return ok && strings.Contains(e.PlaceHolder, "other coder")
	}).(*blurEntry)
	if e == nil {
		wd.t.Fatal("no field for the other project")
	}
	test.Type(e, path)
	wd.tap("Compare")
}
