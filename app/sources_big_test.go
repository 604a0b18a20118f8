package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// bigReadout is a readout of about 3 MB, as one pasted or imported as a
// single text: tens of thousands of paragraphs.
var bigReadout = strings.Repeat(readout+" The two sides exchanged views on the rule of law and on cooperation in the years ahead.\n\n", 3<<20/290)

// untilLayingOut runs the held jobs one by one until the Sources view says
// it is laying a source out, and reports whether it did.
func untilLayingOut(wd *world, held *heldRunner) bool {
	for len(held.jobs) > 0 {
		if wd.findLabel("Laying out the source…") != nil {
			return true
		}
		j := held.jobs[0]
		held.jobs = held.jobs[1:]
		j.work()
		if j.done != nil {
			j.done()
		}
	}
	return wd.findLabel("Laying out the source…") != nil
}

// sourceText is the source text on screen, nil when none shows.
func (wd *world) sourceText() *widgets.HighlightedText {
	h, _ := wd.find(func(o fyne.CanvasObject) bool {
		h, ok := o.(*widgets.HighlightedText)
		return ok && h.Text != ""
	}).(*widgets.HighlightedText)
	return h
}

// A source of megabytes is laid out on the runner, not on the UI
// goroutine: the tab shows a progress bar first and the text once the
// runner is done; then only the lines near the screen are drawn, a
// sentence of it can be selected as in a small source, and a source
// chosen while one is laid out is the one shown.
func TestBigSourceIsLaidOutOnTheRunner(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	big := storage.Source{DialogueID: &wd.d.ID, Title: "Big readout", AuthorPartyID: &wd.eu.ID, Text: bigReadout}
	wd.must(wd.st.CreateSource(ctx, &big))
	held := &heldRunner{}
	wd.ws.run = held
	defer func() { wd.ws.run = inlineRunner{} }()

	wd.tapText("Sources")
	if !untilLayingOut(wd, held) {
		t.Fatal("the Sources tab never said it was laying the source out")
	}
	if len(held.jobs) == 0 {
		t.Fatal("the source was laid out on the UI goroutine: nothing is left on the runner")
	}
	if bar := wd.find(func(o fyne.CanvasObject) bool {
		_, ok := o.(*widget.ProgressBarInfinite)
		return ok && o.Visible()
	}); bar == nil {
		t.Fatal("no progress bar while the source is laid out")
	}
	if wd.sourceText() != nil {
		t.Fatal("the text shows before the runner laid it out")
	}
	held.release()
	h := wd.sourceText()
	if h == nil || h.Text != bigReadout {
		t.Fatal("the big source does not show once the runner is done")
	}
	if wd.findLabel("Laying out the source…") != nil {
		t.Fatal("the view still says it is laying the source out")
	}

	paragraphs := strings.Count(bigReadout, "\n\n")
	if n := drawnLines(h); n == 0 || n > paragraphs/20 {
		t.Fatalf("%d lines drawn of a text of %d paragraphs: not only those near the screen", n, paragraphs)
	}
	scroll := wd.find(func(o fyne.CanvasObject) bool {
		s, ok := o.(*container.Scroll)
		return ok && s.Content == h
	}).(*container.Scroll)
	test.Scroll(wd.ws.win.Canvas(), fyne.NewPos(scroll.Position().X+scroll.Size().Width/2, 400), 0, -h.Size().Height/2)
	if scroll.Offset.Y < h.Size().Height/4 {
		t.Fatalf("the scroll did not move: offset %v of %v", scroll.Offset.Y, h.Size().Height)
	}
	if !drawsAround(h, scroll.Offset.Y, scroll.Size().Height) {
		t.Fatalf("nothing drawn where the text is scrolled to (%v)", scroll.Offset.Y)
	}
	scroll.ScrollToTop()

	tapSentence(t, h, "China rejected")
	if b := findButton(wd.ws.win.Canvas(), "Make statement…"); b == nil || b.Disabled() {
		t.Fatal("a sentence of the big source cannot be made a statement")
	}

	small := storage.Source{DialogueID: &wd.d.ID, Title: "Small readout", AuthorPartyID: &wd.eu.ID, PublishedOn: "2020-01-01", Text: readout}
	wd.must(wd.st.CreateSource(ctx, &small))
	wd.ws.sources.Refresh(wd.d.ID)
	held.release()
	wd.tapText("2020-01-01  Small readout")
	held.release()
	wd.tapText("Big readout")
	if len(held.jobs) == 0 || wd.sourceText() != nil {
		t.Fatal("opening the big source again did not go to the runner")
	}
	wd.tapText("2020-01-01  Small readout")
	held.release()
	if h := wd.sourceText(); h == nil || h.Text != readout {
		t.Fatal("the source chosen last is not the one shown")
	}
}

// drawnLines counts the text lines h draws.
func drawnLines(h *widgets.HighlightedText) int {
	n := 0
	for _, o := range test.LaidOutObjects(h) {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" {
			n++
		}
	}
	return n
}

// drawsAround reports whether h draws a line in [top, top+height).
func drawsAround(h *widgets.HighlightedText, top, height float32) bool {
	for _, o := range test.LaidOutObjects(h) {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" && t.Position().Y >= top && t.Position().Y < top+height {
			return true
		}
	}
	return false
}
