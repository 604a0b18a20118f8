package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"parley/storage"
)

// A speaker with a long title was cut with "…" in Project › Speakers… at a
// window of 1024, the party at the end lost: the row wraps and is as tall
// as its lines.
func TestSpeakersDialogShowsLongNamesWhole(t *testing.T) {
	wd := filledWorld(t)
	long := storage.Speaker{Name: "Shen Bo", PartyID: &wd.china.ID,
		Role: "Director-General, Department of International Organizations and Conferences, Chinese Foreign Ministry"}
	wd.must(wd.st.CreateSpeaker(context.Background(), &long))
	wd.open()
	wd.ws.win.Resize(fyne.NewSize(1024, 700))
	wd.menu("Project", "Speakers…")
	l := labelWith(wd.ws.win.Canvas(), "Shen Bo")
	if l == nil {
		t.Fatal("the Speakers dialog does not show Shen Bo")
	}
	if !strings.HasSuffix(l.Text, "(CN)") {
		t.Errorf("the row reads %q, without the party", l.Text)
	}
	if l.Truncation != fyne.TextTruncateOff || l.Wrapping == fyne.TextWrapOff {
		t.Errorf("the row is cut, not wrapped (truncation %v, wrapping %v)", l.Truncation, l.Wrapping)
	}
	one := widget.NewLabel("Shen Bo").MinSize().Height
	if h := l.Size().Height; h < l.MinSize().Height-0.5 || h < 1.5*one {
		t.Errorf("the row is %.0f high for text needing %.0f (one line: %.0f)", h, l.MinSize().Height, one)
	}
}
