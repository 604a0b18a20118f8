package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Fyne's tree gives every row one height, taken from a fresh row. Where
// the topic pane is too narrow for a name and its counts on one line (at
// 1024 px, "Economic, social and cultural rights" and "Universality and
// non-interference" were cut to "Economic, social an…"), every row gets
// room for two lines and the long names wrap; a pane wide enough for every
// name gives the rows back their one line.

// treeFit lays the tree out over its room down to the last whole row,
// and fits the rows' lines to its width first. A tree as tall as its room
// ended in half a row, cut by the divider above the Assessment pane, whose
// grip then sat across the cut name; what is left under the last whole row
// stays blank, and the rows below it scroll into view.
type treeFit struct{ t *topicTree }

func (l treeFit) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if l.t.fitLines(size.Width) {
		l.t.tree.Refresh() // the tree takes its rows' height again
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, wholeRows(size.Height, l.t.tree.MinSize().Height, theme.Padding())))
}

// wholeRows is the height of as many whole rows of height row, a gap
// between each, as fit in h; at least one row, so that a tree squeezed
// smaller still shows (and scrolls) one.
func wholeRows(h, row, gap float32) float32 {
	if row <= 0 || h <= row {
		return h
	}
	n := float32(int((h + gap) / (row + gap)))
	return n*row + (n-1)*gap
}

func (l treeFit) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// maxTreeLines is as many lines as a row gives a name; a longer one is cut.
const maxTreeLines = 2

// fitLines sets the lines each row has room for at tree width w: one when
// every name fits beside its counts, else two. It reports a change.
func (t *topicTree) fitLines(w float32) bool {
	if w <= 0 {
		return false
	}
	n := 1
	if t.widestRow()+theme.Padding() > w {
		n = maxTreeLines
	}
	if n == t.lines {
		return false
	}
	t.lines = n
	return true
}

// widestRow is the width the widest row needs for its name on one line,
// as naturalWidth measures it but without its cap.
func (t *topicTree) widestRow() float32 {
	pad, icon, inner := theme.Padding(), theme.IconInlineSize(), theme.InnerPadding()
	right := rowRight(len(t.ws.columns), t.slot)
	var widest float32
	var walk func(id string, depth int)
	walk = func(id string, depth int) {
		for _, k := range t.kids[id] {
			style := fyne.TextStyle{Bold: topicKey(k) == topicAll}
			name := fyne.MeasureText(t.ws.topicName(topicKey(k)), theme.TextSize(), style).Width
			widest = max(widest, pad+float32(depth)*(icon+pad)+icon+pad+name+2*inner+right)
			walk(k, depth+1)
		}
	}
	walk("", 0)
	return widest
}
