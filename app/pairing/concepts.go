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

// phrase is one way of naming a concept, lower-cased; han phrases match
// anywhere, those starting with a letter or digit (word) at the start of
// a word, and whole ones only up to the end of a word.
type phrase struct {
	text             string
	han, word, whole bool
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
			ph.text = strings.ReplaceAll(strings.TrimSuffix(p, "_"), "_", " ")
			r, _ := utf8.DecodeRuneInString(ph.text)
			ph.han = unicode.Is(unicode.Han, r)
			ph.word = unicode.IsLetter(r) || unicode.IsDigit(r)
			c.phrases = append(c.phrases, ph)
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// conceptWords returns the concepts text names, as words written as in
// text, in the clause where each is first named; lower is text in lower
// case, ends where text's clauses end.
func conceptWords(text, lower string, ends []int) []word {
	var out []word
	han := hasHan(text)
	for _, c := range concepts {
		for _, p := range c.phrases {
			if p.han && !han {
				continue
			}
			i := named(lower, p)
			if i < 0 {
				continue
			}
			as := p.text
			if len(lower) == len(text) { // the same byte offsets
				as = text[i : i+len(p.text)]
			}
			out = append(out, word{stem: c.stem, text: strings.TrimSpace(as), clause: clauseAt(i, ends)})
			break
		}
	}
	return append(out, numberWords(lower, ends)...)
}

// named returns where p is first named in lower, or -1.
func named(lower string, p phrase) int {
	from := 0
	for {
		i := strings.Index(lower[from:], p.text)
		if i < 0 {
			return -1
		}
		i += from
		if p.han || (!p.word || startsWord(lower, i)) && (!p.whole || endsWord(lower, i+len(p.text))) {
			return i
		}
		from = i + 1
	}
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
