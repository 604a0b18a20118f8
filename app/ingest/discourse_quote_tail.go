package ingest

import (
	"fmt"
	"strings"
	"unicode"
)

// A quotation of several sentences is several sentences (segment_quote.go),
// and releases name who spoke only after the quotation has closed:
// `"There is simply no alternative to UNRWA. I welcome the intention to
// investigate …," said Minister Fajon.`, `“It is likely that new issues
// will arise …. To start with, what we have is a commitment …,” Malcorra
// said.`. Every sentence from the one that opens the quotation to the
// one before it closes is the words of the person named after it, as the
// closing sentence is. Narration in the same paragraph before the
// quotation opened stays the narrator's (worked out on the late part's
// releases quoting a minister at length, batch "late 24").

// quoteTail is a run of sentences [from, to) (counted from 1) inside a
// quotation that sentence to closes with an attribution naming sp.
type quoteTail struct {
	from, to int
	sp       *Speaker
	said     string
}

// noteQuoteTails finds, in the paragraph of segs[i:j+1], the quotations
// that open in one sentence and close in a later one with an attribution
// after them.
func (st *state) noteQuoteTails(r []rune, segs []Segment, i, j int) {
	st.para.quotes = nil
	open := -1
	for k := i; k <= j; k++ {
		s := r[segs[k].Start:segs[k].End]
		opens, closes := quoteBalance(s)
		switch {
		case open < 0 && opens:
			open = k
		case open >= 0 && closes:
			if sp, said := st.afterQuote(s); sp != nil && k > open {
				n := st.n + 1 - i // the number of segs[i] is st.n+1
				st.para.quotes = append(st.para.quotes, quoteTail{from: n + open, to: n + k, sp: sp, said: said})
			}
			open = -1
			if opens {
				open = k
			}
		}
	}
}

// quoteBalance reports whether s leaves a quotation open at its end
// (opens) and whether it closes one it did not open (closes).
func quoteBalance(s []rune) (opens, closes bool) {
	depth, straight := 0, false
	for _, c := range s {
		switch c {
		case '“', '«':
			depth++
		case '”', '»':
			if depth > 0 {
				depth--
			} else {
				closes = true
			}
		case '"':
			straight = !straight
		}
	}
	if straight {
		// An odd straight mark: at the head of the sentence it opens a
		// quotation, elsewhere it closes one.
		first := trimLeft(s)
		if len(first) > 0 && first[0] == '"' {
			opens = true
		} else {
			closes = true
		}
	}
	return opens || depth > 0, closes
}

// afterQuote reads the attribution after the last closing quotation mark
// of s: `," said Minister Fajon.`, `,” Malcorra said.`, `,” she stated.`.
func (st *state) afterQuote(s []rune) (*Speaker, string) {
	k := -1
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '"' || s[i] == '”' || s[i] == '»' {
			k = i
			break
		}
	}
	if k < 1 || s[k-1] != ',' {
		return nil, ""
	}
	tail := strings.TrimSpace(string(s[k+1:]))
	if !strings.HasSuffix(tail, ".") {
		return nil, ""
	}
	words := strings.Fields(strings.TrimSuffix(tail, "."))
	if len(words) < 2 || len(words) > 5 {
		return nil, ""
	}
	var name []string
	switch {
	case quoteVerb(words[0]):
		name = words[1:]
	case quoteVerb(words[len(words)-1]):
		name = words[:len(words)-1]
	default:
		return nil, ""
	}
	said := strings.Join(words, " ")
	if len(name) == 1 && (strings.EqualFold(name[0], "he") || strings.EqualFold(name[0], "she")) {
		return st.lastSpeaker, said
	}
	for _, w := range name {
		if !isCapitalized(w) || !unicode.IsLetter([]rune(w)[0]) {
			return nil, ""
		}
	}
	if sp := st.book.byName[strings.Join(name, " ")]; sp != nil {
		return sp, said
	}
	return st.book.byPart[partKey(name[len(name)-1])], said
}

// quoteVerb reports a verb that attributes a quotation ("said",
// "stated", "assured", "added").
func quoteVerb(w string) bool {
	w = strings.ToLower(w)
	return speechVerbs[w] || quoteOnlyVerbs[w]
}

// quoteOnlyVerbs attribute a quotation after it, though they report no
// speech elsewhere.
var quoteOnlyVerbs = set("assured", "affirmed", "insisted", "continued", "concluded", "commented", "observed",
	"says", "writes", "wrote", "asserted", "recalled", "warned")

// quoteTailVoice opens the words of the speaker named after a quotation
// for a sentence inside it, before the one that closes it.
func (st *state) quoteTailVoice() {
	if v := st.voice; v != nil && v.tail {
		return
	}
	for _, t := range st.para.quotes {
		if st.n >= t.from && st.n < t.to && t.sp != nil {
			v := st.newVoice(t.sp, "")
			v.whole, v.tail, v.prevTail, v.said, v.afterQuote = true, true, st.voice, t.said, true
			st.voice = v
			return
		}
	}
}

// quoteTailReason says why a sentence is the words of a speaker named
// after the quotation it is in.
func (v *voice) quoteTailReason() string {
	return fmt.Sprintf("speaker: %s's words, in a quotation attributed after it closes ('%s')", v.sp.Name, v.said)
}
