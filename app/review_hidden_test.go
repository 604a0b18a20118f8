package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// labelShowing is the visible label on c whose text holds s, or nil.
func labelShowing(c fyne.Canvas, s string) *widget.Label {
	l, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.Contains(l.Text, s)
	}).(*widget.Label)
	return l
}

// TestReviewFieldsSayWhatTheyHide: the review window's text fields hold a
// readout's words as they are, direction overrides and all, which Fyne
// draws as it draws any text. A field holding one says so, as the detail
// pane's text does: the source's title, a speaker typed or pasted with an
// override, and the sentence in the Split dialog. Deleting the character
// takes the notice away.
func TestReviewFieldsSayWhatTheyHide(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	noErr(t, err)
	wd := openWorld(t, st)
	readout := "EU readout\u202egpj.exe\n\nThe EU raised concerns about human rights in Xinjiang. China rejected the \u2067accusations."
	fyne.CurrentApp().Clipboard().SetContent(readout)
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", "EU")
	wd.tap("Paste from the clipboard")
	rw := windowTitled(t, "Review import: EU readout⇆gpj.exe")
	c := rw.Canvas()
	if labelShowing(c, "The title holds 1 character that is not shown as text here") == nil {
		t.Fatal("no notice of what the title field hides")
	}
	if labelShowing(c, "The speaker") != nil {
		t.Fatal("a notice about the speaker before it holds anything hidden")
	}
	tapOn(t, c, "The EU raised concerns about human rights in Xinjiang.")
	typeInto(t, c, "no speaker", "Miao\u202eDeyu")
	if labelShowing(c, "The speaker holds 1 character that is not shown as text here") == nil {
		t.Fatal("no notice of what the speaker field hides")
	}
	e := entryShowing(c, "no speaker")
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, "Miao Deyu")
	if l := labelShowing(c, "The speaker"); l != nil && l.Visible() {
		t.Fatal("the notice stayed after the override was deleted")
	}
	c.Unfocus()
	tapOn(t, c, "China rejected the ⇆accusations.")
	findAndTap(t, c, "Split…")
	if labelShowing(c, "This text holds 1 character that is not shown as text here") == nil {
		t.Fatal("the Split dialog does not say what the sentence hides")
	}
}
