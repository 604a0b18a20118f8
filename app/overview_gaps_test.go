package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"parley/storage"
	"parley/widgets"
)

// The Overview tab lists, under the matrix, the topics one side raised and
// the other did not mention (as the report's omission map) and what one
// side's readout raised that the other's does not answer; a line opens
// its topic, or its statement, in the compare view.
func TestOverviewOmissionsAndUnanswered(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	c := wd.ws.win.Canvas()
	tapOn(t, c, "Overview")
	hk := "Regional issues/Hong Kong"
	if !wd.gapShows(wd.ws.overview.gaps.omissions, hk, "raised by EU (1 statement); not mentioned by China") {
		t.Fatal("the omission map does not say that the EU raised Hong Kong and China did not mention it")
	}
	tapOn(t, c, hk)
	if wd.ws.tabs.SelectedIndex() != 0 || wd.ws.topicName(wd.ws.topic) != "Hong Kong" {
		t.Fatalf("the omission opened tab %d, topic %q", wd.ws.tabs.SelectedIndex(), wd.ws.topicName(wd.ws.topic))
	}
	// China's concerns about the EU are answered by nothing in the EU's
	// readout until the analyst links them.
	cn := wd.statementStarting("China also raised concerns about the EU")
	line := cn.Text
	tapOn(t, c, "Overview")
	tapOn(t, c, line)
	if wd.ws.tabs.SelectedIndex() != 0 || wd.ws.selected != cn.ID {
		t.Fatalf("the unanswered line opened tab %d, statement %d", wd.ws.tabs.SelectedIndex(), wd.ws.selected)
	}
	if !wd.unansweredShows(line) {
		t.Fatal("China's concern is not listed as unanswered")
	}
	eu := wd.statementStarting("The EU restated its long-standing concerns")
	wd.must(wd.st.CreateLink(context.Background(), &storage.Link{FromID: eu.ID, ToID: cn.ID, Type: storage.LinkRespondsTo}))
	wd.ws.refresh()
	if wd.unansweredShows(line) {
		t.Fatal("a linked concern is still listed as unanswered")
	}
}

// unansweredShows reports whether the Overview's unanswered list shows a
// line with text, led by its party and kind.
func (wd *world) unansweredShows(text string) bool {
	return wd.gapShows(wd.ws.overview.gaps.unanswered, "China, concern", text)
}

// gapShows reports whether list shows a line with lead and text.
func (wd *world) gapShows(list fyne.CanvasObject, lead, text string) bool {
	return walk(list, func(o fyne.CanvasObject) bool {
		g, ok := o.(*widgets.GapLine)
		return ok && g.Lead == lead && g.Text == text
	}) != nil
}

// TestUnansweredRowsWrapAt1024x700: in a window of 1024×700 each line of
// the Overview's unanswered list shows its whole statement, wrapped under
// its lead, where one line cut the long ones with "…" after some twenty
// words; the party, the kind and the topic stay on its first line, and
// the lines do not overlap.
func TestUnansweredRowsWrapAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.chooseIn(wd.ws.view.dialogue, "40th China-EU Human Rights Dialogue (Brussels, 2025-06-13)")
	c := wd.ws.win.Canvas()
	tapOn(t, c, "Overview")
	long := wd.statementStarting("The EU called on China to provide transparent")
	var lines []*widgets.GapLine
	walk(wd.ws.overview.gaps.unanswered, func(o fyne.CanvasObject) bool {
		if g, ok := o.(*widgets.GapLine); ok {
			lines = append(lines, g)
		}
		return false
	})
	if len(lines) < 3 {
		t.Fatalf("%d unanswered lines", len(lines))
	}
	found := false
	for i, g := range lines {
		drawn := strings.Join(drawnIn(g), " ")
		if strings.Contains(drawn, "…") {
			t.Errorf("unanswered line %d is cut: %q", i, drawn)
		}
		if i > 0 {
			if p, s := absRect(lines[i-1]); p.Y+s.Height > absPos(g).Y+0.5 {
				t.Errorf("unanswered line %d overlaps line %d", i-1, i)
			}
		}
		if g.Text != long.Text {
			continue
		}
		found = true
		for _, want := range []string{"EU, demand", "on Regional issues/Tibet (Xizang)", "11th Panchen Lama", "missing since 30 years"} {
			if !strings.Contains(drawn, want) {
				t.Errorf("the Panchen Lama's line does not draw %q: %q", want, drawn)
			}
		}
	}
	if !found {
		t.Fatalf("the EU's demand about the Panchen Lama is not listed")
	}
}

// drawnIn is the text o draws, piece by piece, in drawing order.
func drawnIn(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(o fyne.CanvasObject) bool {
		if tx, ok := o.(*canvas.Text); ok && tx.Text != "" {
			out = append(out, tx.Text)
		}
		return false
	})
	return out
}

func absPos(o fyne.CanvasObject) fyne.Position {
	p, _ := absRect(o)
	return p
}

// The kind filter's "Unanswered" narrows the columns to what the other
// side's readout does not answer, and the topic tree counts them in
// brackets; linking one answers it.
func TestUnansweredFilterAndTreeCounts(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	wd.tapTopic("Hong Kong")
	hk := wd.statementStarting("It raised the negative impact of Hong Kong")
	if got := wd.treeCount("Hong Kong"); !strings.Contains(got, "1·1") {
		t.Fatalf("Hong Kong's counts read %q, want the EU's 1·1", got)
	}
	if got := wd.treeOpenColours("Hong Kong"); len(got) != 1 || got[0] != theme.Color(theme.ColorNameWarning) {
		t.Fatalf("the unanswered part of Hong Kong's counts is drawn in %v, want the warning colour alone", got)
	}
	if wd.findLabel("1 unanswered") == nil {
		t.Fatal("the topic's summary does not say that the EU's statement is unanswered")
	}
	wd.tapTopic("All topics")
	wd.chooseIn(wd.ws.view.filters.kind, unansweredKind)
	shown := 0
	for _, col := range wd.columnTexts() {
		shown += len(col)
	}
	if shown != len(wd.ws.data.unanswered) || shown == 0 {
		t.Fatalf("the filter shows %d cards for %d unanswered statements", shown, len(wd.ws.data.unanswered))
	}
	wd.tapTopic("Hong Kong")
	wd.showCard(hk)
	test.TypeOnCanvas(wd.ws.win.Canvas(), "a") // accept China's answer
	if cols := wd.columnTexts(); len(cols[0])+len(cols[1]) != 0 {
		t.Fatalf("the answered concern is still shown as unanswered: %q", cols)
	}
	if got := wd.treeCount("Hong Kong"); strings.Contains(got, "·") {
		t.Fatalf("Hong Kong's counts still show an unanswered one: %q", got)
	}
}

// treeOpenColours are the colours of the unanswered parts the topic
// tree's row named name shows.
func (wd *world) treeOpenColours(name string) []color.Color {
	var out []color.Color
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		box, ok := o.(*fyne.Container)
		if !ok {
			return false
		}
		if l, ok := box.Layout.(topicRowLayout); ok && l.r.name.Text == name {
			for _, c := range l.r.opens {
				if c.Visible() {
					out = append(out, c.Color)
				}
			}
			return true
		}
		return false
	})
	return out
}

// treeCount is what the topic tree's row named name shows as its counts.
func (wd *world) treeCount(name string) string {
	var out []string
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		box, ok := o.(*fyne.Container)
		if !ok {
			return false
		}
		if l, ok := box.Layout.(topicRowLayout); ok && l.r.name.Text == name {
			for i, c := range l.r.counts {
				if c.Visible() {
					s := c.Text
					if l.r.opens[i].Visible() {
						s += l.r.opens[i].Text
					}
					out = append(out, s)
				}
			}
			return true
		}
		return false
	})
	return strings.Join(out, " | ")
}

// With the Unanswered filter on, a topic whose statements are all
// answered says so in its columns, not that it has no statements; any
// other filter says that nothing matches it.
func TestUnansweredFilterSaysWhyAColumnIsEmpty(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	shows := func(text string) bool {
		return wd.find(func(o fyne.CanvasObject) bool {
			tx, ok := o.(*canvas.Text)
			return ok && tx.Text == text
		}) != nil
	}
	// A topic on which China has statements and none unanswered.
	topic := ""
	for _, name := range []string{"Human rights development", "Universality and non-interference", "Multilateral cooperation", "Dialogue arrangements"} {
		if c := strings.Split(wd.treeCount(name), " | ")[0]; c != "0" && c != "" && !strings.Contains(c, "·") {
			topic = name
			break
		}
	}
	if topic == "" {
		t.Fatal("the sample has no topic with China's statements all answered")
	}
	wd.tapTopic(topic)
	wd.chooseIn(wd.ws.view.filters.kind, unansweredKind)
	if len(wd.columnTexts()[0]) != 0 || !shows("Nothing unanswered on this topic") || shows("No statements on this topic") {
		t.Fatalf("with the Unanswered filter China's column shows %q and does not say that nothing is unanswered", wd.columnTexts()[0])
	}
	wd.chooseIn(wd.ws.view.filters.kind, kindLabel(storage.KindDemand))
	if len(wd.columnTexts()[0]) == 0 && !shows("No statement on this topic matches the filter") {
		t.Fatal("an empty filtered column does not say that the filter leaves nothing")
	}
}

// TestUnansweredRowsKeepToTheViewWithManyParties: a dialogue of eleven
// parties gives the Overview a matrix wider than a window of 1024 px,
// which scrolls sideways; the unanswered statements still wrap inside the
// view, where they wrapped at the matrix's width and ran past the window's
// edge.
func TestUnansweredRowsKeepToTheViewWithManyParties(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.chooseIn(wd.ws.view.dialogue, "40th China-EU Human Rights Dialogue (Brussels, 2025-06-13)")
	ctx := context.Background()
	for i, name := range []string{"Italy", "United States", "United Kingdom", "India", "Spain", "Japan", "Germany", "Pakistan", "Brazil"} {
		p := storage.Party{Name: name, Color: "#3a7d44"}
		wd.must(wd.st.CreateParty(ctx, &p))
		in := storage.StatementInput{PartyIDs: []int64{p.ID}}
		in.DialogueID, in.Text, in.Kind = wd.ws.dialogueID, fmt.Sprintf("%s took note of the dialogue (%d).", name, i), storage.KindPosition
		wd.must(wd.st.CreateStatement(ctx, &in))
	}
	wd.ws.load(loadAll)
	c := wd.ws.win.Canvas()
	tapOn(t, c, "Overview")
	if n := len(wd.ws.overview.matrix.Data.Cols); n < 11 {
		t.Fatalf("the matrix has %d columns", n)
	}
	var scroll *container.Scroll
	walk(wd.ws.overview.object(), func(o fyne.CanvasObject) bool {
		s, ok := o.(*container.Scroll)
		if ok && scroll == nil {
			scroll = s
		}
		return ok
	})
	sp, ss := absRect(scroll)
	if _, ms := absRect(wd.ws.overview.matrix); ms.Width <= ss.Width {
		t.Fatalf("the matrix (%.0f px) is not wider than the view (%.0f px)", ms.Width, ss.Width)
	}
	lines := 0
	walk(wd.ws.overview.gaps.unanswered, func(o fyne.CanvasObject) bool {
		g, ok := o.(*widgets.GapLine)
		if !ok {
			return false
		}
		lines++
		for _, tx := range visibleOf[*canvas.Text](g) {
			if p, s := absRect(tx); p.X+s.Width > sp.X+ss.Width+0.5 {
				t.Errorf("%q ends at %.0f, past the view's edge at %.0f", tx.Text, p.X+s.Width, sp.X+ss.Width)
			}
		}
		return true
	})
	if lines == 0 {
		t.Fatal("no unanswered lines")
	}
}
