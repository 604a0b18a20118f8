package widgets

import (
	"strings"
	"unicode/utf8"
)

// Text from readouts and project files is shown through Visible, so that
// characters that would act on the screen instead of being read are seen
// for what they are. A readout can carry terminal controls (ESC, BEL),
// Unicode's bidirectional overrides, which Fyne obeys (a name stored as
// U+202E "akahK ilA" is drawn as "Ali Khaka"), and invisible characters
// that make two different texts look the same.
//
// Each such character becomes one visible character, so that a text keeps
// its length in runes: the spans of the Sources view, the review window's
// selections and the search's highlights, all counted in runes, stay where
// they are. The stored text is never changed; a field that edits a text
// holds the text itself, so that saving it unchanged keeps its bytes
// (Parley says beside the field when the text holds such characters).
// The marks are drawn by the fonts Parley ships (⎋ by Fyne's symbol font,
// � by its text font), or, for ⇆ and ◌, by the system's (DejaVu Sans,
// Segoe UI Symbol, Apple Symbols all have them):
//
//   - ESC (U+001B), which starts a terminal's escape sequences: ⎋;
//   - the other C0 controls but tab and line feed (U+0000–U+001F: BEL,
//     NUL, carriage return, …), DEL (U+007F), the C1 controls
//     (U+0080–U+009F, which 8-bit terminals take for ESC [ and friends)
//     and bytes that are not UTF-8: �;
//   - the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
//     U+2066–U+2069): ⇆;
//   - invisible characters (zero-width space U+200B, word joiner U+2060,
//     the invisible operators U+2061–U+2064, a byte-order mark U+FEFF
//     inside a text, Mongolian vowel separator U+180E), and the zero-width
//     joiner and non-joiner (U+200C, U+200D) where they join nothing — that
//     is, beside a character of a script that does not use them (Latin,
//     Cyrillic, Greek, Chinese, digits, punctuation): ◌. In Arabic, Persian,
//     the Indic scripts and emoji sequences, where they shape the text,
//     they are kept.
//
// The marks U+200E, U+200F and U+061C are kept, as app/inert keeps them:
// ordinary in right-to-left text, they move only the punctuation and
// digits beside them and can neither reorder words nor hide text.
func Visible(s string) string {
	if !needsVisible(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	prev := rune(-1)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\t' || r == '\n':
			b.WriteRune(r)
		case r == 0x1b:
			b.WriteRune('⎋')
		case r == utf8.RuneError && n == 1, r < 0x20, r >= 0x7f && r <= 0x9f:
			b.WriteRune('\uFFFD')
		case bidiControl(r):
			b.WriteRune('⇆')
		case invisible(r) || (r == 0x200c || r == 0x200d) && !joins(prev, s[i+n:]):
			b.WriteRune('◌')
		default:
			b.WriteString(s[i : i+n])
		}
		prev = r
		i += n
	}
	return b.String()
}

// needsVisible reports whether Visible would change s; most text does
// not, and is shown without a copy.
func needsVisible(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return true
		}
		if c >= 0x80 {
			return needsVisibleSlow(s[i:])
		}
	}
	return false
}

func needsVisibleSlow(s string) bool {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"),
			r < 0x20 && r != '\t' && r != '\n', r >= 0x7f && r <= 0x9f,
			bidiControl(r), invisible(r), r == 0x200c || r == 0x200d:
			return true
		}
	}
	return false
}

// bidiControl: the embeddings and overrides (LRE, RLE, PDF, LRO, RLO) and
// the isolates (LRI, RLI, FSI, PDI).
func bidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// invisible: characters that draw nothing and join nothing.
func invisible(r rune) bool {
	return r == 0x200b || r >= 0x2060 && r <= 0x2064 || r == 0xfeff || r == 0x180e
}

// joins reports whether a zero-width joiner or non-joiner between prev
// and the text after it does a script's work: shaping Arabic, Syriac,
// N'Ko, Mongolian or an Indic script, or joining an emoji sequence.
func joins(prev rune, after string) bool {
	next, _ := utf8.DecodeRuneInString(after)
	return joiningScript(prev) || joiningScript(next)
}

func joiningScript(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x08ff, // Arabic, Syriac, Thaana, N'Ko, Arabic supplements
		r >= 0x0900 && r <= 0x0dff,                             // Devanagari … Sinhala
		r >= 0x1800 && r <= 0x18af,                             // Mongolian
		r >= 0xfb50 && r <= 0xfdff, r >= 0xfe70 && r <= 0xfefe, // Arabic presentation forms
		r >= 0x1f000, r >= 0x2600 && r <= 0x27bf, r == 0xfe0f: // emoji and their variation selector
		return true
	}
	return false
}
