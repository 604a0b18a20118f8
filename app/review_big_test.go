package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// bigReviewReadout is a readout of about 2 MB with some twenty thousand
// sentences, each paragraph numbered so that its sentences can be told
// apart.
func bigReviewReadout() string {
	var b strings.Builder
	b.WriteString("EU readout\n\n")
	for i := 0; b.Len() < 2<<20; i++ {
		fmt.Fprintf(&b, "The EU raised concerns about detention case %d. China rejected the accusations in case %d. Both sides agreed to meet again on case %d.\n\n", i, i, i)
	}
	return b.String()
}

// reviewWindow is the open review window, nil when none is.
func reviewWindow() fyne.Window {
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if strings.HasPrefix(w.Title(), "Review import: ") {
			return w
		}
	}
	return nil
}

// reviewSource is the review's source text once it shows, else nil.
func reviewSource(c fyne.Canvas) *widgets.HighlightedText {
	h, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		h, ok := o.(*widgets.HighlightedText)
		return ok && h.Text != ""
	}).(*widgets.HighlightedText)
	return h
}

// scrollOf is the scroll around o on c.
func scrollOf(c fyne.Canvas, o fyne.CanvasObject) *container.Scroll {
	s, _ := onScreen(c, func(x fyne.CanvasObject) bool {
		s, ok := x.(*container.Scroll)
		return ok && s.Content == o
	}).(*container.Scroll)
	return s
}

// whyLine is the text of the review's Why line.
func whyLine(c fyne.Canvas) string {
	l, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.HasPrefix(l.Text, "Why: ")
	}).(*widget.Label)
	if l == nil {
		return ""
	}
	return l.Text
}

// A readout of megabytes opens a review window at once that says it is
// laying the source out, with a progress bar, while the runner measures
// the text; then only the lines near the screen are drawn, each key
// redraws no more, the text follows the proposal chosen, and every path
// of the review (keys, taps in the text, the editor, storing) works.
func TestBigReviewIsLaidOutOnTheRunner(t *testing.T) {
	wd := newWorld(t)
	big := bigReviewReadout()
	held := &heldRunner{}
	wd.ws.run = held
	defer func() { wd.ws.run = inlineRunner{} }()
	fyne.CurrentApp().Clipboard().SetContent(big)
	wd.menu("File", "Import…")
	held.release()
	wd.typeInto("e.g. China, EU (optional)", "EU")
	wd.tap("Paste from the clipboard")
	var rw fyne.Window
	for len(held.jobs) > 0 && rw == nil {
		j := held.jobs[0]
		held.jobs = held.jobs[1:]
		j.work()
		j.done()
		rw = reviewWindow()
	}
	if rw == nil {
		t.Fatal("no review window")
	}
	rw.Resize(fyne.NewSize(1360, 860))
	c := rw.Canvas()
	if findLabel(c, "Laying out the source…") == nil {
		t.Fatal("the review does not say it is laying the source out")
	}
	if len(held.jobs) == 0 || reviewSource(c) != nil {
		t.Fatal("the source was laid out on the UI goroutine: nothing is left on the runner")
	}
	if onScreen(c, func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.ProgressBarInfinite)
		return ok && o.Visible()
	}) == nil {
		t.Fatal("no progress bar while the source is laid out")
	}
	held.release()
	wd.ws.run = inlineRunner{}
	h := reviewSource(c)
	if h == nil || len(h.Text) < len(big)-10 {
		t.Fatal("the source does not show once the runner is done")
	}
	if findLabel(c, "Laying out the source…") != nil {
		t.Fatal("the review still says it is laying the source out")
	}
	paragraphs := strings.Count(big, "\n\n")
	if n := drawnLines(h); n == 0 || n > paragraphs/20 {
		t.Fatalf("%d lines drawn of a text of %d paragraphs", n, paragraphs)
	}

	// Scroll the text far down: Down chooses the next proposal, near the
	// top, and the text comes back to show it.
	scroll := scrollOf(c, h)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(scroll)
	test.Scroll(c, at.AddXY(scroll.Size().Width/2, 100), 0, -h.Size().Height/2)
	if scroll.Offset.Y < h.Size().Height/4 {
		t.Fatalf("the text did not scroll: offset %v of %v", scroll.Offset.Y, h.Size().Height)
	}
	pressKey(rw, 0, fyne.KeyDown)
	if !strings.Contains(whyLine(c), "Why: ") || entryShowing(c, partiesHint).Text != "China" {
		t.Fatalf("Down did not choose China's sentence: parties %q", entryShowing(c, partiesHint).Text)
	}
	if top := h.RuneTop(len([]rune("EU readout\n\nThe EU raised concerns about detention case 0. "))); top < scroll.Offset.Y || top > scroll.Offset.Y+scroll.Size().Height {
		t.Fatalf("the chosen sentence (at %v) is not in view (%v to %v)", top, scroll.Offset.Y, scroll.Offset.Y+scroll.Size().Height)
	}
	if !drawsAround(h, scroll.Offset.Y, scroll.Size().Height) || drawnLines(h) > paragraphs/20 {
		t.Fatalf("after a key: %d lines drawn, none in view: %v", drawnLines(h), drawsAround(h, scroll.Offset.Y, scroll.Size().Height))
	}

	pressKey(rw, 0, fyne.KeyReturn) // accepts China's sentence
	tapSentence(t, h, "Both sides agreed to meet again on case 0.")
	if got := entryShowing(c, partiesHint).Text; got != "European Union + China" {
		t.Fatalf("a tap on the joint sentence chose %q", got)
	}
	parties := entryShowing(c, partiesHint)
	c.Focus(parties)
	test.Tap(parties)
	pressShortcut(rw, &fyne.ShortcutSelectAll{})
	test.Type(parties, "European Union")
	choose(t, c, "Proposal")
	c.Unfocus()
	pressKey(rw, 0, fyne.KeyReturn)
	if got := reviewSummary(c); !strings.Contains(got, " · 2 accepted · ") {
		t.Fatalf("summary %q", got)
	}
	typeInto(t, c, "a dialogue, or a new title", "A big round")
	c.Unfocus()
	findAndTap(t, c, "Store 2 accepted")
	views, err := wd.st.StatementViews(context.Background(), storage.StatementFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var stored []string
	for _, v := range views {
		if strings.HasSuffix(v.Text, "case 0.") {
			stored = append(stored, fmt.Sprintf("%s|%v|%s", v.Text, v.PartyIDs, v.Kind))
		}
	}
	want := []string{fmt.Sprintf("China rejected the accusations in case 0.|[%d]|%s", wd.china.ID, storage.KindObjection),
		fmt.Sprintf("Both sides agreed to meet again on case 0.|[%d]|%s", wd.eu.ID, storage.KindProposal)}
	if strings.Join(stored, "\n") != strings.Join(want, "\n") {
		t.Fatalf("stored\n%s\nwant\n%s", strings.Join(stored, "\n"), strings.Join(want, "\n"))
	}
}

// The review's progress bar stops once the source is laid out, however
// soon the runner is done: a bar left running animates, hidden, for as
// long as the window is open.
func TestReviewProgressStopsWhenLaidOut(t *testing.T) {
	wd := newWorld(t)
	rw := wd.reviewOf(reviewReadout, "EU")
	bar, _ := onScreen(rw.Canvas(), func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.ProgressBarInfinite)
		return ok
	}).(*widget.ProgressBarInfinite)
	if bar != nil {
		t.Fatal("the progress bar still shows")
	}
	var found *widget.ProgressBarInfinite
	var visit func(o fyne.CanvasObject) // hidden objects too, unlike walk
	visit = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.ProgressBarInfinite:
			found = x
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
	visit(rw.Content())
	if found == nil {
		t.Fatal("no progress bar in the review window")
	}
	if found.Running() {
		t.Fatal("the hidden progress bar is still running")
	}
}
