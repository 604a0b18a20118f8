package app

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/app/ingest"
	"parley/storage"
)

const reviewReadout = "EU readout\n\nThe EU raised concerns about human rights in Xinjiang. China rejected the accusations. Both sides agreed to meet again in Brussels."

// reviewOf pastes text as a readout written by author through File →
// Import… → Paste from the clipboard and returns the review window.
func (wd *world) reviewOf(text, author string) fyne.Window {
	wd.t.Helper()
	fyne.CurrentApp().Clipboard().SetContent(text)
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", author)
	wd.tap("Paste from the clipboard")
	return windowTitled(wd.t, "Review import: EU readout")
}

// typeInto types text into the visible entry showing placeholder.
func (wd *world) typeInto(placeholder, text string) {
	wd.t.Helper()
	typeInto(wd.t, wd.ws.win.Canvas(), placeholder, text)
}

func typeInto(t *testing.T, c fyne.Canvas, placeholder, text string) {
	t.Helper()
	e := entryShowing(c, placeholder)
	if e == nil {
		t.Fatalf("no field %q on screen", placeholder)
	}
	test.Tap(e)
	test.Type(e, text)
}

// entryShowing is the visible text field (or select entry) with that
// placeholder.
func entryShowing(c fyne.Canvas, placeholder string) *widget.Entry {
	var e *widget.Entry
	onScreen(c, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Entry:
			e = x
		case *pickEntry:
			e = &x.Entry
		default:
			return false
		}
		return e.PlaceHolder == placeholder
	})
	if e != nil && e.PlaceHolder != placeholder {
		return nil
	}
	return e
}

// newTestReview opens the review of reviewReadout on an empty project,
// with the dialogue to store into typed.
func newTestReview(t *testing.T) (fyne.Window, *storage.Store) {
	t.Helper()
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	rw := wd.reviewOf(reviewReadout, "EU")
	typeInto(t, rw.Canvas(), "a dialogue, or a new title", "39th Human Rights Dialogue")
	rw.Canvas().Unfocus()
	return rw, st
}

func TestReviewKeyboard(t *testing.T) {
	rw, _ := newTestReview(t)
	c := rw.Canvas()
	summary := func(want string) {
		t.Helper()
		if findLabel(c, want) == nil {
			t.Fatalf("no summary %q", want)
		}
	}
	// The heading is skipped at start: Enter accepts the first sentence,
	// Delete rejects the second.
	summary("4 sentences · 0 accepted · 3 still open")
	pressKey(rw, 0, fyne.KeyReturn)
	pressKey(rw, 0, fyne.KeyDelete)
	summary("4 sentences · 1 accepted · 1 still open")
	topic := func() string {
		return entryShowing(c, "no topic").Text
	}
	pressKey(rw, 0, fyne.KeyUp)
	pressKey(rw, 0, fyne.KeyUp)
	accepted := topic()
	if accepted == "" {
		t.Fatal("the accepted sentence has no topic to reuse")
	}
	pressKey(rw, 0, fyne.KeyDown) // the rejected one
	test.TypeOnCanvas(c, "1")
	if got := topic(); got != accepted {
		t.Fatalf("digit 1 should set the recent topic %q, got %q", accepted, got)
	}
	if findLabel(c, "Recent topics: 1 "+accepted) == nil {
		t.Fatal("the recent topics line does not offer the topic under 1")
	}
}

func TestReviewEditSplitMergeStore(t *testing.T) {
	rw, st := newTestReview(t)
	c := rw.Canvas()
	tapOn(t, c, "China rejected the accusations.")
	typeInto(t, c, "no speaker", "Miao Deyu")
	choose(t, c, "Position") // the kinds as the detail pane names them
	c.Unfocus()
	// Split "Both sides agreed to meet again in Brussels." after "agreed".
	tapOn(t, c, "Both sides agreed to meet again in Brussels.")
	findAndTap(t, c, "Split…")
	if c.Focused() == nil {
		t.Fatal("Split… does not put the cursor in the sentence")
	}
	for range len([]rune("Both sides agreed")) {
		pressKey(rw, 0, fyne.KeyRight)
	}
	findAndTap(t, c, "Split")
	if got := reviewSummary(c); !strings.HasPrefix(got, "5 sentences · ") {
		t.Fatalf("split did not cut the sentence in two: %q", got)
	}
	findAndTap(t, c, "Merge with next")
	if got := reviewSummary(c); !strings.HasPrefix(got, "4 sentences · ") {
		t.Fatalf("merge did not join the two parts: %q", got)
	}
	findAndTap(t, c, "Accept all")
	findAndTap(t, c, "Store 3 accepted")
	views, err := st.StatementViews(context.Background(), storage.StatementFilter{}, 0)
	if err != nil || len(views) != 3 {
		t.Fatalf("stored %d statements (%v)", len(views), err)
	}
	if views[1].SpeakerName != "Miao Deyu" || views[1].Kind != storage.KindPosition || views[0].ReportedByName != "European Union" {
		t.Fatalf("stored %+v", views)
	}
	srcs, _ := st.Sources(context.Background(), 0)
	if len(srcs) != 1 || srcs[0].Title != "EU readout" {
		t.Fatalf("sources %+v", srcs)
	}
}

// reviewSummary is the review's count line ("4 sentences · 1 accepted ·
// 1 still open").
func reviewSummary(c fyne.Canvas) string {
	l, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, " accepted · ")
	}).(*widget.Label)
	if l == nil {
		return ""
	}
	return l.Text
}

// findAndTap taps the visible, enabled button labelled label on c.
func findAndTap(t *testing.T, c fyne.Canvas, label string) {
	t.Helper()
	b := findButton(c, label)
	if b == nil || b.Disabled() {
		t.Fatalf("no button %q to tap", label)
	}
	test.Tap(b)
}

func TestReviewCursorOffset(t *testing.T) {
	if got := reviewCursorOffset("ab\ncd", 1, 1); got != 4 {
		t.Fatalf("got %d", got)
	}
	if got := reviewCursorOffset("中方表示", 0, 9); got != 4 {
		t.Fatalf("column past the end: %d", got)
	}
}

func TestImportWork(t *testing.T) {
	test.NewTempApp(t)
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	read := func(ctx context.Context, p ingest.Progress) (ingest.Document, error) {
		p(1, 2)
		if err := ctx.Err(); err != nil {
			return ingest.Document{}, err
		}
		p(2, 2)
		return ingest.FromText(reviewReadout, "text")
	}
	var stages []float64
	d, p, err := importWork(context.Background(), st, "EU", read, func(_ string, f float64) { stages = append(stages, f) })
	if err != nil || p == nil || len(d.Proposals) != 4 || d.Author != "European Union" {
		t.Fatalf("draft %v, err %v", d, err)
	}
	for i := 1; i < len(stages); i++ {
		if stages[i] < stages[i-1] || stages[i] > 1 {
			t.Fatalf("progress not monotonic in [0,1]: %v", stages)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := importWork(ctx, st, "", read, func(string, float64) {}); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled import: %v", err)
	}
	if srcs, _ := st.Sources(context.Background(), 0); len(srcs) != 0 {
		t.Fatal("proposing stored a source")
	}
}

// TestImportWorkBarOfAPaste: a paste reports no reading, so proposing
// fills the whole bar, from empty; a file's reading takes its first half.
func TestImportWorkBarOfAPaste(t *testing.T) {
	test.NewTempApp(t)
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	paste := func(context.Context, ingest.Progress) (ingest.Document, error) {
		return ingest.FromText(reviewReadout, "clipboard")
	}
	var first float64 = -1
	_, _, err = importWork(context.Background(), st, "EU", paste, func(msg string, f float64) {
		if first < 0 && strings.HasPrefix(msg, "Proposing") {
			first = f
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if first < 0 || first >= 0.5 {
		t.Fatalf("a paste's first proposing step shows the bar at %.2f, want it to start near empty", first)
	}
	file := func(_ context.Context, p ingest.Progress) (ingest.Document, error) {
		p(2, 2)
		return ingest.FromText(reviewReadout, "text")
	}
	first = -1
	if _, _, err = importWork(context.Background(), st, "EU", file, func(msg string, f float64) {
		if first < 0 && strings.HasPrefix(msg, "Proposing") {
			first = f
		}
	}); err != nil {
		t.Fatal(err)
	}
	if first < 0.5 {
		t.Fatalf("a file's first proposing step shows the bar at %.2f, want the reading's half kept", first)
	}
}

func TestImportWorkRefusesHugeText(t *testing.T) {
	test.NewTempApp(t)
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	huge := func(context.Context, ingest.Progress) (ingest.Document, error) {
		return ingest.Document{Title: "Big", Text: strings.Repeat("The EU spoke. ", reviewMaxBytes/14+1)}, nil
	}
	_, _, err = importWork(context.Background(), st, "", huge, func(string, float64) {})
	if err == nil || !strings.Contains(err.Error(), "parley import") {
		t.Fatalf("want a pointer to parley import, got %v", err)
	}
}

// TestImportStoredNamesTheTitle: the message after storing names the
// readout by its title as written: a title with quotation marks
// ('The "2+2" dialogue') is not shown in Go's escaped form, and an
// override in it is shown as a mark.
func TestImportStoredNamesTheTitle(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	fyne.CurrentApp().Clipboard().SetContent("The \"2+2\" dialogue \u202eon\n\n" + reviewReadout)
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", "EU")
	wd.tap("Paste from the clipboard")
	rw := windowTitled(t, "Review import: The \"2+2\" dialogue ⇆on")
	typeInto(t, rw.Canvas(), "a dialogue, or a new title", "39th round")
	rw.Canvas().Unfocus()
	findAndTap(t, rw.Canvas(), "Accept all")
	findAndTap(t, rw.Canvas(), "Store 3 accepted")
	if !overlayText(wd.ws.win, "Stored 3 statements from “The \"2+2\" dialogue ⇆on”.") {
		t.Errorf("the message does not name the readout as written: %q", drawnTexts(wd.ws.win.Canvas()))
	}
}

// TestReviewRowsAreOneLine: a readout hard-wrapped at a fixed width puts a
// line break inside a sentence; the review list shows each proposal on
// one line (its second line was drawn over the next row) and the row is
// no taller than a line.
func TestReviewRowsAreOneLine(t *testing.T) {
	wd := emptyWorld(t)
	rw := wd.reviewOf("EU readout\n\nThe EU raised concerns about\nhuman rights in Xinjiang. China rejected the accusations.", "EU")
	var bodies []*widget.Label
	list, _ := onScreen(rw.Canvas(), func(o fyne.CanvasObject) bool { _, ok := o.(*reviewList); return ok }).(*reviewList)
	if list == nil {
		t.Fatal("no list of proposals")
	}
	fyne.DoAndWait(func() {
		for _, o := range test.LaidOutObjects(list) {
			if l, ok := o.(*widget.Label); ok && l.Truncation == fyne.TextTruncateEllipsis && strings.Contains(l.Text, "Xinjiang") {
				bodies = append(bodies, l)
			}
		}
	})
	if len(bodies) == 0 {
		t.Fatal("no row shows the wrapped sentence")
	}
	one := widget.NewLabel("One line")
	for _, l := range bodies {
		if strings.Contains(l.Text, "\n") {
			t.Errorf("the row shows %q, over two lines", l.Text)
		}
		if !strings.Contains(l.Text, "concerns about human rights") {
			t.Errorf("the row shows %q, not the sentence joined", l.Text)
		}
		if h, want := l.MinSize().Height, one.MinSize().Height; h > want {
			t.Errorf("the row's text is %.0f px tall, a line %.0f", h, want)
		}
	}
}

// TestReviewNewDialogueTitledANumber: a dialogue title typed in the review
// window that is a number ("1", "2024") and no dialogue's title makes a
// new dialogue so titled; it stored the statements into the dialogue
// whose ID the number was.
func TestReviewNewDialogueTitledANumber(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	ctx := context.Background()
	first, err := wd.ws.store().Dialogue(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	before, err := wd.ws.store().CountStatements(ctx, storage.StatementFilter{DialogueID: first.ID})
	if err != nil {
		t.Fatal(err)
	}
	rw := wd.reviewOf(reviewReadout, "EU")
	var field *pickEntry
	fyne.DoAndWait(func() {
		for _, o := range test.LaidOutObjects(rw.Content()) {
			if e, ok := o.(*pickEntry); ok && e.PlaceHolder == "a dialogue, or a new title" {
				field = e
			}
		}
	})
	if field == nil {
		t.Fatal("no Dialogue field in the review window")
	}
	rw.Canvas().Focus(field)
	field.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(field, "1")
	rw.Canvas().Unfocus()
	findAndTap(t, rw.Canvas(), "Accept all")
	findAndTap(t, rw.Canvas(), "Store 3 accepted")
	d, err := wd.ws.store().DialogueByTitle(ctx, "1")
	if err != nil {
		t.Fatalf("no dialogue titled 1 after storing: %v", err)
	}
	if n, err := wd.ws.store().CountStatements(ctx, storage.StatementFilter{DialogueID: d.ID}); err != nil || n != 3 {
		t.Errorf("the dialogue titled 1 holds %d statements (%v), want the 3 stored", n, err)
	}
	if n, err := wd.ws.store().CountStatements(ctx, storage.StatementFilter{DialogueID: first.ID}); err != nil || n != before {
		t.Errorf("dialogue 1 (%q) holds %d statements (%v), had %d", first.Title, n, err, before)
	}
}

// A click on the row already selected leaves the keyboard with the list;
// the window's keys must still act on the proposals (Enter accepted nothing
// and Down moved only the list's highlight before).
func TestReviewKeysAfterClickingSelectedRow(t *testing.T) {
	rw, _ := newTestReview(t)
	c := rw.Canvas()
	tapOn(t, c, "The EU raised concerns about human rights in Xinjiang.")
	if c.Focused() == nil {
		t.Fatal("a click on a row should leave the keyboard with the list (what this test is about)")
	}
	pressKey(rw, 0, fyne.KeyReturn)
	if findLabel(c, "4 sentences · 1 accepted · 2 still open") == nil {
		t.Fatal("Enter after clicking the selected row did not accept it")
	}
	pressKey(rw, 0, fyne.KeyDelete)
	if findLabel(c, "4 sentences · 1 accepted · 1 still open") == nil {
		t.Fatal("Delete after Enter did not reject the next sentence")
	}
}

// After a kind is chosen in the editor the window's keys act on the
// proposals again: the select kept the keyboard, Down reopened its pop-up
// and Enter accepted nothing.
func TestReviewKeysAfterChoosingKind(t *testing.T) {
	rw, _ := newTestReview(t)
	c := rw.Canvas()
	choose(t, c, "Position")
	pressKey(rw, 0, fyne.KeyReturn)
	if findLabel(c, "4 sentences · 1 accepted · 2 still open") == nil {
		t.Fatal("Enter after choosing a kind did not accept the sentence")
	}
	if len(c.Overlays().List()) != 0 {
		t.Fatal("a pop-up is open after choosing a kind and pressing Enter")
	}
}

// In a new project, a readout on no subject of the starter tree leaves
// Topic nothing to pick from: its arrow is disabled. It opened an empty
// pop-up that showed nothing and took the next click, so Accept all, tapped
// next, did nothing.
func TestReviewTopicArrowWithNothingToPick(t *testing.T) {
	wd := emptyWorld(t)
	fyne.CurrentApp().Clipboard().SetContent("US readout\n\nThe Secretary discussed other issues of bilateral importance with his counterpart.")
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", "United States")
	wd.tap("Paste from the clipboard")
	rw := windowTitled(t, "Review import: US readout")
	c := rw.Canvas()
	topic := entryShowing(c, "no topic")
	pe, ok := onScreen(c, func(o fyne.CanvasObject) bool {
		p, ok := o.(*pickEntry)
		return ok && &p.Entry == topic
	}).(*pickEntry)
	if !ok {
		t.Fatal("no topic field to pick from")
	}
	arrow, ok := pe.ActionItem.(*widget.Button)
	if !ok {
		t.Fatal("the topic field has no arrow")
	}
	test.Tap(arrow)
	if n := len(c.Overlays().List()); n != 0 {
		t.Fatalf("the arrow with nothing to pick opened %d pop-ups", n)
	}
	findAndTap(t, c, "Accept all")
	if findLabel(c, "2 sentences · 1 accepted · 0 still open") == nil {
		t.Fatal("Accept all after the topic's arrow accepted nothing")
	}
}
