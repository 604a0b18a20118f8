package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestNoteBylineFitsAt1024x700: in a window of 1024×700 a note's line of
// date and author is one line in the detail pane, the date whole and a
// long author's name ending in "…"; the Edit and Delete buttons sit
// inside the pane, clear of it. Beside the buttons "author · date"
// wrapped into three ragged lines.
func TestNoteBylineFitsAt1024x700(t *testing.T) {
	const name = "Dr Maximiliana Featherstonehaugh-Whittingham"
	wd := sampleWorld(t, 1024, 700)
	wd.menu("Edit", "Your Name…")
	e, _ := wd.ws.win.Canvas().Focused().(*blurEntry)
	if e == nil {
		t.Fatal("the name field has no cursor")
	}
	test.Type(e, name)
	wd.tap("Save")
	wd.tapTopic("Regional issues")
	wd.tapCard(0, wd.ws.view.cols[0].Cards()[0].ID)
	wd.ctrl(fyne.KeyN, false)
	test.Type(wd.ws.detail.notes.entry, "Same wording as 2023.")
	wd.tap("Add note")

	by := wd.labelContaining(name[:10])
	if by == nil {
		t.Fatal("no line names the note's author")
	}
	var lines []string
	fyne.DoAndWait(func() {
		for _, o := range test.LaidOutObjects(by) {
			if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
				lines = append(lines, tx.Text)
			}
		}
	})
	date, _, _ := strings.Cut(by.Text, " · ")
	if len(lines) != 1 || !strings.HasPrefix(lines[0], date+" · ") || !strings.HasSuffix(lines[0], "…") {
		t.Errorf("the note's byline %q is drawn as %q, not one line with the date whole and the name cut", by.Text, lines)
	}
	pane, paneSize := absRect(wd.ws.detail.notes.object())
	bp, bs := absRect(by)
	for _, label := range []string{"Edit", "Delete"} {
		b, _ := wd.find(func(o fyne.CanvasObject) bool {
			b, ok := o.(*widget.Button)
			return ok && b.Text == label
		}).(*widget.Button)
		if b == nil {
			t.Fatalf("no %s button under the note", label)
		}
		p, s := absRect(b)
		if p.X < pane.X-0.5 || p.X+s.Width > pane.X+paneSize.Width+0.5 {
			t.Errorf("%s spans x %.0f–%.0f, outside the notes' %.0f–%.0f", label, p.X, p.X+s.Width, pane.X, pane.X+paneSize.Width)
		}
		if p.Y < bp.Y+bs.Height && p.X < bp.X+bs.Width {
			t.Errorf("%s at %v overlaps the byline at %v %v", label, p, bp, bs)
		}
	}
}
