package ingest

import "strings"

// Titles that official speeches and programmes write out in full: a
// portfolio after "of" ("Minister of International Relations and
// Cooperation, Dr Naledi Pandor,"), the country before the title in the
// possessive ("South Africa’s Minister …"), a known official's name of
// three words after the title ("President Yoon Suk Yeol"), and a title
// in the possessive that names no one ("the Minister’s Breakfast").

// possessedBy is the party a title belongs to when the country before it
// is in the possessive ("South Africa’s Minister"), or "".
func possessedBy(toks []token, entAt []*mention, start int) string {
	if start == 0 || entAt[start-1] == nil || !toks[start-1].possessive || entAt[start-1].to != start {
		return ""
	}
	return entAt[start-1].ent.Name
}

// possessiveTitle reports a title run whose title words end in the
// possessive before any name: "Minister’s Breakfast".
func possessiveTitle(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if toks[i].possessive && isTitleWord(toks[i]) {
			return true
		}
		if !isTitleWord(toks[i]) && !connector[toks[i].lower] {
			return false
		}
	}
	return false
}

// knownFullName moves the start of the name at the end of a title run
// back over the words nameBefore left in the title when the whole run
// after the title is a known official's name ("President Yoon Suk Yeol":
// not "Suk Yeol" with the title "President Yoon").
func knownFullName(toks []token, entAt []*mention, lastHead, nameStart, end int) int {
	from := beforeHonorificsEnd(toks, lastHead+1, nameStart)
	if from >= nameStart || from >= end {
		return nameStart
	}
	for k := from; k < nameStart; k++ {
		if !isNameWord(toks[k], entAt[k]) {
			return nameStart
		}
	}
	if knownOfficials().lookup(joinTokens(toks[from:end])) == nil {
		return nameStart
	}
	return from
}

// beforeHonorificsEnd steps from toks[i] over honorifics and their full
// stops ("H.E. Mr."), not past limit.
func beforeHonorificsEnd(toks []token, i, limit int) int {
	for i < limit && (toks[i].isWord() && honorifics[strings.ToLower(toks[i].text)] || toks[i].punct == '.') {
		i++
	}
	return i
}

// portfolioName reads a title whose portfolio follows "of" in capitals up
// to a comma, then the name set off by commas: "Minister of International
// Relations and Cooperation, Dr Naledi Pandor,". The words before the
// comma are the portfolio, not a name.
func (b *speakerBook) portfolioName(toks []token, entAt []*mention, start, roleStart, at int, party string) (speakerMention, bool) {
	k := at
	for k < len(toks) && toks[k].isWord() && (isCapitalized(toks[k].text) || connector[toks[k].lower]) {
		k++
	}
	if k == at || k >= len(toks) || toks[k].punct != ',' {
		return speakerMention{}, false
	}
	from, to, ok := nameAfterComma(toks, entAt, k)
	if !ok {
		return speakerMention{}, false
	}
	sp := b.add(&Speaker{Name: joinTokens(toks[from:to]), Role: joinTokens(toks[roleStart:k]), Party: party})
	return speakerMention{sp: sp, from: start, to: to, nameAt: from,
		reason: "speaker: '" + joinTokens(toks[start:to]) + "' (title and portfolio, then the name)"}, true
}
