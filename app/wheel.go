package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
)

// A text field holds a scroll of its own, and Fyne (v2.8.1) gives the
// mouse wheel to the innermost scroll under the pointer, which keeps it
// even when it cannot move. A pane holding text fields (the statement's
// detail, the assessment) stopped scrolling the moment a field came under
// the pointer: at 1024 px the detail pane never reached its links. The
// text fields here lay a wheelRelay over themselves: the field scrolls
// while it has text out of view that way, then the wheel goes on to the
// scroll that holds the field, as it does in a web page.

// wheelRelay lies over a text field and takes its mouse wheel; it draws
// nothing and takes no other input (taps, drags and the pointer reach the
// field under it).
type wheelRelay struct {
	canvas.Rectangle
	field fyne.CanvasObject // the text field it lies over
	inner func() *container.Scroll
}

// Scrolled scrolls the field's own scroll, else the scroll holding the
// field.
func (w *wheelRelay) Scrolled(ev *fyne.ScrollEvent) {
	if in := w.inner(); in != nil && in.Visible() {
		was := in.Offset
		in.Scrolled(ev)
		if in.Offset != was {
			return
		}
	}
	if out := enclosingScrollable(w.field); out != nil {
		out.Scrolled(ev)
	}
}

// enclosingScrollable is the innermost scrollable object holding o in its
// window (nil: none).
func enclosingScrollable(o fyne.CanvasObject) fyne.Scrollable {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	if c == nil {
		return nil
	}
	roots := append([]fyne.CanvasObject{c.Content()}, c.Overlays().List()...)
	var found fyne.Scrollable
	for _, root := range roots {
		var path []fyne.CanvasObject // the objects holding the one walked
		done := walkVisible(root, func(x fyne.CanvasObject, _, _ fyne.Position, _ fyne.Size) bool {
			if x != o {
				path = append(path, x)
				return false
			}
			for i := len(path) - 1; i >= 0 && found == nil; i-- {
				found, _ = path[i].(fyne.Scrollable)
			}
			return true
		}, func(fyne.CanvasObject, fyne.Position, fyne.CanvasObject) {
			path = path[:len(path)-1]
		})
		if done {
			return found
		}
	}
	return nil
}

// relayWheel is r, the renderer of a text field, with a wheelRelay over
// it.
func relayWheel(field fyne.CanvasObject, r fyne.WidgetRenderer) fyne.WidgetRenderer {
	w := &wheelRelay{field: field}
	w.FillColor = color.Transparent
	w.inner = func() *container.Scroll {
		for _, o := range r.Objects() {
			if s, ok := o.(*container.Scroll); ok {
				return s
			}
		}
		return nil
	}
	return &relayRenderer{WidgetRenderer: r, relay: w}
}

// relayRenderer lays the relay over everything the field draws.
type relayRenderer struct {
	fyne.WidgetRenderer
	relay *wheelRelay
}

func (r *relayRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.relay.Move(fyne.NewPos(0, 0))
	r.relay.Resize(size)
}

// Objects is the field's, the relay last: drawn on top, and the innermost
// scrollable under the pointer.
func (r *relayRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	return append(objs[:len(objs):len(objs)], r.relay)
}
