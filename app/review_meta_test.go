package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// TestReviewFieldsHaveSensibleWidths: in the review window (File →
// Import… → Paste from the clipboard) the Title field is the widest of
// the source's fields, well wider than the Date, which holds a date whole;
// the Dialogue field is as wide as the Title. The three fields of a row
// had a third each, and the Title was narrower than the Date.
func TestReviewFieldsHaveSensibleWidths(t *testing.T) {
	for _, width := range []float32{1024, 1360} {
		wd := newWorld(t)
		rw := wd.reviewOf(reviewReadout, "EU")
		rw.Resize(fyne.NewSize(width, 700))
		title := entryShowing(rw.Canvas(), "")
		date := entryShowing(rw.Canvas(), "YYYY-MM-DD")
		dialogue := entryShowing(rw.Canvas(), "a dialogue, or a new title")
		if title == nil || date == nil || dialogue == nil {
			t.Fatal("no Title, Date or Dialogue field in the review window")
		}
		if title.Text != "EU readout" {
			t.Fatalf("the first field without a hint holds %q, not the title", title.Text)
		}
		tw, dw, gw := title.Size().Width, date.Size().Width, dialogue.Size().Width
		if tw < 1.8*dw {
			t.Errorf("at %.0f px the Title is %.0f px wide, the Date %.0f", width, tw, dw)
		}
		if need := fyne.MeasureText("YYYY-MM-DD", theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding(); dw < need {
			t.Errorf("at %.0f px the Date is %.0f px wide, under the %.0f a date needs", width, dw, need)
		}
		if gw < tw-1 {
			t.Errorf("at %.0f px the Dialogue is %.0f px wide, the Title %.0f", width, gw, tw)
		}
	}
}
