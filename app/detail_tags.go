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
// and adds tags through a type-ahead field over the project's tags.
type tagEditor struct {
	ws    *Workspace
	id    int64
	chips *fyne.Container
	add   *widget.SelectEntry
	offer []string // what the type-ahead offers now
	box   *fyne.Container
}

func newTagEditor(ws *Workspace) *tagEditor {
	t := &tagEditor{ws: ws, chips: container.New(&flowLayout{gap: 4})}
	t.add = widget.NewSelectEntry(nil)
	t.add.SetPlaceHolder("Add a tag (Ctrl+T)")
	t.add.OnChanged = func(s string) { t.setOffer(ws.tagsMatching(s)) }
	t.add.OnSubmitted = t.submit
	t.box = container.NewVBox(t.chips, t.add)
	return t
}

func (t *tagEditor) setOffer(names []string) {
	t.offer = names
	t.add.SetOptions(names)
}

func (t *tagEditor) object() fyne.CanvasObject { return t.box }

func (t *tagEditor) apply(v storage.StatementView, ro bool) {
	t.id = v.ID
	objs := make([]fyne.CanvasObject, 0, len(v.Tags))
	for _, tag := range v.Tags {
		tag := tag
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
	t.setOffer(t.ws.tagsMatching(""))
	if ro {
		t.add.Disable()
	} else {
		t.add.Enable()
	}
}

// submit puts the typed tag on the statement, offering to create it when
// the project has no tag of that name.
func (t *tagEditor) submit(name string) {
	name = strings.TrimSpace(name)
	if name == "" || t.id == 0 {
		return
	}
	t.add.SetText("")
	if tag, ok := t.ws.tagNamed(name); ok {
		t.ws.tagStatement(t.id, tag.ID)
		return
	}
	t.ws.askNewTag(name, func(color string) { t.ws.createTagOn(t.id, name, color) })
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
		p := dialog.NewColorPicker("Tag colour", "Colour of "+name, func(c color.Color) {
			chosen = colorHex(c)
			swatch.SetTag(name, c)
		}, ws.win)
		p.Advanced = true
		showModal(ws.win, p)
	})
	body := container.NewVBox(widget.NewLabel("The project has no tag \""+name+"\" yet. Create it?"),
		container.NewHBox(swatch, pick))
	showModal(ws.win, dialog.NewCustomConfirm("New tag", "Create", "Cancel", body, func(ok bool) {
		if ok {
			then(chosen)
		}
	}, ws.win))
}
