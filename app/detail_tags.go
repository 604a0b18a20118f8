package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// tagEditor shows the tags of the selected statement as removable chips
// and adds tags through a field whose suggestions follow what is typed:
// Enter takes the highlighted one (the best match first, so "coop" takes
// "cooperation"), Down and Up move, a click takes a line; the last line
// offers a new tag of the typed name.
type tagEditor struct {
	ws    *Workspace
	id    int64
	has   map[string]bool // lower-case names of the statement's tags
	chips *fyne.Container
	add   *blurEntry
	sugg  *suggestions
	box   *fyne.Container
}

func newTagEditor(ws *Workspace) *tagEditor {
	t := &tagEditor{ws: ws, chips: container.New(&flowLayout{gap: 4})}
	t.add = newBlurEntry(false)
	t.add.SetPlaceHolder("Add a tag (Ctrl+T)")
	t.add.OnChanged = t.onTypedHere
	t.add.OnSubmitted = func(string) { t.takeHighlighted() }
	t.add.onKey = t.onKey
	// The cursor stays here after a tag is taken, for the next one; with
	// nothing typed, Ctrl+Z then undoes the tag rather than nothing.
	t.add.onEmptyUndo = func(redo bool) {
		if redo {
			ws.Redo()
		} else {
			ws.Undo()
		}
	}
	t.sugg = newSuggestions(t.pickAt)
	t.box = container.NewVBox(t.chips, t.add, t.sugg.box)
	return t
}

func (t *tagEditor) object() fyne.CanvasObject { return t.box }

func (t *tagEditor) apply(v storage.StatementView, ro bool) {
	if t.id != v.ID {
		t.add.SetText("")
	}
	t.id = v.ID
	t.has = map[string]bool{}
	objs := make([]fyne.CanvasObject, 0, len(v.Tags))
	for _, tag := range v.Tags {
		tag := tag
		t.has[strings.ToLower(tag.Name)] = true
		chip := widgets.NewTagChip(tag.Name, hexColor(tag.Color), nil)
		if !ro {
			chip.OnRemove = func() { t.ws.untagStatement(v.ID, tag.ID) }
		}
		objs = append(objs, chip)
	}
	if len(objs) == 0 {
		objs = append(objs, emptyLabel("No tags yet."))
	}
	t.chips.Objects = objs
	t.chips.Refresh()
	t.onTyped(t.add.Text)
	if ro {
		t.add.Disable()
	} else {
		t.add.Enable()
	}
}

// onTyped offers the project's tags that match the text, leaving out those
// the statement has, and a new tag of that name when none is called so.
func (t *tagEditor) onTyped(text string) {
	name := strings.TrimSpace(text)
	var items, labels []string
	if name != "" {
		for _, n := range t.ws.tagsMatching(name) {
			if t.has[strings.ToLower(n)] {
				continue
			}
			items, labels = append(items, n), append(labels, n)
			if len(items) == maxSuggestions {
				break
			}
		}
		if _, ok := t.ws.tagNamed(name); !ok {
			items, labels = append(items, name), append(labels, "New tag \""+name+"\"…")
		}
	}
	t.sugg.set(items, labels)
	t.box.Refresh()
}

// onTypedHere is onTyped for what the user types, and brings the
// suggestions into view: the field sits low in the statement pane, and at
// 1024×700 Ctrl+T scrolled just far enough to show it, the list that
// opened under it out of sight.
func (t *tagEditor) onTypedHere(text string) {
	t.onTyped(text)
	if t.sugg.visible() && t.ws.detail != nil {
		t.ws.detail.reveal(t.sugg.box)
	}
}

// onKey moves through the suggestions; Esc closes them first.
func (t *tagEditor) onKey(ev *fyne.KeyEvent) bool {
	if !t.sugg.visible() {
		return false
	}
	switch ev.Name {
	case fyne.KeyDown:
		t.sugg.move(1)
	case fyne.KeyUp:
		t.sugg.move(-1)
	case fyne.KeyEscape:
		t.sugg.set(nil, nil)
		t.box.Refresh()
	default:
		return false
	}
	return true
}

func (t *tagEditor) takeHighlighted() {
	if t.sugg.visible() {
		t.pickAt(t.sugg.hi)
	}
}

// pickAt puts suggestion i on the statement, asking for the colour of a
// new tag first.
func (t *tagEditor) pickAt(i int) {
	if i >= len(t.sugg.items) || t.id == 0 {
		return
	}
	name := t.sugg.items[i]
	t.add.SetText("")
	// A click on a line took the keyboard from the field: give it back,
	// for the next tag.
	t.focus()
	if tag, ok := t.ws.tagNamed(name); ok {
		t.ws.tagStatement(t.id, tag.ID)
		return
	}
	id := t.id
	t.ws.askNewTag(name, func(color string) { t.ws.createTagOn(id, name, color) })
}

// focus puts the cursor in the add-tag field.
func (t *tagEditor) focus() { t.ws.win.Canvas().Focus(t.add) }

// tagPalette holds the colours offered for new tags, readable on light and
// dark backgrounds.
var tagPalette = []string{"#d1495b", "#edae49", "#00798c", "#30638e", "#6a4c93", "#2a9d8f", "#8d6a9f", "#e76f51", "#577590", "#90a955"}

// askNewTag asks for the colour of a new tag named name.
func (ws *Workspace) askNewTag(name string, then func(color string)) {
	chosen := tagPalette[len(ws.data.tags)%len(tagPalette)]
	swatch := widgets.NewTagChip(name, hexColor(chosen), nil)
	pick := widget.NewButton("Choose colour…", func() {
		p := dialog.NewColorPicker("Tag colour", widgets.Visible("Colour of "+name), func(c color.Color) {
			chosen = colorHex(c)
			swatch.SetTag(name, c)
		}, ws.win)
		p.Advanced = true
		showModal(ws.win, p)
	})
	body := container.NewVBox(widget.NewLabel(widgets.Visible("The project has no tag \""+name+"\" yet. Create it?")),
		container.NewHBox(swatch, pick))
	showModal(ws.win, dialog.NewCustomConfirm("New tag", "Create", "Cancel", body, func(ok bool) {
		if ok {
			then(chosen)
		}
	}, ws.win))
}
