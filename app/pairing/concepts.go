package pairing

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A concept joins the different words or the two languages in which the
// two sides name one thing (concepts.txt says which and why). Its stem is
// "#name" for a subject, which counts as a shared word in any pair, and
// "=key" for a term, which counts only between two languages.
type concept struct {
	stem    string
	phrases []phrase
}

// phrase is one way of naming a concept, lower-cased; one in Chinese
// matches anywhere, one in letters at the start of a word, and a whole one
// only up to the end of a word.
type phrase struct {
	text  string
	whole bool
}

//go:embed concepts.txt
var conceptsTxt []byte

// concepts is the table of concepts.txt.
var concepts = mustConcepts(conceptsTxt)

func mustConcepts(b []byte) []concept {
	cs, err := parseConcepts(b)
	if err != nil {
		panic(err) // concepts.txt is part of the source, checked by the tests
	}
	return cs
}

// parseConcepts reads the lines of concepts.txt.
func parseConcepts(b []byte) ([]concept, error) {
	var out []concept
	seen := map[string]bool{}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, list, ok := strings.Cut(line, ":")
		kind, name, ok2 := strings.Cut(head, " ")
		if !ok || !ok2 || name == "" || strings.ContainsAny(name, " \t") {
			return nil, fmt.Errorf("concepts.txt:%d: want \"subject NAME: phrase | …\" or \"term KEY: …\"", n)
		}
		var c concept
		switch kind {
		case "subject":
			c.stem = "#" + name
		case "term":
			c.stem = "=" + name
		default:
			return nil, fmt.Errorf("concepts.txt:%d: %q is neither subject nor term", n, kind)
		}
		if seen[c.stem] {
			return nil, fmt.Errorf("concepts.txt:%d: %s named twice", n, c.stem)
		}
		seen[c.stem] = true
		for _, p := range strings.Split(list, "|") {
			p = strings.ToLower(strings.TrimSpace(p))
			if p == "" {
				return nil, fmt.Errorf("concepts.txt:%d: an empty phrase", n)
			}
			ph := phrase{whole: strings.HasSuffix(p, "_")}
			ph.text = strings.ReplaceAll(strings.Trim(p, "_"), "_", " ")
			r, _ := utf8.DecodeRuneInString(ph.text)
			if !unicode.Is(unicode.Han, r) && !unicode.IsLetter(r) && !unicode.IsDigit(r) || len(ph.text) < 2 {
				return nil, fmt.Errorf("concepts.txt:%d: %q starts with no letter, digit or Chinese character, or is shorter than two bytes", n, p)
			}
			c.phrases = append(c.phrases, ph)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// conceptWords returns the concepts text names, as words written as in
// text, in the clause where each is first named; lower is text in lower
// case, ends where text's clauses end. A concept named by several of its
// phrases is taken from the first of them in concepts.txt.
func conceptWords(text, lower string, ends []int) []word {
	at := make([]int, len(concepts))    // where the concept is named
	which := make([]int, len(concepts)) // by which phrase, +1 (0: not named)
	for i := 0; i+1 < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		if unicode.Is(unicode.Han, r) || (unicode.IsLetter(r) || unicode.IsDigit(r)) && startsWord(lower, i) {
			for _, ref := range phraseIndex[lower[i:i+2]] {
				p := concepts[ref.c].phrases[ref.p]
				if (which[ref.c] == 0 || ref.p+1 < which[ref.c]) && strings.HasPrefix(lower[i:], p.text) &&
					(!p.whole || endsWord(lower, i+len(p.text))) {
					at[ref.c], which[ref.c] = i, ref.p+1
				}
			}
		}
		i += size
	}
	var out []word
	for c, w := range which {
		if w == 0 {
			continue
		}
		i, p := at[c], concepts[c].phrases[w-1]
		as := p.text
		if len(lower) == len(text) { // the same byte offsets
			as = text[i : i+len(p.text)]
		}
		out = append(out, word{stem: concepts[c].stem, text: as, clause: clauseAt(i, ends)})
	}
	return append(out, numberWords(lower, ends)...)
}

// phraseRef is phrase p of concept c.
type phraseRef struct{ c, p int }

// phraseIndex finds the phrases by their first two bytes, so that a text
// is read once, not once for each phrase.
var phraseIndex = indexPhrases(concepts)

func indexPhrases(cs []concept) map[string][]phraseRef {
	out := map[string][]phraseRef{}
	for c, cn := range cs {
		for p, ph := range cn.phrases {
			out[ph.text[:2]] = append(out[ph.text[:2]], phraseRef{c, p})
		}
	}
	return out
}

// startsWord reports whether byte offset i of s starts a word: the rune
// before it, if any, is no letter or digit.
func startsWord(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return i == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// endsWord reports whether a word ends at byte offset i of s.
func endsWord(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return i == len(s) || !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// months name the months in English (but "may", which is mostly the
// verb); a Chinese date writes "7月13日".
var months = map[string]int{"january": 1, "february": 2, "march": 3, "april": 4, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12}

// numberWords returns the numbers of two digits or more and the months a
// text names as terms ("=n2022", "=m7"), which are written alike in
// Chinese and English: "第77届联大" and "the 77th UN General Assembly",
// "7月13日" and "13 July".
func numberWords(lower string, ends []int) []word {
	var out []word
	seen := map[string]bool{}
	add := func(stem, text string, at int) {
		if !seen[stem] {
			seen[stem] = true
			out = append(out, word{stem: stem, text: text, clause: clauseAt(at, ends)})
		}
	}
	for i := 0; i < len(lower); {
		r, size := utf8.DecodeRuneInString(lower[i:])
		switch {
		case r >= '0' && r <= '9':
			j := i
			for j < len(lower) && lower[j] >= '0' && lower[j] <= '9' {
				j++
			}
			if j-i >= 2 {
				add("=n"+strings.TrimLeft(lower[i:j], "0"), lower[i:j], i)
			}
			if strings.HasPrefix(lower[j:], "月") && j-i <= 2 {
				add(fmt.Sprintf("=m%s", strings.TrimLeft(lower[i:j], "0")), lower[i:j]+"月", i)
			}
			i = j
		case unicode.IsLetter(r) && startsWord(lower, i):
			j := i
			for j < len(lower) {
				r, n := utf8.DecodeRuneInString(lower[j:])
				if !unicode.IsLetter(r) || unicode.Is(unicode.Han, r) {
					break
				}
				j += n
			}
			if m, ok := months[lower[i:j]]; ok && j > i {
				add(fmt.Sprintf("=m%d", m), lower[i:j], i)
			}
			if j == i {
				j += size
			}
			i = j
		default:
			i += size
		}
	}
	return out
}
