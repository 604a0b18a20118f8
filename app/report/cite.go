package report

import (
	"fmt"
	"net/url"
	"sort"
	"strings"

	"parley/storage"
)

// fallbackColor stands in for a colour that is not "#rrggbb": storage
// refuses such colours, but a project file edited by other tools may hold
// anything, and a colour is written into CSS.
const fallbackColor = "#777777"

// safeColor returns c when it is exactly "#rrggbb", else a neutral grey.
func safeColor(c string) string {
	if _, _, _, ok := storage.ParseColor(c); ok {
		return strings.ToLower(c)
	}
	return fallbackColor
}

func rgb(c string) (r, g, b float64) {
	r8, g8, b8, _ := storage.ParseColor(safeColor(c))
	return float64(r8), float64(g8), float64(b8)
}

// tint mixes colour c with white; share 1 is c itself, 0 is white.
func tint(c string, share float64) string {
	r, g, b := rgb(c)
	mix := func(v float64) int { return int(255 - (255-v)*share + 0.5) }
	return fmt.Sprintf("#%02x%02x%02x", mix(r), mix(g), mix(b))
}

// ink picks dark or white text for legibility on background c.
func ink(c string) string {
	r, g, b := rgb(c)
	if 0.299*r+0.587*g+0.114*b > 150 {
		return "#1b1f24"
	}
	return "#ffffff"
}

// safeURL returns u when it is an absolute http or https URL with a host,
// else "": only such links are live in the report, so a "javascript:" or
// "file:" URL in a source comes out as inert text.
func safeURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || p.Host == "" || (p.Scheme != "http" && p.Scheme != "https") {
		return ""
	}
	return p.String()
}

// maxQuote bounds the quoted span in the citations appendix; a longer span
// is cut with an ellipsis, the statement itself stays whole in its column.
const maxQuote = 400

// sourceText indexes a source's text once for all its citations: its runes,
// and where each non-empty line (a paragraph) ends.
type sourceText struct {
	runes []rune
	ends  []int // rune offsets of the line breaks that end non-empty lines
}

func indexSource(text string) *sourceText {
	st := &sourceText{runes: []rune(text)}
	inLine := false
	for i, r := range st.runes {
		switch {
		case r == '\n':
			if inLine {
				st.ends = append(st.ends, i)
			}
			inLine = false
		case r != ' ' && r != '\t' && r != '\r':
			inLine = true
		}
	}
	return st
}

// quote returns the text between rune offsets start and end (clamped to
// the text) and the paragraph it starts in, counting non-empty lines from
// 1. ok is false when the span is empty.
func (st *sourceText) quote(start, end int) (q string, para int, ok bool) {
	start, end = max(start, 0), min(end, len(st.runes))
	if start >= end {
		return "", 0, false
	}
	para = 1 + sort.SearchInts(st.ends, start)
	span := strings.TrimSpace(string(st.runes[start:end]))
	if n := []rune(span); len(n) > maxQuote {
		span = strings.TrimSpace(string(n[:maxQuote])) + "…"
	}
	return span, para, span != ""
}

// bidiControls are the explicit embedding, override and isolate controls.
// Left in a report they can make text display in a misleading order (an
// unclosed U+202E reverses what follows it), so the report drops them; the
// CSV keeps the data as stored.
var bidiControls = strings.NewReplacer(
	"\u202a", "", "\u202b", "", "\u202c", "", "\u202d", "", "\u202e", "",
	"\u2066", "", "\u2067", "", "\u2068", "", "\u2069", "")

// clean prepares a user string for the report.
func clean(s string) string {
	if !strings.ContainsAny(s, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
		return s
	}
	return bidiControls.Replace(s)
}
