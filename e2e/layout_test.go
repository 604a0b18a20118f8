//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// The dump the binary writes under PARLEY_LAYOUT_DUMP (app/layoutdump.go).
// The test keeps its own copy of the format so that it reads the file as
// any outside tool would.
type dump struct {
	Seq     int      `json:"seq"`  // counts the changes
	Idle    int      `json:"idle"` // looks since the last change that found none
	Busy    int      `json:"busy"` // the runner's jobs not yet on screen
	At      int64    `json:"at"`   // when the look was taken, Unix nanoseconds
	Windows []window `json:"windows"`
}

type window struct {
	Title   string   `json:"title"`
	Scale   float32  `json:"scale"`
	W       int      `json:"w"`
	H       int      `json:"h"`
	Widgets []widget `json:"widgets"`
}

type widget struct {
	Kind        string `json:"kind"`
	Text        string `json:"text"`
	Placeholder string `json:"placeholder"`
	Disabled    bool   `json:"disabled"`
	Focused     bool   `json:"focused"`
	Layer       int    `json:"layer"`
	X, Y, W, H  int
}

func (w widget) String() string {
	s := fmt.Sprintf("%s %q at %d,%d %dx%d layer %d", strings.TrimPrefix(w.Kind, "*"), w.Text, w.X, w.Y, w.W, w.H, w.Layer)
	if w.Disabled {
		s += " (disabled)"
	}
	return s
}

func readDump(path string) (*dump, error) {
	body, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var d dump
	if err := json.Unmarshal(body, &d); err != nil {
		return nil, fmt.Errorf("read the layout dump %s: %w", path, err)
	}
	return &d, nil
}

// window is the open window whose title starts with prefix.
func (d *dump) window(prefix string) (window, bool) {
	for _, w := range d.Windows {
		if strings.HasPrefix(w.Title, prefix) {
			return w, true
		}
	}
	return window{}, false
}

// top is the highest layer of the window: the open dialog or menu, or the
// content when none is.
func (w window) top() int {
	bar, menuOpen := -1, false
	for _, x := range w.Widgets {
		switch x.Kind {
		case "*glfw.MenuBar":
			bar = x.Layer
		case "*widget.menuItem":
			menuOpen = true
		}
	}
	top := 0
	for _, x := range w.Widgets {
		if x.Layer != bar || menuOpen {
			top = max(top, x.Layer)
		}
	}
	return top
}

// find lists the widgets that match, the topmost layer first.
func (w window) find(match func(widget) bool) []widget {
	var out []widget
	for _, x := range w.Widgets {
		if match(x) {
			out = append(out, x)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Layer > out[j].Layer })
	return out
}

// texts is what a layer says, for failure messages.
func (w window) texts(layer int) string {
	var out []string
	seen := map[string]bool{}
	for _, x := range w.Widgets {
		if x.Layer != layer || x.Text == "" || seen[x.Kind+x.Text] {
			continue
		}
		seen[x.Kind+x.Text] = true
		out = append(out, fmt.Sprintf("%s %q", strings.TrimPrefix(x.Kind, "*"), x.Text))
	}
	all := strings.Join(out, ", ")
	if len(all) > 1500 {
		all = all[:1500] + " …"
	}
	return all
}

// Matchers for find.

func text(s string) func(widget) bool { return func(w widget) bool { return w.Text == s } }

func kindText(kind, s string) func(widget) bool {
	return func(w widget) bool { return w.Kind == kind && w.Text == s }
}

// textField matches a one-line text field (Fyne's entries and the app's
// own that embed them) holding text, or any when text is "".
func textField(text string) func(widget) bool {
	return func(w widget) bool {
		return strings.HasSuffix(strings.ToLower(w.Kind), "entry") && (text == "" || w.Text == text)
	}
}

func button(s string) func(widget) bool { return kindText("*widget.Button", s) }

func buttonPrefix(s string) func(widget) bool {
	return func(w widget) bool { return w.Kind == "*widget.Button" && strings.HasPrefix(w.Text, s) }
}

// labelPrefix matches a label by the start of its whole text (its drawn
// lines may be wrapped).
func labelPrefix(s string) func(widget) bool {
	return func(w widget) bool { return w.Kind == "*widget.Label" && strings.HasPrefix(w.Text, s) }
}

func textPrefix(s string) func(widget) bool {
	return func(w widget) bool { return w.Kind == "*canvas.Text" && strings.HasPrefix(w.Text, s) }
}

// hint matches a text field by the start of its place-holder, whatever
// its type (Fyne's entries and the app's own that embed them).
func hint(s string) func(widget) bool {
	return func(w widget) bool { return w.Placeholder != "" && strings.HasPrefix(w.Placeholder, s) }
}

// entryText matches a text field (a widget with a place-holder) by its
// text.
func entryText(s string) func(widget) bool {
	return func(w widget) bool { return w.Placeholder != "" && w.Text == s }
}
