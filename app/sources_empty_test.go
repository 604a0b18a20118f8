package app

import (
	"testing"
)

// TestSourcesSaysWhatToDoWhenEmpty: the Sources tab of a dialogue without
// sources says, where the list of sources would be, that there are none
// and that Import… below brings one; it was a blank pane. A dialogue with
// sources lists them without the words.
func TestSourcesSaysWhatToDoWhenEmpty(t *testing.T) {
	wd := newWorld(t)
	tapOn(t, wd.ws.win.Canvas(), "Sources")
	if wd.findLabel(noSourcesYet) == nil {
		t.Fatal("the Sources tab of a dialogue without sources does not say what to do")
	}
	wd = sampleWorld(t, 1024, 700)
	tapOn(t, wd.ws.win.Canvas(), "Sources")
	if wd.findLabel(noSourcesYet) != nil {
		t.Fatal("the Sources tab says there are no sources beside a list of them")
	}
}
