package app

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// levelsPath is a topic path of n levels, "Level 1/Level 2/…".
func levelsPath(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = fmt.Sprintf("Level %d", i+1)
	}
	return strings.Join(names, storage.TopicPathSep)
}

// textShowing reports whether a visible label or text on c contains sub
// (a form shows a field's error in a canvas text).
func textShowing(c fyne.Canvas, sub string) bool {
	return onScreen(c, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			return x.Visible() && strings.Contains(x.Text, sub)
		case *canvas.Text:
			return x.Visible() && strings.Contains(x.Text, sub)
		}
		return false
	}) != nil
}

// TestMakeStatementRefusesTooDeepTopic: in the Sources view's Make a
// statement form, a typed topic path of 65 levels keeps Create disabled
// and says why under the field, the path staying as typed; with one level
// less Create makes the statement under the 64-level topic.
func TestMakeStatementRefusesTooDeepTopic(t *testing.T) {
	wd := newWorld(t)
	wd.addSource()
	h := wd.openSources()
	tapSentence(t, h, "China rejected")
	wd.tap("Make statement…")
	topic := wd.formField("Topic").(*pickEntry)
	deep := levelsPath(storage.MaxTopicDepth + 1)
	wd.replaceText(topic, deep)
	wd.ws.win.Canvas().Unfocus()
	c := wd.ws.win.Canvas()
	if b := findButton(c, "Create"); b == nil || !b.Disabled() {
		t.Fatal("Create can be tapped with a topic path of 65 levels")
	}
	if !textShowing(c, "at most 64 levels deep") {
		t.Error("the form does not say why the topic path cannot be used")
	}
	if topic.Text != deep {
		t.Fatalf("the typed path changed to %q", topic.Text)
	}
	// Take off the last level: "/Level 65".
	for range len("/Level 65") {
		wd.clickInto(topic)
		pressKey(wd.ws.win, 0, fyne.KeyEnd)
		pressKey(wd.ws.win, 0, fyne.KeyBackspace)
	}
	wd.ws.win.Canvas().Unfocus()
	wd.tap("Create")
	paths, err := wd.st.TopicPaths(context.Background())
	wd.must(err)
	found := false
	for _, p := range paths {
		found = found || p == levelsPath(storage.MaxTopicDepth)
	}
	if !found {
		t.Fatal("the statement's 64-level topic was not made")
	}
}

// TestReviewKeepsTopicOfTooDeepPath: in the import's review, a topic path
// of 65 levels typed for a sentence stays in the field, a notice says it
// is too deep and that the sentence keeps its topic, and storing the
// import makes no topic that deep; a shorter path is taken at once.
func TestReviewKeepsTopicOfTooDeepPath(t *testing.T) {
	rw, st := newTestReview(t)
	c := rw.Canvas()
	tapOn(t, c, "China rejected the accusations.")
	e := entryShowing(c, "no topic")
	deep := levelsPath(storage.MaxTopicDepth + 1)
	typeOver(e, deep)
	if e.Text != deep {
		t.Fatalf("the typed path changed to %q", e.Text)
	}
	// Typed a letter at a time, the path was taken while it had 64
	// levels at most; the 65th is refused.
	l := labelShowing(c, "at most 64 levels deep")
	if l == nil || !l.Visible() || !strings.Contains(l.Text, "names 65 levels") ||
		!strings.Contains(l.Text, "Until then the sentence keeps its topic “Level 1/…/Level 64”") {
		t.Fatalf("no notice that the path is too deep and what the sentence keeps: %v", l)
	}
	findAndTap(t, c, "Accept all")
	findAndTap(t, c, "Store 3 accepted")
	paths, err := st.TopicPaths(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if storage.TopicPathLevels(p) > storage.MaxTopicDepth {
			t.Fatalf("the import made a topic %d levels deep", storage.TopicPathLevels(p))
		}
	}
}

// typeOver taps into e, selects all its text (Ctrl+A) and types text
// over it.
func typeOver(e *widget.Entry, text string) {
	test.Tap(e)
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	test.Type(e, text)
}

// TestNewTopicUnderTheLastLevel: Project → Topics… → New… on a topic at
// level 64 (listed with its level, not pushed out of the dialog by its
// indent) says that no topic can be made there, before asking a name.
func TestNewTopicUnderTheLastLevel(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	// A deep tree whose last level has a short name to find in the list.
	_, err := wd.st.EnsureTopicPath(ctx, levelsPath(storage.MaxTopicDepth-1)+"/Bottom")
	wd.must(err)
	wd.ws.refresh()
	wd.menu("Project", "Topics…")
	// The wheel scrolls the list down to the last row.
	c := wd.ws.win.Canvas()
	list, _ := wd.find(func(o fyne.CanvasObject) bool { _, ok := o.(*widget.List); return ok }).(*widget.List)
	if list == nil {
		t.Fatal("no list of topics")
	}
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(list)
	test.Scroll(c, at.AddXY(list.Size().Width/2, list.Size().Height/2), 0, -100000)
	wd.managerRow("(level 64) Bottom")
	wd.tap("New…")
	if !textShowing(c, `"Bottom" is at level 64`) {
		t.Fatal("New… under a topic at level 64 does not say why no topic can be made there")
	}
	if entryShowing(c, "") != nil && findButton(c, "Save") != nil {
		t.Fatal("New… asked for a name it could not use")
	}
}
