package storage

import (
	"context"
	"strings"
	"testing"
)

func TestValidDate(t *testing.T) {
	for s, want := range map[string]bool{
		"": true, "2024-06-16": true, "2024-02-29": true, "2000-02-29": true,
		"2024-02-31": false, "2023-02-29": false, "2024-04-31": false, "2024-13-01": false, "2024-00-10": false,
		"2024-6-1": false, "24-06-16": false, "2024/06/16": false, "2024-06-16T00:00:00Z": false, " 2024-06-16": false,
	} {
		if got := ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseColor(t *testing.T) {
	for s, want := range map[string][4]int{
		"#de2910": {0xde, 0x29, 0x10, 1}, "#003399": {0, 0x33, 0x99, 1}, "#ABCDEF": {0xab, 0xcd, 0xef, 1},
		"#12": {0, 0, 0, 0}, "de2910": {0, 0, 0, 0}, "#de291g": {0, 0, 0, 0}, "#+12345": {0, 0, 0, 0}, "": {0, 0, 0, 0},
		"#de2910ff": {0, 0, 0, 0},
	} {
		r, g, b, ok := ParseColor(s)
		okN := 0
		if ok {
			okN = 1
		}
		if got := [4]int{int(r), int(g), int(b), okN}; got != want {
			t.Errorf("ParseColor(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestDialogueDatesChecked(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	wantCode(t, f.s.CreateDialogue(ctx, &Dialogue{Title: "x", StartDate: "2024-02-31"}), CodeInvalid)
	d := f.d
	d.EndDate = "2024-6-1"
	wantCode(t, f.s.UpdateDialogue(ctx, &d), CodeInvalid)
}

// TestDialogueOrderAndRoundChecked: a dialogue that ends before it starts,
// or whose round is below 0, is refused by storage as by the form and
// import-json, the error naming the field.
func TestDialogueOrderAndRoundChecked(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	err := f.s.CreateDialogue(ctx, &Dialogue{Title: "x", StartDate: "2024-06-17", EndDate: "2024-06-16"})
	wantCode(t, err, CodeInvalid)
	if err == nil || !strings.Contains(err.Error(), "end_date 2024-06-16 is before the start date 2024-06-17") {
		t.Errorf("err = %v", err)
	}
	d := f.d
	d.Round = -1
	err = f.s.UpdateDialogue(ctx, &d)
	wantCode(t, err, CodeInvalid)
	if err == nil || !strings.Contains(err.Error(), "round -1 is not a round number") {
		t.Errorf("err = %v", err)
	}
	for _, ok := range []Dialogue{{Title: "same day", StartDate: "2024-06-16", EndDate: "2024-06-16"}, {Title: "open", EndDate: "2024-06-16"}, {Title: "unnumbered", Round: 0}} {
		if err := f.s.CreateDialogue(ctx, &ok); err != nil {
			t.Errorf("%s: %v", ok.Title, err)
		}
	}
}
