package widgets

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestWrap(t *testing.T) {
	test.NewTempApp(t)
	style := fyne.TextStyle{}
	wordW := func(s string) float32 { return measureText(s, 14, style).Width }
	cases := []struct {
		name  string
		text  string
		width float32
		want  []string
	}{
		{"OneLine", "human rights dialogue", 1000, []string{"human rights dialogue"}},
		{"BreaksAtSpaces", "aaa bbb ccc", wordW("aaa bbb") + 1, []string{"aaa bbb", "ccc"}},
		{"NoLeadingSpace", "aaa     bbb", wordW("bbb") + 1, []string{"aaa", "bbb"}},
		{"Newlines", "one\ntwo\n\nfour", 1000, []string{"one", "two", "", "four"}},
		{"ChineseBetweenCharacters", "人权对话", wordW("人权") + 1, []string{"人权", "对话"}},
		{"ChinesePunctuationStays", "人权。对话", wordW("人权。") + 1, []string{"人权。", "对话"}},
		{"MixedScripts", "EU和中国", wordW("EU和") + 1, []string{"EU和", "中国"}},
		{"LongWordBroken", "abcdefghij", wordW("abcde") + 1, []string{"abcde", "fghij"}},
		{"LongWordOnItsOwnLine", "ab abcdefghij", wordW("abcde") + 1, []string{"ab", "abcde", "fghij"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := measure(c.text, 14, style)
			var got []string
			for _, l := range m.wrap(c.width) {
				got = append(got, m.lineText(l))
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Fatalf("wrap(%q, %v) = %q, want %q", c.text, c.width, got, c.want)
			}
			if n := m.lineCount(c.width); n != len(c.want) {
				t.Fatalf("lineCount = %d, want %d", n, len(c.want))
			}
		})
	}
}

// TestWrap_NarrowFirstDoesNotStick is the regression for words broken in
// the middle ("comprehensivel / y") after a card was once laid out narrow.
func TestWrap_NarrowFirstDoesNotStick(t *testing.T) {
	test.NewTempApp(t)
	m := measure("comprehensively presented", 14, fyne.TextStyle{})
	m.wrap(20)
	lines := m.wrap(1000)
	if len(lines) != 1 || m.lineText(lines[0]) != "comprehensively presented" {
		t.Fatalf("after a narrow wrap, a wide wrap gives %d lines: %q", len(lines), m.lineText(lines[0]))
	}
}

func FuzzWrap(f *testing.F) {
	for _, s := range []string{"human rights dialogue", "人权。对话", "a\n\nb", "abcdefghij klm", "  lead", "trail  "} {
		f.Add(s, float32(40))
	}
	test.NewTempApp(f)
	f.Fuzz(func(t *testing.T, text string, width float32) {
		if width < 1 || width > 2000 || !utf8.ValidString(text) {
			return
		}
		m := measure(text, 14, fyne.TextStyle{})
		var b strings.Builder
		for _, l := range m.wrap(width) {
			b.WriteString(m.lineText(l))
		}
		// What is wrapped is the text as shown (Visible).
		if strings.Join(strings.Fields(b.String()), "") != strings.Join(strings.Fields(Visible(text)), "") {
			t.Fatalf("wrapping %q at %v lost text: %q", text, width, b.String())
		}
	})
}
