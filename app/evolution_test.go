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

	"parley/app/evolution/evolutiontest"
	"parley/app/sample"
	"parley/storage"
	"parley/widgets"
)

// newSeriesWorld is a window on the evolution engine's three-round fixture
// series (rounds 11–13 of a made-up human rights dialogue).
func newSeriesWorld(t *testing.T) *world {
	t.Helper()
	st, err := storage.Create(filepath.Join(t.TempDir(), "series"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := evolutiontest.Fixture(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	return openWorld(t, st)
}

// showEvolution shows the Evolution tab as a user does: Ctrl+4.
func (wd *world) showEvolution() {
	wd.t.Helper()
	wd.chord(fyne.Key4)
	if wd.ws.tabs.SelectedIndex() != tabEvolution {
		wd.t.Fatalf("Ctrl+4 showed tab %d", wd.ws.tabs.SelectedIndex())
	}
}

// texts are the texts on screen starting with prefix: labels' whole
// texts (not their drawn lines) and other drawn texts.
func (wd *world) texts(prefix string) []string {
	var out []string
	wd.ws.win.Canvas().Capture() // the grid makes its cells when drawn
	var visit func(o fyne.CanvasObject)
	visit = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Label:
			if strings.HasPrefix(x.Text, prefix) {
				out = append(out, x.Text)
			}
			return
		case *canvas.Text:
			if strings.HasPrefix(x.Text, prefix) {
				out = append(out, x.Text)
			}
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
		ov := wd.ws.win.Canvas().Overlays().List()
		for _, o := range ov {
			visit(o)
		}
		visit(wd.ws.win.Canvas().Content())
	})
	return out
}

// section shows a section of the Evolution tab by tapping its tab.
func (wd *world) section(name string) {
	wd.t.Helper()
	tapOn(wd.t, wd.ws.win.Canvas(), name)
}

// buttonBeside is the button labelled label in the innermost box on screen
// that also shows a text starting with text: the Pair with… of one pair.
func (wd *world) buttonBeside(text, label string) *widget.Button {
	wd.t.Helper()
	var best *widget.Button
	bestDepth := -1
	var visit func(o fyne.CanvasObject, depth int)
	visit = func(o fyne.CanvasObject, depth int) {
		if o == nil || !o.Visible() {
			return
		}
		if c, ok := o.(*fyne.Container); ok && depth > bestDepth {
			b := walkButton(c, label)
			if b != nil && walk(c, func(x fyne.CanvasObject) bool {
				l, ok := x.(*widget.Label)
				return ok && strings.HasPrefix(l.Text, text)
			}) != nil {
				best, bestDepth = b, depth // the innermost box, the first of equals
			}
		}
		var kids []fyne.CanvasObject
		switch x := o.(type) {
		case *fyne.Container:
			kids = x.Objects
		case fyne.Widget:
			kids = test.WidgetRenderer(x).Objects()
		}
		for _, k := range kids {
			visit(k, depth+1)
		}
	}
	fyne.DoAndWait(func() { visit(wd.ws.win.Canvas().Content(), 0) })
	if best == nil {
		wd.t.Fatalf("no %q beside %q", label, text)
	}
	return best
}

func walkButton(o fyne.CanvasObject, label string) *widget.Button {
	b, _ := walk(o, func(x fyne.CanvasObject) bool { return isButton(x, label) }).(*widget.Button)
	return b
}

func TestEvolutionTabShowsTheRoundsByShortcutAndMenu(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	for _, want := range []string{"11th round (2022)", "13th round (2024)", "Death penalty", "Individual cases"} {
		if len(wd.texts(want)) == 0 {
			t.Errorf("the Evolution tab shows no %q", want)
		}
	}
	if len(wd.texts("The EU restated its")) == 0 {
		t.Error("no cell shows the first line of a statement")
	}
	wd.chord(fyne.Key1)
	if wd.ws.tabs.SelectedIndex() != tabCompare {
		t.Fatal("Ctrl+1 did not go back to Compare")
	}
	wd.menu("View", "Evolution")
	if wd.ws.tabs.SelectedIndex() != tabEvolution {
		t.Fatal("View › Evolution did not show the tab")
	}
}

func TestEvolutionCellOpensRoundAndTopicInCompare(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	tapOnMatch(t, wd.ws.win.Canvas(), "Xinjiang's cell of round 12", func(s string) bool {
		return strings.HasPrefix(s, "The EU expressed se")
	})
	if wd.ws.tabs.SelectedIndex() != tabCompare {
		t.Fatal("tapping a cell did not open Compare")
	}
	var round12 storage.Dialogue
	ds, _ := wd.st.Dialogues(context.Background())
	for _, d := range ds {
		if d.Round == 12 {
			round12 = d
		}
	}
	if wd.ws.dialogueID != round12.ID || wd.ws.topicName(wd.ws.topic) != "Xinjiang" {
		t.Fatalf("Compare shows dialogue %d, topic %q; want round 12 (%d), Xinjiang", wd.ws.dialogueID, wd.ws.topicName(wd.ws.topic), round12.ID)
	}
}

func TestEvolutionPairingCorrectedAndUndone(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.chooseIn(wd.ws.evolution.pairs.topics, "Individual cases")
	if len(wd.texts("The EU called for the release of citizen journalist Zhang Zhan")) == 0 {
		t.Fatal("the pairings of Individual cases do not list the EU's new statement of round 12")
	}
	test.Tap(wd.buttonBeside("The EU called for the release of citizen journalist", "Pair with…"))
	tapOnMatch(t, wd.ws.win.Canvas(), "the Ding Jiaxi statement of round 11", func(s string) bool {
		return strings.Contains(s, "human rights lawyer Ding Jiaxi")
	})
	before := wd.st.WriteTransactions()
	wd.tap("Pair")
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Fatalf("pairing took %d write transactions", n)
	}
	if n := wd.repeatsLinks(); n != 2 { // the fixture's one and this
		t.Fatalf("%d repeats links after pairing, want 2", n)
	}
	if len(wd.texts("Reworded · ")) == 0 || !strings.Contains(strings.Join(wd.texts("Re"), "|"), "paired by you") {
		t.Fatal("the pairing made is not shown as the analyst's")
	}
	wd.shortcut(&fyne.ShortcutUndo{})
	if n := wd.repeatsLinks(); n != 1 {
		t.Fatalf("%d repeats links after undo, want 1", n)
	}
	if wd.ws.tabs.SelectedIndex() != tabEvolution {
		t.Fatal("undo left the Evolution tab")
	}
	wd.shortcut(&fyne.ShortcutRedo{})
	if n := wd.repeatsLinks(); n != 2 || !strings.Contains(strings.Join(wd.texts("Re"), "|"), "paired by you") {
		t.Fatalf("%d repeats links after redo, want 2, shown as the analyst's", n)
	}
	// Unpair takes the analyst's link away again, as one undoable edit.
	wd.tap("Unpair")
	if n := wd.repeatsLinks(); n != 1 {
		t.Fatalf("%d repeats links after Unpair, want 1", n)
	}
}

func TestEvolutionPairDialogFitsASmallWindow(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.ws.win.Resize(fyne.NewSize(1024, 640))
	wd.showEvolution()
	wd.chooseIn(wd.ws.evolution.pairs.topics, "Individual cases")
	wd.shotTo("small-window")
	test.Tap(wd.buttonBeside("The EU called for the release of citizen journalist", "Pair with…"))
	d := wd.ws.win.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no dialog")
	}
	if s := d.Size(); s.Width > 1024 || s.Height > 640 {
		t.Fatalf("the dialog is %v in a 1024×640 window", s)
	}
	wd.shotTo("pair-dialog")
	wd.tap("Cancel")
}

// repeatsLinks counts the project's repeats links.
func (wd *world) repeatsLinks() int {
	seen := map[int64]bool{}
	ds, _ := wd.st.Dialogues(context.Background())
	for _, d := range ds {
		ls, err := wd.st.Links(context.Background(), d.ID)
		wd.must(err)
		for _, l := range ls {
			if l.Type == storage.LinkRepeats {
				seen[l.ID] = true // a link across rounds is in both
			}
		}
	}
	return len(seen)
}

func TestEvolutionPhrasesPinAndHide(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.section("Stock phrases")
	rows := wd.texts("“")
	if len(rows) == 0 {
		t.Fatal("no stock phrase listed")
	}
	if len(wd.texts("China: vanishes in the 13th round")) == 0 && len(wd.texts("EU: vanishes in the 13th round")) == 0 {
		t.Error("no phrase says it vanished in the last round")
	}
	if c := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widgets.PhraseChart); return ok }); c == nil {
		t.Fatal("no chart drawn")
	}
	last := rows[len(rows)-1]
	before := wd.st.WriteTransactions()
	test.Tap(wd.buttonBeside(last, "Pin"))
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Fatalf("pinning took %d write transactions", n)
	}
	marks, _ := wd.st.PhraseMarks(context.Background())
	if len(marks) != 1 || marks[0].State != storage.PhrasePinned || "“"+marks[0].Phrase+"”" != last {
		t.Fatalf("marks after Pin: %+v (pinned %s)", marks, last)
	}
	if got := wd.texts("Pinned: "); len(got) != 1 || got[0] != "Pinned: "+last {
		t.Fatalf("pinned rows shown: %q", got)
	}
	test.Tap(wd.buttonBeside("Pinned: "+last, "Hide"))
	if len(wd.texts(last)) != 0 || len(wd.texts("Pinned: ")) != 0 {
		t.Fatal("the hidden phrase still shows")
	}
	wd.tapCheck("Show hidden phrases")
	if len(wd.texts(last)) != 1 {
		t.Fatal("Show hidden phrases does not show it")
	}
	wd.shortcut(&fyne.ShortcutUndo{})
	wd.shortcut(&fyne.ShortcutUndo{})
	if marks, _ := wd.st.PhraseMarks(context.Background()); len(marks) != 0 {
		t.Fatalf("marks after two undos: %+v", marks)
	}
}

func TestEvolutionCasesMergeAndAdd(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.section("Cases")
	tapOnMatch(t, wd.ws.win.Canvas(), "Ding Jiaxi in the list", func(s string) bool { return strings.HasPrefix(s, "Ding Jiaxi  ·  EU: 11, 12, 13") })
	if len(wd.texts("The EU raised the case of human rights lawyer Ding Jiaxi")) == 0 {
		t.Fatal("the case's mentions are not shown")
	}
	if len(wd.texts("› China (responds to)")) == 0 {
		t.Error("China's answer to a mention is not shown")
	}
	wd.tap("Merge with…")
	choose(t, wd.ws.win.Canvas(), "丁家喜")
	before := wd.st.WriteTransactions()
	wd.tap("Merge")
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Fatalf("merging took %d write transactions", n)
	}
	cases, names, _ := wd.st.Cases(context.Background())
	if len(cases) != 1 || cases[0].Name != "Ding Jiaxi" || len(names) != 1 || names[0].Name != "丁家喜" {
		t.Fatalf("after the merge: cases %+v, names %+v", cases, names)
	}
	if len(wd.texts("Also written: 丁家喜")) == 0 {
		t.Fatal("the merged spelling is not shown")
	}

	wd.tap("Add case…")
	f := wd.ws.win.Canvas().Focused()
	if f == nil {
		t.Fatal("Add case… put the cursor nowhere")
	}
	test.Type(f, "Wang Quanzhang")
	wd.tap("Add")
	cases, _, _ = wd.st.Cases(context.Background())
	if len(cases) != 2 {
		t.Fatalf("cases after Add: %+v", cases)
	}
	if len(wd.texts("Wang Quanzhang")) == 0 {
		t.Fatal("the case added is not shown")
	}
	wd.shortcut(&fyne.ShortcutUndo{})
	wd.shortcut(&fyne.ShortcutUndo{})
	if cases, names, _ := wd.st.Cases(context.Background()); len(cases)+len(names) != 0 {
		t.Fatalf("after two undos: %+v %+v", cases, names)
	}
}

func TestEvolutionCommitmentStatus(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.section("Commitments")
	if len(wd.texts("Both sides agreed to hold the next round of the dialogue in China in 2023.")) == 0 {
		t.Fatal("the first round's agreement is not listed")
	}
	sel, _ := wd.find(func(o fyne.CanvasObject) bool {
		s, ok := o.(*widget.Select)
		return ok && s.Selected == statusUnset
	}).(*widget.Select)
	if sel == nil {
		t.Fatal("no status picker")
	}
	before := wd.st.WriteTransactions()
	wd.chooseIn(sel, "kept")
	if n := wd.st.WriteTransactions() - before; n != 1 {
		t.Fatalf("setting the status took %d write transactions", n)
	}
	checks, _ := wd.st.CommitmentChecks(context.Background())
	if len(checks) != 1 || checks[0].Status != storage.CommitmentKept || checks[0].FollowUpID == nil {
		t.Fatalf("checks: %+v", checks)
	}
	if len(wd.texts("8 commitments and agreements; 1 checked.")) == 0 {
		t.Errorf("the count does not follow: %q", wd.texts("8 commitments"))
	}
	wd.shortcut(&fyne.ShortcutUndo{})
	if checks, _ := wd.st.CommitmentChecks(context.Background()); len(checks) != 0 {
		t.Fatalf("checks after undo: %+v", checks)
	}
}

func TestEvolutionWithoutSeriesSaysHowToMakeOne(t *testing.T) {
	wd := newWorld(t) // two dialogues, in no series
	wd.showEvolution()
	if len(wd.texts("This project has no series yet.")) == 0 {
		t.Fatal("the tab does not say how to get a series")
	}
	// Filing both dialogues under one series (Project › Dialogues…) shows
	// them as its rounds at once.
	ds, err := wd.st.Dialogues(context.Background())
	wd.must(err)
	for _, d := range ds {
		d := d
		wd.ws.saveDialogue(d, "China-EU Human Rights Dialogue")
	}
	for _, want := range []string{"38th round (2023)", "39th round (2024)"} {
		if len(wd.texts(want)) == 0 {
			t.Errorf("after filing the dialogues in a series the grid shows no %q", want)
		}
	}
}

// TestEvolutionOnTheSample opens the sample (the 38th to 40th rounds of the
// China-EU Human Rights Dialogue) and reads each section as a new user
// would on first run: something meaningful in every one.
func TestEvolutionOnTheSample(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "sample"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	wd.showEvolution()
	for _, want := range []string{"38th round (2023)", "39th round (2024)", "40th round (2025)", "Civil and political rights"} {
		if len(wd.texts(want)) == 0 {
			t.Errorf("the grid shows no %q", want)
		}
	}
	tapOn(t, wd.ws.win.Canvas(), "Civil and political rights")
	if len(wd.texts("Reworded · ")) == 0 {
		t.Error("Civil and political rights shows no reworded statement")
	}
	wd.section("Stock phrases")
	if len(wd.texts("“")) < 5 {
		t.Errorf("only %d stock phrases on the sample", len(wd.texts("“")))
	}
	wd.section("Cases")
	if len(wd.texts("Ilham Tohti  ·  EU: 38, 39, 40")) == 0 {
		t.Error("the register does not show Ilham Tohti raised by the EU in all three rounds")
	}
	wd.section("Commitments")
	if len(wd.texts("38th round (2023)")) == 0 || len(wd.texts("China and EU · ")) == 0 {
		t.Error("no commitment of the 38th round listed")
	}
}

func TestEvolutionReadOnlyOffersNoCorrections(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.reopenReadOnly()
	wd.showEvolution()
	wd.chooseIn(wd.ws.evolution.pairs.topics, "Individual cases")
	if findButton(wd.ws.win.Canvas(), "Pair with…") != nil || findButton(wd.ws.win.Canvas(), "Not a repeat") != nil {
		t.Error("Pair with… or Not a repeat is offered on a read-only project")
	}
	wd.section("Stock phrases")
	if b := findButton(wd.ws.win.Canvas(), "Pin"); b == nil || !b.Disabled() {
		t.Error("Pin is not disabled on a read-only project")
	}
	wd.section("Cases")
	if b := findButton(wd.ws.win.Canvas(), "Add case…"); b == nil || !b.Disabled() {
		t.Error("Add case… is not disabled on a read-only project")
	}
	if findButton(wd.ws.win.Canvas(), "Merge with…") != nil || findButton(wd.ws.win.Canvas(), "Remove") != nil {
		t.Error("the register offers edits on a read-only project")
	}
	wd.section("Commitments")
	sel, _ := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.Select); return ok && o != wd.ws.evolution.picker }).(*widget.Select)
	if sel == nil || !sel.Disabled() {
		t.Error("the status picker is not disabled on a read-only project")
	}
}

func TestEvolutionKeysOfCompareDoNothingHere(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.chord(fyne.Key1)
	wd.key(fyne.KeyRight) // selects a statement in Compare
	if wd.ws.selected == 0 {
		t.Fatal("Right selected no statement in Compare")
	}
	wd.showEvolution()
	wd.key(fyne.KeyDelete)
	if wd.overlays() != 0 {
		t.Fatal("Delete on the Evolution tab asked to delete a statement of Compare")
	}
}

func TestEvolutionAddCaseTwiceSaysWhy(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.section("Cases")
	for i := 0; i < 2; i++ {
		wd.tap("Add case…")
		test.Type(wd.ws.win.Canvas().Focused(), "Wang Quanzhang")
		wd.tap("Add")
	}
	cases, _, _ := wd.st.Cases(context.Background())
	if len(cases) != 1 {
		t.Fatalf("cases: %+v", cases)
	}
	if wd.overlays() == 0 {
		t.Fatal("adding a case of a name taken said nothing")
	}
	if len(wd.texts(`another case is already called "Wang Quanzhang"`)) == 0 {
		t.Fatalf("the error does not say why: %q", wd.texts(""))
	}
}

// TestEvolutionAddCaseKeepsSpelling: Add case… with a name the register
// already has in another case's spelling ("ding jiaxi" for the detected
// "Ding Jiaxi") keeps what the analyst typed, and shows that case; a
// name that differs from a registered case's only in capitals or spaces
// is refused with a message naming the case it clashes with.
func TestEvolutionAddCaseKeepsSpelling(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.showEvolution()
	wd.section("Cases")
	add := func(name string) {
		wd.tap("Add case…")
		test.Type(wd.ws.win.Canvas().Focused(), name)
		wd.tap("Add")
	}
	add("ding jiaxi")
	cases, _, _ := wd.st.Cases(context.Background())
	if len(cases) != 1 || cases[0].Name != "ding jiaxi" {
		t.Fatalf("cases after adding \"ding jiaxi\": %+v", cases)
	}
	if len(wd.texts("ding jiaxi")) == 0 {
		t.Fatalf("the case added is not shown as typed: %q", wd.texts(""))
	}
	add("Ding  Jiaxi")
	// Leaving the field for Add shows why under it and disables Add; the
	// name typed stays there to be corrected.
	want := `the case "ding jiaxi" is written so; names differing only in capitals or spaces are one case`
	if len(wd.texts(want)) == 0 || !findButton(wd.ws.win.Canvas(), "Add").Disabled() {
		t.Fatalf("the refusal does not say why: %q", wd.texts(""))
	}
	wd.tap("Cancel")
	if cases, _, _ = wd.st.Cases(context.Background()); len(cases) != 1 {
		t.Fatalf("a second case differing only in capitals was added: %+v", cases)
	}
}

// At 1024×640 the Rounds grid shows the sample's three rounds whole
// beside the pairings (the pairings took half the width and the grid
// two rounds), and the pairings' heads wrap instead of widening the pane.
func TestEvolutionShowsThreeRoundsAt1024x640(t *testing.T) {
	wd := sampleWorld(t, 1024, 640)
	wd.showEvolution()
	g := wd.ws.evolution.grid
	gPos, gSize := absRect(g)
	if len(g.Data.Rounds) != 3 {
		t.Fatalf("the sample has rounds %q", g.Data.Rounds)
	}
	for _, r := range g.Data.Rounds {
		o := walk(g, func(o fyne.CanvasObject) bool {
			tx, ok := o.(*canvas.Text)
			return ok && tx.Text == r
		})
		if o == nil {
			t.Errorf("the grid does not draw round %q whole (drawn: %q)", r, drawnTexts(wd.ws.win.Canvas()))
			continue
		}
		pos, _ := absRect(o)
		if right := pos.X + o.MinSize().Width; right > gPos.X+gSize.Width {
			t.Errorf("round %q ends at x=%v, past the grid's %v", r, right, gPos.X+gSize.Width)
		}
	}
	if pPos, _ := absRect(wd.ws.evolution.pairs.object()); pPos.X < 1024*0.6 {
		t.Errorf("the pairings start at x=%v of 1024", pPos.X)
	}
}

// A case with a long name was cut with "…" in the Cases list at a window
// of 1024: its row wraps and is as tall as its lines.
func TestEvolutionCaseRowsWrapLongNames(t *testing.T) {
	wd := newSeriesWorld(t)
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	wd.showEvolution()
	wd.section("Cases")
	name := "Abduweli Ayup Muhammad Salih Hajim Abdulrahman Kashgari"
	wd.tap("Add case…")
	test.Type(wd.ws.win.Canvas().Focused(), name)
	wd.tap("Add")
	l := labelWith(wd.ws.win.Canvas(), name+"  ·  ")
	if l == nil {
		t.Fatalf("the Cases list does not show %q: %q", name, wd.texts(""))
	}
	if l.Truncation != fyne.TextTruncateOff || l.Wrapping == fyne.TextWrapOff {
		t.Fatalf("the case's row is cut, not wrapped")
	}
	if h := l.Size().Height; h < l.MinSize().Height-0.5 {
		t.Errorf("the case's row is %.0f high for text needing %.0f", h, l.MinSize().Height)
	}
	// The case added by hand is not mentioned: the detail says so in
	// words, not "Raised by no mention yet".
	if len(wd.texts("No statement of the series mentions this case yet.")) == 0 || len(wd.texts("Raised by no mention yet")) > 0 {
		t.Errorf("the detail of a case without mentions: %q", wd.texts(""))
	}
}
