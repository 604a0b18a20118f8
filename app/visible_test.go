package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// hostileReadout carries what a readout can carry to act on the screen
// instead of being read: a right-to-left override that draws "akahK ilA"
// as "Ali Khaka", terminal escapes and a bell, a C1 control, zero-width
// characters that make "interference" look like itself.
const hostileReadout = "EU readout\n\n" +
	"The EU raised the case of \u202eakahK ilA\u202c, detained since 2023.\n\n" +
	"China said that all is well\x1b[8m hidden words\x1b[0m\a and rejected inter\u200bference\u009b in its affairs."

// drawnTexts are the texts drawn on c outside text fields: every
// canvas.Text under the overlays and the content. Fields (entries) hold
// the text itself, to be edited, and are left out.
func drawnTexts(c fyne.Canvas) []string {
	var out []string
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Entry, *blurEntry, *pickEntry:
			return
		case *canvas.Text:
			out = append(out, x.Text)
		case *fyne.Container:
			for _, k := range x.Objects {
				visit(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(x).Objects() {
				visit(k)
			}
		}
	}
	fyne.DoAndWait(func() {
		c.Capture() // lists and grids make their rows when drawn
		for _, o := range c.Overlays().List() {
			visit(o)
		}
		visit(c.Content())
	})
	return out
}

// hidden lists the drawn texts of c that hold a control, an override or
// an invisible character.
func hidden(c fyne.Canvas) []string {
	var bad []string
	for _, s := range drawnTexts(c) {
		if strings.ContainsFunc(s, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f ||
				r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200b
		}) {
			bad = append(bad, s)
		}
	}
	return bad
}

// drawnContaining reports whether a drawn text of c contains s.
func drawnContaining(c fyne.Canvas, s string) bool {
	for _, t := range drawnTexts(c) {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// TestHostileReadoutShownVisibly imports a hostile readout through the
// review window, as a user does, and looks at every place its text is
// drawn: the review window, the cards, the detail pane, the Sources view,
// the search's results and the window's title (a project file named with
// an override). Each shows the characters as visible marks (⇆ for an
// override, ⎋ for ESC, � for another control, ◌ for an invisible
// character); the stored text is
// unchanged, and the statement's text field holds it byte for byte.
func TestHostileReadoutShownVisibly(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "\u202eyelrap.parley"))
	if err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	ctx := context.Background()
	if title := wd.ws.win.Title(); strings.ContainsRune(title, '\u202e') || !strings.Contains(title, "⇆yelrap") {
		t.Errorf("window title %q", title)
	}
	rw := wd.reviewOf(hostileReadout, "EU")
	if bad := hidden(rw.Canvas()); len(bad) > 0 {
		t.Errorf("the review window draws %q", bad)
	}
	if !drawnContaining(rw.Canvas(), "⇆akahK ilA⇆") {
		t.Errorf("the review window does not show the override: %q", drawnTexts(rw.Canvas()))
	}
	typeInto(t, rw.Canvas(), "a dialogue, or a new title", "41st round")
	rw.Canvas().Unfocus()
	findAndTap(t, rw.Canvas(), "Accept all")
	findAndTap(t, rw.Canvas(), "Store 2 accepted")

	views, err := st.StatementViews(ctx, storage.StatementFilter{}, 0)
	if err != nil || len(views) != 2 {
		t.Fatalf("stored %d statements (%v)", len(views), err)
	}
	var ali storage.StatementView
	for _, v := range views {
		if strings.Contains(v.Text, "\u202eakahK ilA\u202c") {
			ali = v
		}
	}
	if ali.ID == 0 {
		t.Fatalf("the stored text lost its override: %+v", views)
	}
	c := wd.ws.win.Canvas()
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Compare draws %q", bad)
	}
	if !drawnContaining(c, "⇆akahK ilA⇆") || !drawnContaining(c, "well⎋[8m hidden") {
		t.Errorf("the cards do not show the characters: %q", drawnTexts(c))
	}
	// The detail pane: its text field holds the text as stored, and says
	// what it holds.
	wd.pickCard(0, ali.ID) // the EU's column comes first: its readout made both parties
	if e := wd.ws.detail.text; e.Text != ali.Text {
		t.Errorf("the text field holds %q, not the stored %q", e.Text, ali.Text)
	}
	if wd.labelContaining("This text holds 2 characters that are not shown as text") == nil {
		t.Errorf("the detail pane does not say the text holds hidden characters: %q", drawnTexts(c))
	}
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the detail pane draws %q", bad)
	}
	// Leaving the field unchanged saves nothing new.
	wd.ws.win.Canvas().Focus(wd.ws.detail.text)
	wd.ws.win.Canvas().Unfocus()
	back, _ := st.Statement(ctx, ali.ID)
	if back.Text != ali.Text {
		t.Errorf("leaving the field changed the text to %q", back.Text)
	}
	// Sources.
	wd.chord(fyne.Key2)
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Sources draws %q", bad)
	}
	if !drawnContaining(c, "⇆akahK ilA⇆") {
		t.Errorf("Sources does not show the override: %q", drawnTexts(c))
	}
	// Search.
	wd.chord(fyne.Key1)
	wd.ctrl(fyne.KeyF, false)
	f := c.Focused()
	if f == nil {
		t.Fatal("Ctrl+F put the cursor nowhere")
	}
	test.Type(f, "detained")
	wd.key(fyne.KeyReturn)
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the search draws %q", bad)
	}
	if !drawnContaining(c, "⇆akahK ilA⇆") {
		t.Errorf("the search's result does not show the override: %q", drawnTexts(c))
	}
}

// TestHostileNamesShownVisibly: a topic and a dialogue of a mailed project
// named with an override show it in the topic tree and the dialogue
// picker, and the picker still picks the dialogue by what it shows.
func TestHostileNamesShownVisibly(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := st.CreateTopic(ctx, &storage.Topic{Name: "\u202enaideM"}); err != nil {
		t.Fatal(err)
	}
	for _, d := range []storage.Dialogue{{Title: "\u202ednuor ht14", Place: "Brussels"}, {Title: "40th round"}} {
		if err := st.CreateDialogue(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	wd := openWorld(t, st)
	c := wd.ws.win.Canvas()
	wd.chooseIn(wd.ws.view.dialogue, "40th round")
	wd.chooseIn(wd.ws.view.dialogue, "⇆dnuor ht14 (Brussels)")
	if d := wd.ws.dialogueID; d == 0 || !strings.Contains(wd.ws.view.dialogue.Selected, "⇆dnuor") {
		t.Errorf("the picker shows %q (dialogue %d)", wd.ws.view.dialogue.Selected, d)
	}
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the window draws %q", bad)
	}
	if !drawnContaining(c, "⇆naideM") || !drawnContaining(c, "⇆dnuor ht14 (Brussels)") {
		t.Errorf("the topic tree or the picker does not show the override: %q", drawnTexts(c))
	}
}

// TestHostileChoicesShownVisibly: a party, a speaker, a topic and a tag
// named with an override show it in the detail pane's choices and the
// compare view's filters, and choosing what they show still picks the
// party, speaker, topic or tag it stands for.
func TestHostileChoicesShownVisibly(t *testing.T) {
	wd := filledWorld(t)
	st := wd.st
	ctx := context.Background()
	hostile := storage.Party{Name: "\u202enapaJ", ShortName: "JP"}
	wd.must(st.CreateParty(ctx, &hostile))
	sp := storage.Speaker{Name: "\u202eiL", PartyID: &hostile.ID}
	wd.must(st.CreateSpeaker(ctx, &sp))
	topic := storage.Topic{Name: "\u202etebiT", ParentID: &wd.rights.ID}
	wd.must(st.CreateTopic(ctx, &topic))
	tag := storage.Tag{Name: "\u202eeeb"}
	wd.must(st.CreateTag(ctx, &tag))
	wd.open()

	wd.tapTopic("Xinjiang")
	wd.tapCard(0, wd.cnX.ID)
	e := wd.ws.detail
	wd.chooseIn(e.reported, "⇆napaJ")
	wd.chooseIn(e.speaker, "⇆iL (JP)")
	wd.tapCheck("⇆napaJ")
	got, err := st.Statement(ctx, wd.cnX.ID)
	wd.must(err)
	if got.ReportedByID == nil || *got.ReportedByID != hostile.ID || got.SpeakerID == nil || *got.SpeakerID != sp.ID {
		t.Errorf("reported by %v, speaker %v; want party %d, speaker %d", got.ReportedByID, got.SpeakerID, hostile.ID, sp.ID)
	}
	v, err := st.StatementView(ctx, wd.cnX.ID)
	wd.must(err)
	if !v.HeldBy(hostile.ID) || !v.HeldBy(wd.china.ID) {
		t.Errorf("held by %v; want China and party %d", v.PartyIDs, hostile.ID)
	}
	if bad := hidden(wd.ws.win.Canvas()); len(bad) > 0 {
		t.Errorf("the window draws %q", bad)
	}
	wd.chooseIn(e.topic, "Human rights/⇆tebiT")
	got, err = st.Statement(ctx, wd.cnX.ID)
	wd.must(err)
	if got.TopicID == nil || *got.TopicID != topic.ID {
		t.Errorf("topic %v; want %d (choices %q)", got.TopicID, topic.ID, e.topic.Options)
	}

	f := wd.ws.view.filters
	wd.chooseIn(f.speaker, "⇆iL (JP)")
	wd.chooseIn(f.tag, "⇆eeb")
	if wd.ws.filter.speakerID != sp.ID || wd.ws.filter.tagID != tag.ID {
		t.Errorf("the filters are %+v; want speaker %d, tag %d", wd.ws.filter, sp.ID, tag.ID)
	}
	if f.speaker.Selected != "⇆iL (JP)" || f.tag.Selected != "⇆eeb" {
		t.Errorf("the filters show %q and %q", f.speaker.Selected, f.tag.Selected)
	}
}

// Two names Visible draws alike can both be chosen.
func TestChoiceLabelsTellLookalikesApart(t *testing.T) {
	c := newChoiceLabels([]int64{1, 2, 3}, []string{"\u202eX", "\u202dX", "Y"})
	if len(c.labels) != 3 || c.labels[0] == c.labels[1] {
		t.Fatalf("labels %q", c.labels)
	}
	for i, l := range c.labels {
		if id, ok := c.id(l); !ok || id != int64(i+1) {
			t.Errorf("%q stands for %d, %v; want %d", l, id, ok, i+1)
		}
	}
	if _, ok := c.id("None"); ok {
		t.Error("a label of no name stands for an ID")
	}
}

// TestReviewNamesShownVisibly: a readout whose title holds an override
// names the review window with it shown as a mark, and a party or topic
// the analyst types there with an override (pasted from a readout) shows
// it as a mark in the lines that list the newcomers and the recent
// topics, rather than turning the rest of those lines around.
func TestReviewNamesShownVisibly(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	fyne.CurrentApp().Clipboard().SetContent("\u202etuodaer UE\n\n" + reviewReadout)
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", "EU")
	wd.tap("Paste from the clipboard")
	rw := windowTitled(t, "Review import: ⇆tuodaer UE")
	c := rw.Canvas()
	parties := entryShowing(c, partiesHint)
	parties.SetText("\u202eainraN")
	topic := entryShowing(c, "no topic")
	topic.SetText("\u202enaideM")
	c.Unfocus()
	findAndTap(t, c, "Accept")
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the review window draws %q", bad)
	}
	if !drawnContaining(c, "⇆ainraN, China") || !drawnContaining(c, "1 ⇆naideM") {
		t.Errorf("the newcomers or the recent topics do not show the override: %q", drawnTexts(c))
	}
}

// TestHostileProjectShownVisibly: a mailed project whose party (a column)
// and series are named with a direction override shows them as marks in
// the topic's summary beside the columns and in the Evolution tab, where
// the series picker still picks the series; a tag typed with an override
// is named visibly when Parley asks before creating it.
func TestHostileProjectShownVisibly(t *testing.T) {
	wd := filledWorld(t)
	st := wd.st
	ctx := context.Background()
	wd.china.Name = "\u202eanihC"
	wd.must(st.UpdateParty(ctx, &wd.china))
	_, err := st.SaveDialogue(ctx, &wd.d, "\u202eseireS")
	wd.must(err)
	wd.open()
	c := wd.ws.win.Canvas()
	wd.pickTopic(wd.xinjiang.ID)
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Compare draws %q", bad)
	}
	if !drawnContaining(c, "⇆anihC") {
		t.Errorf("the topic's summary does not show the override: %q", drawnTexts(c))
	}
	wd.pickCard(0, wd.cnX.ID)
	wd.tagWith("\u202egat")
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("asking to create the tag draws %q", bad)
	}
	wd.tap("Cancel")

	wd.showEvolution()
	ev := wd.ws.evolution
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Evolution draws %q", bad)
	}
	if got := ev.picker.Selected; got != "⇆seireS" {
		t.Errorf("the series picker shows %q, want ⇆seireS", got)
	}
}
