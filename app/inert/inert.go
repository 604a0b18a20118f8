// Package inert makes text from readouts and project files safe to show on
// a terminal or to put in a spreadsheet cell. A readout may carry terminal
// escape sequences (which retitle the window, hide or rewrite lines) or
// Unicode bidirectional overrides (which make a cell read differently from
// what it holds); stored text keeps them, but whatever Parley prints or
// exports for a spreadsheet passes through Line or Cell first.
//
// What is escaped: the C0 controls (U+0000–U+001F) but for line breaks and
// tabs where the output allows them, DEL (U+007F), the C1 controls
// (U+0080–U+009F, which 8-bit terminals read as ESC [ and friends), bytes
// that are not UTF-8, and the bidirectional embeddings, overrides and
// isolates (U+202A–U+202E, U+2066–U+2069). The marks U+200E, U+200F and
// U+061C are kept: they are ordinary in Arabic, Hebrew and Persian text,
// and they only set the direction of the punctuation and digits beside
// them, so they can neither reorder words nor hide text.
//
// Each character is written as a Go escape (\x1b, \u202e), so the reader
// sees that something was there and what.
package inert

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Line returns s for one line of terminal output: line breaks and tabs
// become spaces (a line's fields are separated by tabs), other controls
// and bidirectional controls are escaped.
func Line(s string) string { return clean(s, false) }

// Cell returns s for a spreadsheet cell: line breaks (\r\n and \r become
// \n) and tabs are kept, other controls and bidirectional controls are
// escaped.
func Cell(s string) string { return clean(s, true) }

func clean(s string, keepBreaks bool) string {
	if safe(s) && (keepBreaks || !strings.ContainsAny(s, "\t\n")) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\r' && keepBreaks:
			b.WriteByte('\n')
			if strings.HasPrefix(s[i+1:], "\n") {
				n++
			}
		case r == '\n' || r == '\t' || r == '\r':
			if keepBreaks {
				b.WriteRune(r)
			} else {
				b.WriteByte(' ')
			}
		case r < 0x20 || r >= 0x7f && r <= 0x9f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case bidiControl(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// safe reports whether s needs no escaping apart from its tabs and line
// feeds; most text does, and is returned without a copy.
func safe(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !plainByte[c] {
			return c >= 0x80 && safeSlow(s[i:])
		}
	}
	return true
}

// plainByte marks the bytes that are safe alone: printable ASCII, tab and
// line feed. (A table: a whole-project CSV looks at every byte.)
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < 0x7f; c++ {
		t[c] = true
	}
	t['\t'], t['\n'] = true, true
	return t
}()

func safeSlow(s string) bool {
	for i, r := range s {
		if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") {
			return false
		}
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f || bidiControl(r) {
			return false
		}
	}
	return true
}

// bidiControl reports the embeddings and overrides (LRE, RLE, PDF, LRO,
// RLO) and the isolates (LRI, RLI, FSI, PDI).
func bidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}
