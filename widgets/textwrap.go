package widgets

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// textToken is one unbreakable piece of text: a word, one CJK character (with
// any closing punctuation that must not start a line), a run of spaces or a
// line break. Widths are measured once, so wrapping at a new width is only
// arithmetic: that is what keeps 1,000 cards fast to lay out on resize.
type textToken struct {
	start, end int // byte offsets into the source text
	rStart     int // rune offset of start, for spans counted in runes
	w, h       float32
	space      bool
	newline    bool
}

// wrappedLine is one laid-out line: the bytes [start, end) of the text,
// drawn from tokens [first, last) (the first and last may be cut, when a
// word wider than a whole line is broken between characters).
type wrappedLine struct {
	first, last int
	start, end  int
	w           float32
	hard        bool // ended by a line break: the end of a paragraph
}

// measuredText is a text tokenized and measured in one size and style.
type measuredText struct {
	text   string
	size   float32
	style  fyne.TextStyle
	tokens []textToken
	lineH  float32
}

// measure tokenizes s and measures each token with Fyne's cached text
// metrics. What is measured, and drawn, is Visible(s): the same runes at
// the same rune offsets, with controls and direction overrides shown.
func measure(s string, size float32, style fyne.TextStyle) *measuredText {
	s = Visible(s)
	m := &measuredText{text: s, size: size, style: style}
	metrics.Lock()
	defer metrics.Unlock()
	metrics.check()
	m.lineH = metrics.measure("Mg", size, style).Height
	m.tokens = tokenize(s)
	for i := range m.tokens {
		t := &m.tokens[i]
		if t.newline {
			continue
		}
		sz := metrics.measure(s[t.start:t.end], size, style)
		t.w, t.h = sz.Width, sz.Height
		if t.h > m.lineH {
			m.lineH = t.h
		}
	}
	return m
}

// isCJK reports runes that may be broken between on their own: Han, kana,
// hangul and full-width forms.
func isCJK(r rune) bool {
	if r < 0x2e80 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		(r >= 0x3000 && r <= 0x303f) || (r >= 0xff00 && r <= 0xffef)
}

// noLineStart lists punctuation that must stay on the line before it.
const noLineStart = "，。、；：？！）」』】》〉,.;:?!)]}%”’…"

func isNoLineStart(r rune) bool {
	if r < 0x80 {
		switch r {
		case ',', '.', ';', ':', '?', '!', ')', ']', '}', '%':
			return true
		}
		return false
	}
	return strings.ContainsRune(noLineStart, r)
}

// tokenize splits s into tokens, keeping byte and rune offsets.
func tokenize(s string) []textToken {
	out := make([]textToken, 0, len(s)/3+1)
	runeAt := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		tok := textToken{start: i, rStart: runeAt}
		switch {
		case r == '\n':
			tok.newline = true
			i += size
			runeAt++
		case isSpace(r):
			tok.space = true
			for i < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[i:])
				if r2 == '\n' || !isSpace(r2) {
					break
				}
				i += s2
				runeAt++
			}
		case isCJK(r):
			i += size
			runeAt++
			for i < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[i:])
				if !isNoLineStart(r2) {
					break
				}
				i += s2
				runeAt++
			}
		default:
			for i < len(s) {
				r2, s2 := utf8.DecodeRuneInString(s[i:])
				if isSpace(r2) || (isCJK(r2) && !isNoLineStart(r2)) {
					break
				}
				i += s2
				runeAt++
			}
		}
		tok.end = i
		out = append(out, tok)
	}
	return out
}

// widestWord is the width of the text's widest word.
func (m *measuredText) widestWord() float32 {
	var w float32
	for _, t := range m.tokens {
		if !t.space && !t.newline {
			w = max(w, t.w)
		}
	}
	return w
}

// lineWidth is the width of the text on one line, unwrapped (up to its
// first newline).
func (m *measuredText) lineWidth() float32 {
	var w float32
	for _, t := range m.tokens {
		if t.newline {
			break
		}
		w += t.w
	}
	return w
}

// wrap breaks the measured text into lines no wider than width. A word wider
// than a whole line is broken between characters so that nothing is cut off.
func (m *measuredText) wrap(width float32) []wrappedLine {
	var lines []wrappedLine
	m.eachLine(width, func(l wrappedLine) { lines = append(lines, l) })
	return lines
}

// lineCount is len(wrap(width)) without building the lines.
func (m *measuredText) lineCount(width float32) int {
	n := 0
	m.eachLine(width, func(wrappedLine) { n++ })
	return n
}

// eachLine calls emit with each line of the text wrapped at width. The
// tokens are never changed, so wrapping at any width gives the same lines
// as wrapping at that width first.
func (m *measuredText) eachLine(width float32, emit func(wrappedLine)) {
	cur := wrappedLine{}
	empty := true // nothing but spaces on cur yet (widths may be zero)
	pendingSpace := float32(0)
	for i, t := range m.tokens {
		switch {
		case t.newline:
			cur.last, cur.end, cur.hard = i, t.start, true
			emit(cur)
			cur, empty = wrappedLine{first: i + 1, start: t.end}, true
			pendingSpace = 0
		case t.space:
			if empty { // no leading space on a line
				cur.first, cur.start = i+1, t.end
				continue
			}
			pendingSpace += t.w
		case t.w > width && utf8.RuneCountInString(m.text[t.start:t.end]) > 1:
			cur = m.breakWord(i, width, cur, empty, emit)
			empty, pendingSpace = false, 0
		default:
			if !empty && cur.w+pendingSpace+t.w > width {
				cur.last, cur.end = i, t.start
				emit(cur)
				cur = wrappedLine{first: i, start: t.start}
				pendingSpace = 0
			}
			cur.w += pendingSpace + t.w
			empty, pendingSpace = false, 0
		}
	}
	cur.last, cur.end = len(m.tokens), len(m.text)
	emit(cur)
}

// breakWord lays out token i, wider than a line, over as many lines as it
// needs, breaking between runes; it returns the line its end is on.
func (m *measuredText) breakWord(i int, width float32, cur wrappedLine, empty bool, emit func(wrappedLine)) wrappedLine {
	t := m.tokens[i]
	if !empty {
		cur.last, cur.end = i, t.start
		emit(cur)
	}
	cur = wrappedLine{first: i, start: t.start}
	segW := float32(0)
	for b := t.start; b < t.end; {
		_, size := utf8.DecodeRuneInString(m.text[b:])
		w := measureText(m.text[cur.start:b+size], m.size, m.style).Width
		if w > width && b > cur.start {
			cur.last, cur.end, cur.w = i+1, b, segW
			emit(cur)
			cur = wrappedLine{first: i, start: b}
			w = measureText(m.text[b:b+size], m.size, m.style).Width
		}
		segW = w
		b += size
	}
	cur.w = segW
	return cur
}

// pieces calls fn for each drawn piece of a line (tokens cut to the line,
// trailing spaces left out) with its byte range, first rune and x offset.
func (m *measuredText) pieces(l wrappedLine, fn func(start, end, rStart int, x, w float32)) {
	end := len(strings.TrimRightFunc(m.text[:l.end], unicode.IsSpace))
	x := float32(0)
	for i := l.first; i < l.last && i < len(m.tokens); i++ {
		t := m.tokens[i]
		a, b := max(t.start, l.start), min(t.end, end)
		if t.newline || a >= b {
			continue
		}
		w := t.w
		if a != t.start || b != t.end {
			w = measureText(m.text[a:b], m.size, m.style).Width
		}
		fn(a, b, t.rStart+utf8.RuneCountInString(m.text[t.start:a]), x, w)
		x += w
	}
}

// lineText returns the visible text of a line, without trailing spaces.
func (m *measuredText) lineText(l wrappedLine) string {
	if l.end <= l.start {
		return ""
	}
	return strings.TrimRightFunc(m.text[l.start:l.end], unicode.IsSpace)
}

// height is the height of n lines.
func (m *measuredText) height(lines int) float32 {
	return float32(lines) * m.lineH
}

// metricKey identifies a measured piece of text.
type metricKey struct {
	text  string
	size  float32
	style fyne.TextStyle
}

// metricCache memoises token sizes. Fyne caches text metrics too, but
// behind interface-keyed maps that cost more than the measuring of a whole
// card; words repeat across cards, so a plain map makes a topic of 1,000
// cards cheap to measure. It is emptied when the theme changes (fonts may
// differ).
//
// It keeps two generations: a size is looked up in the current one, then in
// the old one (and copied forward when found there). When the current one
// reaches metricGenEntries sizes or metricGenBytes bytes of keys, the old
// one is dropped and the current one becomes old. So what was measured since
// the last turnover (the cards on screen, the topic just left) stays, and
// the cache never holds more than twice a generation. Keys are copies: a
// word cut from a statement must not keep the whole statement alive.
type metricCache struct {
	sync.Mutex
	font               string // the theme's regular font, by name
	cur, old           map[metricKey]fyne.Size
	curBytes, oldBytes int // the bytes of the generations' keys
}

var metrics = &metricCache{}

const (
	// metricGenEntries and metricGenBytes bound one generation. A topic of
	// 1,000 cards has some 10,000 distinct words of 7 bytes on average, so a
	// generation holds a few topics.
	metricGenEntries = 40_000
	metricGenBytes   = 1 << 20
	// metricMaxKey is the longest text kept: longer ones (whole labels
	// measured by ellipsize, prefixes of a broken URL) are measured anew
	// rather than crowd out thousands of words.
	metricMaxKey = 4096
)

func (c *metricCache) check() {
	font := ""
	if f := theme.Current().Font(fyne.TextStyle{}); f != nil {
		font = f.Name()
	}
	if c.cur == nil || c.font != font {
		c.reset()
		c.font = font
	}
}

// reset empties the cache.
func (c *metricCache) reset() {
	c.cur, c.old = make(map[metricKey]fyne.Size, 4096), nil
	c.curBytes, c.oldBytes = 0, 0
}

// lookup returns a cached size, copying it into the current generation
// when it was found in the old one.
func (c *metricCache) lookup(k metricKey) (fyne.Size, bool) {
	if s, ok := c.cur[k]; ok {
		return s, true
	}
	if s, ok := c.old[k]; ok {
		k.text = strings.Clone(k.text)
		c.add(k, s)
		return s, true
	}
	return fyne.Size{}, false
}

// add keeps a size, turning the generations over when the current one is
// full. The key's text must be the cache's own copy.
func (c *metricCache) add(k metricKey, s fyne.Size) {
	if len(k.text) > metricMaxKey {
		return
	}
	c.cur[k] = s
	c.curBytes += len(k.text)
	if len(c.cur) >= metricGenEntries || c.curBytes >= metricGenBytes {
		c.old, c.oldBytes = c.cur, c.curBytes
		c.cur, c.curBytes = make(map[metricKey]fyne.Size, 4096), 0
	}
}

func (c *metricCache) measure(text string, size float32, style fyne.TextStyle) fyne.Size {
	k := metricKey{text, size, style}
	if s, ok := c.lookup(k); ok {
		return s
	}
	// Fyne's own cache keeps the text it measures for a while: hand it a
	// copy too, shared with our key.
	if len(text) <= metricMaxKey {
		k.text = strings.Clone(text)
	}
	s := fyne.MeasureText(k.text, size, style)
	c.add(k, s)
	return s
}

// entries is how many sizes the cache holds.
func (c *metricCache) entries() int { return len(c.cur) + len(c.old) }

// keyBytes is the bytes of the keys the cache holds.
func (c *metricCache) keyBytes() int { return c.curBytes + c.oldBytes }

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r)
}

// measureText is fyne.MeasureText through the widgets' metric cache.
func measureText(text string, size float32, style fyne.TextStyle) fyne.Size {
	metrics.Lock()
	defer metrics.Unlock()
	metrics.check()
	return metrics.measure(text, size, style)
}

// ellipsize shortens text with "…" to fit maxW, for labels that may not wrap.
func ellipsize(text string, size float32, style fyne.TextStyle, maxW float32) string {
	text = Visible(text)
	if measureText(text, size, style).Width <= maxW {
		return text
	}
	runes := []rune(text)
	lo, hi := 0, len(runes)
	for lo < hi { // the longest prefix that fits
		mid := (lo + hi + 1) / 2
		if measureText(string(runes[:mid])+"…", size, style).Width <= maxW {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(runes[:lo])) + "…"
}
