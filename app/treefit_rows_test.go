package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestTopicTreeEndsOnAWholeRow: at 1024×700 the topic tree was as tall as
// its pane, so its last row on screen was cut in half by the divider above
// the Assessment pane, whose grip was then drawn across the cut name. The
// tree now ends under its last whole row, the divider and its grip in the
// clear below it, at every height and after the divider is dragged.
func TestTopicTreeEndsOnAWholeRow(t *testing.T) {
	for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1024, Height: 768}, {Width: 1600, Height: 1000}} {
		wd := sampleWorld(t, size.Width, size.Height)
		wd.tapTopic("Regional issues") // opens it: more rows than room
		wd.treeEndsOnWholeRow(size)
		assessPos, before := absRect(wd.ws.assess.object())
		grip := assessPos.Add(fyne.NewPos(before.Width/2, -dividerWidth()/2))
		test.Drag(wd.ws.win.Canvas(), grip, 0, -37)
		if _, after := absRect(wd.ws.assess.object()); after.Height < before.Height+20 {
			t.Fatalf("%v: dragging the divider up left the Assessment pane %.0f px tall, from %.0f", size, after.Height, before.Height)
		}
		wd.treeEndsOnWholeRow(size)
	}
}

// treeEndsOnWholeRow fails when a row of the topic tree straddles the
// tree's bottom edge while the tree is scrolled to its top.
func (wd *world) treeEndsOnWholeRow(when fyne.Size) {
	wd.t.Helper()
	treePos, treeSize := absRect(wd.ws.tree.tree)
	bottom := treePos.Y + treeSize.Height
	walk(wd.ws.tree.tree, func(o fyne.CanvasObject) bool {
		if box, ok := o.(*fyne.Container); ok && box.Visible() {
			if l, ok := box.Layout.(topicRowLayout); ok {
				p, s := absRect(box)
				if p.Y < bottom-0.5 && p.Y+s.Height > bottom+0.5 {
					wd.t.Errorf("%v: the row %q (%.0f–%.0f) is cut by the tree's bottom at %.0f", when, l.r.name.Text, p.Y, p.Y+s.Height, bottom)
				}
			}
		}
		return false
	})
}
