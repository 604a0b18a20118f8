package app

import (
	"fmt"
	"strings"
	"testing"
)

// treePaneWidth is the topic tree's width on screen.
func (wd *world) treePaneWidth() float32 {
	_, s := absRect(wd.ws.tree.tree)
	return s.Width
}

// TestTopicPaneKeepsItsWidth: the topic pane keeps its width when a
// readout is imported (which brings the No topic row and ten unanswered
// concerns: the counts' slots grew and the pane with them, by 12 px) and
// when another dialogue, with other counts, is picked.
func TestTopicPaneKeepsItsWidth(t *testing.T) {
	wd := sampleWorld(t, 1280, 800)
	before := wd.treePaneWidth()
	var text strings.Builder
	text.WriteString("EU readout\n\n")
	for i := range 12 {
		fmt.Fprintf(&text, "The EU expressed its concern about the case number %d. ", i+1)
	}
	rw := wd.reviewOf(text.String(), "European Union")
	findAndTap(t, rw.Canvas(), "Accept all")
	findAndTap(t, rw.Canvas(), "Store 12 accepted")
	if wd.findLabel("No topic") == nil {
		t.Fatalf("no No topic row after the import: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	if !strings.Contains(strings.Join(drawnTexts(wd.ws.win.Canvas()), " "), "·1") {
		t.Fatalf("no unanswered counts in the tree: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	if after := wd.treePaneWidth(); after != before {
		t.Errorf("the topic pane was %.1f px wide, %.1f after the import", before, after)
	}
	for _, d := range []string{"38th China-EU Human Rights Dialogue (Brussels, 2023-02-17)", "40th China-EU Human Rights Dialogue (Brussels, 2025-06-13)"} {
		wd.chooseIn(wd.ws.view.dialogue, d)
		if after := wd.treePaneWidth(); after != before {
			t.Errorf("the topic pane was %.1f px wide, %.1f on the %s", before, after, d[:4])
		}
	}
}
