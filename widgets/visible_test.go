package widgets

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var visibleCases = []struct{ name, in, want string }{
	{"Plain", "China rejected the EU's \"interference\".", "China rejected the EU's \"interference\"."},
	{"Chinese", "中方坚决反对。", "中方坚决反对。"},
	{"TabsAndLines", "a\tb\nc", "a\tb\nc"},
	{"RightToLeftOverride", "the case of \u202eakahK ilA\u202c, detained", "the case of ⇆akahK ilA⇆, detained"},
	{"Isolates", "\u2066x\u2069 \u2067y\u2069 \u2068z\u2069", "⇆x⇆ ⇆y⇆ ⇆z⇆"},
	{"TerminalEscape", "all is well\x1b[8m hidden\x1b[0m\a", "all is well⎋[8m hidden⎋[0m\uFFFD"},
	{"CarriageReturnAndNul", "a\rb\x00", "a\uFFFDb\uFFFD"},
	{"Delete", "a\x7fb", "a\uFFFDb"},
	{"C1", "a\u009bb\u0085", "a\uFFFDb\uFFFD"},
	{"NotUTF8", "a\xffb", "a\uFFFDb"},
	{"ReplacementCharacterKept", "a\uFFFDb", "a\uFFFDb"},
	{"ZeroWidthSpoof", "inter\u200bference \u200dEU\u200c", "inter◌ference ◌EU◌"},
	{"WordJoinerAndBOM", "a\u2060b\ufeffc", "a◌b◌c"},
	{"PersianNonJoinerKept", "می\u200cخواهم", "می\u200cخواهم"},
	{"DevanagariJoinerKept", "क्\u200dष", "क्\u200dष"},
	{"EmojiSequenceKept", "👩\u200d💻", "👩\u200d💻"},
	{"MarksKept", "\u200fعربي\u200e 12 \u061c", "\u200fعربي\u200e 12 \u061c"},
}

func TestVisible(t *testing.T) {
	for _, c := range visibleCases {
		t.Run(c.name, func(t *testing.T) {
			if got := Visible(c.in); got != c.want {
				t.Errorf("Visible(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// FuzzVisible: Visible keeps a text's length in runes (the offsets of
// spans and selections), leaves no control, override or invisible
// character outside a joining script, is idempotent, and returns safe text
// as it is.
func FuzzVisible(f *testing.F) {
	for _, c := range visibleCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v := Visible(s)
		if utf8.RuneCountInString(v) != utf8.RuneCountInString(s) {
			t.Fatalf("%q (%d runes) shown as %q (%d runes)", s, utf8.RuneCountInString(s), v, utf8.RuneCountInString(v))
		}
		if !utf8.ValidString(v) {
			t.Fatalf("%q shown as invalid UTF-8 %q", s, v)
		}
		for _, r := range v {
			if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f || bidiControl(r) || invisible(r) {
				t.Fatalf("%q shown as %q, which still holds %U", s, v, r)
			}
		}
		if Visible(v) != v {
			t.Fatalf("Visible is not idempotent on %q", s)
		}
		if !needsVisible(s) && v != s {
			t.Fatalf("safe %q changed to %q", s, v)
		}
		if strings.ContainsRune(s, '\u202e') && !strings.ContainsRune(v, '⇆') {
			t.Fatalf("an override in %q is not shown", s)
		}
	})
}
