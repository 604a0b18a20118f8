package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The window opens at its last size, or 1280×800, but never larger than
// the screen: on a 1024×640 screen a wider window cut off the detail pane.
func TestWindowSizeFitsTheScreen(t *testing.T) {
	a := test.NewTempApp(t)
	small := fyne.NewSize(1024, 640)
	if got := savedWindowSize(a, small); got != small {
		t.Fatalf("first window on a 1024×640 screen: %v", got)
	}
	if got := savedWindowSize(a, fyne.Size{}); got != fyne.NewSize(1280, 800) {
		t.Fatalf("first window, screen unknown: %v", got)
	}
	saveWindowSize(a, fyne.NewSize(1600, 1000))
	if got := savedWindowSize(a, small); got != small {
		t.Fatalf("a saved 1600×1000 window on a 1024×640 screen: %v", got)
	}
	if got := savedWindowSize(a, fyne.NewSize(1920, 1080)); got != fyne.NewSize(1600, 1000) {
		t.Fatalf("a saved 1600×1000 window on a 1920×1080 screen: %v", got)
	}
}
