package ingest

import (
	"fmt"
	"strings"
)

// Chinese readouts in English, and the agencies relaying them, put the
// attribution at the end of a paragraph of someone's words and leave the
// sentences before it without one: "This meeting was constructive, and
// the two sides conducted equal dialogue in the spirit of mutual
// respect. China has fully elaborated our principled position on
// China-US relations. I believe that it has enhanced the US side's
// understanding of China …, Wang noted." Every sentence of such a
// paragraph is the named speaker's, "the two sides" and "China" in his
// mouth included.

// paraTail is what proposing knows of the paragraph it is in: the
// speaker its last sentence names after the words, if any.
type paraTail struct {
	sp   *Speaker
	n    int    // the tail sentence's number (st.n once it is proposed)
	said string // the attribution as written ("Wang noted")
	// quotes: the paragraph's quotations attributed after they close
	// (discourse_quote_tail.go).
	quotes []quoteTail
}

// notePara looks at the paragraph that segs[i] opens: when it has more
// than one sentence and the last ends with an attribution naming a
// speaker the text knows, the sentences before it open that speaker's
// words. It reads the paragraph's last words only, once a paragraph.
func (st *state) notePara(r []rune, segs []Segment, i int) {
	if v := st.voice; v != nil && v.tail {
		st.voice = v.prevTail // the paragraph's words are over
	}
	st.para = paraTail{}
	j := i
	for j+1 < len(segs) && !startsLine(r, segs[j+1].Start) && !segs[j+1].Heading {
		j++
	}
	st.noteQuoteTails(r, segs, i, j) // discourse_quote_tail.go
	if j == i || segs[i].Heading {
		return
	}
	sp, said := st.tailSpeaker(r[segs[j].Start:segs[j].End])
	if sp == nil {
		return
	}
	st.para = paraTail{sp: sp, n: st.n + 1 + j - i, said: said, quotes: st.para.quotes}
}

// tailSpeaker reads ", Wang noted." / ", he said." at the end of a
// sentence: the speaker it names, if the text knows them.
func (st *state) tailSpeaker(r []rune) (*Speaker, string) {
	r = trimRightSpace(r)
	if len(r) < 8 || r[len(r)-1] != '.' {
		return nil, ""
	}
	// Most paragraphs end otherwise: look at the runes before making a
	// string of them (", " then two to four words before the full stop).
	k, spaces := -1, 0
	for i := len(r) - 2; i > 0 && i >= len(r)-60; i-- {
		if r[i] == ' ' {
			if r[i-1] == ',' {
				k = i + 1
				break
			}
			spaces++
		}
	}
	if k < 0 || spaces < 1 || spaces > 3 {
		return nil, ""
	}
	words := strings.Fields(string(r[k : len(r)-1]))
	if len(words) < 2 || len(words) > 4 || !speechVerbs[strings.ToLower(words[len(words)-1])] {
		return nil, ""
	}
	name := strings.Join(words[:len(words)-1], " ")
	switch strings.ToLower(name) {
	case "he", "she":
		return st.lastSpeaker, strings.Join(words, " ")
	}
	for _, w := range words[:len(words)-1] {
		if !isCapitalized(w) {
			return nil, ""
		}
	}
	sp := st.book.byName[name]
	if sp == nil {
		sp = st.book.byPart[partKey(words[len(words)-2])]
	}
	return sp, strings.Join(words, " ")
}

// tailVoice opens the words of the paragraph's speaker for a sentence
// before the attribution that closes its paragraph.
func (st *state) tailVoice(pr *Proposal) {
	t := st.para
	if t.sp == nil || st.n >= t.n || st.voice != nil && st.voice.tail {
		return
	}
	v := st.newVoice(t.sp, pr.Text)
	v.whole, v.tail, v.prevTail, v.said = true, true, st.voice, t.said
	st.voice = v
}

func trimRightSpace(r []rune) []rune {
	for len(r) > 0 && (r[len(r)-1] == ' ' || r[len(r)-1] == '\n' || r[len(r)-1] == '\t') {
		r = r[:len(r)-1]
	}
	return r
}

// tailReason says why a sentence is the words of a speaker named at the
// end of its paragraph.
func (v *voice) tailReason() string {
	return fmt.Sprintf("speaker: %s's words, attributed at the end of their paragraph ('%s')", v.sp.Name, v.said)
}
