package ingest

// A titled name followed by its office set off by commas (worked out on
// batch "late 31", a Japan MOFA summary): "H.E. Ambassador Yusuf Maitama
// TUGGAR, Minister of Foreign Affairs of Federal Republic of Nigeria, who
// is visiting Japan". The courtesy title before the name gives no
// country; the office after it does, as it does after a name with no
// title ("H.E. Mr. …, Minister of …"). Without it the guest took the
// author's party by default, and every later "Minister Tuggar" was
// Japan's.

// appositionParty is the party an office set off by a comma after
// toks[end] names with "of" ("…, Minister of Foreign Affairs of Federal
// Republic of Nigeria,"), or "".
func appositionParty(toks []token, entAt []*mention, end int) string {
	if end+1 >= len(toks) || toks[end].punct != ',' || !isTitleWord(toks[end+1]) {
		return ""
	}
	for j := end + 2; j < len(toks) && j < end+18; j++ {
		t := toks[j]
		if t.punct == ',' || t.punct == ';' || t.punct == '(' || t.isWord() && t.text == t.lower && t.lower != "of" && t.lower != "the" && t.lower != "and" && t.lower != "for" {
			return "" // the office ended before a country: "…, Minister for Foreign Affairs, held …"
		}
		if entAt[j] != nil && !t.possessive && (toks[j-1].lower == "of" || toks[j-1].lower == "the") {
			return entAt[j].ent.Name
		}
	}
	return ""
}
