package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"parley/widgets"
)

// newPartyLegend is a swatch of each party's colour beside its name, side
// by side. Names that all fit stand at their own width, packed to the
// left; when they do not (a name such as "The United Kingdom of Great
// Britain and Northern Ireland"), each gets an equal share of the width
// and wraps there, rather than widening the window past the screen.
func newPartyLegend(names []string, colors []color.Color) *fyne.Container {
	l := &legendLayout{}
	c := container.New(l)
	for i, name := range names {
		sw := canvas.NewRectangle(colors[i])
		sw.CornerRadius = 3
		sw.SetMinSize(fyne.NewSize(14, 14))
		label := widget.NewLabel(widgets.Visible(name))
		label.Wrapping = fyne.TextWrapWord
		swatch := container.NewCenter(sw)
		// The width the entry takes on one line: the swatch, the name
		// and the label's padding either side.
		l.natural = append(l.natural, swatch.MinSize().Width+theme.Padding()+
			fyne.MeasureText(label.Text, theme.TextSize(), fyne.TextStyle{}).Width+2*theme.InnerPadding())
		c.Add(container.NewBorder(nil, nil, swatch, nil, label))
	}
	return c
}

// legendLayout places the entries of newPartyLegend.
type legendLayout struct {
	natural []float32 // each entry's width on one line
}

func (l *legendLayout) widths(n int, width float32) []float32 {
	gap := theme.Padding()
	sum := gap * float32(n-1)
	for _, w := range l.natural[:n] {
		sum += w
	}
	out := make([]float32, n)
	for i := range out {
		if sum <= width {
			out[i] = l.natural[i]
		} else {
			out[i] = (width - gap*float32(n-1)) / float32(n)
		}
	}
	return out
}

// Layout puts the entries side by side in the widths they get.
func (l *legendLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	for i, w := range l.widths(len(objects), size.Width) {
		objects[i].Move(fyne.NewPos(x, 0))
		objects[i].Resize(fyne.NewSize(w, size.Height))
		x += w + theme.Padding()
	}
}

// MinSize is as narrow as the entries wrapped can be and as tall as the
// tallest entry at the width it was given.
func (l *legendLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	if len(objects) > 1 {
		s.Width += theme.Padding() * float32(len(objects)-1)
	}
	return s
}
