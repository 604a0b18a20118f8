package app

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"time"
	_ "unsafe" // for go:linkname, see walkVisible

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// LayoutDumpEnv names the environment variable that turns the layout dump
// on: PARLEY_LAYOUT_DUMP=FILE makes the window write, whenever what it
// shows changes, a JSON list of the visible widgets of every window, menu,
// pop-up and dialog to FILE. The end-to-end test (e2e/) reads it to find
// where to click, so that a changed layout fails clearly instead of
// clicking blindly; it is an accessibility-style view for machines.
const LayoutDumpEnv = "PARLEY_LAYOUT_DUMP"

// layoutDumpEvery is how often the dump looks for a change: often enough
// that a test waiting for a dialog does not wait long, rarely enough to
// cost nothing a user would notice.
const layoutDumpEvery = 100 * time.Millisecond

// LayoutDump is what the dump file holds.
type LayoutDump struct {
	Seq int `json:"seq"` // counts the changes of what the windows show
	// Idle counts the looks, since the last change, that found the windows
	// unchanged (the file is written again at each): a reader that waits
	// for it to grow by a few after its own input waits for the window
	// itself to have been quiet, in the window's own time, however loaded
	// the machine is.
	Idle int `json:"idle"`
	// Busy is how many jobs of the project's runner (reading, writing,
	// loading a view) have not finished putting their results on screen.
	Busy int64 `json:"busy"`
	// At is when the look was taken, in Unix nanoseconds: a reader knows
	// a look taken after its input from one taken before.
	At      int64          `json:"at"`
	Windows []LayoutWindow `json:"windows"`
}

// LayoutWindow is one open window. X, Y, W and H of its widgets are in
// window pixels (Fyne units times Scale), from the window's top left.
type LayoutWindow struct {
	Title   string         `json:"title"`
	Scale   float32        `json:"scale"`
	W       int            `json:"w"`
	H       int            `json:"h"`
	Focused string         `json:"focused,omitempty"` // kind of the focused widget
	Widgets []LayoutWidget `json:"widgets"`
}

// LayoutWidget is one visible widget or text. Layer 0 is the window's
// content, then the menu bar (when it has one), then each overlay
// (pop-ups, open menus, dialogs) from bottom to top.
type LayoutWidget struct {
	Kind        string `json:"kind"` // the Go type, e.g. "*widget.Button"
	Text        string `json:"text,omitempty"`
	Placeholder string `json:"placeholder,omitempty"`
	Disabled    bool   `json:"disabled,omitempty"`
	Focused     bool   `json:"focused,omitempty"`
	Layer       int    `json:"layer"`
	X           int    `json:"x"`
	Y           int    `json:"y"`
	W           int    `json:"w"`
	H           int    `json:"h"`
}

// walkVisible is Fyne's own walk over the visible objects of a tree, with
// each object's absolute position and the clip it is drawn in. Fyne
// (v2.8.1) keeps it, and the renderers that hold a widget's children,
// internal; this debug aid, and the wheel's way out of a text field
// (wheel.go), borrow the walk rather than copy it.
//
//go:linkname walkVisible fyne.io/fyne/v2/internal/driver.WalkVisibleObjectTree
func walkVisible(obj fyne.CanvasObject,
	before func(fyne.CanvasObject, fyne.Position, fyne.Position, fyne.Size) bool,
	after func(fyne.CanvasObject, fyne.Position, fyne.CanvasObject)) bool

// startLayoutDump writes the dump to path whenever it changes, until the
// app quits.
func startLayoutDump(a fyne.App, path string) {
	go func() {
		var last []byte
		seq, idle := 0, 0
		for range time.Tick(layoutDumpEvery) {
			var d LayoutDump
			fyne.DoAndWait(func() { d.Windows = dumpWindows(a) })
			d.Busy, d.At = pendingJobs.Load(), time.Now().UnixNano()
			body, err := json.Marshal(d.Windows)
			if err != nil {
				continue
			}
			if bytes.Equal(body, last) {
				idle++
			} else {
				last, idle = body, 0
				seq++
			}
			d.Seq, d.Idle = seq, idle
			if err := writeDump(path, d); err != nil {
				fyne.LogError("layout dump", err)
				return
			}
		}
	}()
}

// writeDump replaces the file at once, so that a reader never sees half.
func writeDump(path string, d LayoutDump) error {
	body, err := json.MarshalIndent(d, "", " ")
	if err != nil {
		return fmt.Errorf("encode the layout: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, body, 0o600); err != nil {
		return fmt.Errorf("write the layout: %w", err)
	}
	return os.Rename(tmp, path)
}

func dumpWindows(a fyne.App) []LayoutWindow {
	var out []LayoutWindow
	for _, w := range a.Driver().AllWindows() {
		c := w.Canvas()
		trees, ok := c.(interface{ ObjectTrees() []fyne.CanvasObject })
		if !ok {
			continue
		}
		lw := LayoutWindow{Title: w.Title(), Scale: c.Scale(),
			W: px(c.Size().Width, c.Scale()), H: px(c.Size().Height, c.Scale())}
		if f := c.Focused(); f != nil {
			lw.Focused = fmt.Sprintf("%T", f)
		}
		for layer, root := range trees.ObjectTrees() {
			lw.Widgets = append(lw.Widgets, dumpTree(root, layer, c)...)
		}
		out = append(out, lw)
	}
	return out
}

func dumpTree(root fyne.CanvasObject, layer int, c fyne.Canvas) []LayoutWidget {
	var out []LayoutWidget
	s := c.Scale()
	walkVisible(root, func(o fyne.CanvasObject, pos, clipPos fyne.Position, clipSize fyne.Size) bool {
		_, isWidget := o.(fyne.Widget)
		t, isText := o.(*canvas.Text)
		if !isWidget && !isText {
			return false
		}
		size := o.Size()
		if isText {
			pos, size = inkBox(t, pos)
		}
		x0, y0 := max(pos.X, clipPos.X), max(pos.Y, clipPos.Y)
		x1 := min(pos.X+size.Width, clipPos.X+clipSize.Width)
		y1 := min(pos.Y+size.Height, clipPos.Y+clipSize.Height)
		if x1 <= x0 || y1 <= y0 {
			return false // scrolled out of sight
		}
		lw := LayoutWidget{Kind: fmt.Sprintf("%T", o), Layer: layer,
			X: px(x0, s), Y: px(y0, s), W: px(x1-x0, s), H: px(y1-y0, s)}
		if isText {
			lw.Text = t.Text
		} else {
			describeWidget(&lw, o)
		}
		if f, ok := o.(fyne.Focusable); ok && c.Focused() == f {
			lw.Focused = true
		}
		out = append(out, lw)
		return false
	}, nil)
	return out
}

// inkBox is where a text is drawn: a text object is often as wide as its
// row, but only its words take a click (a check box's label, a menu item).
func inkBox(t *canvas.Text, pos fyne.Position) (fyne.Position, fyne.Size) {
	size, ink := t.Size(), t.MinSize().Width
	if ink >= size.Width {
		return pos, size
	}
	switch t.Alignment {
	case fyne.TextAlignCenter:
		pos.X += (size.Width - ink) / 2
	case fyne.TextAlignTrailing:
		pos.X += size.Width - ink
	}
	return pos, fyne.NewSize(ink, size.Height)
}

// describeWidget fills in what a widget says: its text, place-holder and
// whether it is disabled.
func describeWidget(lw *LayoutWidget, o fyne.CanvasObject) {
	switch w := o.(type) {
	case *widget.Select:
		lw.Text, lw.Placeholder = w.Selected, w.PlaceHolder
	case *widget.Check:
		lw.Text = w.Text
		if w.Checked {
			lw.Placeholder = "checked"
		}
	default:
		// Text and PlaceHolder of Fyne's widgets and of ours that embed
		// them (an entry that embeds widget.Entry).
		lw.Text, lw.Placeholder = stringField(o, "Text"), stringField(o, "PlaceHolder")
	}
	// Menu items (Fyne's are unexported types) say what they are through
	// their exported Item.
	if mi, ok := exportedField(o, "Item").(*fyne.MenuItem); ok && mi != nil {
		lw.Text, lw.Disabled = mi.Label, mi.Disabled
		return
	}
	if d, ok := o.(fyne.Disableable); ok {
		lw.Disabled = d.Disabled()
	}
}

// exportedField is the value of a widget's exported field name, or nil.
func exportedField(o fyne.CanvasObject, name string) any {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	return f.Interface()
}

// stringField is the exported string field name of a widget (Button.Text,
// Label.Text, Hyperlink.Text, ...), or "".
func stringField(o fyne.CanvasObject, name string) string {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return ""
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.String {
		return ""
	}
	return f.String()
}

func px(v, scale float32) int { return int(v*scale + 0.5) }
