package app

import (
	"context"
	"reflect"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// selectIn picks option in the select on screen (the topmost dialog's
// first) that offers it, with a tap on the select and one on the option.
func (wd *world) selectIn(option string) {
	wd.t.Helper()
	choose(wd.t, wd.ws.win.Canvas(), option)
}

// managerRow clicks the row labelled label in the open vocabulary dialog
// (topics are indented by their depth).
func (wd *world) managerRow(label string) {
	wd.t.Helper()
	tapOnMatch(wd.t, wd.ws.win.Canvas(), label, func(s string) bool { return s == label || trimIndent(s) == label })
}

func trimIndent(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

func TestTopicMergeAndDeleteUndo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	wd.chooseIn(wd.ws.assess.verdict, "Divergent")
	topicOf := func(id int64) int64 {
		s, err := wd.st.Statement(ctx, id)
		wd.must(err)
		if s.TopicID == nil {
			return 0
		}
		return *s.TopicID
	}

	wd.menu("Project", "Topics…")
	wd.managerRow("Xinjiang")
	wd.tap("Merge into…")
	wd.selectIn("Human rights/Tibet")
	wd.tap("Merge")
	if topicOf(wd.cnX.ID) != wd.tibet.ID {
		t.Fatal("merge did not move the Xinjiang statements to Tibet")
	}
	if _, ok := wd.ws.data.topicByID[wd.xinjiang.ID]; ok {
		t.Fatal("the tree still shows Xinjiang")
	}
	wd.undo()
	if topicOf(wd.cnX.ID) != wd.xinjiang.ID {
		t.Fatal("undo did not bring the statements back to Xinjiang")
	}
	if a, ok, _ := wd.st.Assessment(ctx, wd.d.ID, wd.xinjiang.ID); !ok || a.Verdict != storage.VerdictDivergent {
		t.Fatalf("undo lost the assessment: %+v", a)
	}
	if wd.ws.tree.countText(topicKeyOf(&wd.xinjiang.ID)) != "1 · 1" {
		t.Fatalf("tree shows %q for Xinjiang", wd.ws.tree.countText(topicKeyOf(&wd.xinjiang.ID)))
	}

	wd.managerRow("Human rights")
	wd.tap("Delete…")
	msg := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && len(l.Text) > 30 && l.Text[:12] == "Human rights"
	})
	if msg == nil {
		t.Fatal("no warning saying what happens to the statements")
	}
	if want := "Human rights and its 2 subtopics will be deleted. Their 6 statements (in every dialogue) are kept and will have no topic; the assessments of these topics are removed.\nYou can undo this with Edit › Undo."; msg.(*widget.Label).Text != want {
		t.Fatalf("warning:\n%s\nwant\n%s", msg.(*widget.Label).Text, want)
	}
	wd.tap("Yes")
	if topicOf(wd.cnX.ID) != 0 || len(wd.ws.data.topics) != 0 {
		t.Fatalf("delete left topic %d, tree %d topics", topicOf(wd.cnX.ID), len(wd.ws.data.topics))
	}
	wd.undo()
	if topicOf(wd.cnX.ID) != wd.xinjiang.ID || topicOf(wd.joint.ID) != wd.rights.ID || len(wd.ws.data.topics) != 3 {
		t.Fatal("undo did not restore the topics and their statements")
	}
	wd.redo()
	if len(wd.ws.data.topics) != 0 {
		t.Fatal("redo did not delete the topics again")
	}
}

func TestTagMergeDeleteUndo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	other := storage.Tag{Name: "sovereignty", Color: "#00798c"}
	wd.must(wd.st.CreateTag(ctx, &other))
	wd.must(wd.st.TagStatement(ctx, wd.cnX.ID, wd.tag.ID))
	wd.must(wd.st.TagStatement(ctx, wd.cnT.ID, other.ID))
	wd.ws.refresh()
	tags := func(id int64) []string {
		v, err := wd.st.StatementView(ctx, id)
		wd.must(err)
		var out []string
		for _, t := range v.Tags {
			out = append(out, t.Name)
		}
		return out
	}
	wd.menu("Project", "Tags…")
	wd.managerRow("non-interference")
	if m := wd.ws.managerOpen; len(m.colours) != len(m.items) || m.colours[indexOf(m.items, "non-interference")] != hexColor("#d1495b") {
		t.Fatalf("tag swatches %v for %q", m.colours, m.items)
	}
	wd.tap("Merge into…")
	wd.selectIn("sovereignty")
	wd.tap("Merge")
	if got := tags(wd.cnX.ID); !reflect.DeepEqual(got, []string{"sovereignty"}) {
		t.Fatalf("after merge %q", got)
	}
	wd.undo()
	if got := tags(wd.cnX.ID); !reflect.DeepEqual(got, []string{"non-interference"}) {
		t.Fatalf("after undoing merge %q", got)
	}
	wd.managerRow("sovereignty")
	wd.tap("Delete…")
	wd.tap("Yes")
	if got := tags(wd.cnT.ID); got != nil {
		t.Fatalf("after delete %q", got)
	}
	wd.undo()
	if got := tags(wd.cnT.ID); !reflect.DeepEqual(got, []string{"sovereignty"}) {
		t.Fatalf("after undoing delete %q", got)
	}
}

func TestStatementByHandDeleteUndo(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.tibet.ID)
	wd.tapNewStatement(1)
	e := wd.find(func(o fyne.CanvasObject) bool { x, ok := o.(*blurEntry); return ok && x.MultiLine && x.Text == "" })
	if e == nil {
		t.Fatal("no text field for the new statement")
	}
	test.Type(e.(*blurEntry), "The EU asked about the Panchen Lama.")
	wd.selectIn("Demand")
	wd.tap("Add")
	texts := wd.columnTexts()
	if len(texts[1]) != 2 || texts[1][1] != "The EU asked about the Panchen Lama." {
		t.Fatalf("EU column %q", texts[1])
	}
	id := wd.ws.selected
	v, err := wd.st.StatementView(ctx, id)
	wd.must(err)
	if v.Kind != storage.KindDemand || v.TopicID == nil || *v.TopicID != wd.tibet.ID || !v.HeldBy(wd.eu.ID) {
		t.Fatalf("stored %+v", v)
	}
	wd.tap("Delete statement…")
	wd.tap("Yes")
	if n, _ := wd.st.CountStatements(ctx, storage.StatementFilter{IDs: []int64{id}}); n != 0 {
		t.Fatal("statement not deleted")
	}
	wd.undo()
	if len(wd.columnTexts()[1]) != 2 || wd.ws.selected != id {
		t.Fatal("undo did not bring the statement back selected")
	}
	wd.undo()
	if len(wd.columnTexts()[1]) != 1 {
		t.Fatal("undo did not remove the new statement")
	}
}

func TestDetailEditsSave(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	d := wd.ws.detail
	wd.chooseIn(d.kind, "Objection")
	test.Tap(checkIn(d.holders, "European Union"))
	wd.chooseIn(d.reported, "European Union")
	wd.chooseIn(d.topic, "Human rights/Tibet")
	v, err := wd.st.StatementView(ctx, wd.cnX.ID)
	wd.must(err)
	if v.Kind != storage.KindObjection || !v.Joint() || *v.ReportedByID != wd.eu.ID || *v.TopicID != wd.tibet.ID {
		t.Fatalf("stored %+v", v)
	}
	if got := wd.columnTexts(); len(got[0]) != 0 || len(got[1]) != 1 {
		t.Fatalf("statement should have left Xinjiang's columns: %q", got)
	}
	for range 4 {
		wd.undo()
	}
	v, err = wd.st.StatementView(ctx, wd.cnX.ID)
	wd.must(err)
	if v.Kind != storage.KindPosition || v.Joint() || v.ReportedByID != nil || *v.TopicID != wd.xinjiang.ID {
		t.Fatalf("after undo %+v", v)
	}
	// Text saves when the field loses focus (Tab moves it on).
	wd.replaceText(d.text, "Xinjiang affairs are China's internal affairs.")
	wd.key(fyne.KeyTab)
	v, _ = wd.st.StatementView(ctx, wd.cnX.ID)
	if v.Text != "Xinjiang affairs are China's internal affairs." {
		t.Fatalf("text not saved: %q", v.Text)
	}
	if cd, _ := wd.card(0, wd.cnX.ID); cd.Text != v.Text {
		t.Fatalf("card shows %q", cd.Text)
	}
}

func TestTypedTextSurvivesSwitching(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.pickTopic(wd.xinjiang.ID)
	// Assessment text typed, then another topic chosen without leaving the field.
	wd.chooseIn(wd.ws.assess.verdict, "Divergent")
	wd.replaceText(wd.ws.assess.text, "Far apart.")
	wd.pickTopic(wd.tibet.ID)
	if a, ok, _ := wd.st.Assessment(ctx, wd.d.ID, wd.xinjiang.ID); !ok || a.Text != "Far apart." {
		t.Fatalf("assessment text lost: %+v", a)
	}
	if wd.ws.assess.text.Text != "" {
		t.Fatalf("Tibet shows Xinjiang's text %q", wd.ws.assess.text.Text)
	}
	// Statement text typed, then another card chosen.
	wd.pickCard(0, wd.cnT.ID)
	wd.replaceText(wd.ws.detail.text, "西藏的发展成就举世瞩目，人权得到保障。")
	wd.pickCard(1, wd.euT.ID)
	if s, _ := wd.st.Statement(ctx, wd.cnT.ID); s.Text != "西藏的发展成就举世瞩目，人权得到保障。" {
		t.Fatalf("statement text lost: %q", s.Text)
	}
	if wd.ws.detail.text.Text != wd.euT.Text {
		t.Fatalf("detail shows %q", wd.ws.detail.text.Text)
	}
}

func TestTypedTextSavedOnClose(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(1, wd.euX.ID)
	wd.replaceText(wd.ws.detail.text, "The EU raised grave concerns about Xinjiang.")
	wd.ws.close()
	st, err := storage.Open(wd.path)
	wd.must(err)
	defer st.Close()
	if s, _ := st.Statement(context.Background(), wd.euX.ID); s.Text != "The EU raised grave concerns about Xinjiang." {
		t.Fatalf("text after closing: %q", s.Text)
	}
}

func indexOf(items []string, s string) int {
	for i, it := range items {
		if it == s {
			return i
		}
	}
	return -1
}

// The Parties dialog names a party's short name only when it differs:
// "3. Russia", not "3. Russia (Russia)".
func TestPartiesListShortNameOnlyWhenItDiffers(t *testing.T) {
	wd := newWorld(t)
	wd.must(wd.st.CreateParty(context.Background(), &storage.Party{Name: "Russia", ShortName: "Russia", Color: "#0039a6"}))
	wd.ws.refresh()
	wd.menu("Project", "Parties…")
	if !wd.shows("1. China (CN)") || !wd.shows("3. Russia") || wd.shows("3. Russia (Russia)") {
		t.Fatalf("the parties read %q", wd.overlayTexts())
	}
}
