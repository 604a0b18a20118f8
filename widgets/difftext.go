package widgets

import (
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// DiffOp says what a piece of a word diff does.
type DiffOp int

const (
	// DiffSame is wording both versions share.
	DiffSame DiffOp = iota
	// DiffAdded is wording only the later version has.
	DiffAdded
	// DiffDropped is wording only the earlier version had.
	DiffDropped
)

// DiffPart is one run of words of a word diff.
type DiffPart struct {
	Text string
	Op   DiffOp
}

// DiffText shows a word diff as one wrapped text: added words on a green
// tint and underlined, dropped words on a red tint and struck through. The
// marks differ in shape as well as in colour, so that they read in either
// theme and without telling red from green.
type DiffText struct {
	widget.BaseWidget
	Parts []DiffPart

	text  string
	spans []diffSpan
	h     *HighlightedText // wraps and measures the text, draws the tints
}

// diffSpan is a non-same part in rune offsets of the joined text.
type diffSpan struct {
	start, end int
	op         DiffOp
}

// NewDiffText returns a diff of parts.
func NewDiffText(parts []DiffPart) *DiffText {
	d := &DiffText{}
	d.h = NewHighlightedText("", nil)
	d.ExtendBaseWidget(d)
	d.SetParts(parts)
	return d
}

// SetParts shows another diff.
func (d *DiffText) SetParts(parts []DiffPart) {
	d.Parts = parts
	d.join()
	d.Refresh()
}

// Text is the diff as plain text, dropped words included.
func (d *DiffText) Text() string { return d.text }

// join makes one text of the parts, a space between parts unless one is
// already there (or the text is Chinese, which has none between words).
func (d *DiffText) join() {
	var b strings.Builder
	d.spans = d.spans[:0]
	n := 0
	for _, p := range d.Parts {
		if p.Text == "" {
			continue
		}
		if b.Len() > 0 && needsSpace(b.String(), p.Text) {
			b.WriteByte(' ')
			n++
		}
		start := n
		b.WriteString(p.Text)
		n += utf8.RuneCountInString(p.Text)
		// The mark covers the words, not the spaces around them.
		lead := utf8.RuneCountInString(p.Text) - utf8.RuneCountInString(strings.TrimLeftFunc(p.Text, isSpace))
		trail := utf8.RuneCountInString(p.Text) - utf8.RuneCountInString(strings.TrimRightFunc(p.Text, isSpace))
		if p.Op != DiffSame && start+lead < n-trail {
			d.spans = append(d.spans, diffSpan{start: start + lead, end: n - trail, op: p.Op})
		}
	}
	d.text = b.String()
}

// needsSpace says whether a space goes between text a and the next part b.
func needsSpace(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	if isSpace(last) || isSpace(first) || isCJK(last) && isCJK(first) {
		return false
	}
	return !strings.ContainsRune(",.;:!?)]}”’、，。；：！？）", first) &&
		!strings.ContainsRune("([{“‘（", last)
}

// MinSize is the height the wrapped diff needs at its width.
func (d *DiffText) MinSize() fyne.Size {
	d.ExtendBaseWidget(d)
	return d.h.MinSize()
}

// CreateRenderer is a private method to Fyne which links this widget to its renderer.
func (d *DiffText) CreateRenderer() fyne.WidgetRenderer {
	d.ExtendBaseWidget(d)
	r := &diffRenderer{d: d}
	r.Refresh()
	return r
}

// markColors are the tints of added and dropped words, from the theme.
func (d *DiffText) markColors() (added, dropped fyne.ThemeColorName) {
	return theme.ColorNameSuccess, theme.ColorNameError
}
