package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestLayoutDumpFindsWidgets: the dump names a button, a field and a
// check box by what they say, places them where they are drawn, leaves out
// what is scrolled out of sight, and writes a file a reader can parse.
func TestLayoutDumpFindsWidgets(t *testing.T) {
	test.NewTempApp(t)
	entry := widget.NewEntry()
	entry.SetPlaceHolder("Write a note")
	check := widget.NewCheck("The analyst's notes", nil)
	check.SetChecked(true)
	hidden := widget.NewButton("Hidden", nil)
	hidden.Hide()
	far := widget.NewLabel("far below")
	scroll := container.NewVScroll(container.NewVBox(widget.NewLabel("near"), container.NewGridWrap(fyne.NewSize(10, 2000)), far))
	scroll.SetMinSize(fyne.NewSize(100, 100))
	content := container.NewVBox(widget.NewButton("Open", nil), entry, check, hidden, scroll)
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(400, 400))

	got := dumpTree(w.Canvas().Content(), 0, w.Canvas())
	byText := map[string]LayoutWidget{}
	for _, x := range got {
		if _, seen := byText[x.Text]; !seen {
			byText[x.Text] = x
		}
	}
	open, ok := byText["Open"]
	if !ok || open.Kind != "*widget.Button" || open.W <= 0 || open.H <= 0 {
		t.Fatalf("the button Open is %+v in %+v", open, got)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(content.Objects[0])
	if open.X != px(pos.X, 1) || open.Y != px(pos.Y, 1) {
		t.Errorf("Open is at %d,%d in the dump, %v on the canvas", open.X, open.Y, pos)
	}
	var field LayoutWidget
	for _, x := range got {
		if x.Placeholder == "Write a note" {
			field = x
		}
	}
	if field.Kind != "*widget.Entry" {
		t.Errorf("no field with the place-holder 'Write a note' in %+v", got)
	}
	if c := byText["The analyst's notes"]; c.Kind != "*widget.Check" || c.Placeholder != "checked" {
		t.Errorf("the check box is %+v", c)
	}
	for _, gone := range []string{"Hidden", "far below"} {
		if x, ok := byText[gone]; ok {
			t.Errorf("%q is not on screen but the dump has %+v", gone, x)
		}
	}
	if _, ok := byText["near"]; !ok {
		t.Errorf("the dump lacks the label in sight in the scroll")
	}

	path := filepath.Join(t.TempDir(), "layout.json")
	if err := writeDump(path, LayoutDump{Seq: 1, Windows: []LayoutWindow{{Title: "t", Widgets: got}}}); err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var back LayoutDump
	if err := json.Unmarshal(body, &back); err != nil || len(back.Windows[0].Widgets) != len(got) {
		t.Errorf("the written dump reads back as %d widgets (%v), want %d", len(back.Windows[0].Widgets), err, len(got))
	}
}
