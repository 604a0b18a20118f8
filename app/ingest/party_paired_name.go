package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// Two people by their surnames as one subject, the second no speaker the
// text knows: "Finally, Mondino and Rubio discussed …" after "Foreign
// Minister Diana Mondino received U.S. Senator Marco Rubio", "Mr Cassis
// and Ms Valtonen discussed …" after "Mr Cassis met with the Finnish
// foreign minister …, Elina Valtonen". Releases introduce the guest once
// with a nationality and an office the speaker lists may not hold
// (a senator, a chairperson-in-office), then pair the two by surname;
// the pair was read as the known one's act alone, the author's side.

// pairMaxNameWords bounds the words of the second person's name after
// "and" ("Rubio", "Ms Valtonen", "Kao Kim Hourn").
const pairMaxNameWords = 3

// pairedByName makes a subject of the author's person "and" a surname
// the text gave before with a given name both sides' when that earlier
// mention named the person's country before an office ("U.S. Senator",
// "the Finnish foreign minister"): the second person is that country's,
// and two people acting as one subject are the two sides.
func (st *state) pairedByName(pr *Proposal, toks []token, subj []actor, as []actor, cues []cue) {
	if st.author == "" || len(subj) != 1 || subj[0].kind != actorSpeaker || len(pr.Parties) != 1 ||
		st.jointDoc || st.groupOpen || st.chairDoc {
		return
	}
	own := pr.Parties[0]
	at := subj[0].to
	if at >= len(toks) || toks[at].lower != "and" {
		return
	}
	k := at + 1
	for k < len(toks) && honorifics[strings.TrimSuffix(toks[k].lower, ".")] {
		k++
	}
	from := k
	for k < len(toks) && k-from < pairMaxNameWords && toks[k].isWord() && isCapitalized(toks[k].text) {
		k++
	}
	if k == from || k >= len(toks) || !verbCueAt(toks, cues, k) {
		return
	}
	for _, a := range as {
		if a.from < k && a.to > at {
			return // an actor the other rules read
		}
	}
	name := joinTokens(toks[from:k])
	if st.p.Gaz.Lookup(name) != nil || subj[0].speaker != nil && strings.HasSuffix(subj[0].speaker.Name, name) {
		return
	}
	full, side := st.introducedSide(toks[k-1].text, own)
	if side == "" || side == own {
		return
	}
	pr.Parties, pr.Speaker = []string{own, side}, nil
	st.lastParties = pr.Parties
	if len(st.pair) != 2 {
		st.pair = []string{own, side}
	}
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, '%s and %s' as one subject: %s, named before as '%s', is the other side (%s)", subj[0].text, name, name, full, side))
	if pr.Kind == storage.KindPosition {
		pr.Kind = storage.KindAgreement
	}
}

// verbCueAt reports that a verb cue stands at token k, or after an
// adverb there ("also discussed", "then agreed").
func verbCueAt(toks []token, cues []cue, k int) bool {
	if k < len(toks) && (toks[k].lower == "also" || toks[k].lower == "then" || toks[k].lower == "further") {
		k++
	}
	for _, c := range cues {
		if c.at == k && !c.noun {
			return true
		}
	}
	return false
}

// introducedSide finds where the text's opening named a person by a given
// name before surname and returns that mention with the country it named
// before an office in the same sentence ("U.S. Senator Marco Rubio", "the
// Finnish foreign minister and current OSCE chairperson-in-office, Elina
// Valtonen"); the first other than own wins, as the office a guest holds
// in an organisation comes after the one of the country.
func (st *state) introducedSide(surname, own string) (full, side string) {
	text := st.opening
	for off := 0; ; {
		i := strings.Index(text[off:], " "+surname)
		if i < 0 {
			return "", ""
		}
		i += off
		off = i + 1
		end := i + 1 + len(surname)
		if end < len(text) && isWordByte(text[end]) {
			continue
		}
		j := strings.LastIndexByte(text[:i], ' ')
		given := text[j+1 : i]
		if !isCapitalized(given) || len(given) < 2 || honorifics[strings.ToLower(strings.TrimSuffix(given, "."))] ||
			roleHeads[strings.ToLower(given)] || roleWords[strings.ToLower(given)] {
			continue
		}
		r := []rune(text[sentenceStartBefore(text, j+1) : j+1])
		toks := tokenize(r)
		for _, m := range st.p.Gaz.find(toks, r) {
			if m.ent.Name != own && m.to < len(toks) && officeWordAfter(toks, m.to) {
				side = m.ent.Name
				break
			}
		}
		if side != "" {
			return strings.TrimSpace(given + " " + surname), side
		}
	}
}

// officeWordAfter reports that an office follows token k within two words,
// in either case ("Senator", "foreign minister").
func officeWordAfter(toks []token, k int) bool {
	for i := k; i < len(toks) && i < k+2; i++ {
		w := toks[i].lower
		if roleHeads[w] || w == "senator" || w == "counterpart" {
			return true
		}
		if !roleWords[w] {
			return false
		}
	}
	return false
}

// sentenceStartBefore is the offset where the sentence holding offset i
// of text begins: past a line break, or a full stop after a small letter,
// a digit or a bracket (the stops of "U.S." and "Mr." end none).
func sentenceStartBefore(text string, i int) int {
	for k := i - 1; k > 0; k-- {
		switch c := text[k]; {
		case c == '\n':
			return k + 1
		case c == '.' && k+1 < len(text) && text[k+1] == ' ':
			if p := text[k-1]; p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || p == ')' {
				return k + 1
			}
		}
	}
	return 0
}
