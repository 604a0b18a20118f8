package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// minValueWidth is the room a value needs beside its label before the
// labels go above: "European Union" or "Human rights in the EU" in a
// select. Below it a narrow detail pane (a 1024-pixel window) cut them to
// "European Uni…" and "Human rights …".
const minValueWidth = 200

// fieldsLayout sets out label/value pairs (objects alternate) as a form
// does, labels beside values, while the values keep minValueWidth; in a
// narrower space each label goes above its value, which then has the
// whole width. Its minimum width is the stacked one, so it never widens
// the pane it sits in.
type fieldsLayout struct {
	width    float32 // the width last laid out at; decides the arrangement
	onChange func()  // told when the arrangement changes, to lay out again
}

// newFields is a fieldsLayout container of label/value pairs; onChange
// refreshes what holds it, whose height depends on the arrangement.
func newFields(onChange func(), items ...*widget.FormItem) *fyne.Container {
	var objs []fyne.CanvasObject
	for _, it := range items {
		l := widget.NewLabelWithStyle(it.Text, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		objs = append(objs, l, it.Widget)
	}
	return container.New(&fieldsLayout{onChange: onChange}, objs...)
}

func (l *fieldsLayout) labelWidth(objs []fyne.CanvasObject) float32 {
	var w float32
	for i := 0; i+1 < len(objs); i += 2 {
		w = max(w, objs[i].MinSize().Width)
	}
	return w
}

func (l *fieldsLayout) beside(objs []fyne.CanvasObject, width float32) bool {
	return width-l.labelWidth(objs)-theme.Padding() >= minValueWidth
}

// Layout places the pairs for size, and says so when the arrangement
// changed, since the height reported before was the other one's.
func (l *fieldsLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	was := l.beside(objs, l.width)
	l.width = size.Width
	pad := theme.Padding()
	beside := l.beside(objs, size.Width)
	lw := l.labelWidth(objs)
	var y float32
	for i := 0; i+1 < len(objs); i += 2 {
		label, value := objs[i], objs[i+1]
		lm, vm := label.MinSize(), value.MinSize()
		if beside {
			h := max(lm.Height, vm.Height)
			label.Move(fyne.NewPos(0, y))
			label.Resize(fyne.NewSize(lw, lm.Height))
			value.Move(fyne.NewPos(lw+pad, y))
			value.Resize(fyne.NewSize(size.Width-lw-pad, h))
			y += h + pad
			continue
		}
		label.Move(fyne.NewPos(0, y))
		label.Resize(fyne.NewSize(size.Width, lm.Height))
		y += lm.Height
		value.Move(fyne.NewPos(0, y))
		value.Resize(fyne.NewSize(size.Width, vm.Height))
		y += vm.Height + pad
	}
	if was == beside {
		return
	}
	for i := 0; i+1 < len(objs); i += 2 {
		if lab, ok := objs[i].(*widget.Label); ok {
			// Right-aligned against its value beside it; above it, at the
			// left edge as the value starts.
			lab.Alignment = fyne.TextAlignLeading
			if beside {
				lab.Alignment = fyne.TextAlignTrailing
			}
			lab.Refresh()
		}
	}
	if l.onChange != nil {
		l.onChange()
	}
}

// MinSize is the stacked width (the narrowest the pairs can be) and the
// height of the arrangement last laid out.
func (l *fieldsLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	pad := theme.Padding()
	beside := l.beside(objs, l.width)
	var w, h float32
	for i := 0; i+1 < len(objs); i += 2 {
		lm, vm := objs[i].MinSize(), objs[i+1].MinSize()
		w = max(w, lm.Width, vm.Width)
		if beside {
			h += max(lm.Height, vm.Height) + pad
		} else {
			h += lm.Height + vm.Height + pad
		}
	}
	if h > 0 {
		h -= pad
	}
	return fyne.NewSize(w, h)
}
