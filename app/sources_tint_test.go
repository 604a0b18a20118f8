package app

import (
	"context"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"parley/storage"
	"parley/widgets"
)

// readout is the text of the source addSource stores: its first sentence
// is coded as a statement both parties hold, the others are not coded.
const readout = "Both sides agreed to hold the next round in Brussels. China rejected the EU's concerns about Xinjiang. Assistant Foreign Minister Miao Deyu said that dialogue must be held on an equal footing."

// addSource stores the EU's readout of the dialogue with its joint
// statement, and returns the source.
func (wd *world) addSource() storage.Source {
	ctx := context.Background()
	src := storage.Source{DialogueID: &wd.d.ID, Title: "EU readout", AuthorPartyID: &wd.eu.ID, Text: readout}
	wd.must(wd.st.CreateSource(ctx, &src))
	in := storage.StatementInput{PartyIDs: []int64{wd.china.ID, wd.eu.ID}}
	in.DialogueID, in.SourceID, in.Kind = wd.d.ID, &src.ID, storage.KindAgreement
	in.Text = "Both sides agreed to hold the next round in Brussels."
	in.Start, in.End = 0, len([]rune(in.Text))
	wd.must(wd.st.CreateStatement(ctx, &in))
	return src
}

// openSources taps the Sources tab and returns the source's text on screen.
func (wd *world) openSources() *widgets.HighlightedText {
	wd.t.Helper()
	wd.tapText("Sources")
	h, _ := wd.find(func(o fyne.CanvasObject) bool {
		h, ok := o.(*widgets.HighlightedText)
		return ok && h.Text != ""
	}).(*widgets.HighlightedText)
	if h == nil {
		wd.t.Fatal("the Sources tab shows no source text")
	}
	return h
}

// tapText taps what shows label (a tab, a list row, a menu item).
func (wd *world) tapText(label string) {
	wd.t.Helper()
	tapOn(wd.t, wd.ws.win.Canvas(), label)
}

// tapSentence taps the middle of the first rune of sub in h, as a click on
// that word of the text.
func tapSentence(t *testing.T, h *widgets.HighlightedText, sub string) {
	t.Helper()
	want := len([]rune(h.Text[:strings.Index(h.Text, sub)]))
	for y := float32(0); y < h.Size().Height; y += 2 {
		for x := float32(0); x < h.Size().Width; x += 2 {
			if r, ok := h.RuneAt(fyne.NewPos(x, y)); ok && r == want+1 {
				test.TapAt(h, fyne.NewPos(x, y))
				return
			}
		}
	}
	t.Fatalf("%q is not on screen", sub)
}

// tints are the rectangles h draws under its text.
func tints(h *widgets.HighlightedText) []*canvas.Rectangle {
	var out []*canvas.Rectangle
	for _, o := range test.LaidOutObjects(h) {
		if r, ok := o.(*canvas.Rectangle); ok && r.Visible() {
			out = append(out, r)
		}
	}
	return out
}

func sameRGB(a, b color.Color) bool {
	x, y := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	return x.R == y.R && x.G == y.G && x.B == y.B
}

// TestSourcesTintJointAndSelection: the joint statement shows China's red
// and the EU's blue; a tapped sentence is outlined in the selection colour,
// which no party's tint is.
func TestSourcesTintJointAndSelection(t *testing.T) {
	wd := newWorld(t)
	wd.addSource()
	h := wd.openSources()
	red, blue := hexColor(wd.china.Color), hexColor(wd.eu.Color)
	var hasRed, hasBlue bool
	for _, r := range tints(h) {
		hasRed = hasRed || sameRGB(r.FillColor, red)
		hasBlue = hasBlue || sameRGB(r.FillColor, blue)
		if r.StrokeWidth > 0 {
			t.Fatal("a sentence is outlined before any is selected")
		}
	}
	if !hasRed || !hasBlue {
		t.Fatalf("the joint statement is not tinted in both parties' colours (red %v, blue %v)", hasRed, hasBlue)
	}
	if b := findButton(wd.ws.win.Canvas(), "Make statement…"); b == nil || !b.Disabled() {
		t.Fatal("Make statement… is offered before a sentence is selected")
	}
	tapSentence(t, h, "China rejected")
	tapSentence(t, h, "Both sides agreed")
	if b := findButton(wd.ws.win.Canvas(), "Make statement…"); b == nil || !b.Disabled() {
		t.Fatal("a sentence stays selected after a statement was tapped")
	}
	if !wd.shows("China + European Union · Agreement: Both sides agreed to hold the next round in Brussels.") {
		t.Fatal("tapping the joint statement does not say who holds it and its kind as the detail pane does")
	}
	tapSentence(t, h, "China rejected")
	var outlined []*canvas.Rectangle
	for _, r := range tints(h) {
		if r.StrokeWidth > 0 {
			outlined = append(outlined, r)
		}
	}
	if len(outlined) == 0 {
		t.Fatal("the tapped sentence is not outlined")
	}
	for _, r := range outlined {
		if r.FillColor != theme.Color(theme.ColorNameSelection) || sameRGB(r.FillColor, red) || sameRGB(r.StrokeColor, blue) {
			t.Fatalf("the selection is drawn %v outlined %v, like a party", r.FillColor, r.StrokeColor)
		}
	}
	if b := findButton(wd.ws.win.Canvas(), "Make statement…"); b == nil || b.Disabled() {
		t.Fatal("Make statement… is not offered for the selection")
	}
	before := len(tints(h))
	wd.tap("Extend to next sentence")
	if !wd.shows("Selected: China rejected the EU's concerns about Xinjiang. Assistant Foreign Minister Miao Deyu said that dialogue must be held on an equal footing.") || len(tints(h)) <= before {
		t.Fatal("Extend to next sentence did not grow the selection")
	}
	if b := findButton(wd.ws.win.Canvas(), "Extend to next sentence"); b == nil || !b.Disabled() {
		t.Fatal("extending past the last sentence is offered")
	}
}

// TestReviewTintsJointProposal: in the import review, "Both sides agreed"
// (proposed as held by both parties) shows two bands of different colours
// on its line, one above the other.
func TestReviewTintsJointProposal(t *testing.T) {
	wd := newWorld(t)
	w := wd.reviewOf(reviewReadout, "EU")
	h, _ := onScreen(w.Canvas(), func(o fyne.CanvasObject) bool {
		_, ok := o.(*widgets.HighlightedText)
		return ok
	}).(*widgets.HighlightedText)
	if h == nil {
		t.Fatal("the review shows no text")
	}
	rects := tints(h)
	for i, a := range rects {
		for _, b := range rects[i+1:] {
			if a.Position().X == b.Position().X && a.Size() == b.Size() && b.Position().Y == a.Position().Y+a.Size().Height && !sameRGB(a.FillColor, b.FillColor) {
				return
			}
		}
	}
	t.Fatal("no statement is tinted in two parties' colours")
}
