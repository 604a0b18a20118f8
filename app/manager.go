package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// manager is the frame of the vocabulary dialogs (Project → Dialogues…,
// Parties…, …): a list of the project's items and buttons acting on the
// chosen one. It re-reads its rows whenever the workspace loads new data.
type manager struct {
	ws       *Workspace
	rows     func() []string
	swatches func() []color.Color // a colour per row (nil: rows without colour)
	colours  []color.Color
	// counts, when set, is quiet text after each row ("3 statements");
	// onReload runs after the rows are re-read, to fetch new counts.
	counts   func(row int) string
	onReload func()
	list     *widget.List
	selected int
	items    []string
	rowsFit  *rowsFit      // gives the wrapped rows their heights at the list's width
	empty    *widget.Label // in place of the list while it has no rows
	dlg      dialog.Dialog
}

// managerEmpty is what each vocabulary dialog says while its list is
// empty, as in a new project: a blank dialog above greyed buttons said
// nothing of where its items come from.
var managerEmpty = map[string]string{
	"Dialogues": "No dialogues yet. New… adds one; importing a readout (File › Import…) creates its dialogue.",
	"Parties":   "No parties yet. New… adds one; importing a readout creates the parties it names.",
	"Speakers":  "No speakers yet. New… adds one; importing a readout adds the speakers it finds.",
	"Topics":    "No topics yet. New… adds one; the topic tree then offers it.",
	"Tags":      "No tags yet. Tag a statement (select it, then Ctrl+T) to make the first.",
}

// action is a manager button; needsRow disables it until a row is chosen.
type action struct {
	label    string
	needsRow bool
	run      func(row int)
}

func (ws *Workspace) showManager(title string, rows func() []string, actions ...action) *manager {
	return ws.showColouredManager(title, rows, nil, actions...)
}

// showColouredManager is showManager with a swatch before each row, for
// the things that have a colour (parties, tags): a colour is seen, not read
// as "#c8102e".
func (ws *Workspace) showColouredManager(title string, rows func() []string, swatches func() []color.Color, actions ...action) *manager {
	m := &manager{ws: ws, rows: rows, swatches: swatches, selected: -1}
	m.read()
	m.list = widget.NewList(func() int { return len(m.items) }, newManagerRow, m.updateRow)
	var buttons []fyne.CanvasObject
	var needy []*widget.Button
	for _, a := range actions {
		a := a
		b := widget.NewButton(a.label, func() {
			if a.needsRow && (m.selected < 0 || m.selected >= len(m.items)) {
				return
			}
			a.run(m.selected)
		})
		if a.needsRow {
			b.Disable()
			needy = append(needy, b)
		}
		if ws.store().ReadOnly() {
			b.Disable()
		}
		buttons = append(buttons, b)
	}
	m.list.OnSelected = func(i widget.ListItemID) {
		m.selected = i
		for _, b := range needy {
			if !ws.store().ReadOnly() {
				b.Enable()
			}
		}
	}
	m.rowsFit = &rowsFit{fit: m.fitRows}
	m.empty = widget.NewLabel(managerEmpty[title])
	m.empty.Wrapping = fyne.TextWrapWord
	m.empty.Importance = widget.LowImportance
	m.showEmpty()
	fitted := container.NewStack(container.New(m.rowsFit, m.list), container.NewVBox(m.empty))
	body := container.NewBorder(nil, container.NewGridWithColumns(min(len(buttons), 4), buttons...), nil, nil, fitted)
	m.dlg = dialog.NewCustom(title, "Close", body, ws.win)
	m.dlg.Resize(managerSize(ws.win))
	ws.managerOpen = m
	m.dlg.SetOnClosed(func() {
		if ws.managerOpen == m {
			ws.managerOpen = nil
		}
	})
	showModal(ws.win, m.dlg)
	return m
}

// reload re-reads the rows after the workspace loaded new data.
func (m *manager) reload() {
	m.read()
	m.rowsFit.remeasure(m.list.Size().Width)
	if m.selected >= len(m.items) {
		m.selected = -1
		m.list.UnselectAll()
	}
	m.list.Refresh()
	m.showEmpty()
	if m.onReload != nil {
		m.onReload()
	}
}

// showEmpty shows the words of an empty list while the list has no rows.
func (m *manager) showEmpty() {
	if len(m.items) == 0 && m.empty.Text != "" {
		m.empty.Show()
	} else {
		m.empty.Hide()
	}
}

// selectRow chooses row i, e.g. to follow an item moved up or down.
func (m *manager) selectRow(i int) {
	if i >= 0 && i < len(m.items) {
		m.list.Select(i)
	}
}

func (m *manager) read() {
	m.items = m.rows()
	m.colours = nil
	if m.swatches != nil {
		m.colours = m.swatches()
	}
}

// rowsFit lays out a list whose rows wrap, first telling fit the width it
// gets, so that the rows' heights (SetItemHeight) follow the width.
type rowsFit struct {
	fit   func(width float32)
	width float32 // the width the rows were measured at
}

func (r *rowsFit) MinSize(objects []fyne.CanvasObject) fyne.Size { return objects[0].MinSize() }

func (r *rowsFit) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	r.measure(size.Width)
	objects[0].Resize(size)
	objects[0].Move(fyne.NewPos(0, 0))
}

// measure fits the rows at width, once per width.
func (r *rowsFit) measure(width float32) {
	if width <= 0 || width == r.width {
		return
	}
	r.width = width
	r.fit(width)
}

// remeasure fits the rows at width again, after they were read anew.
func (r *rowsFit) remeasure(width float32) {
	r.width = 0
	r.measure(width)
}

// wrappedRowHeight is the height row (a list row already filled) needs at width:
// its wrapped label's lines, one line at least.
func wrappedRowHeight(row fyne.CanvasObject, width float32) float32 {
	one := widget.NewLabel("item").MinSize().Height
	row.Resize(fyne.NewSize(width, one))
	return max(one, row.MinSize().Height)
}

// fitRows measures each row at width with a row like the list's own.
func (m *manager) fitRows(width float32) {
	probe := newManagerRow()
	for i := range m.items {
		m.updateRow(i, probe)
		m.list.SetItemHeight(i, wrappedRowHeight(probe, width))
	}
}

// newManagerRow is a row of a manager's list. Its text wraps: a speaker's
// name, long title and party ("Shen Bo, Director-General, Department of
// International Organizations and Conferences, …") were cut with "…" at a
// window of 1024, the party lost; rowsFit gives the row the lines it needs.
func newManagerRow() fyne.CanvasObject {
	l := widget.NewLabel("item")
	l.Wrapping = fyne.TextWrapWord
	dot := canvas.NewCircle(color.Transparent)
	count := widget.NewLabel("")
	count.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, container.NewCenter(fixedSize(dot, 14)), count, l)
}

func (m *manager) updateRow(i widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	setText(c.Objects[0].(*widget.Label), m.items[i])
	count := c.Objects[2].(*widget.Label)
	if m.counts == nil {
		count.Hide()
	} else {
		setText(count, m.counts(i))
		count.Show()
	}
	box := c.Objects[1].(*fyne.Container)
	if i >= len(m.colours) {
		box.Hide()
		return
	}
	dot := box.Objects[0].(*fyne.Container).Objects[1].(*canvas.Circle)
	ring, width := swatchRing(m.colours[i])
	if dot.FillColor != m.colours[i] || dot.StrokeColor != ring {
		dot.FillColor, dot.StrokeColor, dot.StrokeWidth = m.colours[i], ring, width
		dot.Refresh()
	}
	box.Show()
}

// swatchRing is the outline of a colour's dot in a list: none while the
// colour stands out from the dialog's background, else a thin ring in the
// theme's quiet text colour. A dark tag ("death penalty", #2c3e50) was a
// hole in the dark theme, a pale one would be in the light.
func swatchRing(c color.Color) (color.Color, float32) {
	th := fyne.CurrentApp().Settings().Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	if contrast(c, th.Color(theme.ColorNameOverlayBackground, v)) >= 2 {
		return color.Transparent, 0
	}
	return th.Color(theme.ColorNamePlaceHolder, v), 1.5
}

// managerSize is the size of a vocabulary dialog: roomy enough for long
// speaker titles and eight rows above two rows of buttons, within the
// window.
func managerSize(win fyne.Window) fyne.Size {
	want := fyne.NewSize(760, 560)
	if win == nil || win.Canvas() == nil {
		return want
	}
	have := win.Canvas().Size()
	if have.Width > 0 && have.Width-80 < want.Width {
		want.Width = have.Width - 80
	}
	if have.Height > 0 && have.Height-80 < want.Height {
		want.Height = have.Height - 80
	}
	return want
}
