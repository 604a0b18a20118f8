package ingest

import (
	"strings"

	"parley/storage"
)

// A minister's speech, opening remarks at a bi-national commission or
// keynote address is one person's words from its first sentence, and its
// title is often all that says whose: the name after "by" with no title
// of its own ("Address by Wang Yi at the Symposium …"), after an
// honorific ("Remarks by Hon. Enrique A. Manalo"), after an office and a
// comma ("Opening Remarks by External Affairs Minister, Dr. S.
// Jaishankar", "… by EAM, Dr. S. Jaishankar"), after a plural genre
// ("Speeches by the Foreign Minister IWAYA Takeshi"); a known official
// of the author's side at the head of the title ("Winston Peters Delivers
// Speech To …", "James Cleverly – 2023 Speech in Lagos"); or an office
// alone, whose holder the text's date gives ("The Secretary for Foreign
// Affairs' Remarks", "Minister of Foreign Affairs of the Republic of
// Korea Keynote Address at …", "Press Statement by Minister of Foreign
// Affairs of Indonesia, Visit of the U.S. Secretary of State …": the
// office after "by" speaks, not the visitor named later). Batch "late
// 21" read 40 % of such texts' speakers at first contact.

// speechGenreWords make a title the title of one person's words.
var speechGenreWords = set("remarks", "speech", "speeches", "address", "statement", "keynote", "lecture", "toast",
	"interview", "article", "contribution")

// titlesSpeech reports a title with a genre word of one person's words
// ("op-ed" too).
func titlesSpeech(toks []token) bool {
	for i, t := range toks {
		if t.isWord() && (speechGenreWords[t.lower] || t.lower == "op" && i+1 < len(toks) && toks[i+1].lower == "ed") {
			return true
		}
	}
	return false
}

// titleHead is where a title's words start, after a tag in brackets
// ("[Contribution] Foreign Minister's op-ed on …").
func titleHead(toks []token) int {
	if len(toks) > 2 && toks[0].punct == '[' {
		for i, t := range toks {
			if t.punct == ']' {
				return i + 1
			}
		}
	}
	return 0
}

// speechTitle opens, for what follows, the voice of the person a
// speech's title names, when no earlier rule of the heading named the
// author's speaker: at the head of the title, or right after "by".
func (st *state) speechTitle(heading string, toks []token, ents []mention) {
	if st.author == "" || st.stated || st.jointDoc || !titlesSpeech(toks) && !headlineOfSpeech(toks, st.opening) { // speakers_headline.go
		return
	}
	st.speechTitled = true
	st.compoundCounterpart(toks, ents)
	for _, t := range toks {
		st.interview = st.interview || t.lower == "interview"
	}
	own := st.voice != nil && st.voice.heading && st.voice.from == st.n
	if st.voice != nil && st.voice.heading && (!own || st.partyOf(st.voice.sp) == st.author) {
		return // the title's speaker is named already
	}
	entAt := mentionIndex(toks, ents)
	r := []rune(heading)
	head := titleHead(toks)
	for i := range toks {
		by := i > 0 && toks[i-1].lower == "by"
		if !by && (i != head || own) {
			continue
		}
		if sp, why := st.titleSpeakerAt(r, toks, entAt, i, by); sp != nil {
			st.openHeadingVoice(sp, heading)
			st.voice.partyWhy = why
			return
		}
	}
}

// titleSpeakerAt reads the person a title names at toks[i]: a known
// official, a name after the office and its comma or after an
// honorific, else the holder of the office named there in the text's
// month. A name after "by" may be anyone's; at the head of the title
// only the author's official is the speaker ("Blinken Meets …" heads no
// speech of his in another side's text). "" why when the name is read.
func (st *state) titleSpeakerAt(r []rune, toks []token, entAt []*mention, i int, by bool) (*Speaker, string) {
	if i < len(toks) && toks[i].lower == "the" {
		i++
	}
	i, hon := skipHonorifics(toks, i)
	if sp := st.titleOfficial(toks, entAt, i, by); sp != nil {
		return sp, ""
	}
	if i >= len(toks) {
		return nil, ""
	}
	office := officeAt(strings.ToLower(string(r[toks[i].start:])))
	j := i
	for j < len(toks) && (isTitleWord(toks[j]) || j > i && connector[toks[j].lower] && j+1 < len(toks) && isTitleWord(toks[j+1])) {
		j++
	}
	if j > i {
		// "External Affairs Minister, Dr. S. Jaishankar", "the Foreign
		// Minister IWAYA Takeshi": the name after the office.
		k := j
		if k < len(toks) && toks[k].punct == ',' {
			k++
		}
		k, h := skipHonorifics(toks, k)
		if sp := st.titleOfficial(toks, entAt, k, true); sp != nil {
			return sp, ""
		}
		if name := honorificName(toks, entAt, k); h && name != "" && by {
			return st.book.add(&Speaker{Name: name, Party: st.author}), ""
		}
	} else if name := honorificName(toks, entAt, i); hon && by && name != "" {
		return st.book.add(&Speaker{Name: name, Party: st.author}), "" // "Remarks by Hon. Enrique A. Manalo"
	}
	if office == "" || office == "pm" || office == "eam" {
		return nil, ""
	}
	party := st.author
	if j < len(toks) && toks[j].lower == "of" {
		// "Minister of Foreign Affairs of the Republic of Korea",
		// "… of Indonesia": the country after the office.
		for k := j + 1; k < min(j+3, len(toks)); k++ {
			if entAt[k] != nil {
				party = entAt[k].ent.Name
				break
			}
		}
	}
	title := officeTitle(office)
	h := st.holderOn(party, office)
	if h == "" {
		return nil, ""
	}
	return st.book.add(&Speaker{Name: h, Role: title, Party: party, office: true}), holderWhy(h, party, title, st.date)
}

// skipHonorifics passes the honorifics at toks[i] ("Hon.", "H.E.", "Dr.",
// "His Excellency"), saying whether there were any.
func skipHonorifics(toks []token, i int) (int, bool) {
	hon := false
	for i < len(toks) && (toks[i].isWord() && honorifics[toks[i].lower] || hon && toks[i].punct == '.' ||
		toks[i].text == "H" && i+3 < len(toks) && toks[i+2].text == "E") {
		if toks[i].text == "H" {
			i += 3 // "H.E." written as letters and stops
		}
		hon = true
		i++
	}
	return i, hon
}

// titleOfficial is the known official named at toks[i] (the author's,
// unless by), not one of two ("by President X and Prime Minister Y").
func (st *state) titleOfficial(toks []token, entAt []*mention, i int, by bool) *Speaker {
	if i >= len(toks) {
		return nil
	}
	end := knownOfficials().at(toks, entAt, i)
	if end == i {
		end = titleCaseOfficial(toks, i)
	}
	if end == i || end < len(toks) && toks[end].lower == "and" {
		return nil
	}
	name := personName(toks[i:end])
	o := knownOfficials().lookup(name)
	if o == nil || !by && o.party != st.author {
		return nil
	}
	return st.book.add(&Speaker{Name: name, Party: o.party})
}

// titleCaseOfficial matches a known official's full name of two to four
// words at toks[i] in a title whose every word is capitalised ("Winston
// Peters Deliver Speech To …"), where a capitalised word after the name
// does not make it someone else's: where the name ends, or i.
func titleCaseOfficial(toks []token, i int) int {
	for n := 4; n >= 2; n-- {
		var words []string
		j := i
		for j < len(toks) && len(words) < n && (toks[j].isWord() || toks[j].punct == '.' && isInitial(toks, j-1)) {
			if toks[j].isWord() {
				words = append(words, toks[j].text)
			}
			j++
		}
		if len(words) == n && knownOfficials().lookup(strings.Join(words, " ")) != nil {
			return j
		}
	}
	return i
}

// honorificName reads the name after an honorific: two to five
// capitalised words and initials ("Enrique A. Manalo"), ending the title
// or followed by punctuation or a lower-case word; "" when none.
func honorificName(toks []token, entAt []*mention, i int) string {
	j, n := i, 0
	for j < len(toks) {
		switch {
		case isInitial(toks, j):
			j += 2
			n++
			continue
		case isNameWord(toks[j], entAt[j]):
			n++
			j++
			continue
		}
		break
	}
	if n < 2 || n > 5 || j < len(toks) && toks[j].isWord() && isCapitalized(toks[j].text) {
		return ""
	}
	return personName(toks[i:j])
}

// A copy of a speech may put its speaker in a note under the title:
// "The speech made by James Cleverly, the Foreign Secretary, in Lagos,
// Nigeria on 1 August 2023." It states nothing; it names who speaks.

// deliveryNote skips a note naming who made the speech, before anything
// was stated, and opens that person's voice when no title named one.
func (st *state) deliveryNote(pr *Proposal, r []rune, text string) bool {
	if st.stated {
		return false
	}
	low := strings.ToLower(text)
	low = strings.TrimPrefix(low, "the ")
	ok := false
	for _, g := range []string{"speech ", "remarks ", "address ", "statement ", "keynote "} {
		if !strings.HasPrefix(low, g) {
			continue
		}
		rest := strings.TrimPrefix(low[len(g):], "was ")
		for _, v := range []string{"made by ", "delivered by ", "given by "} {
			ok = ok || strings.HasPrefix(rest, v)
		}
	}
	if !ok {
		return false
	}
	pr.Skip, pr.Kind = true, storage.KindAccount
	pr.Reasons = append(pr.Reasons, "skipped: a note naming who made the speech, not a statement")
	if st.voice == nil || !st.voice.heading {
		toks := tokenizeText(r, text)
		ents := st.entities(toks, r, r)
		entAt := mentionIndex(toks, ents)
		for i := range toks {
			if i > 0 && toks[i-1].lower == "by" {
				if sp, why := st.titleSpeakerAt(r, toks, entAt, i, true); sp != nil {
					st.openHeadingVoice(sp, text)
					st.voice.partyWhy = why
				}
				break
			}
		}
	}
	return true
}

// speechSelf makes a speech's first statement, and all after it, the
// words of the text's "I" found by office and date (first_person.go),
// when the title is a speech's and named no one: "Dinner Speech at the
// 17th Jeju Forum" over "It is a great pleasure to welcome you …", whose
// speaker says only later that he speaks "as Foreign Minister of the
// Republic of Korea".
func (st *state) speechSelf(pr *Proposal) {
	if !st.speechTitled || pr.Skip || pr.Speaker != nil || st.voice != nil || st.stated ||
		len(pr.Parties) != 1 || pr.Parties[0] != st.author {
		return
	}
	st.speakAsMe(pr)
}

// addressLine reports a line that addresses someone under a speech's
// title or between its paragraphs: a salutation ("Dear Co-Chair and
// Brother,", isSalutation), or one naming a dignitary in the third
// person and ending in a comma ("His Excellency Archbishop Charles John
// Brown III, Apostolic Nuncio and Dean of the Diplomatic Corps,"), which
// a readout's sentence never does, or a short address ending in a colon
// ("Excellencies:").
func addressLine(text string) bool {
	if isSalutation(text) {
		return true
	}
	t := strings.TrimSpace(text)
	low := strings.ToLower(t)
	if strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 6 {
		// "Excellencies:", "Ladies and gentlemen:" before the next
		// paragraph: an address, not a lead-in to someone's words.
		for _, o := range addressOpeners {
			if strings.HasPrefix(low, o) {
				return true
			}
		}
	}
	return (strings.HasPrefix(low, "his excellency") || strings.HasPrefix(low, "her excellency")) &&
		(strings.HasSuffix(t, ",") || strings.HasSuffix(t, ";"))
}

// A copy of a speech may tell under its title, in the third person, what
// the speaker did: "Foreign Secretary Dominic Raab gave a statement at a
// press conference with US Secretary of State Mike Pompeo in the US."
// The sentence is the speaker's, as all under the title are, but it
// tells what he did: an account, not a view of his.

// selfNarrated returns the verb of a sentence whose subject is the open
// voice's speaker, named in the third person, followed by a verb in the
// past tense that is no verb of saying ("gave", "travelled"), or "".
func selfNarrated(toks []token, subj []actor, v *voice, c cue, hasCue bool) string {
	if len(subj) == 0 || subj[0].kind != actorSpeaker || subj[0].speaker != v.sp || subj[0].to >= len(toks) {
		return ""
	}
	if v.tail {
		// (words attributed at the end of their paragraph, "…, he
		// said.": the paragraph's narration of him before them is the
		// narrator's, read as such — "The Prime Minister raised the
		// brave soldiers …" raises a matter)
		return ""
	}
	if hasCue && !c.weak && c.kind != storage.KindAccount {
		return ""
	}
	w := toks[subj[0].to]
	if !w.isWord() || speechVerbs[w.lower] || !toldVerbs[w.lower] && !(strings.HasSuffix(w.lower, "ed") && len(w.lower) > 4) {
		return ""
	}
	return w.text
}

// A speaker's own lead-in within remarks under a title ("On the new
// journey to build China into a modern socialist country in all
// respects:", "Let me mention three points:") introduces more of the
// same remarks: it names no one else, so it ends no remarks.

// ownLeadIn reports a lead-in, within the remarks a title opened, that
// names no person and no side other than the speaker's.
func (st *state) ownLeadIn(r []rune) bool {
	v := st.voice
	if v == nil || !v.whole || !v.heading || v.label != "" {
		return false
	}
	toks := tokenize(r)
	ents := st.p.Gaz.find(toks, r)
	if len(st.book.find(toks, ents)) > 0 {
		return false
	}
	own := st.partyOf(v.sp)
	for _, m := range ents {
		if m.ent.Name != own && m.ent.Name != st.author {
			return false
		}
	}
	return true
}

// jointlyDone reports the participle after "we have (also) jointly" or
// "we have together", irregular ones included ("overcome", "built",
// "done"): a word ending no adverb after "jointly" or "together", with
// "have" before them, the verb of what both sides did.
func jointlyDone(toks []token, k int) bool {
	if k < 2 || !toks[k].isWord() || strings.HasSuffix(toks[k].lower, "ly") {
		return false
	}
	if p := toks[k-1].lower; p != "jointly" && p != "together" {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-4; j-- {
		if toks[j].lower == "have" || toks[j].lower == "has" || toks[j].lower == "’ve" || toks[j].lower == "'ve" {
			return true
		}
	}
	return false
}

// compoundCounterpart takes for the other side the country a speech's
// title joins to the author's in a compound ("… at the 7th Round of
// India-Bangladesh Joint Consultative Commission"), when no heading or
// sentence named one: "we have also jointly overcome the pandemic" is
// then both sides'.
func (st *state) compoundCounterpart(toks []token, ents []mention) {
	if st.counter != "" {
		return
	}
	own, other := false, ""
	for _, m := range ents {
		if m.from >= len(toks) || !toks[m.from].compound {
			continue
		}
		if m.ent.Name == st.author {
			own = true
		} else if other == "" {
			other = m.ent.Name
		}
	}
	if own && other != "" {
		st.counter, st.counterHead = other, true
	}
}

// An interview printed without labels sets the interviewer's questions
// off as paragraphs of their own ("How do you see relations with
// Japan?"), the answers after them: under a title that calls the text an
// interview, a paragraph's question put to "you" is the interviewer's,
// skipped, and the interviewee's answers go on after it.

// interviewQuestion skips such a question.
func (st *state) interviewQuestion(pr *Proposal, r []rune, text string) bool {
	if !st.interview || !st.tr.lineStart || len(r) == 0 || r[len(r)-1] != '?' {
		return false
	}
	you := false
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ",.?!;:\"“”'‘’")
		you = you || w == "you" || w == "your"
	}
	if !you {
		return false // "What better venue could there be …?": the speaker's own question
	}
	st.openQuestion("", false)
	st.skipQuestion(pr, "skipped: the interviewer's question, set off in its paragraph: no side's statement")
	return true
}
