package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word of a sentence. Offsets count runes into the sentence.
type token struct {
	text       string // as written, possessive ending removed
	lower      string
	start, end int
	possessive bool // "China’s", "diplomats’"
	compound   bool // joined by a hyphen to a neighbour: "China-EU"
	punct      rune // for punctuation tokens, the rune; 0 for words
}

func (t token) isWord() bool { return t.punct == 0 }

// key is how aliases are compared: dots dropped so that "U.S." and "US"
// meet; case kept so that "US" never matches "us".
func key(s string) string { return strings.ReplaceAll(s, ".", "") }

// tokenize splits a sentence into words and punctuation. Hyphenated
// compounds are split into their parts, marked compound.
func tokenize(r []rune) []token {
	return tokenizeText(r, "")
}

// tokenizeText is tokenize for runes r whose string str is at hand
// (string(r), or "" when it is not).
func tokenizeText(r []rune, str string) []token {
	// About one token in five runes, but one a Chinese or Japanese
	// character: sized so, the slice is seldom grown.
	n := len(r)/5 + 1
	for _, c := range r {
		if c >= 0x2e80 && isCJKRune(c) {
			n++
		}
	}
	return appendTokens(make([]token, 0, n), r, str)
}

// appendTokens is tokenizeText appending to out, so that a caller that
// keeps no token can reuse one slice for every sentence.
func appendTokens(out []token, r []rune, str string) []token {
	// Words are cut out of one string of the sentence, so that a token
	// costs no allocation of its own; b is the byte offset of rune i.
	if str == "" {
		str = string(r)
	}
	// An ASCII sentence is lower-cased once and its words' lower forms
	// cut out of that (same byte offsets); others word by word.
	lower, ascii := "", len(str) == len(r)
	if ascii {
		lower = strings.ToLower(str)
	}
	i, b := 0, 0
	for i < len(r) {
		c := r[i]
		switch {
		case isBlankRune(c):
			i++
			b += runeLen(c)
		case isWordRune(c):
			if c >= 0x2e80 && isCJKRune(c) {
				n := utf8.RuneLen(c)
				out = append(out, token{text: str[b : b+n], lower: str[b : b+n], start: i, end: i + 1})
				i++
				b += n
				continue
			}
			j := wordEnd(r, i)
			bj := b + j - i
			if !ascii {
				bj = b + runesLen(r[i:j])
			}
			out = append(out, makeWord(r, str, lower, b, bj, i, j))
			if j < len(r) && r[j] == '-' && j+1 < len(r) && isLetterRune(r[j+1]) {
				out[len(out)-1].compound = true
				j++
				bj++
				if k := wordEnd(r, j); k > j {
					bk := bj + runesLen(r[j:k])
					w := makeWord(r, str, lower, bj, bk, j, k)
					w.compound = true
					out = append(out, w)
					j, bj = k, bk
				}
			}
			i, b = j, bj
		default:
			t := punctText(c)
			out = append(out, token{text: t, lower: t, start: i, end: i + 1, punct: c})
			i++
			b += runeLen(c)
		}
	}
	return out
}

// runeLen is utf8.RuneLen, counting an invalid rune as the replacement
// character string conversion writes for it.
func runeLen(c rune) int {
	if c < utf8.RuneSelf {
		return 1
	}
	if n := utf8.RuneLen(c); n > 0 {
		return n
	}
	return utf8.RuneLen(utf8.RuneError)
}

// runesLen is the length in bytes of string(r).
func runesLen(r []rune) int {
	n := len(r)
	for _, c := range r {
		if c >= utf8.RuneSelf {
			n += runeLen(c) - 1
		}
	}
	return n
}

// isBlankRune is unicode.IsSpace with a fast path for ASCII.
func isBlankRune(c rune) bool {
	if c < utf8.RuneSelf {
		return c == ' ' || c >= '\t' && c <= '\r'
	}
	return unicode.IsSpace(c)
}

// isLetterRune is unicode.IsLetter with a fast path for ASCII.
func isLetterRune(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return unicode.IsLetter(c)
}

// isWordRune is a letter or a digit, with a fast path for ASCII.
func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return unicode.IsLetter(c) || unicode.IsDigit(c)
}

func wordEnd(r []rune, i int) int {
	j := i
	dot := false
	for j < len(r) {
		c := r[j]
		if isWordRune(c) && !(c >= 0x2e80 && isCJKRune(c)) {
			j++
			continue
		}
		if (c == '.' || c == '\'' || c == '’') && j+1 < len(r) && isLetterRune(r[j+1]) && !(r[j+1] >= 0x2e80 && isCJKRune(r[j+1])) {
			dot = dot || c == '.'
			j++
			continue
		}
		break
	}
	// "U.S." keeps its final dot; a plain sentence-final dot stays apart.
	if j < len(r) && r[j] == '.' && dot {
		j++
	}
	return j
}

// makeWord makes the token of the runes r[i:j], the bytes str[bi:bj];
// lower is str lower-cased when that keeps its byte offsets, else "".
func makeWord(r []rune, str, lower string, bi, bj, i, j int) token {
	t := token{start: i, end: j}
	w := str[bi:bj]
	for _, suf := range [...]string{"’s", "'s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w, t.possessive = strings.TrimSuffix(w, suf), true
		}
	}
	if !t.possessive && j < len(r) && (r[j] == '’' || r[j] == '\'') && strings.HasSuffix(w, "s") {
		t.possessive = true
	}
	t.text = w
	if lower != "" {
		t.lower = lower[bi : bi+len(w)]
	} else {
		t.lower = strings.ToLower(w)
	}
	return t
}

func isCJKRune(c rune) bool {
	// Han starts at U+2E80, Hiragana and Katakana after it.
	return c >= 0x2e80 && unicode.Is(unicode.Han, c) || unicode.In(c, unicode.Hiragana, unicode.Katakana)
}

func isCapitalized(s string) bool {
	for _, c := range s {
		return unicode.IsUpper(c)
	}
	return false
}

// hasCJKRunes is hasCJK over runes, without building a string.
func hasCJKRunes(r []rune) bool {
	for _, c := range r {
		if c >= 0x2e80 && isCJKRune(c) {
			return true
		}
	}
	return false
}

var asciiPunct = func() (t [128]string) {
	for i := range t {
		t[i] = string(rune(i))
	}
	return t
}()

// punctText is the text of a punctuation token, without allocating for
// ASCII.
func punctText(c rune) string {
	if c < 128 {
		return asciiPunct[c]
	}
	return string(c)
}

// runeText is a text and its runes, for cutting the string of runes
// r[i:j] out of the text instead of converting them (a copy of every
// sentence, made several times over). Offsets are asked in order, as
// sentences come; asking backwards starts counting again.
type runeText struct {
	text   string
	r      []rune
	ok     bool // text is valid UTF-8 of r's length: string(r[i:j]) is a slice of it
	ri, bi int  // rune offset ri is byte offset bi
}

func newRuneText(text string, r []rune) *runeText {
	return &runeText{text: text, r: r, ok: utf8.ValidString(text) && utf8.RuneCountInString(text) == len(r)}
}

func (t *runeText) byteAt(i int) int {
	if i < t.ri {
		t.ri, t.bi = 0, 0
	}
	t.bi += runesLen(t.r[t.ri:i])
	t.ri = i
	return t.bi
}

// slice is string(r[i:j]) without a copy, or "" when the text cannot
// give it.
func (t *runeText) slice(i, j int) string {
	if !t.ok {
		return ""
	}
	a := t.byteAt(i)
	return t.text[a:t.byteAt(j)]
}
