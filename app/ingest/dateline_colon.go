package ingest

// News agencies and ministries of many countries end the place a release
// was filed in with a colon, not a dash: SAnews's "Pretoria: International
// Relations and Cooperation Minister Ronald Lamola has met …", Australia's
// "Canberra: Australian Foreign Minister Penny Wong is scheduled …",
// Indonesia's "Jakarta: The Indonesian Minister …", Qatar's "Doha, Qatar:
// Prime Minister and Minister of Foreign Affairs HE Sheikh Mohammed …",
// Saudi Arabia's "Riyadh, 11 October 2021 (TDI): Mohammed bin Salman …".
// The place is where the news was filed, no one's: read as the subject,
// it made the sentence the capital's country's with no speaker, where the
// minister who follows it holds the sentence.

// colonDatelineEnd returns the index of the colon that ends such a
// dateline opening the sentence, or -1. The words before the colon open
// with a place the gazetteer knows by another name than its party's (a
// capital: "Pretoria", not "South Africa" — "Bangladesh: South Africa has
// noted …" is a heading of the topic, and "China:" may be a label), and
// hold only capitalised words that are no titles, a country after a
// comma, figures and the words of a date, and an agency in brackets; a
// person before the colon ("Wong: …") makes it a speaker's label, and a
// capitalised word must follow it.
func colonDatelineEnd(toks []token, as []actor) int {
	if len(toks) < 3 || !toks[0].isWord() || !isCapitalized(toks[0].text) {
		return -1
	}
	colon, depth := -1, 0
	for i := 1; i < len(toks) && i <= 12; i++ {
		t := toks[i]
		if t.punct == ':' && depth == 0 {
			colon = i
			break
		}
		switch {
		case t.punct == '(' || t.punct == '[':
			depth++
		case t.punct == ')' || t.punct == ']':
			depth = max(depth-1, 0)
		case t.punct == ',' || t.punct == '-' || t.punct == '–' || t.punct == '.':
		case t.isWord() && (depth > 0 || hasDigit(t.text)):
		case t.isWord() && isCapitalized(t.text) && !isTitleWord(t):
		default:
			return -1
		}
	}
	if colon < 0 || colon+1 >= len(toks) {
		return -1
	}
	if !opensCapitalised(toks, colon+1) {
		return -1
	}
	capital := false
	for _, a := range as {
		if a.from >= colon {
			continue
		}
		if a.kind == actorSpeaker {
			return -1
		}
		if a.from == 0 {
			if a.kind != actorParty || a.ent == nil || a.byOwnName() {
				return -1
			}
			capital = true
		}
	}
	if !capital {
		return -1
	}
	return colon
}
