package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/storage/hostiletest"
	"parley/widgets"
)

// An opener is one way a user opens something: a menu item, or a button
// of the window. route names it in failures ("File › Export…").
type opener struct {
	route string
	open  func(wd *world) bool      // false: not on screen in this state
	start func(t *testing.T) *world // the state it starts from; nil: newTourWorld
}

// exploreDepth is how many dialogs deep the tour taps: a menu item's
// dialog, a dialog one of its buttons opens, and one more (File › Export…
// › Choose a file… › Change… is the folder chooser).
const exploreDepth = 3

// dismissLabels close a dialog without doing anything.
var dismissLabels = []string{"Cancel", "Close", "No", "OK", "Close without storing"}

// TestEveryDialogOpensAndCloses opens everything the application opens,
// on the test driver and the way a user does: every item of every menu
// (through the window's main menu) and every button of the window, then
// taps every button of each dialog that appears, and of the dialogs those
// open, each time from the same start. Any panic fails the test with the
// path that led to it: this is what catches a Fyne call that is only
// legal once a dialog is shown (Resize before Show crashed every file
// chooser in v2.8.1).
func TestEveryDialogOpensAndCloses(t *testing.T) {
	if testing.Short() {
		t.Skip("the tour taps every button of every dialog")
	}
	// Without a project, new ones go to the home folder: a temporary one.
	t.Setenv("HOME", t.TempDir())
	openers := append(menuOpeners(newTourWorld(t)), windowOpeners(newTourWorld(t))...)
	openers = append(openers, startOpeners(t)...)
	if len(openers) < 30 {
		t.Fatalf("only %d ways to open something found", len(openers))
	}
	tapped, reached := 0, map[string][]string{}
	for _, o := range openers {
		start := o.start
		if start == nil {
			start = newTourWorld
		}
		wd := start(t)
		tapped += wd.explore(o, nil, exploreDepth, map[string]bool{}, reached)
	}
	t.Logf("%d openers, %d taps", len(openers), tapped)
	// The tour must have reached the file choosers, the review window and
	// the dialogs they lead to; a tour that finds nothing proves nothing.
	for route, button := range map[string]string{
		"File › Open…":                                                  "Cancel",
		"File › New Project… › Change…":                                 "Open",
		"File › Save a Copy… › Change…":                                 "Open",
		"File › Connect to a Team Project…":                             "Connect",
		"File › Copy to a Team Project…":                                "Copy",
		"File › Import… › Choose a file…":                               "Cancel",
		"File › Import… › Paste from the clipboard":                     "Accept all",
		"File › Export… › Choose a file… › Change…":                     "Open",
		"File › Export… › Choose a file… › Export":                      "Open in browser",
		"Project › Topics… › first row › Merge into…":                   "Cancel",
		"Project › Agreement Between Coders… › Choose…":                 "Cancel",
		"Project › Agreement Between Coders… › Compare":                 "OK",
		"Edit › Your Name…":                                             "Cancel",
		"card › secondary tap › Delete statement…":                      "Yes",
		"Sources › button Make statement…":                              "Create",
		"Sources › button Import… › Choose a file…":                     "Cancel",
		"File › Import… › Paste from the clipboard › Split…":            "Split",
		"a project changed outside Parley":                              "Rescue into a new project…",
		"a project changed outside Parley › Rescue into a new project…": "Cancel",
		"welcome › Open project…":                                       "Cancel",
		"welcome › New project… › Change…":                              "Open",
	} {
		if !slices.Contains(reached[route], button) {
			t.Errorf("the tour did not reach %s (with %q): it showed %q", route, button, reached[route])
		}
	}
}

// newTourWorld is a world with a statement selected that has a note and
// a link, and a speaker, so that the items and buttons that act on them
// are there.
func newTourWorld(t *testing.T) *world {
	wd := newWorld(t)
	ctx := context.Background()
	wd.must(wd.st.CreateNote(ctx, &storage.Note{StatementID: &wd.cnX.ID, Body: "Same wording as 2023."}))
	wd.must(wd.st.CreateLink(ctx, &storage.Link{FromID: wd.cnX.ID, ToID: wd.euX.ID, Type: storage.LinkContradicts}))
	wd.must(wd.st.CreateSpeaker(ctx, &storage.Speaker{Name: "Miao Deyu", Role: "Assistant Foreign Minister", PartyID: &wd.china.ID}))
	wd.ws.refresh()
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	return wd
}

// menuOpeners are the items of every menu and submenu, Quit aside (it
// ends the application, and a test with it).
func menuOpeners(wd *world) []opener {
	var out []opener
	var add func(path []string, items []*fyne.MenuItem)
	add = func(path []string, items []*fyne.MenuItem) {
		for _, it := range items {
			if it.IsSeparator || it.IsQuit {
				continue
			}
			p := append(slices.Clone(path), it.Label)
			if it.ChildMenu != nil {
				add(p, it.ChildMenu.Items)
				continue
			}
			out = append(out, opener{route: strings.Join(p, " › "), open: func(wd *world) bool {
				it := menuItem(wd.ws.win.MainMenu(), p...)
				if it == nil || it.Disabled || it.Action == nil {
					return false
				}
				it.Action()
				return true
			}})
		}
	}
	for _, m := range wd.ws.win.MainMenu().Items {
		add([]string{m.Label}, m.Items)
	}
	// The vocabulary dialogs act on a chosen row: choose the first.
	for _, m := range []string{"Dialogues…", "Parties…", "Speakers…", "Topics…", "Tags…"} {
		p := []string{"Project", m}
		out = append(out, opener{route: "Project › " + m + " › first row", open: func(wd *world) bool {
			it := menuItem(wd.ws.win.MainMenu(), p...)
			if it == nil || it.Disabled {
				return false
			}
			it.Action()
			return tapFirstRow(wd.ws.win.Canvas().Overlays().Top())
		}})
	}
	return out
}

// tapFirstRow taps the first row of the list in o, as a click on it does.
func tapFirstRow(o fyne.CanvasObject) bool {
	list, _ := walk(o, func(x fyne.CanvasObject) bool { _, ok := x.(*widget.List); return ok }).(*widget.List)
	if list == nil {
		return false
	}
	first, _ := walk(list, func(x fyne.CanvasObject) bool { l, ok := x.(*widget.Label); return ok && l.Text != "" }).(*widget.Label)
	if first == nil {
		return false
	}
	return tapIn(list, first.Text)
}

// windowOpeners are the buttons of the window (Compare with a statement
// selected, then Sources with a sentence selected), the card's menu and
// the text under a column.
func windowOpeners(wd *world) []opener {
	var out []opener
	seen := map[string]bool{}
	for _, l := range buttonLabels(wd.ws.win.Canvas().Content()) {
		if !seen[l] {
			seen[l] = true
			out = append(out, opener{route: "button " + l, open: tapIfThere(l)})
		}
	}
	out = append(out, opener{route: "New statement (under a column)", open: func(wd *world) bool {
		wd.tapNewStatement(0)
		return true
	}}, opener{route: "card › secondary tap", open: func(wd *world) bool {
		card, _ := walk(wd.ws.view.cols[0], func(o fyne.CanvasObject) bool {
			c, ok := o.(*widgets.StatementCard)
			return ok && c.Data.ID == wd.cnX.ID
		}).(*widgets.StatementCard)
		if card == nil {
			return false
		}
		test.TapSecondary(card)
		return true
	}})
	toSources := func(wd *world) {
		if srcs, err := wd.st.Sources(context.Background(), 0); err == nil && len(srcs) == 0 {
			wd.addSource()
		}
		tapSentence(wd.t, wd.openSources(), "China rejected")
	}
	toSources(wd)
	for _, l := range buttonLabels(wd.ws.win.Canvas().Content()) {
		if seen[l] {
			continue
		}
		seen[l] = true
		l := l
		out = append(out, opener{route: "Sources › button " + l, open: func(wd *world) bool {
			toSources(wd)
			return tapIfThere(l)(wd)
		}})
	}
	return out
}

// startOpeners are what a user meets when the project asked for does not
// open: the open error with its way on (open another, create one, rescue
// a project changed outside Parley), and the welcome screen behind it.
func startOpeners(t *testing.T) []opener {
	base := rescueBase(t)
	hostile := filepath.Join(t.TempDir(), "mailed"+storage.Extension)
	noErr(t, hostiletest.Make(base, hostile, hostiletest.Cases()[0]))
	missing := filepath.Join(t.TempDir(), "gone"+storage.Extension)
	out := []opener{{route: "a project changed outside Parley", start: newEmptyWorld, open: func(wd *world) bool {
		wd.ws.openInitial(hostile)
		return true
	}}}
	for _, b := range []string{"Open project…", "New project…"} {
		out = append(out, opener{route: "welcome › " + b, start: newEmptyWorld, open: func(wd *world) bool {
			wd.ws.openInitial(missing)
			wd.closeAll() // the open error: "The project is not there"
			return tapIfThere(b)(wd)
		}})
	}
	return out
}

// newEmptyWorld is a window with no project open, as at a start whose
// project cannot be opened.
func newEmptyWorld(t *testing.T) *world {
	a := test.NewTempApp(t)
	w := test.NewTempWindow(t, widget.NewLabel(""))
	w.Resize(fyne.NewSize(1280, 800))
	wd := &world{t: t, path: filepath.Join(t.TempDir(), "none"+storage.Extension)}
	wd.ws = newWorkspace(a, w, inlineRunner{})
	t.Cleanup(func() { wd.ws.close() })
	return wd
}

func tapIfThere(label string) func(wd *world) bool {
	return func(wd *world) bool {
		b := findButton(wd.ws.win.Canvas(), label)
		if b == nil || b.Disabled() {
			return false
		}
		test.Tap(b)
		return true
	}
}

// explore opens o, taps the buttons in route, then each button of what
// that opened (a dialog, another window), each from a fresh start, and
// goes depth levels deep; reached records the buttons of what each path
// showed. A surface with the same buttons as one seen
// before under o (the same dialog shown again after Move up, say) is not
// explored again. It returns the number of taps made.
func (wd *world) explore(o opener, route []string, depth int, seen map[string]bool, reached map[string][]string) int {
	wd.t.Helper()
	shown, ok := wd.replay(o, route)
	if !ok || shown == nil || depth == 0 {
		wd.closeAll()
		return 0
	}
	labels := buttonLabels(shown)
	reached[strings.Join(append([]string{o.route}, route...), " › ")] = labels
	key := strings.Join(labels, "|")
	if os.Getenv("PARLEY_TOUR_LOG") != "" { // lists what the tour saw
		wd.t.Logf("%s %q: %q", o.route, route, labels)
	}
	wd.closeAll()
	if seen[key] {
		return 0
	}
	seen[key] = true
	n := 0
	for _, l := range labels {
		n++
		n += wd.explore(o, append(slices.Clone(route), l), depth-1, seen, reached)
	}
	return n
}

// tourPastes counts the texts the tour put on the clipboard.
var tourPastes int

// replay opens o and taps route's buttons in turn, failing the test on a
// panic. It returns what the last step put on screen on top (a dialog, a
// new window's content), nil when it opened nothing.
func (wd *world) replay(o opener, route []string) (shown fyne.CanvasObject, ok bool) {
	where := strings.Join(append([]string{o.route}, route...), " › ")
	defer func() {
		if r := recover(); r != nil {
			wd.t.Errorf("%s: panic: %v\n%s", where, r, debug.Stack())
			ok = false
		}
	}()
	// A fresh text on the clipboard each time: a paste the tour stored
	// before must not turn the next one into "Already imported".
	tourPastes++
	fyne.CurrentApp().Clipboard().SetContent(fmt.Sprintf("%s They met %d times.", reviewReadout, tourPastes))
	// Nor must a report it wrote turn the next export into "Replace?".
	for _, ext := range []string{"*.html", "*.csv"} {
		old, _ := filepath.Glob(filepath.Join(filepath.Dir(wd.path), ext))
		for _, f := range old {
			wd.must(os.Remove(f))
		}
	}
	before := wd.surfaces()
	if !o.open(wd) {
		return nil, false
	}
	for _, l := range route {
		if !tapIn(wd.newest(before), l) {
			if os.Getenv("PARLEY_TOUR_LOG") != "" {
				wd.t.Logf("%s: no %q in %T %q", where, l, wd.newest(before), buttonLabels(wd.newest(before)))
			}
			return nil, false // the button is gone in this state (say, a deleted row's)
		}
	}
	return wd.newest(before), true
}

// tapIn taps the button labelled label in o.
func tapIn(o fyne.CanvasObject, label string) bool {
	if o == nil {
		return false
	}
	b, _ := walk(o, func(x fyne.CanvasObject) bool {
		b, ok := x.(*widget.Button)
		return ok && b.Text == label && !b.Disabled()
	}).(*widget.Button)
	if b != nil {
		test.Tap(b)
		return true
	}
	hit := tappableAround(o, func(s string) bool { return s == label }, textHit{})
	if hit.target == nil {
		return false
	}
	test.TapAt(hit.target, hit.at)
	return true
}

// surfaces are what is on screen now: the main window's overlays and the
// application's other windows.
func (wd *world) surfaces() []fyne.CanvasObject {
	out := slices.Clone(wd.ws.win.Canvas().Overlays().List())
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w != wd.ws.win {
			out = append(out, w.Canvas().Content())
			out = append(out, w.Canvas().Overlays().List()...)
		}
	}
	return out
}

// newest is the topmost surface that was not there before, nil when
// nothing new is on screen.
func (wd *world) newest(before []fyne.CanvasObject) fyne.CanvasObject {
	now := wd.surfaces()
	for i := len(now) - 1; i >= 0; i-- {
		if !slices.Contains(before, now[i]) && now[i].Visible() {
			return now[i]
		}
	}
	return nil
}

// closeAll closes the other windows and every overlay, by a dismiss button
// where there is one.
func (wd *world) closeAll() {
	// Closing a window takes it out of the list being walked: walk a copy.
	for _, w := range slices.Clone(fyne.CurrentApp().Driver().AllWindows()) {
		if w != nil && w != wd.ws.win {
			w.Close()
		}
	}
	c := wd.ws.win.Canvas()
	for i := 0; i < 20 && c.Overlays().Top() != nil; i++ {
		top := c.Overlays().Top()
		tapped := false
		for _, l := range dismissLabels {
			if tapped = tapIn(top, l); tapped {
				break
			}
		}
		if !tapped || c.Overlays().Top() == top {
			c.Overlays().Remove(top)
		}
	}
}

// buttonLabels are the labels of the visible, enabled buttons in o, each
// once, in the order they are drawn; of a pop-up menu, its items. A file
// chooser's path buttons ("/", "tmp", …) are Fyne's own navigation and
// are left out: its Cancel and confirm buttons are the application's.
func buttonLabels(o fyne.CanvasObject) []string {
	var m *widget.Menu
	walk(o, func(x fyne.CanvasObject) bool {
		switch x := x.(type) {
		case *widget.Menu:
			m = x
		case *widget.PopUpMenu:
			m = x.Menu
		}
		return m != nil
	})
	if m != nil {
		var out []string
		for _, it := range m.Items {
			if t, ok := walk(it, func(x fyne.CanvasObject) bool { t, ok := x.(*canvas.Text); return ok && t.Text != "" }).(*canvas.Text); ok {
				out = append(out, t.Text)
			}
		}
		return out
	}
	out := buttonTexts(o)
	if len(out) > 0 && out[0] == "/" {
		if i := slices.Index(out, "Cancel"); i > 0 {
			out = out[i:]
		}
	}
	return out
}

func buttonTexts(o fyne.CanvasObject) []string {
	var out []string
	walk(o, func(x fyne.CanvasObject) bool {
		if b, ok := x.(*widget.Button); ok && b.Text != "" && !b.Disabled() && !slices.Contains(out, b.Text) {
			out = append(out, b.Text)
		}
		return false
	})
	return out
}
