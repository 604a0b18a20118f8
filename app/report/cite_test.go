package report

import (
	"strings"
	"testing"
)

func TestQuote(t *testing.T) {
	text := "Title\n\nFirst paragraph 中文.\nSecond one.\n   \nThird."
	idx := indexSource(text)
	at := func(s string) int { return len([]rune(text[:strings.Index(text, s)])) }
	cases := []struct {
		name       string
		start, end int
		quote      string
		para       int
	}{
		{"Title", 0, 5, "Title", 1},
		{"AfterBlankLine", at("First"), at("First") + 5, "First", 2},
		{"Chinese", at("中文"), at("中文") + 2, "中文", 2},
		{"NextLine", at("Second"), at("Second") + 11, "Second one.", 3},
		{"AfterWhitespaceLine", at("Third"), at("Third") + 6, "Third.", 4},
		{"ClampedEnd", at("Third"), 1000, "Third.", 4},
		{"Empty", 3, 3, "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			q, p, _ := idx.quote(c.start, c.end)
			if q != c.quote || p != c.para {
				t.Errorf("quote(%d, %d) = %q ¶%d, want %q ¶%d", c.start, c.end, q, p, c.quote, c.para)
			}
		})
	}
}

func TestSafeURLAndColor(t *testing.T) {
	urls := map[string]string{
		"https://www.fmprc.gov.cn/eng/": "https://www.fmprc.gov.cn/eng/",
		"http://example.org/a?b=c":      "http://example.org/a?b=c",
		"javascript:alert(1)":           "",
		"JAVASCRIPT:alert(1)":           "",
		"//evil.example/x":              "",
		"file:///etc/passwd":            "",
		"data:text/html,<b>":            "",
		"https:/no-host":                "",
	}
	for in, want := range urls {
		if got := safeURL(in); got != want {
			t.Errorf("safeURL(%q) = %q, want %q", in, got, want)
		}
	}
	colors := map[string]string{"#C8102E": "#c8102e", "red": fallbackColor, "#fff": fallbackColor, "#123456;x": fallbackColor}
	for in, want := range colors {
		if got := safeColor(in); got != want {
			t.Errorf("safeColor(%q) = %q, want %q", in, got, want)
		}
	}
}
