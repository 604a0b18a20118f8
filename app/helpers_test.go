package app

import (
	"context"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
	"parley/widgets"
)

// world is a window on a small project, driven on Fyne's test driver.
type world struct {
	t        *testing.T
	ws       *Workspace
	st       *storage.Store
	path     string
	d        storage.Dialogue
	china    storage.Party
	eu       storage.Party
	rights   storage.Topic
	xinjiang storage.Topic
	tibet    storage.Topic
	cnX, euX storage.Statement // on Xinjiang
	cnT, euT storage.Statement // on Tibet
	joint    storage.Statement // on Human rights, held by both
	tag      storage.Tag
	wrap     func(fyne.Window) fyne.Window // wraps the test window, if set
}

func newWorld(t *testing.T) *world {
	t.Helper()
	return newWorldIn(t, nil)
}

// newWorldIn is newWorld with the test window wrapped by wrap (nil: none).
func newWorldIn(t *testing.T, wrap func(fyne.Window) fyne.Window) *world {
	t.Helper()
	wd := filledWorld(t)
	wd.wrap = wrap
	wd.open()
	return wd
}

// filledWorld is newWorld's project before any window shows it, for tests
// that change it first.
func filledWorld(t *testing.T) *world {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test"+storage.Extension)
	st, err := storage.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	wd := &world{t: t, st: st, path: path}
	wd.fill()
	return wd
}

// openWorld is a window on a project made elsewhere (reporttest's, say).
func openWorld(t *testing.T, st *storage.Store) *world {
	t.Helper()
	wd := &world{t: t, st: st, path: st.Path()}
	wd.open()
	return wd
}

// open shows the project in a window of 1280×800 on the test driver,
// with the inline runner so that what a test asserts is on screen.
func (wd *world) open() {
	a := test.NewTempApp(wd.t)
	var w fyne.Window = test.NewTempWindow(wd.t, widget.NewLabel(""))
	if wd.wrap != nil {
		w = wd.wrap(w)
	}
	w.Resize(fyne.NewSize(1280, 800))
	wd.ws = newWorkspace(a, w, inlineRunner{})
	wd.ws.setProject(wd.st)
	wd.t.Cleanup(func() { wd.ws.close() })
}

func (wd *world) must(err error) {
	wd.t.Helper()
	if err != nil {
		wd.t.Fatal(err)
	}
}

func (wd *world) fill() {
	ctx := context.Background()
	s := wd.st
	wd.d = storage.Dialogue{Title: "39th China-EU Human Rights Dialogue", Round: 39, Place: "Chongqing", StartDate: "2024-06-16"}
	wd.must(s.CreateDialogue(ctx, &wd.d))
	older := storage.Dialogue{Title: "38th China-EU Human Rights Dialogue", Round: 38, Place: "Brussels", StartDate: "2023-02-16"}
	wd.must(s.CreateDialogue(ctx, &older))
	wd.china = storage.Party{Name: "China", ShortName: "CN", Color: "#c8102e"}
	wd.eu = storage.Party{Name: "European Union", ShortName: "EU", Color: "#003399"}
	wd.must(s.CreateParty(ctx, &wd.china))
	wd.must(s.CreateParty(ctx, &wd.eu))
	wd.rights = storage.Topic{Name: "Human rights"}
	wd.must(s.CreateTopic(ctx, &wd.rights))
	wd.xinjiang = storage.Topic{Name: "Xinjiang", ParentID: &wd.rights.ID}
	wd.must(s.CreateTopic(ctx, &wd.xinjiang))
	wd.tibet = storage.Topic{Name: "Tibet", ParentID: &wd.rights.ID}
	wd.must(s.CreateTopic(ctx, &wd.tibet))
	mk := func(d storage.Dialogue, text string, topic int64, parties ...int64) storage.Statement {
		in := storage.StatementInput{PartyIDs: parties}
		in.DialogueID, in.Text, in.TopicID = d.ID, text, &topic
		wd.must(s.CreateStatement(ctx, &in))
		return in.Statement
	}
	wd.cnX = mk(wd.d, "Xinjiang affairs are purely China's internal affairs.", wd.xinjiang.ID, wd.china.ID)
	wd.euX = mk(wd.d, "The EU raised its concerns about the situation in Xinjiang.", wd.xinjiang.ID, wd.eu.ID)
	wd.cnT = mk(wd.d, "西藏的发展成就举世瞩目。", wd.tibet.ID, wd.china.ID)
	wd.euT = mk(wd.d, "The EU called for access to Tibet for independent observers.", wd.tibet.ID, wd.eu.ID)
	wd.joint = mk(wd.d, "Both sides agreed to hold the next round in Brussels.", wd.rights.ID, wd.china.ID, wd.eu.ID)
	wd.joint.Kind = storage.KindAgreement
	wd.must(s.UpdateStatement(ctx, &wd.joint))
	mk(older, "Last year the EU raised individual cases.", wd.xinjiang.ID, wd.eu.ID)
	wd.tag = storage.Tag{Name: "non-interference", Color: "#d1495b"}
	wd.must(s.CreateTag(ctx, &wd.tag))
}

// columnTexts is what each column shows, by card text.
func (wd *world) columnTexts() [][]string {
	var out [][]string
	for _, c := range wd.ws.view.cols {
		var texts []string
		for _, cd := range c.Cards() {
			texts = append(texts, cd.Text)
		}
		out = append(out, texts)
	}
	return out
}

// card returns the card data of statement id in column col.
func (wd *world) card(col int, id int64) (widgets.CardData, bool) {
	for _, cd := range wd.ws.view.cols[col].Cards() {
		if cd.ID == id {
			return cd, true
		}
	}
	return widgets.CardData{}, false
}

// pickTopic clicks a topic in the tree.
func (wd *world) pickTopic(id int64) {
	wd.t.Helper()
	wd.tapTopic(wd.ws.topicName(topicKeyOf(&id)))
}

// pickCard clicks statement id's card in column col.
func (wd *world) pickCard(col int, id int64) {
	wd.t.Helper()
	wd.tapCard(col, id)
}

// shortcut presses a keyboard shortcut in the window.
func (wd *world) shortcut(s fyne.Shortcut) { pressShortcut(wd.ws.win, s) }

// onScreen walks a canvas's overlays (dialogs, pop-ups), topmost first,
// then its content, for the first visible object match accepts: what a
// user could see and reach.
func onScreen(c fyne.Canvas, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	var found fyne.CanvasObject
	fyne.DoAndWait(func() {
		ov := c.Overlays().List()
		for i := len(ov) - 1; i >= 0 && found == nil; i-- {
			found = walk(ov[i], match)
		}
		if found == nil {
			found = walk(c.Content(), match)
		}
	})
	return found
}

func walk(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	if match(o) {
		return o
	}
	var kids []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		kids = x.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(x).Objects()
	}
	for _, k := range kids {
		if f := walk(k, match); f != nil {
			return f
		}
	}
	return nil
}

// findButton is the visible button labelled label, in the topmost
// dialog first; nil when there is none.
func findButton(c fyne.Canvas, label string) *widget.Button {
	b, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		b, ok := o.(*widget.Button)
		return ok && b.Text == label
	}).(*widget.Button)
	return b
}

// findLabel is the visible label that reads text; nil when there is none.
func findLabel(c fyne.Canvas, text string) *widget.Label {
	l, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == text
	}).(*widget.Label)
	return l
}

// find is onScreen on the world's window.
func (wd *world) find(match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	return onScreen(wd.ws.win.Canvas(), match)
}

func (wd *world) findLabel(text string) *widget.Label { return findLabel(wd.ws.win.Canvas(), text) }

// tap taps the visible button labelled label, in a dialog first.
func (wd *world) tap(label string) {
	wd.t.Helper()
	b := findButton(wd.ws.win.Canvas(), label)
	if b == nil {
		wd.t.Fatalf("no button %q on screen", label)
	}
	if b.Disabled() {
		wd.t.Fatalf("button %q is disabled", label)
	}
	test.Tap(b)
}

// tapCheck taps the visible check box labelled label (one of a check
// group's too), in a dialog first.
func (wd *world) tapCheck(label string) {
	wd.t.Helper()
	c, _ := wd.find(func(o fyne.CanvasObject) bool {
		c, ok := o.(*widget.Check)
		return ok && c.Text == label
	}).(*widget.Check)
	if c == nil {
		wd.t.Fatalf("no check box %q on screen", label)
	}
	test.Tap(c)
}

// menu chooses an item of the window's main menu, as a click on the menu
// and then on the item would: path is the menu's label, then the item's
// (and a submenu item's). A disabled or missing item fails the test.
func (wd *world) menu(path ...string) {
	wd.t.Helper()
	it := menuItem(wd.ws.win.MainMenu(), path...)
	if it == nil {
		wd.t.Fatalf("no menu item %q", path)
	}
	if it.Disabled || it.Action == nil {
		wd.t.Fatalf("menu item %q is disabled", path)
	}
	it.Action()
}

// menuItem is the item at path in a main menu, nil when there is none.
func menuItem(mm *fyne.MainMenu, path ...string) *fyne.MenuItem {
	if mm == nil || len(path) < 2 {
		return nil
	}
	var items []*fyne.MenuItem
	for _, m := range mm.Items {
		if m.Label == path[0] {
			items = m.Items
		}
	}
	var it *fyne.MenuItem
	for _, label := range path[1:] {
		it = nil
		for _, x := range items {
			if x.Label == label {
				it = x
			}
		}
		if it == nil {
			return nil
		}
		if it.ChildMenu != nil {
			items = it.ChildMenu.Items
		}
	}
	return it
}

// canvasShortcuts is the handler of the shortcuts added to a canvas. Fyne
// v2.8.1's test canvas wraps a software canvas behind an interface that
// hides its TypedShortcut, so it is taken from the wrapped canvas.
func canvasShortcuts(c fyne.Canvas) fyne.Shortcutable {
	if s, ok := c.(fyne.Shortcutable); ok {
		return s
	}
	inner := reflect.ValueOf(c).Elem().FieldByName("WindowlessCanvas").Interface()
	return inner.(fyne.Shortcutable)
}

// tapOn taps what shows text (a label or a drawn text) in the middle of
// the words: the nearest thing around them that takes taps gets the tap
// at that point, as a click would. A list row, a tree node, a menu item,
// a select's option, a sentence in a highlighted text.
func tapOn(t *testing.T, c fyne.Canvas, text string) {
	t.Helper()
	tapOnMatch(t, c, text, func(s string) bool { return s == text })
}

// tapOnMatch is tapOn for the first text shows accepts; what names it in
// a failure.
func tapOnMatch(t *testing.T, c fyne.Canvas, what string, shows func(string) bool) {
	t.Helper()
	var hit textHit
	fyne.DoAndWait(func() {
		ov := c.Overlays().List()
		for i := len(ov) - 1; i >= 0 && hit.target == nil; i-- {
			hit = tappableAround(ov[i], shows, textHit{})
		}
		if hit.target == nil {
			hit = tappableAround(c.Content(), shows, textHit{})
		}
	})
	if hit.target == nil {
		t.Fatalf("nothing to tap that shows %q", what)
	}
	test.TapAt(hit.target, hit.at)
}

// textHit is a tappable object and a point in it.
type textHit struct {
	target fyne.Tappable
	at     fyne.Position
}

// tappableAround finds a text shows accepts under o and returns the innermost tappable
// object on the way down to it, with the middle of the text in that
// object's coordinates (around: the tappable seen so far and where o is
// in it).
func tappableAround(o fyne.CanvasObject, shows func(string) bool, around textHit) textHit {
	if o == nil || !o.Visible() {
		return textHit{}
	}
	if tp, ok := o.(fyne.Tappable); ok {
		around = textHit{target: tp}
	} else {
		around.at = around.at.Add(o.Position())
	}
	found := false
	switch x := o.(type) {
	case *widget.Label:
		found = shows(x.Text)
	case *canvas.Text:
		found = shows(x.Text)
	}
	if found {
		around.at = around.at.Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
		return around
	}
	var kids []fyne.CanvasObject
	switch x := o.(type) {
	case *fyne.Container:
		kids = x.Objects
	case fyne.Widget:
		kids = test.WidgetRenderer(x).Objects()
	}
	for _, k := range kids {
		if f := tappableAround(k, shows, around); f.target != nil {
			return f
		}
	}
	return textHit{}
}

// choose picks option in the visible select that offers it: a tap on
// the select opens its pop-up, a tap on the option picks it.
func choose(t *testing.T, c fyne.Canvas, option string) {
	t.Helper()
	s, _ := onScreen(c, func(o fyne.CanvasObject) bool {
		s, ok := o.(*widget.Select)
		return ok && slices.Contains(s.Options, option)
	}).(*widget.Select)
	if s == nil {
		t.Fatalf("no choice %q on screen", option)
	}
	chooseIn(t, c, s, option)
}

// chooseIn opens select s with a tap and taps option in its pop-up.
func chooseIn(t *testing.T, c fyne.Canvas, s *widget.Select, option string) {
	t.Helper()
	test.Tap(s)
	tapOn(t, c, option)
}

// windowTitled is the application's open window with that title.
func windowTitled(t *testing.T, title string) fyne.Window {
	t.Helper()
	for _, w := range fyne.CurrentApp().Driver().AllWindows() {
		if w.Title() == title {
			return w
		}
	}
	t.Fatalf("no window %q", title)
	return nil
}

// replaceText clicks into e, selects all its text (Ctrl+A) and types text
// over it.
func (wd *world) replaceText(e fyne.Focusable, text string) {
	wd.t.Helper()
	wd.clickInto(e)
	pressShortcut(wd.ws.win, &fyne.ShortcutSelectAll{})
	if text == "" {
		pressKey(wd.ws.win, 0, fyne.KeyBackspace)
		return
	}
	test.Type(e, text)
}

// tagWith tags the selected statement as a user does: Ctrl+T, the tag's
// name, Enter.
func (wd *world) tagWith(name string) {
	wd.t.Helper()
	wd.chord(fyne.KeyT)
	f := wd.ws.win.Canvas().Focused()
	if f == nil {
		wd.t.Fatal("Ctrl+T put the cursor nowhere")
	}
	test.Type(f, name)
	wd.key(fyne.KeyReturn)
}

// chooseIn opens select s with a tap and taps option in its pop-up.
func (wd *world) chooseIn(s *widget.Select, option string) {
	wd.t.Helper()
	chooseIn(wd.t, wd.ws.win.Canvas(), s, option)
}

// checkIn is the check box of group g labelled label, for a tap.
func checkIn(g *widget.CheckGroup, label string) *widget.Check {
	c, _ := walk(g, func(o fyne.CanvasObject) bool {
		c, ok := o.(*widget.Check)
		return ok && c.Text == label
	}).(*widget.Check)
	return c
}
