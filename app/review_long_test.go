package app

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// TestSplitAHugeSentence: a readout pasted as one line is one sentence of
// hundreds of thousands of characters, the very sentence the analyst wants
// to split. The Split dialog put all of it in a text field, which Fyne lays
// out for minutes: the window froze. It shows the beginning, says so, and
// the cut made there splits the whole sentence.
func TestSplitAHugeSentence(t *testing.T) {
	wd := newWorld(t)
	first := "The EU raised concerns."
	huge := first + strings.Repeat(" and more words", 40000) + "."
	rw := wd.reviewOf("EU readout\n\n"+huge, "EU")
	c := rw.Canvas()
	if got := reviewSummary(c); !strings.HasPrefix(got, "2 sentences · ") {
		t.Fatalf("the review starts with %q", got)
	}
	tapOnMatch(t, c, "the huge sentence", func(s string) bool { return strings.HasPrefix(s, "The EU raised concerns. and more") })
	findAndTap(t, c, "Split…")
	en, _ := c.Focused().(*blurEntry)
	if en == nil {
		t.Fatal("Split… does not put the cursor in the sentence")
	}
	if n := utf8.RuneCountInString(en.Text); n > editableRunes+1 {
		t.Fatalf("the split field holds %d characters", n)
	}
	if onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, "only its first")
	}) == nil {
		t.Fatal("nothing says that only the beginning is shown")
	}
	for range utf8.RuneCountInString(first) {
		pressKey(rw, 0, fyne.KeyRight)
	}
	findAndTap(t, c, "Split")
	if got := reviewSummary(c); !strings.HasPrefix(got, "3 sentences · ") {
		t.Fatalf("split did not cut the sentence in two: %q", got)
	}
}

// TestMakeStatementOfAHugeSentence: the Sources tab's Make statement… form
// quoted the whole selection in a label, which Fyne lays out for minutes.
// It quotes the beginning; the statement made holds the whole sentence.
func TestMakeStatementOfAHugeSentence(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	huge := "China rejected the concerns" + strings.Repeat(" and more words", 40000) + "."
	src := storage.Source{DialogueID: &wd.d.ID, Title: "Pasted readout", AuthorPartyID: &wd.china.ID, Text: "Heading\n\n" + huge}
	wd.must(wd.st.CreateSource(ctx, &src))
	wd.ws.load(loadAll)
	h := wd.openSources()
	tapSentence(t, h, "China rejected")
	wd.tap("Make statement…")
	if l, _ := wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && utf8.RuneCountInString(l.Text) > editableRunes+1
	}).(*widget.Label); l != nil {
		t.Fatalf("a label shows %d characters: %.80q", utf8.RuneCountInString(l.Text), l.Text)
	}
	wd.tap("Create")
	if _, ok := wd.madeFrom(src)[huge]; !ok {
		t.Fatal("the statement made does not hold the whole sentence")
	}
}

// TestReviewOneSentence: a readout of one sentence is "1 sentence" in the
// review's summary, not "1 sentences".
func TestReviewOneSentence(t *testing.T) {
	wd := newWorld(t)
	fyne.CurrentApp().Clipboard().SetContent("The EU raised concerns about the detention of lawyers.")
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", "EU")
	wd.tap("Paste from the clipboard")
	var rw fyne.Window
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), "Review import") {
			rw = w
		}
	}
	if rw == nil {
		t.Fatal("no review window opened")
	}
	if got := reviewSummary(rw.Canvas()); !strings.HasPrefix(got, "1 sentence · ") {
		t.Fatalf("the review of one sentence says %q", got)
	}
}
