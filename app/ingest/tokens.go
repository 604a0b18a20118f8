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
	// Words are cut out of one string of the sentence, so that a token
	// costs no allocation of its own; boff maps rune to byte offsets.
	str := string(r)
	boff := make([]int, len(r)+1)
	b := 0
	for i, c := range r {
		boff[i] = b
		b += utf8.RuneLen(c)
	}
	boff[len(r)] = b
	sub := func(i, j int) string { return str[boff[i]:boff[j]] }
	out := make([]token, 0, len(r)/5+1)
	i := 0
	for i < len(r) {
		c := r[i]
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			if isCJKRune(c) {
				out = append(out, token{text: sub(i, i+1), lower: sub(i, i+1), start: i, end: i + 1})
				i++
				continue
			}
			j := wordEnd(r, i)
			out = append(out, makeWord(r, sub(i, j), i, j))
			if j < len(r) && r[j] == '-' && j+1 < len(r) && unicode.IsLetter(r[j+1]) {
				out[len(out)-1].compound = true
				j++
				if k := wordEnd(r, j); k > j {
					w := makeWord(r, sub(j, k), j, k)
					w.compound = true
					out = append(out, w)
					j = k
				}
			}
			i = j
		default:
			t := punctText(c)
			out = append(out, token{text: t, lower: t, start: i, end: i + 1, punct: c})
			i++
		}
	}
	return out
}

func wordEnd(r []rune, i int) int {
	j := i
	for j < len(r) {
		c := r[j]
		if (unicode.IsLetter(c) || unicode.IsDigit(c)) && !isCJKRune(c) {
			j++
			continue
		}
		if (c == '.' || c == '\'' || c == '’') && j+1 < len(r) && unicode.IsLetter(r[j+1]) && !isCJKRune(r[j+1]) {
			j++
			continue
		}
		break
	}
	// "U.S." keeps its final dot; a plain sentence-final dot stays apart.
	if j < len(r) && r[j] == '.' && strings.Contains(string(r[i:j]), ".") {
		j++
	}
	return j
}

// makeWord makes the token of word w, the runes r[i:j].
func makeWord(r []rune, w string, i, j int) token {
	t := token{start: i, end: j}
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w, t.possessive = strings.TrimSuffix(w, suf), true
		}
	}
	if !t.possessive && j < len(r) && (r[j] == '’' || r[j] == '\'') && strings.HasSuffix(w, "s") {
		t.possessive = true
	}
	t.text, t.lower = w, strings.ToLower(w)
	return t
}

func isCJKRune(c rune) bool {
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
