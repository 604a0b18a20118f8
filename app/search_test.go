package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

func TestSearchShowsResultInCompare(t *testing.T) {
	wd := newWorld(t)
	wd.ctrl(fyne.KeyF, false)
	s := wd.ws.search
	if s == nil || wd.ws.win.Canvas().Focused() != s.entry {
		t.Fatal("Ctrl+F did not open the search with the cursor in its field")
	}
	test.Type(s.entry, "observers")
	if len(s.hits) != 1 || s.hits[0].StatementID != wd.euT.ID {
		t.Fatalf("hits %+v", s.hits)
	}
	segs := snippetSegments(s.hits[0].Snippet)
	bold := ""
	for _, seg := range segs {
		if ts := seg.(*widget.TextSegment); ts.Style.TextStyle.Bold {
			bold += ts.Text
		}
	}
	if bold != "observers" {
		t.Fatalf("bold part of the snippet %q", bold)
	}
	test.Type(s.entry, "") // stays
	tapOnMatch(t, wd.ws.win.Canvas(), "the result", func(x string) bool { return strings.Contains(x, "for independent") })
	if wd.ws.topic != topicKeyOf(&wd.tibet.ID) || wd.ws.selected != wd.euT.ID {
		t.Fatalf("result shown at topic %v statement %d", wd.ws.topic, wd.ws.selected)
	}
	if id, ok := wd.ws.view.cols[1].Selected(); !ok || id != wd.euT.ID {
		t.Fatal("the EU column does not have the result selected")
	}
	// Chinese, two characters.
	wd.menu("Edit", "Find…")
	s = wd.ws.search
	wd.replaceText(s.entry, "")
	test.Type(s.entry, "西藏")
	if len(s.hits) != 1 || s.hits[0].StatementID != wd.cnT.ID {
		t.Fatalf("Chinese hits %+v", s.hits)
	}
	// Hostile input gives words or a plain message, never an SQL error.
	wd.replaceText(s.entry, `"AND( *`)
	if strings.Contains(strings.ToLower(s.status.Text), "sql") {
		t.Fatalf("status %q", s.status.Text)
	}
}

func TestFiltersNarrowColumns(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.rights.ID)
	wd.pickCard(1, wd.euT.ID)
	wd.tagWith("non-interference")
	f := wd.ws.view.filters
	chooseIn(t, wd.ws.win.Canvas(), f.tag, "non-interference")
	if got := wd.columnTexts(); len(got[0]) != 0 || len(got[1]) != 1 || got[1][0] != wd.euT.Text {
		t.Fatalf("tag filter shows %q", got)
	}
	if !strings.HasSuffix(wd.ws.view.cols[1].Subtitle, "filtered") {
		t.Fatalf("header %q does not say the column is filtered", wd.ws.view.cols[1].Subtitle)
	}
	test.Tap(f.clear)
	chooseIn(t, wd.ws.win.Canvas(), f.kind, "Agreement")
	if got := wd.columnTexts(); len(got[0]) != 1 || got[0][0] != wd.joint.Text {
		t.Fatalf("kind filter shows %q", got)
	}
}

func TestKeysMoveBetweenColumns(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.pickCard(0, wd.cnX.ID)
	wd.key(fyne.KeyRight)
	if wd.ws.selected != wd.euX.ID {
		t.Fatalf("Right selected %d", wd.ws.selected)
	}
	wd.key(fyne.KeyLeft)
	if wd.ws.selected != wd.cnX.ID {
		t.Fatalf("Left selected %d", wd.ws.selected)
	}
}

func TestColumnsChoice(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	wd.menu("View", "Columns…")
	c := wd.ws.win.Canvas()
	chooseIn(t, c, wd.formSelect("Column 1"), "European Union")
	chooseIn(t, c, wd.formSelect("Column 2"), noColumn)
	wd.tap("Apply")
	if got := wd.columnTexts(); len(got) != 1 || got[0][0] != wd.euX.Text {
		t.Fatalf("columns %q", got)
	}
	if p := wd.ws.app.Preferences().String(prefColumns + wd.path); p != "2" && p == "" {
		t.Fatalf("columns not remembered: %q", p)
	}
}

func TestOpenErrorsInPlainWords(t *testing.T) {
	cases := []struct {
		name, content, title string
	}{
		{"NotProject", "just some notes", "This is not a Parley project"},
		{"Missing", "", "The project is not there"},
		{"Locked", "", "This project is already open"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			w := test.NewTempWindow(t, widget.NewLabel(""))
			w.Resize(fyne.NewSize(1000, 700))
			path := filepath.Join(t.TempDir(), "x"+storage.Extension)
			if c.content != "" {
				if err := os.WriteFile(path, []byte(c.content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			if c.name == "Locked" {
				other, err := storage.Create(path)
				if err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { other.Close() })
			}
			ws := newWorkspace(a, w, inlineRunner{})
			ws.openInitial(path)
			wd := &world{t: t, ws: ws}
			title := wd.find(func(o fyne.CanvasObject) bool {
				l, ok := o.(*widget.Label)
				return ok && l.Text == c.title
			})
			if title == nil {
				t.Fatalf("no dialog titled %q", c.title)
			}
			wd.find(func(o fyne.CanvasObject) bool {
				b, ok := o.(*widget.Button)
				return ok && b.Text == "Open another project…"
			})
			wd.tap("New project…")
			if c.content != "" {
				if b, _ := os.ReadFile(path); string(b) != c.content {
					t.Fatal("the file was changed")
				}
			}
		})
	}
}

func TestTabGoesFromColumnToColumn(t *testing.T) {
	wd := newWorld(t)
	wd.pickTopic(wd.xinjiang.ID)
	c := wd.ws.win.Canvas()
	c.Focus(wd.ws.view.cols[0])
	test.FocusNext(c)
	if c.Focused() != wd.ws.view.cols[1] {
		t.Fatalf("Tab went to %T", c.Focused())
	}
	// The text under a column adds a statement without taking the focus.
	add := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*tapText); return ok })
	test.Tap(add.(*tapText))
	if wd.find(func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && l.Text == "New statement of China on Xinjiang"
	}) == nil {
		t.Fatal("no new-statement dialog for China on Xinjiang")
	}
}

func TestSearchOnlyThisDialogue(t *testing.T) {
	wd := newWorld(t)
	wd.menu("Edit", "Find…")
	s := wd.ws.search
	test.Type(s.entry, "raised")
	if len(s.hits) != 2 {
		t.Fatalf("whole project: %d hits", len(s.hits))
	}
	wd.tapCheck("Only in this dialogue (statements and notes)")
	if len(s.hits) != 1 || s.hits[0].StatementID != wd.euX.ID {
		t.Fatalf("this dialogue: %+v", s.hits)
	}
}

// A pasted page is searched for by its first words, and the status line
// says so.
func TestSearchSaysLongQueryIsCut(t *testing.T) {
	wd := newWorld(t)
	wd.ctrl(fyne.KeyF, false)
	s := wd.ws.search
	fyne.CurrentApp().Clipboard().SetContent("observers " + strings.Repeat("zebra ", 5000))
	// What the driver does with Ctrl+V: the focused field gets the paste.
	wd.ws.win.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()})
	if !strings.Contains(s.status.Text, "only its first 64 of 5001 words") {
		t.Fatalf("status %q", s.status.Text)
	}
	if len(s.hits) != 0 {
		t.Fatalf("the first 64 words hold 'zebra', which no statement has: %+v", s.hits)
	}
	wd.replaceText(s.entry, "observers")
	if strings.Contains(s.status.Text, "long") || len(s.hits) != 1 {
		t.Fatalf("a short query: status %q, %d hits", s.status.Text, len(s.hits))
	}
}

// TestSearchSaysItSearches: while the search waits for the project (the
// runner busy with other work), Find says it is searching, not its hint
// for an empty field; then it shows what it found.
func TestSearchSaysItSearches(t *testing.T) {
	wd := newWorld(t)
	wd.ctrl(fyne.KeyF, false)
	held := &heldRunner{}
	wd.ws.run = held
	defer func() { wd.ws.run = inlineRunner{} }()
	test.Type(wd.ws.search.entry, "observers")
	// Said only once the answer is slow (searchingAfter).
	for deadline := time.Now().Add(5 * time.Second); wd.findLabel("Searching…") == nil && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
	}
	if wd.findLabel("Searching…") == nil {
		t.Errorf("typed words and a busy runner: the status is not Searching…: %q", drawnTexts(wd.ws.win.Canvas()))
	}
	held.release()
	if wd.findLabel("1 found:") == nil {
		t.Errorf("after the search: %q", drawnTexts(wd.ws.win.Canvas()))
	}
}
