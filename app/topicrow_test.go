package app

import (
	"context"
	"image/color"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

func TestTopicRowShowsCountsInPartyColours(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.chooseIn(wd.ws.assess.verdict, "Divergent")
	row := newTopicRow(&wd.ws.tree.slot, &wd.ws.tree.lines)
	wd.ws.tree.update(string(topicKeyOf(&wd.xinjiang.ID)), false, row.box)
	if row.name.Text != wd.xinjiang.Name {
		t.Errorf("row names %q", row.name.Text)
	}
	for i, want := range []string{"1", "1"} {
		if row.counts[i].Text != want || !row.counts[i].Visible() {
			t.Errorf("count %d shows %q (visible %v), want %q", i, row.counts[i].Text, row.counts[i].Visible(), want)
		}
		if got, p := row.dots[i].FillColor, hexColor([]string{wd.china.Color, wd.eu.Color}[i]); got != p {
			t.Errorf("dot %d is %v, want the party's %v", i, got, p)
		}
	}
	for i := 2; i < maxColumns; i++ {
		if row.counts[i].Visible() {
			t.Errorf("count slot %d shows with two columns", i)
		}
	}
	if row.verdict.FillColor != theme.Color(theme.ColorNameError) || !row.verdict.Visible() {
		t.Errorf("divergent dot is %v (visible %v)", row.verdict.FillColor, row.verdict.Visible())
	}
	// The name gets what the counts leave: at the width of a row of the
	// default window's tree (1280 px), a long topic name is not cut.
	row.box.Resize(fyne.NewSize(360, 36))
	if w := row.name.Size().Width; w < fyne.MeasureText("Economic, social and cultural rights", theme.TextSize(), fyne.TextStyle{}).Width {
		t.Errorf("name has %.0f px", w)
	}
	none := newTopicRow(&wd.ws.tree.slot, &wd.ws.tree.lines)
	wd.ws.tree.update(string(topicAll), false, none.box)
	// No assessment: the dot is not drawn at all (hidden, not only
	// transparent: every object drawn costs memory under Mesa).
	if none.verdict.FillColor != color.Transparent || none.verdict.Visible() {
		t.Errorf("All topics has a verdict dot %v (visible %v)", none.verdict.FillColor, none.verdict.Visible())
	}
}

func TestSummaryShowsTopicUntilAStatementIsSelected(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.chooseIn(wd.ws.assess.verdict, "Divergent")
	s := wd.ws.detail.empty
	if !wd.ws.detail.emptyBox.Visible() || wd.ws.detail.scroll.Visible() {
		t.Fatal("with nothing selected the pane does not show the summary")
	}
	if s.title.Text != wd.xinjiang.Name {
		t.Errorf("summary of %q", s.title.Text)
	}
	if len(s.parties.Objects) != 2 {
		t.Fatalf("%d party rows", len(s.parties.Objects))
	}
	row := s.parties.Objects[0].(*fyne.Container)
	var texts []string
	for _, o := range row.Objects {
		if l, ok := o.(*widget.Label); ok {
			texts = append(texts, l.Text)
		}
	}
	if len(texts) != 2 || texts[0] != "1 statement" && texts[1] != "1 statement" {
		t.Errorf("first party row says %q", texts)
	}
	if !s.badge.Visible() || s.badge.Verdict != "divergent" {
		t.Errorf("badge visible %v verdict %q", s.badge.Visible(), s.badge.Verdict)
	}
	wd.pickCard(0, wd.cnX.ID)
	if wd.ws.detail.emptyBox.Visible() || !wd.ws.detail.scroll.Visible() {
		t.Error("a selected statement does not replace the summary")
	}
}

// Every text style makes Fyne parse its fonts again (see theme.go), so the
// window keeps to regular and bold, also in the statement pane with links
// and notes and in the columns' empty text.
func TestWindowDrawsNoItalic(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	wd.must(wd.st.CreateLink(ctx, &storage.Link{FromID: wd.cnX.ID, ToID: wd.euX.ID, Type: storage.LinkContradicts}))
	wd.must(wd.st.CreateNote(ctx, &storage.Note{StatementID: &wd.cnX.ID, Body: "Checked against the EU readout."}))
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	if len(wd.ws.data.detail.links) != 1 || len(wd.ws.data.detail.notes) != 1 {
		t.Fatalf("statement pane has %d links and %d notes", len(wd.ws.data.detail.links), len(wd.ws.data.detail.notes))
	}
	wd.ws.view.cols[1].SetCards(nil) // an empty column shows its empty text
	italic := wd.find(func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *canvas.Text:
			return x.TextStyle.Italic
		case *widget.Label:
			return x.TextStyle.Italic
		}
		return false
	})
	if italic != nil {
		t.Errorf("italic text: %#v", italic)
	}
}
