package ingest

// ourOfficial reports an official of the author's side named by "our"
// and a title at the head of a clause ("Last Tuesday, our Ambassador to
// Equatorial Guinea, …, met with …", "Simultaneously, our Acting Deputy
// Director General for Africa summoned the Ambassador of Equatorial
// Guinea …"): the subject is the author's own official, so a side named
// after the title ("to Equatorial Guinea") or as the object of its verb
// ("the Ambassador of Equatorial Guinea") holds nothing. It gives the end
// of the title's capitalised words.
func ourOfficial(toks []token, i int) (int, bool) {
	if toks[i].lower != "our" || i > 0 && toks[i-1].punct != ',' {
		return 0, false
	}
	j, title := i+1, false
	for j < len(toks) && j <= i+5 && toks[j].isWord() && isCapitalized(toks[j].text) {
		title = title || isTitleWord(toks[j])
		j++
	}
	return j, title
}
