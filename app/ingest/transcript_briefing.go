package ingest

import (
	"slices"
	"strings"
	"unicode"
)

// A spokesperson's regular briefing names its speaker in its heading
// only, in forms the press headings of transcript.go do not read (worked
// out on batch "late 20": Korea's Foreign and Unification Ministries,
// China's Foreign Ministry, India's MEA):
//
//   - "Regular Briefing by Spokesperson Koo Byoungsam", "Special briefing
//     by Foreign Secretary …": the person after "briefing by";
//   - "Foreign Ministry Spokesperson Mao Ning’s Regular Press Conference on
//     …": the person before the possessive (possessiveGenres,
//     heading_possessive.go);
//   - "Spokesperson's Press Briefing (November 3, 2022)", then on a line of
//     its own "Spokesperson and Deputy Minister for Public Affairs Soosuk
//     Lim": the heading names a briefing and no one, the line after it the
//     spokesperson.
//
// Every sentence after it is the spokesperson's, with his side, as under
// "Press Conference by …", up to the next label or heading that names
// someone.

// briefingBy are the words after which a briefing's heading names its
// speaker.
var briefingBy = []string{"regular briefing by ", "special briefing by ", "media briefing by ", "briefing by ",
	"regular press conference by "}

// briefingHeading opens the remarks of the spokesperson a briefing's
// heading names; a heading that names a briefing and no one leaves the
// name to the line after it.
func (st *state) briefingHeading(heading string, sps []speakerMention, toks []token) {
	low := strings.ToLower(heading)
	if strings.Contains(low, "briefing") {
		st.briefingText = true
	}
	if st.voice != nil && st.voice.heading {
		return
	}
	var sp *Speaker
	for _, w := range briefingBy {
		k := strings.Index(low, w)
		if k < 0 {
			continue
		}
		after := len([]rune(heading[:k+len(w)]))
		for _, m := range sps {
			if toks[m.from].start >= after {
				sp = m.sp
				break
			}
		}
		break
	}
	if sp == nil {
		sp = st.possessiveBriefer(toks)
	}
	if sp == nil && st.briefingUnnamed && spokespersonLine(low) && len(sps) == 1 {
		sp = sps[0].sp // "Spokesperson and Deputy Minister … Soosuk Lim"
	}
	if sp == nil {
		if strings.Contains(low, "briefing") || strings.Contains(low, "press conference") {
			st.briefingUnnamed = true
		}
		return
	}
	st.briefingUnnamed = false
	st.voice = st.newVoice(sp, heading)
	st.voice.whole, st.voice.heading = true, true
}

// spokespersonLine reports a heading line that gives a spokesperson's or
// press secretary's office.
func spokespersonLine(low string) bool {
	for _, w := range []string{"spokesperson", "spokesman", "spokeswoman", "press secretary"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// possessiveBriefer is the person a heading names in the possessive before
// a briefing ("Foreign Ministry Spokesperson Mao Ning’s Regular Press
// Conference …"). The name finder reads a title-case heading's words after
// the name as more of it, so the part up to the possessive is read alone.
func (st *state) possessiveBriefer(toks []token) *Speaker {
	for i, t := range toks {
		if !t.possessive || !t.isWord() || !genreAfter(toks, i+1) || isTitleWord(t) {
			continue
		}
		part := toks[:i+1]
		r := []rune(joinTokens(part))
		pt := tokenize(r)
		for _, m := range st.book.find(pt, st.p.Gaz.find(pt, r)) {
			if m.to == len(pt) {
				return m.sp
			}
		}
		return nil
	}
	return nil
}

// answerLabel reads the label a briefing's transcript puts before an
// answer, after a question marked "Q)" or "Q.": "A)", "A.", "A:" (Korea's
// Ministry of Unification). The answer is the spokesperson's, as "答："
// is; "A." with no question before it is read as no label (turnLabel).
func answerLabel(r []rune) (turnLabel, bool) {
	if len(r) < 4 || r[0] != 'A' || r[1] != ')' && r[1] != '.' && r[1] != ':' || !unicode.IsSpace(r[2]) {
		return turnLabel{}, false
	}
	end := 2
	for end < len(r) && unicode.IsSpace(r[end]) {
		end++
	}
	if end == len(r) || !unicode.IsUpper(r[end]) {
		return turnLabel{}, false
	}
	return turnLabel{text: "A", end: end}, true
}

// titleHolderNamed is the one person of the author's side (or of party,
// when the label gives a country) the text named with a role holding the
// words of title ("Minister" in "Minister for Foreign Affairs"), or nil
// when it named none or several: a bare title label is that person, as
// an interview's "Minister:" under a heading that names the minister.
func (st *state) titleHolderNamed(title, party string) *Speaker {
	if party == "" {
		party = st.author
	}
	want := strings.Fields(strings.ToLower(title))
	var all, ofParty []*Speaker
	for _, sp := range st.book.order {
		if sp.Party != "" && sp.Party != party || sp.Role == "" || sp.Name == sp.Role ||
			strings.ContainsAny(sp.Role, "’'") { // a heading's words misread as a name ("Live Interview")
			continue
		}
		role := strings.Fields(strings.ToLower(sp.Role))
		ok := true
		for _, w := range want {
			if !slices.Contains(role, w) {
				ok = false
				break
			}
		}
		if ok && !slices.Contains(all, sp) {
			all = append(all, sp)
			if sp.Party == party {
				ofParty = append(ofParty, sp)
			}
		}
	}
	switch {
	case len(ofParty) == 1:
		return ofParty[0]
	case len(all) == 1:
		return all[0]
	}
	return nil
}

// outletInBrackets reports a label that gives, in brackets after a name,
// the news outlet its journalist works for ("Dawn Tan (CNA)", "Ramesh
// Ramachandran (Doordarshan News)"): an acronym in capitals or an
// outlet's word. Its person asks; a title in brackets ("(Interpreter)")
// is read by the words for those who ask.
func outletInBrackets(label string) bool {
	a, b := strings.Index(label, "("), strings.LastIndex(label, ")")
	if a <= 0 || b <= a+1 {
		return false
	}
	inner := strings.Fields(label[a+1 : b])
	if len(inner) == 0 || len(inner) > 4 {
		return false
	}
	for _, w := range inner {
		if mediaWords[strings.ToLower(w)] || questionerWords[strings.ToLower(w)] {
			return true
		}
	}
	w := inner[0]
	return len(inner) == 1 && len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// tightLabel reports a label printed with no space after its colon, as
// Japan's Foreign Ministry prints its press conferences ("Ms. KOBAYASHI
// Maki, Press Secretary:We have …", "Yomiuri Shimbun, Tanikawa:The …"): a
// name and a title or an outlet, set off by a comma or of three words or
// more, and a capital after the colon; "Note:The" or "Re:Trade" stay
// words.
func tightLabel(r []rune, text string, colon int) bool {
	if colon+1 >= len(r) || !unicode.IsUpper(r[colon+1]) {
		return false
	}
	return strings.Contains(text, ",") || len(strings.Fields(text)) >= 3
}

// officialTitled reports label words holding an office's title ("press
// secretary", "spokesperson", "minister"): an official answers, whatever
// words for those who ask stand beside it ("Press Secretary Kobayashi:").
func officialTitled(words []string) bool {
	for _, w := range words {
		switch w {
		case "secretary", "spokesperson", "spokesman", "spokeswoman", "minister", "ambassador", "president":
			return true
		}
	}
	return false
}

// labelHonorifics head a label that gives a person by honorific and
// family name ("MS. OSEÑA-PAEZ:", "MR. PRICE:", "SEC. MANALO:").
var labelHonorifics = set("mr", "ms", "mrs", "dr", "sec", "asec", "usec", "amb", "ambassador", "senator", "sen")

// honorificLabelSpeaker makes the speaker of a label of an honorific (an
// office's abbreviation before it allowed: "DFA-OAA ASEC. ESPIRITU") and
// one to three words of a name, with the side labels of unknown people
// get; nil when the label is not such. A journalist is labelled by
// outlet or as one who asks, so a person so labelled answers.
func (st *state) honorificLabelSpeaker(label string) *Speaker {
	f := strings.Fields(label)
	at := -1
	for i, w := range f {
		if labelHonorifics[strings.ToLower(strings.TrimSuffix(w, "."))] {
			at = i
		}
	}
	if at < 0 || at > 1 || len(f)-at-1 < 1 || len(f)-at-1 > 3 {
		return nil
	}
	name := f[at+1:]
	for _, w := range name {
		if !isCapitalized(w) {
			return nil
		}
	}
	n := strings.Join(name, " ")
	if strings.ToUpper(n) == n {
		n = nameCase(n)
	}
	if known := st.book.byPart[partKey(name[len(name)-1])]; known != nil {
		return known
	}
	return st.book.add(&Speaker{Name: n, Role: strings.TrimSuffix(f[at], ".")})
}

// nameCase writes a name printed in capitals as names are written, each
// part of a hyphenated name capitalised ("OSEÑA-PAEZ" → "Oseña-Paez").
func nameCase(s string) string {
	r := []rune(strings.ToLower(s))
	up := true
	for i, c := range r {
		if up && unicode.IsLetter(c) {
			r[i] = unicode.ToUpper(c)
		}
		up = c == ' ' || c == '-'
	}
	return string(r)
}

// ownLeadIns open a lead-in in which the speaker announces what he will
// say or read out himself.
var ownLeadIns = []string{"let me ", "allow me ", "i will ", "i would like ", "i'd like ", "i’d like ", "i wish ",
	"i have ", "i quote", "i shall ", "i want to "}

// ownLeadIn reports such a lead-in.
func ownLeadIn(r []rune) bool {
	low := strings.ToLower(string(r[:min(len(r), 20)]))
	for _, w := range ownLeadIns {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}
