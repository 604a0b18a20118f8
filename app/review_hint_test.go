package app

import (
	"strings"
	"testing"
)

// TestReviewPartiesSaysNoParty: a proposed sentence with no party shows
// an empty Parties field that says "no party"; its grey hint was "China +
// European Union", which read as if both held it.
func TestReviewPartiesSaysNoParty(t *testing.T) {
	wd := newWorld(t)
	rw := wd.reviewOf("EU readout\n\nThe dialogue took place in Geneva on 16 June.", "")
	e := entryShowing(rw.Canvas(), partiesHint)
	if e == nil || e.Text != "" {
		t.Fatal("the sentence without a party shows no empty Parties field")
	}
	if !strings.HasPrefix(e.PlaceHolder, "no party") {
		t.Fatalf("the empty Parties field says %q", e.PlaceHolder)
	}
}
