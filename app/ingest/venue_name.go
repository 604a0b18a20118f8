package ingest

import "unicode"

// startsWithDigit reports a word such as "78th" or "2023" in the name of
// a meeting ("the 78th Session of the United Nations General Assembly").
func startsWithDigit(s string) bool {
	for _, c := range s {
		return unicode.IsDigit(c)
	}
	return false
}
