package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// longReadout is a readout of a dozen sentences, more than a review
// window of 1024×700 can list at once.
func longReadout() string {
	var b strings.Builder
	b.WriteString("EU readout\n\n")
	for _, s := range []string{
		"The EU raised concerns about human rights in Xinjiang.", "China rejected the accusations.",
		"The EU called for the release of human rights defenders.", "China said that Hong Kong affairs are internal affairs.",
		"The EU urged China to ratify the International Covenant on Civil and Political Rights.",
		"China stressed its progress in poverty alleviation.", "The EU raised the situation in Tibet.",
		"China invited the EU to visit Xinjiang.", "The EU expressed concern about the death penalty.",
		"China noted the rise of racism in Europe.", "Both sides agreed to meet again in Brussels.",
		"The EU thanked China for hosting the dialogue.",
	} {
		b.WriteString(s + " ")
	}
	return b.String()
}

// reviewRowsShown counts the proposals whose headline the review list
// shows whole, top to bottom inside the list.
func reviewRowsShown(t *testing.T, c fyne.Canvas) (int, *widget.List) {
	t.Helper()
	l, _ := onScreen(c, func(o fyne.CanvasObject) bool { _, ok := o.(*reviewList); return ok }).(*reviewList)
	if l == nil {
		t.Fatal("no list of proposals in the review window")
	}
	lp, ls := absRect(l)
	n := 0
	fyne.DoAndWait(func() {
		walk(l, func(o fyne.CanvasObject) bool {
			if h, ok := o.(*widget.Label); ok && h.TextStyle.Bold && h.Text != "" {
				if p, s := absRect(h); p.Y >= lp.Y-0.5 && p.Y+s.Height <= lp.Y+ls.Height+0.5 {
					n++
				}
			}
			return false
		})
	})
	return n, &l.List
}

// TestReviewListHasRoomAt1024x700: on a screen of 1024×700 the review
// window (File → Import… → Paste from the clipboard) lists at least five
// proposals whole, and the list has most of the height the source's
// fields and the editor leave; it listed two and a half under two rows of
// fields, a four-row form, four lines of Why and two lines of hints. The
// publisher and URL fold under More, the Why under a tap, and both come
// back; the recent topics read whole beside the keys.
func TestReviewListHasRoomAt1024x700(t *testing.T) {
	for _, screen := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1280, Height: 800}} {
		wd := newWorld(t)
		wd.ws.screen = screen
		rw := wd.reviewOf(longReadout(), "EU")
		c := rw.Canvas()
		n, l := reviewRowsShown(t, c)
		if want := int(screen.Height-500) / 40; n < want {
			t.Errorf("at %v the review lists %d proposals whole, want %d or more", screen, n, want)
		}
		if h := l.Size().Height; h < 0.44*c.Size().Height {
			t.Errorf("at %v the list is %.0f px tall in a window of %.0f", screen, h, c.Size().Height)
		}

		if entryShowing(c, "https://…") != nil {
			t.Errorf("at %v the URL shows before More is tapped", screen)
		}
		findAndTap(t, c, "More")
		if entryShowing(c, "https://…") == nil || entryShowing(c, "who published it") == nil {
			t.Fatalf("at %v More shows no URL or Publisher", screen)
		}
		if m, _ := reviewRowsShown(t, c); m >= n {
			t.Errorf("at %v the list showed %d rows with the details and %d without", screen, m, n)
		}
		findAndTap(t, c, "Less")
		if entryShowing(c, "https://…") != nil {
			t.Errorf("at %v the URL stays after Less", screen)
		}
		if m, _ := reviewRowsShown(t, c); m != n {
			t.Errorf("at %v the list shows %d rows after Less, %d before More", screen, m, n)
		}

		why := labelShowing(c, "Why: ")
		folded := why.Size().Height
		if two := widget.NewLabel("a\nb").MinSize().Height; folded > two+0.5 {
			t.Errorf("at %v the Why is %.0f px tall folded, two lines %.0f", screen, folded, two)
		}
		whole := widget.NewLabel(why.Text)
		whole.Wrapping = fyne.TextWrapWord
		whole.Resize(fyne.NewSize(why.Size().Width, folded))
		tapOnMatch(t, c, "the Why", func(s string) bool { return strings.HasPrefix(s, "Why: ") })
		if h := why.Size().Height; h < whole.MinSize().Height-0.5 {
			t.Errorf("at %v a tap on the Why leaves it %.0f px tall, %.0f folded; its text needs %.0f", screen, h, folded, whole.MinSize().Height)
		}
		t.Logf("at %v: %d rows whole in a list of %.0f px; the Why %.0f px folded, %.0f whole", screen, n, l.Size().Height, folded, why.Size().Height)
		tapOnMatch(t, c, "the Why", func(s string) bool { return strings.HasPrefix(s, "Why: ") })
		if h := why.Size().Height; h != folded {
			t.Errorf("at %v a second tap leaves the Why %.0f px tall, %.0f folded", screen, h, folded)
		}

		for _, want := range []string{"Recent topics: none yet", "Recent topics: 1 "} {
			if want != "Recent topics: none yet" {
				pressKey(rw, 0, fyne.KeyReturn)
			}
			recent := labelShowing(c, want)
			if recent == nil {
				t.Fatalf("at %v no line %q", screen, want)
			}
			if got := drawnText(recent); got != recent.Text {
				t.Errorf("at %v the recent topics %q are drawn as %q", screen, recent.Text, got)
			}
		}
	}
}

// drawnText is the text a label draws, lines joined by newlines.
func drawnText(l *widget.Label) string {
	var lines []string
	fyne.DoAndWait(func() {
		for _, o := range test.LaidOutObjects(l) {
			if tx, ok := o.(*canvas.Text); ok && tx.Visible() && tx.Text != "" {
				lines = append(lines, tx.Text)
			}
		}
	})
	return strings.Join(lines, "\n")
}
