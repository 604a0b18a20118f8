package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// columnTitlesWhole fails when a column's header does not draw its
// party's name on one line.
func (wd *world) columnTitlesWhole(when string, names ...string) {
	wd.t.Helper()
	for i, col := range wd.ws.view.cols {
		whole := false
		var drawn []string
		for _, o := range test.LaidOutObjects(col) {
			if tx, ok := o.(*canvas.Text); ok && tx.Visible() {
				drawn = append(drawn, tx.Text)
				whole = whole || tx.Text == names[i]
			}
		}
		if !whole {
			wd.t.Errorf("%s: column %d (%.0f px) does not draw %q on one line: %q", when, i, col.Size().Width, names[i], drawn[:min(len(drawn), 4)])
		}
	}
}

// treeRowsHeight is the height of the topic tree's rows on screen (Fyne's
// tree gives them all one).
func (wd *world) treeRowsHeight() float32 {
	var h float32
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		if box, ok := o.(*fyne.Container); ok {
			if _, ok := box.Layout.(topicRowLayout); ok {
				h = box.Size().Height
				return true
			}
		}
		return false
	})
	return h
}

// wrappedTopicNames counts the names the topic tree draws on more than
// one line.
func (wd *world) wrappedTopicNames() int {
	n := 0
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		if box, ok := o.(*fyne.Container); ok {
			if l, ok := box.Layout.(topicRowLayout); ok && len(drawnIn(l.r.name)) > 1 {
				n++
			}
		}
		return false
	})
	return n
}

// oneLineRow is the height of a one-line label, which a row of the tree
// holding one line of name is.
func (wd *world) oneLineRow() float32 { return widget.NewLabel("Topic").MinSize().Height }

// lastTopicRow is the label of the topic tree's last row on screen.
func (wd *world) lastTopicRow() *widget.Label {
	var last *widget.Label
	var lastY float32 = -1
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
			if p, _ := absRect(l); p.Y > lastY {
				last, lastY = l, p.Y
			}
		}
		return false
	})
	return last
}

// TestCompareWorksAt1024x700: in a window of 1024×700 the statement
// columns get some 220 px rather than 190 (the topic pane gives way, its
// longest names wrapping onto a second line: they ended in "…", with
// "Economic, social an…" hard to tell from its neighbours), a party's name stays on one line, the
// topic list scrolls its last row fully into view above the Assessment
// pane, and dragging the divider gives the topics their room back, for
// good (a reload does not undo it).
func TestCompareWorksAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	for i, col := range wd.ws.view.cols {
		if w := col.Size().Width; w < 210 {
			t.Errorf("column %d is %.0f px wide", i, w)
		}
	}
	wd.columnTitlesWhole("All topics", "China", "European Union")
	wd.tapTopic("Regional issues")
	wd.columnTitlesWhole("Regional issues", "China", "European Union")
	// The columns' room comes from the topic pane, whose long names wrap
	// onto a second line rather than end in "…".
	wd.checkTreeRows("at 1024")
	if h := wd.treeRowsHeight(); h < wd.oneLineRow()+10 {
		t.Errorf("at 1024 the topic rows are %.0f px tall, no room for a second line", h)
	}

	treePos, treeSize := absRect(wd.ws.tree.tree)
	for range 30 {
		test.Scroll(wd.ws.win.Canvas(), treePos.Add(fyne.NewPos(60, 60)), 0, -60)
	}
	last := wd.lastTopicRow()
	if last == nil || last.Text != "Dialogue arrangements" {
		t.Fatalf("scrolled to the end, the tree's last row is %v", last)
	}
	// The text, not the label: a name's label of two lines reaches past
	// its row's top and bottom by some of its padding (see treeRowHeight).
	var lastText fyne.CanvasObject = last
	walk(last, func(o fyne.CanvasObject) bool {
		if _, ok := o.(*canvas.Text); ok {
			lastText = o
		}
		return false
	})
	if p, s := absRect(lastText); p.Y+s.Height > treePos.Y+treeSize.Height+0.5 {
		t.Errorf("the last topic row ends at %.0f, under the tree's bottom at %.0f", p.Y+s.Height, treePos.Y+treeSize.Height)
	} else if ap, _ := absRect(wd.ws.assess.object()); p.Y+s.Height > ap.Y {
		t.Errorf("the last topic row ends at %.0f, behind the Assessment pane at %.0f", p.Y+s.Height, ap.Y)
	}

	before := wd.treePaneWidth()
	wrappedBefore := wd.wrappedTopicNames()
	divider := treePos.Add(fyne.NewPos(treeSize.Width+dividerWidth()/2+2, treeSize.Height/2))
	test.Drag(wd.ws.win.Canvas(), divider, 70, 0)
	dragged := wd.treePaneWidth()
	if dragged < before+60 {
		t.Fatalf("dragging the divider 70 px right made the topic pane %.0f px wide, from %.0f", dragged, before)
	}
	wd.checkTreeRows("dragged wider")
	if n := wd.wrappedTopicNames(); n >= wrappedBefore {
		t.Errorf("the divider dragged to %.0f px, %d names take two lines, %d before", dragged, n, wrappedBefore)
	}
	wd.tapTopic("Individual cases")
	if w := wd.treePaneWidth(); w != dragged {
		t.Errorf("the dragged topic pane went from %.0f to %.0f px on another topic", dragged, w)
	}
}

// TestCompareAt1280x800KeepsWholeNames: from 1280 px on, the topic pane
// shows every name whole, and the columns keep their room: 275 px, what
// they had before the tree's count slots grew by 6 px (at 271 px a card's
// "Reported by European Union" became "Per European Union").
func TestCompareAt1280x800KeepsWholeNames(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	wd.checkTreeRows("at 1280")
	for i, col := range wd.ws.view.cols {
		if w := col.Size().Width; w < 274 {
			t.Errorf("column %d is %.0f px wide", i, w)
		}
	}
	wd.columnTitlesWhole("at 1280", "China", "European Union")
}

// TestNewProjectTopicPaneHasRoom: a new project's topic tree holds All
// topics alone, whose natural width (140 px) squeezed the pane's head
// (Topics, Topics…) and wrapped the Assessment pane's hint over four lines;
// the pane keeps the room of a short topic list.
func TestNewProjectTopicPaneHasRoom(t *testing.T) {
	wd := emptyWorld(t)
	for _, w := range []float32{1024, 1280} {
		wd.ws.win.Resize(fyne.NewSize(w, 760))
		if got := wd.treePaneWidth(); got < minTopicPane-12 {
			t.Errorf("at %.0f px the new project's topic pane is %.0f px wide", w, got)
		}
	}
}
