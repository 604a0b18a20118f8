package app

import (
	"context"
	"strings"
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

// TestPasteTooLongSaysWhatAndLimit: a text pasted past the review's limit
// is named as pasted (with its title), with its size and the limit to a
// tenth of a megabyte (4.9 MB did read "4 MB of text … at most 4 MB"), not
// as a file; nothing is stored.
func TestPasteTooLongSaysWhatAndLimit(t *testing.T) {
	wd := emptyWorld(t)
	text := "Press release of the 41st round\n\n" + strings.Repeat("The EU spoke of rights. ", 4900<<10/24)
	fyne.CurrentApp().Clipboard().SetContent(text)
	wd.menu("File", "Import…")
	wd.tap("Paste from the clipboard")
	got := strings.Join(drawnTexts(wd.ws.win.Canvas()), " ")
	for _, want := range []string{`The pasted text ("Press release of the 41st round") is 4.8 MB`, "at most 4.0 MB", "paste a part of it"} {
		if !strings.Contains(got, want) {
			t.Errorf("the message lacks %q: %q", want, got)
		}
	}
	if strings.Contains(got, "file is too large") || strings.Contains(got, "is 4 MB") {
		t.Errorf("the message misleads: %q", got)
	}
	if srcs, err := wd.ws.store().Sources(context.Background(), 0); err != nil || len(srcs) != 0 {
		t.Errorf("sources after the refusal: %d, %v", len(srcs), err)
	}
}

// A paste of nothing visible (no-break and zero-width spaces, a joiner,
// direction marks: what a careless copy from a web page brings) is an
// empty clipboard too; it opened a review of no sentence titled "\u200b".
func TestPasteOfInvisibleTextSpeaksOfTheClipboard(t *testing.T) {
	wd := emptyWorld(t)
	fyne.CurrentApp().Clipboard().SetContent("\u00a0\u200b\n\u200d\u202e\u2066\u00ad\n")
	wd.menu("File", "Import…")
	wd.tap("Paste from the clipboard")
	if labelWith(wd.ws.win.Canvas(), "clipboard holds no text") == nil {
		t.Fatalf("no message saying that the clipboard holds no text: %q", drawnTexts(wd.ws.win.Canvas()))
	}
}
