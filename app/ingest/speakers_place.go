package ingest

// travelWords are the nouns and verbs of going somewhere whose "to" or
// "in" governs a place: "his visit to Beijing", "on arrival in Tokyo".
var travelWords = set("visit", "visits", "trip", "journey", "travel", "travels", "travelled", "traveled",
	"arrival", "arrived", "arriving", "way", "return", "returned", "stay", "stop", "stopover", "tour", "mission")

// placeBeforeTitle reports that the party name at toks[i] is a place a
// preposition governs rather than the nationality of a title that
// follows it: "During his visit to Beijing Foreign Secretary James
// Cleverly held …" (an opening adverbial with no comma) makes Cleverly
// no Chinese official. "In" and "at" always govern a place there; "to"
// and "from" only after a word of travel, since "spoke to UK Foreign
// Secretary James Cleverly" qualifies the title.
func placeBeforeTitle(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "in", "at":
		return true
	case "to", "from":
		return i >= 2 && travelWords[toks[i-2].lower]
	}
	return false
}

// titleOwnParty reports that the subject a is the party a title gives by
// itself (countryTitles: "The High Representative" is the EU's), spanning
// no more than the unnamed official at toks[from:k]: the official is
// still the holder of that office on the text's date, as "The Prime
// Minister" is.
func titleOwnParty(a actor, from, k int) bool {
	return a.kind == actorParty && a.from >= from && a.to <= k
}

// placeNote is the Why's note for a title read after a place a
// preposition governs ("visit to Beijing Foreign Secretary …"), or "".
func placeNote(toks []token, entAt []*mention, start int) string {
	if start == 0 || entAt[start-1] == nil || !placeBeforeTitle(toks, entAt[start-1].from) {
		return ""
	}
	m := entAt[start-1]
	return "; '" + toks[m.from-1].text + " " + joinTokens(toks[m.from:m.to]) + "' is a place, not the title's country"
}

// appositionVerbAt reports the comma that closes a title in apposition
// followed by a verb in the past tense: "Alistair Burt, the Minister for
// the Middle East and North Africa, also spoke with …" after the Foreign
// Secretary's reported words tells what another person of his side did,
// in the narrator's voice, as "Alistair Burt also spoke …" does.
func appositionVerbAt(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].punct == ',' && subjectVerbAt(toks, j+1)
}
