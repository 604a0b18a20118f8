package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tapText is a clickable line of text that, unlike a button, takes no
// keyboard focus: under each column it keeps Tab going from one column
// straight to the next.
type tapText struct {
	widget.BaseWidget
	label    *widget.Label
	icon     *widget.Icon
	OnTapped func()
	disabled bool
}

func newTapText(text string, onTap func()) *tapText {
	t := &tapText{label: widget.NewLabel(text), icon: widget.NewIcon(theme.ContentAddIcon()), OnTapped: onTap}
	t.label.Importance = widget.HighImportance
	t.ExtendBaseWidget(t)
	return t
}

// Tapped runs OnTapped unless disabled.
func (t *tapText) Tapped(*fyne.PointEvent) {
	if !t.disabled && t.OnTapped != nil {
		t.OnTapped()
	}
}

// Cursor shows a pointing hand over the text.
func (t *tapText) Cursor() desktop.Cursor {
	if t.disabled {
		return desktop.DefaultCursor
	}
	return desktop.PointerCursor
}

// Disable greys the text out and ignores taps.
func (t *tapText) Disable() {
	t.disabled = true
	t.label.Importance = widget.LowImportance
	t.icon.Hide()
	t.label.Refresh()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (t *tapText) CreateRenderer() fyne.WidgetRenderer {
	row := &fyne.Container{Layout: &centreRow{}, Objects: []fyne.CanvasObject{t.icon, t.label}}
	return widget.NewSimpleRenderer(row)
}

// centreRow lays its objects out side by side, centred horizontally.
type centreRow struct{}

func (centreRow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		w += m.Width
		h = max(h, m.Height)
	}
	return fyne.NewSize(w, h)
}

func (c centreRow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	x := (size.Width - c.MinSize(objs).Width) / 2
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		o.Move(fyne.NewPos(x, (size.Height-m.Height)/2))
		o.Resize(m)
		x += m.Width
	}
}
