package storage

import (
	"fmt"
	"strconv"
	"time"
)

// DateLayout is how a project writes a date: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// ValidDate reports whether s is empty or a date of the calendar written
// YYYY-MM-DD: "2024-02-29" is one, "2024-02-31" and "2024-6-1" are not.
// Every place that takes a date (the dialogue form, import-json, storage
// itself) asks this one function.
func ValidDate(s string) bool {
	if s == "" {
		return true
	}
	t, err := time.Parse(DateLayout, s)
	return err == nil && t.Format(DateLayout) == s
}

// ParseColor reads a colour written "#rrggbb", as a project stores the
// colours of parties and tags; ok is false for anything else.
func ParseColor(s string) (r, g, b uint8, ok bool) {
	if len(s) != 7 || s[0] != '#' {
		return 0, 0, 0, false
	}
	for _, c := range s[1:] {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return 0, 0, 0, false
		}
	}
	n, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return 0, 0, 0, false
	}
	return uint8(n >> 16), uint8(n >> 8), uint8(n), true
}

// FieldError says which field of a record is wrong and why. Field is the
// name export-json gives it ("round", "start_date"); the window maps it to
// its own label.
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + " " + e.Msg }

// CheckDialogueFields checks a dialogue's round and dates: a round counts
// from 1 (0 is a dialogue without a number), each date is empty or
// YYYY-MM-DD, and a dialogue does not end before it starts. The dialogue
// form, import-json and storage itself all ask this one function, so none
// of them lets in what another refuses; the error is a *FieldError.
func CheckDialogueFields(round int, start, end string) error {
	if round < 0 {
		return &FieldError{"round", fmt.Sprintf("%d is not a round number: rounds count from 1 (0 or none: not numbered)", round)}
	}
	for _, f := range []struct{ name, val string }{{"start_date", start}, {"end_date", end}} {
		if !ValidDate(f.val) {
			return &FieldError{f.name, fmt.Sprintf("%q is not a date of the form YYYY-MM-DD", f.val)}
		}
	}
	// YYYY-MM-DD sorts as the calendar does.
	if start != "" && end != "" && end < start {
		return &FieldError{"end_date", fmt.Sprintf("%s is before the start date %s", end, start)}
	}
	return nil
}
