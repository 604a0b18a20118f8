package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// pasteAndStore imports text (its first line the title) written by author
// through File → Import… → Paste from the clipboard, accepts all and stores
// the statements into the dialogue typed (new) or already shown.
func (wd *world) pasteAndStore(text, title, author, dialogue string, n string) {
	wd.t.Helper()
	fyne.CurrentApp().Clipboard().SetContent(text)
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", author)
	wd.tap("Paste from the clipboard")
	rw := windowTitled(wd.t, "Review import: "+title)
	if dialogue != "" {
		typeInto(wd.t, rw.Canvas(), "a dialogue, or a new title", dialogue)
		rw.Canvas().Unfocus()
	}
	findAndTap(wd.t, rw.Canvas(), "Accept all")
	findAndTap(wd.t, rw.Canvas(), "Store "+n+" accepted")
	wd.tap("OK")
}

// A new project, one side's readout imported, then the other side's: the
// second side gets its column. The columns picked when the project held one
// party stayed that one, and the second readout's statements showed nowhere.
func TestSecondSideImportedGetsItsColumn(t *testing.T) {
	wd := emptyWorld(t)
	wd.pasteAndStore("US readout\n\nThe United States stressed its commitment to its allies in the region.",
		"US readout", "United States", "Call of 24 January", "1")
	if !wd.showsCard("The United States stressed its commitment to its allies in the region.") {
		t.Fatal("the first side's statement is not shown")
	}
	wd.pasteAndStore("China readout\n\nChina asked the United States to handle the Taiwan question prudently.",
		"China readout", "China", "", "1")
	if !wd.showsCard("China asked the United States to handle the Taiwan question prudently.") {
		t.Fatal("the second side's statement is in no column after its import")
	}
	if !wd.showsCard("The United States stressed its commitment to its allies in the region.") {
		t.Fatal("the first side's statement is no longer shown")
	}
}

// The pane beside the columns lists each column's party above the verdict;
// when the second side's column came, its row was drawn over the verdict.
func TestSecondSideRowDoesNotCoverTheVerdict(t *testing.T) {
	wd := emptyWorld(t)
	wd.pasteAndStore("US readout\n\nThe United States stressed its commitment to its allies in the region.",
		"US readout", "United States", "Call of 24 January", "1")
	wd.pasteAndStore("China readout\n\nChina asked the United States to handle the Taiwan question prudently.",
		"China readout", "China", "", "1")
	china := wd.findLabel("China")
	verdict := wd.findLabel("Choose a topic to see how far the sides converge on it.")
	if china == nil || verdict == nil {
		t.Fatal("the pane does not show the second side and the verdict")
	}
	d := fyne.CurrentApp().Driver()
	if bottom, top := d.AbsolutePositionForObject(china).Y+china.Size().Height, d.AbsolutePositionForObject(verdict).Y; bottom > top {
		t.Fatalf("the second side's row (bottom at %v) covers the verdict (top at %v)", bottom, top)
	}
}
