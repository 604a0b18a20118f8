package app

import (
	"testing"

	"fyne.io/fyne/v2"
)

// A readout pasted without its date, imported while the 39th round (16
// June 2024) is the dialogue on screen, names the Foreign Minister of
// that day: the dialogue's date stands for the text's (import_date.go).
func TestImportIntoDialogueDatesAnUndatedReadout(t *testing.T) {
	wd := sampleWorld(t, 1200, 800)
	fyne.CurrentApp().Clipboard().SetContent("China readout\n\nThe Foreign Minister met the EU High Representative.")
	wd.menu("File", "Import…")
	wd.typeInto("e.g. China, EU (optional)", "China")
	wd.tap("Paste from the clipboard")
	rw := windowTitled(t, "Review import: China readout")
	c := rw.Canvas()
	tapOn(t, c, "The Foreign Minister met the EU High Representative.")
	if got := entryShowing(c, "no speaker").Text; got != "Wang Yi" {
		t.Errorf("speaker %q, want Wang Yi, China's Foreign Minister on the dialogue's day", got)
	}
}
