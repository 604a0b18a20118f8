package ingest

import (
	"strings"
	"unicode"
)

// Press remarks, speeches and opening statements say in their title whose
// words follow. Titles worked out on batch "late 15" (EEAS, Korea MOFA,
// DIRCO), where the title was lost or not read as naming the speaker:
//
//   - a title naming whose remarks follow ("Foreign Affairs Council: press
//     remarks by High Representative Kaja Kallas after the meeting") is a
//     line of its own even when the next line follows it without a blank
//     line ("Check against delivery!"): it is not hard-wrapped prose;
//   - a title may put the name right after the genre, with no "by"
//     ("Opening Remarks H.E. Cho Tae-yul, Minister of Foreign Affairs");
//   - a lead-in that titles the remarks ("Opening Remarks by Minister
//     Lamola:") opens them as a heading does: what follows is all his,
//     whoever it names, until the next heading that names someone.

// titleLine reports a line of a text, opening a paragraph and ending no
// sentence, that titles one person's remarks: the segmenter keeps it
// apart from the line after it.
func titleLine(content []rune) bool {
	t := []rune(strings.TrimSpace(string(content)))
	if len(t) == 0 || len(t) > 200 || endsSentenceRunes(t) {
		return false
	}
	return isRemarksTitle(t) && !strings.HasPrefix(strings.ToLower(string(t)), "readout of ") ||
		genreFirst(string(t)) >= 0
}

// genreFirstTitles open a title that names the speaker right after the
// genre, without "by".
var genreFirstTitles = []string{"opening remarks ", "welcoming remarks ", "closing remarks ", "keynote speech ",
	"keynote address ", "opening statement ", "press statement ", "press remarks ", "remarks ", "statement ", "speech ", "address "}

// genreFirst returns where the name starts in a title that opens with a
// genre and goes on with an honorific ("Opening Remarks H.E. Cho
// Tae-yul, …", "Remarks H.E. Mr. …"), or -1. Without an honorific the
// words after the genre are the occasion ("Remarks at the …", "Statement
// on …"), not a name.
func genreFirst(title string) int {
	low := strings.ToLower(title)
	for _, g := range genreFirstTitles {
		if !strings.HasPrefix(low, g) {
			continue
		}
		rest := title[len(g):]
		f := strings.Fields(rest)
		if len(f) < 2 || !honorifics[strings.ToLower(f[0])] && !honorifics[strings.ToLower(strings.TrimRight(f[0], "."))] && !nameThenTitle(rest) {
			return -1
		}
		return len([]rune(title[:len(g)]))
	}
	return -1
}

// genreFirstHeading opens the remarks of the person a heading names right
// after its genre ("Opening Remarks H.E. Cho Tae-yul, Minister of Foreign
// Affairs").
func (st *state) genreFirstHeading(heading string, sps []speakerMention, toks []token) {
	if st.voice != nil && st.voice.heading {
		return
	}
	at := genreFirst(heading)
	if at < 0 {
		return
	}
	st.headingVoiceFrom(heading, sps, toks, at) // discourse.go
}

// titlesRemarks reports a lead-in that titles one person's remarks
// ("Opening Remarks by Minister Lamola:", "Statement by the Minister:").
func titlesRemarks(low string) bool {
	low = strings.TrimLeftFunc(low, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range remarksTitles {
		if k := strings.Index(low, w); k >= 0 && k <= len("introductory ") {
			return true
		}
	}
	return false
}

// A heading may name the speaker by title alone: "Press Conference by the
// Prime Minister", "Remarks by the President at …", "Opening Statement
// by the Foreign Minister". The speaker is the author's official of that
// title (or of the country after "of"), proposed under the title for the
// analyst to name, as a bare "FOREIGN MINISTER:" label is. Spokespersons
// and chairs are left out: their statements are their office's.

// titleOnlyHeads are the offices a title-only heading makes a speaker of.
var titleOnlyHeads = set("president", "minister", "premier", "chancellor", "secretary", "representative", "taoiseach")

// titleOnlyHeading opens the remarks of the official a heading names by
// title alone, when no name did.
func (st *state) titleOnlyHeading(heading string, toks []token, ents []mention) {
	if st.voice != nil && st.voice.heading || st.author == "" {
		return
	}
	low := strings.ToLower(heading)
	at := -1
	for _, w := range remarksTitles {
		if k := strings.Index(low, w+"the "); k >= 0 {
			at = len([]rune(heading[:k+len(w)]))
			break
		}
	}
	if at < 0 {
		return
	}
	i := 0
	for i < len(toks) && toks[i].start < at {
		i++
	}
	if i >= len(toks) || toks[i].lower != "the" {
		return
	}
	j, head := i+1, ""
	for j < len(toks) && isTitleWord(toks[j]) {
		if titleOnlyHeads[toks[j].lower] {
			head = toks[j].lower
		}
		j++
	}
	if head == "" || j == i+1 || j < len(toks) && toks[j].isWord() && isCapitalized(toks[j].text) && !connector[toks[j].lower] {
		return // "Remarks by the President Joe Biden": titled reads the name
	}
	party := st.author
	if j+1 < len(toks) && toks[j].lower == "of" {
		for _, m := range ents {
			if m.from == j+1 || m.from == j+2 && toks[j+1].lower == "the" {
				party = m.ent.Name // "by the Prime Minister of Japan"
			}
		}
	}
	title := joinTokens(toks[i+1 : j])
	name, why := title, ""
	if n := appositionName(toks, j); n != "" {
		// "Statement by the President of the Republic, Luiz Inácio
		// Lula da Silva, on a visit …": the name after the office.
		name = n
	} else if h := st.holderOn(party, title); h != "" {
		name, why = h, holderWhy(h, party, title, st.date)
	} else if h, w := titledInText(party, title, st.opening); h != "" {
		name, why = h, w // speakers_office.go
	}
	sp := st.book.add(&Speaker{Name: name, Role: title, Party: party, office: why != ""})
	st.voice = st.newVoice(sp, heading)
	st.voice.whole, st.voice.heading, st.voice.partyWhy = true, true, why
}

// appositionName is the name set off by commas after a title's "of …"
// ("the President of the Republic, Luiz Inácio Lula da Silva, on …",
// "the Minister of International Relations and Cooperation, Dr Naledi
// Pandor at the Ministerial …"): two or more capitalised words (particles
// and initials between) after the first comma that follows toks[j] and
// any honorific, ending at a comma, a small word or the end; "" when
// none.
func appositionName(toks []token, j int) string {
	if j >= len(toks) || toks[j].lower != "of" {
		return ""
	}
	k := j
	for k < len(toks) && toks[k].punct != ',' {
		if !toks[k].isWord() {
			return ""
		}
		k++
	}
	// (past an honorific: "…, Dr Naledi Pandor at the Ministerial …")
	k, _ = skipHonorifics(toks, k+1)
	from, n := k, 0
	for k < len(toks) && toks[k].isWord() && (isCapitalized(toks[k].text) && !roleHeads[toks[k].lower] && !roleWords[toks[k].lower] || particles[toks[k].text] && n > 0) {
		if isCapitalized(toks[k].text) {
			n++
		}
		k++
	}
	if n < 2 || k < len(toks) && toks[k].punct != ',' && !(toks[k].isWord() && !isCapitalized(toks[k].text)) {
		return "" // the name ends at a comma, the end or a small word ("at", "on")
	}
	return joinTokens(toks[from:k])
}
