package app

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// showTags is Project → Tags…: rename, recolour, merge and delete tags.
func (ws *Workspace) showTags() {
	if ws.store() == nil {
		return
	}
	rows := func() []string {
		out := make([]string, len(ws.data.tags))
		for i, t := range ws.data.tags {
			out[i] = t.Name
		}
		return out
	}
	at := func(i int) storage.Tag { return ws.data.tags[i] }
	swatches := func() []color.Color {
		out := make([]color.Color, len(ws.data.tags))
		for i, t := range ws.data.tags {
			out[i] = hexColor(t.Color)
		}
		return out
	}
	m := ws.showColouredManager("Tags", rows, swatches,
		action{label: "Rename…", needsRow: true, run: func(i int) { ws.askRenameTag(at(i)) }},
		action{label: "Colour…", needsRow: true, run: func(i int) { ws.askRecolourTag(at(i)) }},
		action{label: "Merge into…", needsRow: true, run: func(i int) { ws.askMergeTag(at(i)) }},
		action{label: "Delete…", needsRow: true, run: func(i int) { ws.confirmDeleteTag(at(i)) }},
	)
	ws.showTagUsage(m)
}

// showTagUsage writes after each tag how many statements carry it, read
// again whenever the dialog's rows are.
func (ws *Workspace) showTagUsage(m *manager) {
	var usage map[int64]int64
	m.counts = func(i int) string {
		if usage == nil || i >= len(ws.data.tags) {
			return ""
		}
		if n := usage[ws.data.tags[i].ID]; n > 0 {
			return statementsText(int(n))
		}
		return "not used"
	}
	fetch := func() {
		st := ws.store()
		var u map[int64]int64
		var err error
		ws.run.run(func() { u, err = st.TagUsage(context.Background()) }, func() {
			if err != nil {
				ws.showError("Could not count the statements of each tag", err)
				return
			}
			usage = u
			m.list.Refresh()
		})
	}
	m.onReload = fetch
	fetch()
}

func (ws *Workspace) askRenameTag(t storage.Tag) {
	e := newTextLine()
	e.SetText(t.Name)
	d := dialog.NewForm("Rename tag", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Name", e)}, func(ok bool) {
		name := strings.TrimSpace(e.Text)
		if !ok || name == "" || name == t.Name {
			return
		}
		n := t
		n.Name = name
		ws.editTag("rename tag", n)
	}, ws.win)
	d.Resize(fyne.NewSize(400, 160))
	showEditor(ws.win, d, "Rename tag", func() bool { return e.Text != t.Name })
}

func (ws *Workspace) askRecolourTag(t storage.Tag) {
	d := dialog.NewColorPicker("Colour of "+t.Name, "", func(c color.Color) {
		hex := colorHex(c)
		if hex == t.Color {
			return
		}
		n := t
		n.Color = hex
		ws.editTag("recolour tag", n)
	}, ws.win)
	d.Advanced = true
	showModal(ws.win, d)
}

func (ws *Workspace) askMergeTag(t storage.Tag) {
	var names []string
	for _, x := range ws.data.tags {
		if x.ID != t.ID {
			names = append(names, x.Name)
		}
	}
	msg := fmt.Sprintf("Every statement tagged %s gets the tag you choose, and %s is deleted.\nYou can undo this with Edit › Undo.", t.Name, t.Name)
	ws.askMergeInto("Merge "+t.Name+" into…", msg, "tag", names, func(name string) {
		into, found := ws.tagNamed(name)
		if !found {
			return
		}
		if ws.filter.tagID == t.ID {
			ws.filter.tagID = into.ID
		}
		ws.changeTags("merge tags", func(ctx context.Context) ([]storage.TagSnapshot, error) {
			return ws.store().MergeTags(ctx, t.ID, into.ID)
		})
	})
}

func (ws *Workspace) confirmDeleteTag(t storage.Tag) {
	var n int64
	var err error
	ws.run.run(func() {
		n, err = ws.store().CountStatements(context.Background(), storage.StatementFilter{TagIDs: []int64{t.ID}})
	}, func() {
		if err != nil {
			ws.showError("Could not count the statements", err)
			return
		}
		msg := fmt.Sprintf("The tag %s will be deleted and taken off its %s; the statements stay.\nYou can undo this with Edit › Undo.", t.Name, statementsText(int(n)))
		ws.confirm("Delete this tag?", msg, func(ok bool) {
			if !ok {
				return
			}
			if ws.filter.tagID == t.ID {
				ws.filter.tagID = 0
			}
			ws.changeTags("delete tag", func(ctx context.Context) ([]storage.TagSnapshot, error) {
				return ws.store().DeleteTag(ctx, t.ID)
			})
		})
	})
}
