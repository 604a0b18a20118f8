package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// Paste from the clipboard with nothing on it said "Pasted text: the file
// holds no text." — there was no file.
func TestPasteOfEmptyClipboardSpeaksOfTheClipboard(t *testing.T) {
	wd := emptyWorld(t)
	fyne.CurrentApp().Clipboard().SetContent("  \n")
	wd.menu("File", "Import…")
	wd.tap("Paste from the clipboard")
	if labelWith(wd.ws.win.Canvas(), "clipboard holds no text") == nil {
		t.Fatal("no message saying that the clipboard holds no text")
	}
	if l := labelWith(wd.ws.win.Canvas(), "file"); l != nil {
		t.Fatalf("the message speaks of a file: %q", l.Text)
	}
}
