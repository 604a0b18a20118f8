package storage

import (
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
