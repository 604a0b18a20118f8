package app

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

// lessonsText lists the project's lessons as "rule key → value ×count".
func (wd *world) lessonsText() string {
	wd.t.Helper()
	ls, err := wd.st.Lessons(context.Background())
	wd.must(err)
	var out []string
	for _, l := range ls {
		out = append(out, l.Rule+" "+l.Key+" → "+l.Value)
	}
	return strings.Join(out, "; ")
}

// TestCorrectionTeaches changes a statement's kind and its parties in the
// detail editor: each correction is remembered with the edit, in one write
// transaction; undo takes the lesson back with the edit, redo brings both.
func TestCorrectionTeaches(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(1, wd.euX.ID)
	before := wd.st.WriteTransactions()
	wd.chooseIn(wd.ws.detail.kind, kindLabel(storage.KindConcern))
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Errorf("a correction of the kind took %d write transactions", n)
	}
	want := "phrase_kind raised|position → concern"
	if got := wd.lessonsText(); got != want {
		t.Fatalf("after re-kinding: lessons %q, want %q", got, want)
	}
	wd.undo()
	st, err := wd.st.Statement(ctx, wd.euX.ID)
	wd.must(err)
	if got := wd.lessonsText(); got != "" || st.Kind != storage.KindPosition {
		t.Fatalf("after undo: lessons %q, kind %s", got, st.Kind)
	}
	wd.redo()
	if got := wd.lessonsText(); got != want {
		t.Fatalf("after redo: lessons %q, want %q", got, want)
	}
}

// TestWhatParleyLearnt opens Project → What Parley Learnt…, forgets one
// lesson and then all, with undo in between.
func TestWhatParleyLearnt(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	_, err := wd.st.Learn(ctx, []storage.Lesson{
		{Rule: ingest.RuleSpeakerParty, Key: "Wang Yi", Value: "China"},
		{Rule: ingest.RulePhraseKind, Key: "stressed|position", Value: "demand", Count: 2},
	}, nil)
	wd.must(err)
	wd.menu("Project", "What Parley Learnt…")
	c := wd.ws.win.Canvas()
	if findLabel(c, "Wang Yi's party is China") == nil || findLabel(c, "once · "+todayLabel()) == nil ||
		findLabel(c, "A sentence led by 'stressed' proposed as a position is a demand") == nil || findLabel(c, "twice · "+todayLabel()) == nil {
		t.Fatal("the window does not list the two lessons in words with how often and when")
	}
	if !findButton(c, "Forget").Disabled() {
		t.Error("Forget is enabled with no lesson chosen")
	}
	tapOn(t, c, "Wang Yi's party is China")
	wd.tap("Forget")
	if got := wd.lessonsText(); got != "phrase_kind stressed|position → demand" {
		t.Fatalf("after Forget: %q", got)
	}
	if findLabel(c, "Wang Yi's party is China") != nil {
		t.Error("the forgotten lesson is still listed")
	}
	wd.tap("Forget all…")
	wd.tap("Yes")
	if got := wd.lessonsText(); got != "" {
		t.Fatalf("after Forget all: %q", got)
	}
	if findLabel(c, "Parley has learnt nothing from your corrections in this project yet.\n\n"+lessonsIntro) == nil {
		t.Error("the empty window does not say that nothing was learnt")
	}
	wd.tap("Close")
	wd.undo()
	if got := wd.lessonsText(); got != "phrase_kind stressed|position → demand" {
		t.Fatalf("undo of Forget all: %q", got)
	}
}

func todayLabel() string { return time.Now().Format("2 Jan 2006") }

// TestNewSpeakerTeachesParty gives a statement a new speaker of a party
// through the detail pane's New…: the speaker's party is learnt with the
// edit, and undo takes both back.
func TestNewSpeakerTeachesParty(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.tap("New…")
	test.Type(entryOf(wd.formField("Name")), "Miao Deyu")
	wd.chooseIn(wd.formSelect("Party"), "China")
	wd.tap("Save")
	if got, want := wd.lessonsText(), "speaker_party Miao Deyu → China"; got != want {
		t.Fatalf("after the new speaker: %q, want %q", got, want)
	}
	wd.undo()
	if got := wd.lessonsText(); got != "" {
		t.Fatalf("after undo: %q", got)
	}
}

// The rows of What Parley Learnt are as tall as their words at the
// window's width: a lesson that fits on one line beside its count got a
// blank second line from an estimate, and a long one is wrapped whole.
func TestLessonRowsAreAsTallAsTheirWords(t *testing.T) {
	wd := newWorld(t)
	_, err := wd.st.Learn(context.Background(), []storage.Lesson{
		{Rule: ingest.RulePhraseTopic, Key: "*|Human rights in the EU", Value: "Human rights in the EU"},
		{Rule: ingest.RulePhraseTopic, Key: "*|Dialogue arrangements and the follow-up of earlier rounds",
			Value: "Multilateral cooperation in the United Nations Human Rights Council and its special procedures"},
	}, nil)
	wd.must(err)
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	wd.menu("Project", "What Parley Learnt…")
	c := wd.ws.win.Canvas()
	one := widget.NewLabel("1").MinSize().Height
	short := labelWith(c, "is under Human rights in the EU")
	long := labelWith(c, "special procedures")
	if short == nil || long == nil {
		t.Fatal("the window does not list both lessons")
	}
	if h := short.Size().Height; h > one+0.5 {
		t.Errorf("a lesson of one line is %.0f high (one line: %.0f)", h, one)
	}
	if h := long.Size().Height; h < long.MinSize().Height-0.5 || h < 1.5*one {
		t.Errorf("a long lesson is %.0f high for words needing %.0f", h, long.MinSize().Height)
	}
	if long.Truncation != fyne.TextTruncateOff {
		t.Error("a long lesson is cut")
	}
}
