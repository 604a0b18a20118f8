package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestSourcesButtonsKeepTheirHeightAt1024x700: in a window of 1024×700
// the Sources tab's Extend to next sentence and Make statement… buttons
// are as tall as a button, at the top of the source's info, which wraps
// on several lines beside them; they were stretched down all its lines,
// two grey blocks of 110 px.
func TestSourcesButtonsKeepTheirHeightAt1024x700(t *testing.T) {
	wd := sampleWorld(t, 1024, 700)
	wd.openSources()
	// The window lays itself out again, as the desktop driver does when a
	// wrapped label's height changed (the test driver does not).
	fyne.DoAndWait(func() { wd.ws.win.Content().Refresh() })
	for _, label := range []string{"Extend to next sentence", "Make statement…"} {
		b := findButton(wd.ws.win.Canvas(), label)
		if b == nil {
			t.Fatalf("no %s button on the Sources tab", label)
		}
		var h, want float32
		fyne.DoAndWait(func() { h, want = b.Size().Height, b.MinSize().Height })
		if h > want+0.5 {
			t.Errorf("%s is %.0f px tall, a button %.0f", label, h, want)
		}
	}
}
