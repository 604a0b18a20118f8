package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// Press releases open with where and when they were filed and by whom:
// "Brussels, 12/03/2024", "BRUSSELS — The EU …", "Beijing, 5 June 2024 –
// The two sides …", and the EEAS's "Press and information team of the
// Delegation to CHINA". None of it is a statement, and a city in it is no
// one's: "Beijing, 5 June 2024 – The EU and China held …" is the EU's and
// China's, not China's because its capital opens the sentence.

// bylineRe matches a press team's byline on a line of its own.
var bylineRe = regexp.MustCompile(`(?i)^press (and information )?team of the\b`)

// numericDatelineRe matches a place and a date in figures, as the EEAS
// writes them ("Brussels, 12/03/2024", "Bruxelles, 16/12/2015 - 00:00,
// UNIQUE ID: …"): one to four capitalised words, a comma, day, month and
// year.
var numericDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{L}'’.-]*( \p{Lu}[\p{L}'’.-]*){0,3}, \d{1,2}[./]\d{1,2}[./](\d{4}|\d{2})\b`)

// datelineLine reports whether a line that ends no sentence is only a
// dateline in figures or a press team's byline: a block of its own, not
// the first words of the next line's sentence.
func datelineLine(p []rune) bool {
	if len(p) > 140 {
		return false
	}
	s := strings.TrimSpace(string(p))
	if bylineRe.MatchString(s) {
		return true
	}
	return len(p) <= 80 && numericDatelineRe.MatchString(s)
}

// cityDatelineEnd returns the index of the dash that ends a city
// dateline opening the sentence ("BRUSSELS —", "Brussels, 12/03/2024 -",
// "HONG KONG, 3 May 2024 —", "Bogor, MINA –", "Beijing, June 5 (Xinhua)
// --", "Paris (AFP) —", "Rio de Janeiro, 2024-05-12 ―", "Jakarta –"), or
// -1. Before the dash stand only capitalised words that are no titles,
// the particles of place names, figures, the punctuation of dates and
// an agency in brackets, with a comma, a figure, an agency in brackets,
// capitals alone or a place the gazetteer knows by another name than its
// party's (a capital); a party named by its name ("China – EU
// relations", "ASEAN – …") or a person ("Wang Yi – …") opens no
// dateline, and neither does a dash that a lower-case word follows.
func cityDatelineEnd(toks []token, as []actor) int {
	if len(toks) < 3 || !toks[0].isWord() || !isCapitalized(toks[0].text) {
		return -1
	}
	dash := -1
	comma, figure, capitals, bracket := false, false, true, false
	depth := 0
	for i := 0; i < len(toks) && i <= 16; i++ {
		t := toks[i]
		if i > 0 && depth == 0 && isDatelineDash(toks, i) {
			dash = i
			break
		}
		switch {
		case t.isWord() && hasDigit(t.text):
			figure = true
		case t.isWord() && depth > 0:
			bracket = true // "(Xinhua)", "[Reuters]", "(dpa)"
		case t.isWord() && isCapitalized(t.text) && !isTitleWord(t):
			capitals = capitals && strings.ToUpper(t.text) == t.text && len(t.text) > 1
		case t.isWord() && i > 0 && placeParticles[t.text] && i+1 < len(toks) && isCapitalized(toks[i+1].text):
			// "Rio de Janeiro", "Port of Spain", "Dar es Salaam"
		case t.punct == ',':
			comma = true
		case t.punct == '(' || t.punct == '[':
			depth++
		case t.punct == ')' || t.punct == ']':
			depth = max(depth-1, 0)
		case t.punct == '-' && i > 0 && hasDigit(toks[i-1].text) && i+1 < len(toks) && hasDigit(toks[i+1].text):
			// "2024-05-12"
		case strings.ContainsRune("./:", t.punct) && t.punct != 0:
		default:
			return -1
		}
	}
	if dash < 0 {
		return -1
	}
	next := dash + 1
	for next < len(toks) && toks[next].punct != 0 && isDashRune(toks[next].punct) { // "--"
		next++
	}
	if !opensCapitalised(toks, next) { // BRUSSELS — “We …
		return -1
	}
	place := false
	for _, a := range as {
		if a.from >= dash {
			continue
		}
		if a.kind == actorSpeaker {
			return -1
		}
		if a.from == 0 && a.byOwnName() {
			return -1
		}
		// "Jakarta –": a capital, the only words before the dash.
		place = place || a.kind == actorParty && a.from == 0 && a.to == dash && a.ent != nil
	}
	if !(comma || figure || capitals || bracket || place) {
		return -1
	}
	return next - 1
}

// placeParticles are the lower-case words inside place names.
var placeParticles = set("de", "da", "do", "dos", "das", "del", "di", "la", "le", "les", "es", "el", "al", "of", "upon", "am", "an", "der")

// isDashRune is a dash that may end a dateline: a hyphen, an en or em
// dash, a figure dash or a horizontal bar.
func isDashRune(c rune) bool {
	return c == '-' || c == '–' || c == '—' || c == '‒' || c == '―'
}

// isDatelineDash reports whether toks[i] is a dash between words: an em
// or en dash (or a figure dash, a horizontal bar), or a hyphen with a
// space on each side (not "China-EU"), or two hyphens.
func isDatelineDash(toks []token, i int) bool {
	switch toks[i].punct {
	case '—', '–', '‒', '―':
		return true
	case '-':
		return i > 0 && i+1 < len(toks) && toks[i].start > toks[i-1].end && toks[i+1].start > toks[i].end ||
			i+1 < len(toks) && toks[i+1].punct == '-' // "--"
	}
	return false
}

func hasDigit(s string) bool {
	for _, c := range s {
		if unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

// proposeSentence proposes one sentence (proposeOne), says that a
// byline skipped as a heading is a byline, and leaves a dateline that
// opens a sentence out of the statement's text: "BRUSSELS, 12 May
// 2024 — The EU …" is proposed as "The EU …". The dateline is where and
// when the release was filed, no one's words; the source keeps it, and
// the proposal's span starts after it, as it starts after a speaker's
// label. Attribution has read the whole sentence already, the dateline's
// actors as holding nothing (markPrepositional), so cutting it changes
// no party, speaker or kind.
func (st *state) proposeSentence(seg Segment, r []rune, text string) Proposal {
	prev := st.prevSpeaker
	pr := st.proposeOne(seg, r, text)
	if !pr.Skip {
		st.otherSideSaid(&pr, r, prev) // discourse_counterpart_cjk.go
		st.prevSpeaker = pr.Speaker
	}
	if !seg.Heading {
		st.cutDateline(&pr, seg, r)
	} else if pr.Skip && isBylineLine(r) { // segment_byline.go
		for i, why := range pr.Reasons {
			if why == headingSkipReason {
				pr.Reasons[i] = "skipped: a byline (who wrote the release), not a statement"
			}
		}
	}
	return pr
}

// headingSkipReason is the reason proposeOne gives a heading.
const headingSkipReason = "skipped: a heading, not a statement"

// datelineReach is how far into a sentence a dateline's dash may stand.
const datelineReach = 120

// cutDateline moves the start of pr, a proposal of the sentence r of
// seg, past a dateline that opens its text.
func (st *state) cutDateline(pr *Proposal, seg Segment, r []rune) {
	from, to := pr.Start-seg.Start, pr.End-seg.Start
	if from < 0 || to > len(r) || from >= to {
		return
	}
	s := r[from:to]
	if !mayOpenWithDateline(s) || string(s) != pr.Text {
		return
	}
	toks := tokenizeText(s, pr.Text)
	n := datelineCut(toks, st.p.Gaz.find(toks, s))
	if n <= 0 || n >= len(s) {
		return
	}
	dateline := strings.TrimSpace(string(s[:n]))
	pr.Start += n
	pr.Text = pr.Text[runesLen(s[:n]):]
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("dateline: '%s' (where and when the release was filed) is left out of the text", dateline))
}

// mayOpenWithDateline is a cheap test that s may open with a dateline:
// it starts with a capital or a Chinese character and has a dash, or 电,
// near its start. Most sentences fail it, and are not tokenised again.
func mayOpenWithDateline(s []rune) bool {
	if len(s) < 4 || !unicode.IsUpper(s[0]) && !(s[0] >= 0x2e80 && isCJKRune(s[0])) {
		return false
	}
	for _, c := range s[:min(len(s), datelineReach)] {
		if isDashRune(c) || c == '电' || c == ':' { // ':' for dateline_colon.go
			return true
		}
	}
	return false
}

// datelineCut returns how many runes of the sentence a dateline opening
// it takes, up to the first rune of what follows, or 0: a city dateline
// (cityDatelineEnd; ents are the parties the sentence names) or a
// Chinese agency's ("新华社北京6月26日电", with the reporters in brackets
// after it, "（记者王某）").
func datelineCut(toks []token, ents []mention) int {
	if len(toks) == 0 {
		return 0
	}
	if c := []rune(toks[0].text)[0]; c >= 0x2e80 && isCJKRune(c) {
		return cjkDatelineCut(toks)
	}
	as := make([]actor, 0, len(ents))
	for _, m := range ents {
		as = append(as, actor{kind: actorParty, from: m.from, to: m.to, ent: m.ent, text: m.text})
	}
	i := cityDatelineEnd(toks, as)
	if i < 0 {
		i = colonDatelineEnd(toks, as) // "Pretoria: …"
	}
	if i < 0 || i+1 >= len(toks) {
		return 0
	}
	return toks[i+1].start
}

// cjkDatelineCut is datelineCut for a Chinese agency's dateline: the
// place and the day, then 电, with no sentence's comma before it.
func cjkDatelineCut(toks []token) int {
	end := -1
	for i := 1; i < len(toks) && i < 20; i++ {
		if toks[i].punct == '，' || toks[i].punct == '。' || toks[i].punct == ',' {
			return 0
		}
		if toks[i].text == "电" && toks[i-1].text == "日" {
			end = i
			break
		}
	}
	if end < 0 || end+1 >= len(toks) {
		return 0
	}
	next := end + 1
	if toks[next].punct == '（' || toks[next].punct == '(' {
		for j := next + 1; j < len(toks) && j < next+16; j++ {
			if toks[j].punct == '）' || toks[j].punct == ')' {
				if j+1 < len(toks) {
					next = j + 1
				}
				break
			}
		}
	}
	return toks[next].start
}

// opensCapitalised says whether what starts at toks[i], past any opening
// quotation marks, is a capitalised word: the start of a sentence after a
// dateline.
func opensCapitalised(toks []token, i int) bool {
	for i < len(toks) && toks[i].punct != 0 && strings.ContainsRune("\"“‘'«", toks[i].punct) {
		i++
	}
	return i < len(toks) && toks[i].isWord() && isCapitalized(toks[i].text)
}

// byOwnName says whether the actor is a party written as its own name or
// short name ("China", "EU"), not as a place or people of it ("Beijing").
func (a actor) byOwnName() bool {
	return a.ent != nil && (strings.EqualFold(a.text, a.ent.Name) || a.ent.Short != "" && strings.EqualFold(a.text, a.ent.Short))
}
