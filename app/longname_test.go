package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/app/sample"
	"parley/storage"
	"parley/widgets"
)

// longOffice is a party named as its office, as some readouts sign.
const longOffice = "Delegation of the European Union and the European External Action Service to the People's Republic of China"

// longPartyWorld is the sample at 1024×700, its 39th round shown, with
// the EU named as its office (longOffice).
func longPartyWorld(t *testing.T) *world {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(t.TempDir(), "long"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	ps, err := st.Parties(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range ps {
		if p.Name == "European Union" {
			p.Name = longOffice
			if err := st.UpdateParty(ctx, &p); err != nil {
				t.Fatal(err)
			}
		}
	}
	wd := openWorld(t, st)
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	wd.chooseIn(wd.ws.view.dialogue, sample39th)
	return wd
}

// TestLongPartyNameKeepsTheStatementPaneInTheWindow: the statement pane of
// a joint statement, with the EU named as its office, fits a window of
// 1024×700 beside a topic tree that keeps its width; the name is cut
// under Held by, and its box still takes the EU off and puts it back.
// A check box's text does not wrap: it widened the pane past the window
// and squeezed the tree to a sliver.
func TestLongPartyNameKeepsTheStatementPaneInTheWindow(t *testing.T) {
	wd := longPartyWorld(t)
	treeBefore := wd.ws.tree.tree.Size().Width
	joint := wd.statementStarting("They discussed potential cooperation")
	wd.showCard(joint)
	var eu *widget.Check
	for _, c := range visibleOf[*widget.Check](wd.ws.detail.holders) {
		if strings.HasPrefix(c.Text, "Delegation of the") {
			eu = c
		}
	}
	if eu == nil {
		t.Fatal("no box for the EU under Held by")
	}
	if !strings.HasSuffix(eu.Text, "…") {
		t.Errorf("the EU's name under Held by is not cut: %q", eu.Text)
	}
	for _, o := range []fyne.CanvasObject{eu, wd.ws.detail.reported, wd.ws.detail.topic} {
		if p, sz := absRect(o); p.X+sz.Width > 1024 {
			t.Errorf("%T ends at x %.0f, past the window's 1024", o, p.X+sz.Width)
		}
	}
	if w := wd.ws.tree.tree.Size().Width; w < treeBefore-1 {
		t.Errorf("the topic tree shrank from %.0f to %.0f px with the statement shown", treeBefore, w)
	}
	test.Tap(eu)
	v, err := wd.st.StatementView(context.Background(), joint.ID)
	wd.must(err)
	if v.Joint() {
		t.Fatal("unticking the cut name left the statement joint")
	}
}

// TestLongPartyNameTakesTwoLinesOfTheColumn: in a window of 1024×700 a
// party named as its office heads its column in two lines, the rest of
// the name cut with "…", and the first card starts about where it does
// under a short name (by y 280 of 700); the name took six lines of heading type in both columns
// (their cards start on one line), a third of the column.
func TestLongPartyNameTakesTwoLinesOfTheColumn(t *testing.T) {
	wd := longPartyWorld(t)
	col := wd.ws.view.cols[1]
	var title []string
	heading := theme.Size(theme.SizeNameSubHeadingText)
	for _, o := range test.WidgetRenderer(col).Objects() {
		if x, ok := o.(*canvas.Text); ok && x.Visible() && x.TextStyle.Bold && x.TextSize == heading && x.Text != "" {
			title = append(title, x.Text)
		}
	}
	if len(title) != 2 || !strings.HasSuffix(title[len(title)-1], "…") || !strings.HasPrefix(longOffice, strings.Join(title[:1], "")) {
		t.Fatalf("the column's title reads %q, want two lines ending in …", title)
	}
	card := walk(col, func(o fyne.CanvasObject) bool { _, ok := o.(*widgets.StatementCard); return ok })
	if card == nil {
		t.Fatal("the column shows no cards")
	}
	pos, _ := absRect(card)
	if pos.Y > 280 {
		t.Errorf("the first card starts at y %.0f of 700: the heading pushes it down", pos.Y)
	}
}

// TestLongPartyNameKeepsTheExportDialogInShape: at 1024×700, with the EU
// named as its office, File → Export… keeps within the window, lists the
// three rounds and the two parties whole, and cuts the EU's name with "…";
// the name ran past its card's edge and squeezed the other lists to two
// rows.
func TestLongPartyNameKeepsTheExportDialogInShape(t *testing.T) {
	wd := longPartyWorld(t)
	listsWholeIn(t, wd)
	if got := wd.outside(); len(got) > 0 {
		t.Fatalf("past the window's edge: %q", got)
	}
	eu := findIn(wd.ws.win.Canvas().Overlays().Top(), func(c *widget.Check) bool { return strings.HasPrefix(c.Text, "Delegation of the") })
	if eu == nil || !strings.HasSuffix(eu.Text, "…") {
		t.Fatalf("the EU's box in the export reads %v", eu)
	}
	if p, sz := absRect(eu); p.X+sz.Width > 1024 {
		t.Errorf("the EU's box ends at x %.0f", p.X+sz.Width)
	}
}

// TestLongPartyNameKeepsMakeAStatementInTheWindow: Sources › Make
// statement… offers the parties as a row of boxes; with the EU named as
// its office the row, and so the form, ran past a window of 1024 pixels.
// The name is cut with "…", and its box still makes the EU's statement.
func TestLongPartyNameKeepsMakeAStatementInTheWindow(t *testing.T) {
	wd := newWorld(t)
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	wd.eu.Name = longOffice
	wd.must(wd.st.UpdateParty(context.Background(), &wd.eu))
	wd.ws.refresh()
	src := wd.addSource()
	h := wd.openSources()
	tapSentence(t, h, "China rejected")
	wd.tap("Make statement…")
	if got := wd.outside(); len(got) > 0 {
		t.Fatalf("past the window's edge: %q", got)
	}
	eu := findIn(wd.ws.win.Canvas().Overlays().Top(), func(c *widget.Check) bool { return strings.HasPrefix(c.Text, "Delegation of the") })
	if eu == nil || !strings.HasSuffix(eu.Text, "…") {
		t.Fatalf("the EU's box in the form reads %v", eu)
	}
	if !eu.Checked {
		test.Tap(eu)
	}
	wd.tap("Create")
	made, ok := wd.madeFrom(src)["China rejected the EU's concerns about Xinjiang."]
	if !ok || !made.HeldBy(wd.eu.ID) {
		t.Fatalf("made %+v, not held by the EU", made)
	}
}
