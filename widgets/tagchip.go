package widgets

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// TagChip shows one tag in its colour and reports taps. When OnRemove is set
// it also shows a small cross that removes the tag.
type TagChip struct {
	widget.BaseWidget
	Name     string
	Color    color.Color
	OnTapped func()
	// OnRemove, when not nil, shows a cross; tapping it calls OnRemove
	// instead of OnTapped.
	OnRemove func()

	hovered bool
}

var (
	_ fyne.Tappable     = (*TagChip)(nil)
	_ desktop.Hoverable = (*TagChip)(nil)
)

// NewTagChip returns a chip; onTap may be nil.
func NewTagChip(name string, c color.Color, onTap func()) *TagChip {
	t := &TagChip{Name: name, Color: c, OnTapped: onTap}
	t.ExtendBaseWidget(t)
	return t
}

// SetTag changes the chip's name and colour.
func (t *TagChip) SetTag(name string, c color.Color) {
	t.Name, t.Color = name, c
	t.Refresh()
}

// Tapped calls OnRemove when the cross was hit, OnTapped otherwise.
func (t *TagChip) Tapped(ev *fyne.PointEvent) {
	if t.OnRemove != nil && ev.Position.X >= t.Size().Width-t.removeWidth() {
		t.OnRemove()
		return
	}
	if t.OnTapped != nil {
		t.OnTapped()
	}
}

// MouseIn shows the hover state.
func (t *TagChip) MouseIn(*desktop.MouseEvent) { t.hovered = true; t.Refresh() }

// MouseMoved is needed for desktop.Hoverable.
func (t *TagChip) MouseMoved(*desktop.MouseEvent) {}

// MouseOut clears the hover state.
func (t *TagChip) MouseOut() { t.hovered = false; t.Refresh() }

// Cursor shows a pointer when the chip does something on tap.
func (t *TagChip) Cursor() desktop.Cursor {
	if t.OnTapped != nil || t.OnRemove != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

func (t *TagChip) removeWidth() float32 {
	return themeSize(t, theme.SizeNameInlineIcon)*0.75 + themeSize(t, theme.SizeNamePadding)
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (t *TagChip) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	r := &tagChipRenderer{chip: t, look: newChipLook(),
		remove: canvas.NewImageFromResource(theme.CancelIcon())}
	r.remove.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type tagChipRenderer struct {
	chip   *TagChip
	look   *chipLook
	remove *canvas.Image
}

func (r *tagChipRenderer) Destroy() {}

func (r *tagChipRenderer) Objects() []fyne.CanvasObject {
	return append(r.look.objects(), r.remove)
}

func (r *tagChipRenderer) MinSize() fyne.Size {
	s := r.look.minSize(r.chip)
	if r.chip.OnRemove != nil {
		s.Width += r.chip.removeWidth()
	}
	return s
}

func (r *tagChipRenderer) Layout(size fyne.Size) {
	natural := r.look.place(r.chip, fyne.NewPos(0, (size.Height-r.look.minSize(r.chip).Height)/2))
	if r.chip.OnRemove == nil {
		r.remove.Hide()
		return
	}
	// the pill grows to hold the cross at its right end
	natural.Width += r.chip.removeWidth()
	r.look.bg.Resize(natural)
	icon := themeSize(r.chip, theme.SizeNameInlineIcon) * 0.75
	r.remove.Resize(fyne.NewSquareSize(icon))
	r.remove.Move(fyne.NewPos(natural.Width-r.chip.removeWidth(), r.look.bg.Position().Y+(natural.Height-icon)/2))
	r.remove.Show()
}

func (r *tagChipRenderer) Refresh() {
	fill := float32(0.18)
	if r.chip.hovered && (r.chip.OnTapped != nil || r.chip.OnRemove != nil) {
		fill = 0.32
	}
	r.look.set(r.chip, r.chip.Name, orGrey(r.chip, r.chip.Color), fill, false)
	r.look.refresh()
	r.remove.Resource = theme.CancelIcon()
	r.remove.Refresh()
	r.Layout(r.chip.Size())
}
