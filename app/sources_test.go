package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// formSelect is the select of the open dialog's form row labelled label.
func (wd *world) formSelect(label string) *widget.Select {
	wd.t.Helper()
	f, _ := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Form); return ok }).(*widget.Form)
	if f == nil {
		wd.t.Fatal("no form on screen")
	}
	for _, it := range f.Items {
		if it.Text == label {
			s, ok := it.Widget.(*widget.Select)
			if !ok {
				wd.t.Fatalf("the form's %s is a %T, not a choice", label, it.Widget)
			}
			return s
		}
	}
	wd.t.Fatalf("the form has no %s", label)
	return nil
}

// choose opens a select and taps one of its options, as a user does.
func (wd *world) choose(s *widget.Select, option string) {
	wd.t.Helper()
	test.Tap(s)
	wd.tapText(option)
	if s.Selected != option {
		wd.t.Fatalf("chose %q, the select shows %q", option, s.Selected)
	}
}

// madeFrom lists the statements coded on the source, by text.
func (wd *world) madeFrom(src storage.Source) map[string]storage.StatementView {
	views, err := wd.st.StatementViews(context.Background(), storage.StatementFilter{DialogueID: wd.d.ID}, 0)
	wd.must(err)
	out := map[string]storage.StatementView{}
	for _, v := range views {
		if v.SourceID != nil && *v.SourceID == src.ID {
			out[v.Text] = v
		}
	}
	return out
}

// TestMakeStatementFromSource: select a sentence, Make statement…: the
// form shows the kinds as the detail pane does and offers the project's
// speakers; Create stores it, Ctrl+Z takes it out again in one step and
// Ctrl+Shift+Z puts it back.
func TestMakeStatementFromSource(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	miao := storage.Speaker{Name: "Miao Deyu", Role: "Assistant Foreign Minister", PartyID: &wd.china.ID}
	wd.must(wd.st.CreateSpeaker(ctx, &miao))
	wd.ws.refresh()
	src := wd.addSource()
	h := wd.openSources()
	tapSentence(t, h, "China rejected")
	wd.tap("Make statement…")

	kind := wd.formSelect("Kind")
	if kind.Selected != "Objection" || indexOf(kind.Options, kindLabel(storage.KindAccount)) < 0 {
		t.Fatalf("kind shows %q of %q, not the detail pane's labels", kind.Selected, kind.Options)
	}
	speaker := wd.formSelect("Speaker")
	label := wd.ws.data.speakerText(miao)
	if indexOf(speaker.Options, label) < 0 {
		t.Fatalf("speakers offered %q, not the project's", speaker.Options)
	}
	wd.choose(speaker, label)
	wd.choose(kind, "Position")
	wd.tap("Create")

	sentence := "China rejected the EU's concerns about Xinjiang."
	made, ok := wd.madeFrom(src)[sentence]
	if !ok || made.Kind != storage.KindPosition || made.SpeakerID == nil || *made.SpeakerID != miao.ID {
		t.Fatalf("made %+v", made)
	}
	if wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, "2 coded statements")
	}) == nil {
		t.Fatal("the Sources view does not count the new statement as coded")
	}
	wd.undo()
	if _, ok := wd.madeFrom(src)[sentence]; ok {
		t.Fatal("one Ctrl+Z did not take the statement out")
	}
	if wd.ws.tabs.Selected().Text != "Sources" {
		t.Fatalf("undo shows the %s tab, not the source", wd.ws.tabs.Selected().Text)
	}
	if wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, " 1 coded statement. ")
	}) == nil {
		t.Fatal("the Sources view does not say '1 coded statement' after the undo")
	}
	wd.redo()
	if again, ok := wd.madeFrom(src)[sentence]; !ok || again.ID != made.ID {
		t.Fatal("Ctrl+Shift+Z did not put the statement back")
	}
}

// TestMakeStatementWithNewSpeaker: a speaker the importer finds and the
// project does not know is offered as a new one, created with the
// statement and removed again by the same undo.
func TestMakeStatementWithNewSpeaker(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	src := wd.addSource()
	h := wd.openSources()
	tapSentence(t, h, "Assistant Foreign")
	wd.tap("Make statement…")
	if s := wd.formSelect("Speaker").Selected; s != "New speaker: Miao Deyu" {
		t.Fatalf("speaker %q proposed", s)
	}
	wd.tap("Create")
	made, ok := wd.madeFrom(src)["Assistant Foreign Minister Miao Deyu said that dialogue must be held on an equal footing."]
	sp, err := wd.st.SpeakerByName(ctx, "Miao Deyu", nil)
	if !ok || err != nil || made.SpeakerID == nil || *made.SpeakerID != sp.ID {
		t.Fatalf("made %+v with speaker %+v (%v)", made, sp, err)
	}
	wd.undo()
	if _, err := wd.st.SpeakerByName(ctx, "Miao Deyu", nil); err == nil || len(wd.madeFrom(src)) != 1 {
		t.Fatal("undo left the new speaker or the statement")
	}
}
