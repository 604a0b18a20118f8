package pairing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stemLen is how many runes of a word are kept: a crude stem that joins
// "relations" and "relationship", "interfere" and "interference",
// "Russia" and "Russian", and keeps "human" apart from "humanitarian".
const stemLen = 6

// FunctionWords are the English function words and verbs of reporting
// that every readout uses, separated by white space; the packages that
// weigh a statement's words (pairing here, app/evolution) start their
// stop lists from them.
const FunctionWords = `a about above after again against all also am an and any are as at be
	because been before being between both but by can could did do does doing during each
	for from further had has have having he her here hers him his how i if in into is it
	its itself me more most my no nor not of off on once only or other our ours out over own
	same she should so some such than that the their theirs them then there these they this
	those through to too under until up very was we were what when where which while who whom
	why will with would you your said says say saying stressed noted added stated told`

// stopwords are function words and the verbs of reporting that every
// readout uses; they say nothing about which point a statement is on.
var stopwords = setOf(FunctionWords + `
	side sides two one mr ms well including among upon per via whether
	minister ministry foreign director general director-general department representative high
	deputy state councillor councilor member political bureau central committee office affairs
	commission president vice vice-president secretary assistant managing delegation led hr/vp
	chinese european union held hold meeting met government organizations conferences
	communist party politburo cpc ccp prc`)

func setOf(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// word is one content word of a statement, or a concept ("#trade").
type word struct {
	stem   string
	text   string // as written, for the reason
	name   bool   // capitalised inside the sentence: a name ("Taiwan", "Woodside", "EU")
	clause int    // the clause it is first written in (clauses)
}

// term reports whether w is a term (concepts.txt): a word or name written
// in two languages, which counts only between two languages.
func (w word) term() bool { return w.stem[0] == '=' }

// concept reports whether w is a subject (concepts.txt), which counts in
// one language and in two.
func (w word) concept() bool { return w.stem[0] == '#' }

// maxClauses is the most clauses a statement is read in; the rest of a
// longer one is its last clause.
const maxClauses = 8

// clauseMarks end a clause: a list of subjects ("the Ukraine crisis, the
// Palestine-Israel conflict and …") or a sentence of several points is
// read clause by clause as well as whole, so that one point of it can
// match a statement about that point alone.
const clauseMarks = ",;:—，；、："

// contentWords splits text into its content words, each stem once, each
// with the clause it is first written in.
func contentWords(text string) []word {
	var out []word
	seen := map[string]bool{}
	var ends []int // byte offsets where a clause ends
	n, clause, start := 0, 0, -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		tok := text[start:end]
		start = -1
		first := n == 0
		n++
		if hasHan(tok) {
			out = hanWords(tok, clause, out, seen)
			return
		}
		tok = strings.TrimSuffix(strings.TrimSuffix(tok, "'s"), "’s")
		lower := strings.ToLower(tok)
		if utf8.RuneCountInString(lower) < 3 || stopwords[lower] {
			return
		}
		s := stem(lower)
		if seen[s] {
			return
		}
		seen[s] = true
		r, _ := utf8.DecodeRuneInString(tok)
		out = append(out, word{stem: s, text: tok, name: !first && unicode.IsUpper(r), clause: clause})
	}
	for i, r := range text {
		if !notWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		if strings.ContainsRune(clauseMarks, r) && clause < maxClauses-1 {
			ends = append(ends, i)
			clause++
		}
	}
	flush(len(text))
	return append(out, conceptWords(text, strings.ToLower(text), ends)...)
}

// clauseAt is the clause that byte offset i of a text falls in, given
// where its clauses end.
func clauseAt(i int, ends []int) int {
	c := 0
	for c < len(ends) && ends[c] < i {
		c++
	}
	return c
}

// hanChars are the Chinese characters that say nothing about a
// statement's point on their own or in a pair: particles, pronouns and the
// verbs of reporting ("的", "表示", "双方").
const hanChars = "的了和与在是对就将把被也都而及并其这那我你他她们之于以为等中方表示指出强调说认为愿双"

// hasHan reports whether tok holds a Chinese character.
func hasHan(tok string) bool {
	for _, r := range tok {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}

// mostlyHan reports whether most of text's letters are Chinese characters.
func mostlyHan(text string) bool {
	han, other := 0, 0
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.IsLetter(r):
			other++
		}
	}
	return han > other
}

// hanWords adds the content words of a run of Chinese, which has no
// spaces between its words: each pair of neighbouring characters (人权,
// 对话, 新疆) but those made of function characters alone, each once.
func hanWords(tok string, clause int, out []word, seen map[string]bool) []word {
	rs := []rune(tok)
	for i := 0; i+1 < len(rs); i++ {
		a, b := rs[i], rs[i+1]
		if !unicode.Is(unicode.Han, a) || !unicode.Is(unicode.Han, b) ||
			strings.ContainsRune(hanChars, a) && strings.ContainsRune(hanChars, b) {
			continue
		}
		w := string(rs[i : i+2])
		if !seen[w] {
			seen[w] = true
			out = append(out, word{stem: w, text: w, clause: clause})
		}
	}
	return out
}

func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '’' && r != '-'
}

func stem(lower string) string {
	lower = strings.Trim(lower, "'’-")
	n := 0
	for i := range lower {
		if n == stemLen {
			return lower[:i]
		}
		n++
	}
	return lower
}
