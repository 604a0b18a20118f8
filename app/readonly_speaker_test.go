package app

import (
	"testing"
)

// On a read-only project the detail pane's fields were disabled but the
// Speaker's New… button beside them looked ready to use (and did nothing).
func TestReadOnlyProjectDisablesNewSpeaker(t *testing.T) {
	wd := newWorld(t)
	wd.reopenReadOnly()
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	b := findButton(wd.ws.win.Canvas(), "New…")
	if b == nil {
		t.Fatal("no Speaker New… button beside the selected statement")
	}
	if !b.Disabled() {
		t.Fatal("Speaker's New… is enabled on a read-only project")
	}
}
