package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// searchField is the Find dialog's query field, found on screen.
func (wd *world) searchField() *widget.Entry {
	wd.t.Helper()
	e := entryOf(wd.find(func(o fyne.CanvasObject) bool {
		e := entryOf(o)
		return e != nil && e.PlaceHolder == `Words, "a phrase", -without, prefix*`
	}))
	if e == nil {
		wd.t.Fatal("no search field on screen")
	}
	return e
}

// matched is the text the results in the Find dialog show as matched, and whether
// it is drawn in a colour of its own (bold alone does not show in Chinese).
func (wd *world) matched() (string, bool) {
	got, coloured := "", true
	walk(wd.ws.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if r, ok := o.(*widget.RichText); ok && r.Wrapping == fyne.TextWrapWord {
			for _, seg := range r.Segments {
				if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold {
					got += ts.Text
					coloured = coloured && ts.Style.ColorName == theme.ColorNamePrimary
				}
			}
		}
		return false
	})
	return got, coloured && got != ""
}

// TestSearchSaysWhereAndRemembers: a result names its party and topic; a
// Chinese match is drawn in the match colour; Find opened again shows the
// last query and its results.
func TestSearchSaysWhereAndRemembers(t *testing.T) {
	wd := newWorld(t)
	wd.ctrl(fyne.KeyF, false)
	test.Type(wd.searchField(), "西藏")
	if !wd.shows("Statement · China · Human rights › Tibet · " + dialogueLabel(wd.d)) {
		t.Fatal("the result does not say which party and topic its statement belongs to")
	}
	if m, coloured := wd.matched(); m != "西藏" || !coloured {
		t.Fatalf("the match shows %q, coloured %v", m, coloured)
	}
	test.Type(wd.searchField(), "") // nothing typed: the query stays
	wd.tap("Close")
	wd.ctrl(fyne.KeyF, false)
	if q := wd.searchField().Text; q != "西藏" {
		t.Fatalf("Find opened again with %q, not the last query", q)
	}
	if m, _ := wd.matched(); m != "西藏" {
		t.Fatal("Find opened again without the last results")
	}
	// Typing replaces the last query, which is selected; a joint
	// statement names both parties.
	test.Type(wd.searchField(), "Brussels")
	if !wd.shows("Statement · China + European Union · Human rights · " + dialogueLabel(wd.d)) {
		t.Fatalf("a joint statement's result does not name both parties (query %q)", wd.searchField().Text)
	}
}
