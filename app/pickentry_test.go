package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// Esc in a text field with a list to pick from (the import's author, a
// new statement's topic in the Sources view) closes the dialog, as in the
// app's other text fields; Fyne's own field swallowed it.
func TestEscInAPickFieldClosesTheDialog(t *testing.T) {
	wd := newWorld(t)
	wd.menu("File", "Import…")
	author, ok := wd.formField("Written by").(*pickEntry)
	if !ok {
		t.Fatalf("the author field is a %T", wd.formField("Written by"))
	}
	wd.clickInto(author)
	test.Type(author, "Chi")
	wd.key(fyne.KeyEscape)
	if wd.overlays() != 0 {
		t.Fatal("Esc in the import's author field left the dialog open")
	}

	wd.addSource()
	h := wd.openSources()
	tapSentence(t, h, "China rejected")
	wd.tap("Make statement…")
	topic, ok := wd.formField("Topic").(*pickEntry)
	if !ok {
		t.Fatalf("the topic field is a %T", wd.formField("Topic"))
	}
	wd.clickInto(topic)
	test.Type(topic, "Tib")
	wd.key(fyne.KeyEscape)
	if wd.overlays() != 0 {
		t.Fatal("Esc in the statement's topic field left the form open")
	}
}
