package ingest

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A minister's media release, a statement or a written answer to a
// parliamentary question speaks in the first person of the author's side
// ("Today I met with China's State Councilor …", "I travelled to London
// on 13 December …") and often names its speaker nowhere: no heading,
// byline or label says who "I" is. The text still says which office
// speaks — the question put to it ("asked the Tánaiste and Minister for
// Foreign Affairs …", "To ask the Taoiseach …"), or the speaker's own
// words ("… to be here as Australia's Foreign Minister", "… for the first
// time as Foreign Minister") — and the text's date says who held that
// office (officials_holder.go). From the first sentence whose subject is
// "I", told by the author's side, the rest of the text is that person's,
// as under a byline: the review's Why says how the speaker was found.

// selfOffice finds the office the text's "I" holds, in its opening, for
// the author's side: a question put to an office, or "as [the author's]
// <office>" in a sentence of "I", with where the text says so. ""
// when the text says neither.
func (st *state) selfOffice() (string, string) {
	low := strings.ToLower(st.opening)
	for _, ask := range []string{"asked the ", "ask the "} {
		for at := 0; ; {
			k := strings.Index(low[at:], ask)
			if k < 0 {
				break
			}
			at += k + len(ask)
			rest := strings.TrimPrefix(low[at:], "tánaiste and ")
			if o := officeAt(rest); o != "" {
				return o, "the question put to the " + officeTitle(o)
			}
		}
	}
	if o, where := asOffice(st, low); o != "" {
		return o, where
	}
	return counterpartOffice(low)
}

// asOffice finds "as [the author's] <office>" in a sentence of "I".
func asOffice(st *state, low string) (string, string) {
	for at := 0; ; {
		k := strings.Index(low[at:], "as ")
		if k < 0 {
			return "", ""
		}
		at += k + len("as ")
		if start := at - len("as "); start > 0 && isWordByte(low[start-1]) {
			continue // "has ", "was "
		}
		rest, as := low[at:], "'as "
		if poss, after, ok := possessiveWord(rest); ok {
			// "as Australia's Foreign Minister": the author's office only.
			if e := st.p.Gaz.Lookup(poss); e == nil || e.Name != st.author {
				continue
			}
			rest, as = after, as+st.author+"'s "
		}
		o := officeAt(rest)
		if o != "" && iInSentence(low, at-len("as ")) {
			return o, as + officeTitle(o) + "' in a sentence of 'I'"
		}
	}
}

// counterpartOffice reads the office of "I" off the one "I" met: foreign
// ministers meet their counterparts ("Today I met with China's State
// Councilor and Minister of Foreign Affairs, Wang Yi", "I spoke with my
// counterpart, Foreign Minister …"), so a foreign minister met or called
// in the first sentence of "I" that meets someone makes "I" the author's.
// Heads of government meet ministers too: no other office is read so.
func counterpartOffice(low string) (string, string) {
	for _, meet := range []string{"i met ", "i spoke ", "i held ", "i had a ", "i called ", "i hosted ", "i welcomed "} {
		k := strings.Index(low, meet)
		if k < 0 || k > 0 && isWordByte(low[k-1]) {
			continue
		}
		end := strings.IndexAny(low[k:], ".!?\n")
		if end < 0 {
			end = len(low) - k
		}
		sentence := low[k : k+end]
		for i := 0; i < len(sentence); i++ {
			if i > 0 && isWordByte(sentence[i-1]) {
				continue
			}
			if o := officeAt(sentence[i:]); o != "" && len(officeRoles[o]) > 0 && officeRoles[o][0] == foreignRoles[0] {
				return "foreign minister", "the counterpart 'I' met or called, a foreign minister"
			}
		}
		return "", ""
	}
	return "", ""
}

// officeAt is the office (a key of officeRoles) that s opens with, the
// longest, ending at a word's end; "" when none.
func officeAt(s string) string {
	best := ""
	for o := range officeRoles {
		if len(o) > len(best) && strings.HasPrefix(s, o) && (len(s) == len(o) || !isWordByte(s[len(o)])) {
			best = o
		}
	}
	if best == "pm" || best == "eam" {
		return "" // abbreviations are titles before a name, not an office one holds "as"
	}
	return best
}

func isWordByte(b byte) bool {
	r, _ := utf8.DecodeRuneInString(string(b))
	return b >= 0x80 || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// possessiveWord reads a capitalised word in the possessive at the head
// of s (lower case: "australia's foreign minister"), giving the word and
// what follows.
func possessiveWord(s string) (string, string, bool) {
	for _, ap := range []string{"'s ", "’s "} {
		if k := strings.Index(s, ap); k > 0 && k < 30 && !strings.ContainsAny(s[:k], " ,.") {
			return s[:k], s[k+len(ap):], true
		}
	}
	return "", s, false
}

// iInSentence reports an "I" in the sentence of the lower-cased text
// around at: "I am very pleased to be here as …", "As Foreign Minister
// I welcomed …".
func iInSentence(low string, at int) bool {
	from := strings.LastIndexAny(low[:at], ".!?\n") + 1
	to := len(low)
	if k := strings.IndexAny(low[at:], ".!?\n"); k >= 0 {
		to = at + k
	}
	for _, w := range strings.Fields(low[from:to]) {
		if w = strings.Trim(w, ",;"); w == "i" || w == "i'm" || w == "i’m" {
			return true
		}
	}
	return false
}

// meSpeaker is who "I" is in this text when nothing names the speaker:
// the author's holder of the office the text gives, in the month it is
// dated; nil when the text gives no office or date, or the list of known
// officials no single holder.
func (st *state) meSpeaker() *Speaker {
	if st.meDone {
		return st.me
	}
	st.meDone = true
	if st.author == "" || st.date == 0 {
		return nil
	}
	office, where := st.selfOffice()
	name := st.holderOn(st.author, office)
	if name == "" {
		return nil
	}
	title := officeTitle(office)
	st.me = st.book.add(&Speaker{Name: name, Role: title, Party: st.author, office: true})
	st.meWhy = fmt.Sprintf("speaker: 'I' is %s, %s's %s in %d (the office from %s, its holder then from the list of known officials)",
		name, withArticle(st.author), title, st.date/10000, where)
	return st.me
}

// officeTitle writes an office found in lower case as a title.
func officeTitle(office string) string {
	w := strings.Fields(office)
	for i, x := range w {
		if !connector[x] {
			w[i] = strings.ToUpper(x[:1]) + x[1:]
		}
	}
	return strings.Join(w, " ")
}

// firstPersonSelf gives a sentence whose subject is "I", told by the
// author's side with no speaker, the speaker "I" is (meSpeaker), and
// opens that person's remarks for the rest of the text.
func (st *state) firstPersonSelf(pr *Proposal, subj []actor) {
	if pr.Skip || pr.Speaker != nil || st.voice != nil || len(subj) != 1 || subj[0].text != "I" ||
		len(pr.Parties) != 1 || pr.Parties[0] != st.author {
		return
	}
	st.speakAsMe(pr)
}

// speakAsMe gives pr to the text's "I" (meSpeaker), when it is known, and
// opens that person's remarks for the rest of the text.
func (st *state) speakAsMe(pr *Proposal) {
	me := st.meSpeaker()
	if me == nil {
		return
	}
	pr.Speaker = me
	st.lastSpeaker = me
	pr.Reasons = append(pr.Reasons, st.meWhy)
	st.voice = st.newVoice(me, pr.Text)
	st.voice.whole, st.voice.self = true, true
}

// New Zealand's and Australia's releases carry the minister on a line of
// their own with the honorific and no comma, the portfolio on the lines
// after: "Hon Nanaia Mahuta" / "Minister of Foreign Affairs", "Rt Hon
// Winston Peters" / "Deputy Prime Minister". The release then tells of
// the minister in the third person, quoting him ("Foreign Minister
// Winston Peters today wrapped up …", "“…,” Mr Peters says."), or speaks
// as him ("I strongly condemn …"): the line says who "I" is, and the
// remarks of "I" open where "I" first speaks, not at the line, so the
// narration stays narration. A second such line (a joint release of two
// ministers) names no one.

// bylineHonorifics are the words such a line opens with.
var bylineHonorifics = set("rt", "right", "hon", "honourable", "honorable", "the", "senator", "dr")

// honByline takes the minister an honorific line names for the text's
// "I".
func (st *state) honByline(heading string, toks []token) {
	if st.author == "" || st.jointDoc || len(toks) < 3 || len(toks) > 8 {
		return
	}
	i, hon := 0, false
	for i < len(toks) && toks[i].isWord() && bylineHonorifics[toks[i].lower] {
		hon = hon || toks[i].lower == "hon" || toks[i].lower == "honourable" || toks[i].lower == "honorable"
		i++
	}
	j := i
	for j < len(toks) && toks[j].isWord() && (isCapitalized(toks[j].text) || particles[toks[j].text]) {
		j++
	}
	if !hon || j != len(toks) || j-i < 2 || j-i > 4 {
		return
	}
	if last := toks[j-1].text; last == "MP" || last == "KC" || last == "QC" {
		j--
	}
	name := joinTokens(toks[i:j])
	if o := knownOfficials().lookup(name); o != nil && o.party != st.author {
		return
	}
	if st.meDone {
		if st.me != nil && st.meByline {
			st.me = nil // two ministers' joint release
		}
		return
	}
	st.me = st.book.add(&Speaker{Name: name, Party: st.author})
	st.meDone, st.meByline = true, true
	st.meWhy = fmt.Sprintf("speaker: 'I' is %s, named on the release's line of its own (%q)", name, heading)
}
