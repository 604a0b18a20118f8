package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"parley/app/sample"
	"parley/storage"
)

// sampleWorld is a window of w×h on the sample project, the one a new
// user sees first, switched through the dialogue picker to its 39th round
// (the window opens on the newest, the 40th), whose statements the tests
// know by heart.
func sampleWorld(t *testing.T, w, h float32) *world {
	t.Helper()
	st, err := storage.Create(filepath.Join(t.TempDir(), "sample"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	wd.ws.win.Resize(fyne.NewSize(w, h))
	wd.chooseIn(wd.ws.view.dialogue, sample39th)
	return wd
}

// sample39th is the 39th round's label in the dialogue picker.
const sample39th = "39th China-EU Human Rights Dialogue (Chongqing, 2024-06-16)"

// checkTreeRows fails when a row of the topic tree on screen shows its
// name cut or a count or dot outside the pane; it returns how many rows
// are on screen.
func (wd *world) checkTreeRows(when string) int {
	wd.t.Helper()
	rows, cut := wd.treeRows(when)
	for _, name := range cut {
		wd.t.Errorf("%s: topic %q is cut", when, name)
	}
	return rows
}

// treeRows fails when a row of the topic tree on screen shows a count or
// dot outside the pane; it returns how many rows are on screen and the
// names shown cut (with an ellipsis).
func (wd *world) treeRows(when string) (int, []string) {
	wd.t.Helper()
	treePos, treeSize := absRect(wd.ws.tree.tree)
	right := treePos.X + treeSize.Width
	rows := 0
	var cut []string
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		box, ok := o.(*fyne.Container)
		if !ok {
			return false
		}
		l, ok := box.Layout.(topicRowLayout)
		if !ok {
			return false
		}
		pos, size := absRect(box)
		if pos.Y < treePos.Y || pos.Y+size.Height > treePos.Y+treeSize.Height {
			return false // scrolled out of view
		}
		rows++
		r := l.r
		// Cut: what the name's label draws, line by line, is not the name.
		if shown := strings.Fields(strings.Join(drawnIn(r.name), " ")); strings.Join(shown, " ") != strings.Join(strings.Fields(r.name.Text), " ") {
			cut = append(cut, r.name.Text)
		}
		for _, dot := range append([]fyne.CanvasObject{r.verdict}, r.dots[0], r.dots[1], r.counts[0], r.counts[1], r.opens[0], r.opens[1]) {
			if p, s := absRect(dot); dot.Visible() && p.X+s.Width > right {
				wd.t.Errorf("%s: a count or dot of %q lies outside the tree (%.0f > %.0f)", when, r.name.Text, p.X+s.Width, right)
			}
		}
		return false
	})
	return rows, cut
}

func TestWindowWorksAt1024x640(t *testing.T) {
	wd := sampleWorld(t, 1024, 640)
	if m := wd.ws.win.Content().MinSize(); m.Width > 900 || m.Height > 600 {
		t.Fatalf("the window cannot shrink below %v", m)
	}
	// Seven rows: at this width the long names take two lines, and every
	// row that room (eight of one line showed, some of them cut).
	if n, _ := wd.treeRows("All topics"); n < 7 {
		t.Fatalf("the topic tree shows %d rows at 1024×640", n)
	}
	wd.tapTopic("Regional issues")
	wd.tapCard(0, wd.ws.view.cols[0].Cards()[0].ID)
	if !wd.ws.detail.scroll.Visible() {
		t.Fatal("no statement in the detail pane")
	}
	wd.treeRows("a statement selected")
	wd.chord(fyne.KeyL)
	wd.treeRows("during Link to…")
	wd.key(fyne.KeyEscape)
	wd.chooseIn(wd.ws.view.filters.kind, kindLabel(storage.KindPosition))
	wd.treeRows("a filter on")
	for i, col := range wd.ws.view.cols {
		if w := col.Size().Width; w < 210 {
			t.Errorf("column %d is %.0f px wide", i, w)
		}
	}
}
