package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// The review window's Why says where the remarks a sentence goes on with
// began, so the analyst can check the attribution.
func TestReviewWhyNamesTheRemarksBegun(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	rw := wd.reviewOf("EU readout\n\nForeign Minister Wang Yi held talks with EU High Representative Josep Borrell. "+
		"Wang Yi said that China and the EU are partners. Relations between the two sides are at a crossroads.", "China")
	c := rw.Canvas()
	tapOn(t, c, "Relations between the two sides are at a crossroads.")
	why := onScreen(c, func(o fyne.CanvasObject) bool {
		l, ok := o.(*widget.Label)
		return ok && strings.HasPrefix(l.Text, "Why: ")
	})
	if why == nil {
		t.Fatal("no Why line on screen")
	}
	want := `continues Wang Yi's remarks begun in sentence 3 ("Wang Yi said that China and …")`
	if got := why.(*widget.Label).Text; !strings.Contains(got, want) {
		t.Fatalf("Why: %q lacks %q", got, want)
	}
	if e := entryShowing(c, "no speaker"); e == nil || e.Text != "Wang Yi" {
		t.Fatalf("the speaker field does not show Wang Yi: %+v", e)
	}
}
