package evolution

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"parley/app/pairing"
)

// token is a piece of a statement's text: a word (letters and digits, with
// inner hyphens and apostrophes), one Han character, or the run of spaces
// and punctuation between them. Joining the tokens gives the text back.
type token struct {
	text string
	word bool
}

// tokenize splits text into tokens; Chinese text becomes one token per
// character, so that diffs and n-grams work on it as on words.
func tokenize(text string) []token {
	return tokenizeInto(make([]token, 0, len(text)/3+1), text)
}

// tokenizeInto is tokenize appending to out, so that a caller that reads
// many texts reuses one buffer.
func tokenizeInto(out []token, text string) []token {
	start, kind := 0, 0 // kind: 0 none, 1 word, 2 gap
	flush := func(end int) {
		if end > start {
			out = append(out, token{text: text[start:end], word: kind == 1})
		}
		start = end
	}
	for i, r := range text {
		switch {
		case isHan(r):
			flush(i)
			kind = 1
			flush(i + utf8.RuneLen(r))
			kind = 0
		case isWordRune(r) || (kind == 1 && (r == '-' || r == '\'' || r == '’') && nextIsWord(text, i, r)):
			if kind != 1 {
				flush(i)
				kind = 1
			}
		default:
			if kind != 2 {
				flush(i)
				kind = 2
			}
		}
	}
	flush(len(text))
	return out
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// nextIsWord reports whether the rune after the one at i (r) is a letter or
// digit: "in-depth" and "China's" are one word, "end-" is not.
func nextIsWord(text string, i int, r rune) bool {
	rest := text[i+utf8.RuneLen(r):]
	for _, n := range rest {
		return isWordRune(n) && !isHan(n)
	}
	return false
}

// words lists the lower-cased words of text (Han characters one by one).
func words(text string) []string {
	var out []string
	for _, t := range tokenize(text) {
		if t.word {
			out = append(out, fold(t.text))
		}
	}
	return out
}

// fold lower-cases a word and writes its apostrophes one way.
func fold(w string) string {
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// stopwords are the function words and reporting verbs that every readout
// uses; content similarity and stock phrases leave them out at the edges.
var stopwords = setOf(pairing.FunctionWords + `
	side sides well including among upon per via whether its it's which
	的 了 和 与 及 在 是 对 就 也 都 将 并 把 被 等 为 之 其 中 上 以 于 方`)

func setOf(ws string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		out[w] = true
	}
	return out
}

// contentSet is the set of a text's content words, stemmed, for
// similarity.
func contentSet(text string) map[string]struct{} {
	out := map[string]struct{}{}
	for _, w := range words(text) {
		if !stopwords[w] {
			out[stem(w)] = struct{}{}
		}
	}
	return out
}

// stem strips the commonest English endings so that "raise", "raised" and
// "raises", or "concern" and "concerns", count as one word. Crude, and
// meant to be: it only has to join forms, never to yield a real word.
func stem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range []string{"ies", "ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) && w[len(w)-1] < 0x80 {
			w = strings.TrimSuffix(w, suf)
			if suf == "ies" {
				w += "y"
			}
			break
		}
	}
	return w
}

// dice is the Dice coefficient of two word sets: 1 for the same words, 0
// for none in common.
func dice(a, b map[string]struct{}) float64 {
	if len(a)+len(b) == 0 {
		return 1
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for w := range a {
		if _, ok := b[w]; ok {
			n++
		}
	}
	return 2 * float64(n) / float64(len(a)+len(b))
}

// logp is log(1+x), the weight of a word found in 1/x of the statements.
func logp(x float64) float64 { return math.Log1p(x) }
