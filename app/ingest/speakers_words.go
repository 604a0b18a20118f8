package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// roleHeads are the words that make a run of capitalised words a title
// ("Assistant Foreign Minister", "Director-General", "Spokesperson").
var roleHeads = set("minister", "secretary", "director", "ambassador", "representative", "president", "premier",
	"chancellor", "spokesperson", "spokesman", "spokeswoman", "envoy", "commissioner", "chair", "chairman",
	"chairwoman", "chairperson", "head", "counsellor", "counselor", "councillor", "councilor", "adviser", "advisor",
	"coordinator", "negotiator", "consul", "official", "chief", "officer", "undersecretary", "delegate",
	"leader", "king", "queen", "emir", "sultan", "secretary-general", "director-general", "governor", "mayor",
	"administrator", "attaché", "chargé", "member", "vice-president", "vice-premier", "councilor", "taoiseach",
	"tánaiste", "counterpart", "pm", "fm", "eam", "prince")

// roleWords may sit inside a title without being its head.
var roleWords = set("assistant", "crown", "deputy", "under", "vice", "senior", "special", "foreign", "general", "high",
	"prime", "state", "permanent", "executive", "acting", "principal", "first", "second", "chief", "affairs",
	"defence", "defense", "trade", "economic", "political", "national", "security", "human", "rights",
	"external", "federal", "interior", "home", "finance", "commerce", "industry", "cabinet", "managing", "diplomatic")

// honorifics stand between a title and a name without being part of
// either ("Prime Minister of Japan, H.E. Mr. Shigeru Ishiba").
var honorifics = set("h.e.", "mr", "mrs", "ms", "dr", "prof", "shri", "smt", "excellency", "his", "her", "honorable",
	"honourable", "hon") // "Senator the Hon Penny Wong"

// notNames are capitalised words that never start or make a name.
var notNames = set("the", "a", "an", "he", "she", "they", "it", "we", "this", "that", "on", "in", "at", "during",
	"both", "and", "of", "for", "mr", "mrs", "ms", "dr", "january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "after", "before", "while", "as", "also", "however", "experts",
	"dialogue", "meeting", "talks", "session", "round", "department", "ministry", "office", "service", "council",
	"commission", "committee", "bureau", "party", "government", "republic", "region", "autonomous", "asia",
	"pacific", "europe", "africa", "america", "americas", "his", "her", "their", "our", "its", "hr", "affairs",
	"summit", "conference", "forum", "visit", "assembly", "policy", "meetings", "partnership", "strategy", "honorable",
	"honourable", "excellency", "hon", "mp", "keynote", "address", "remarks", "speech", "statement", "i’m", "i'm",
	"i’ve", "i've", "i’ll", "i'll", "i’d", "i'd")

func isNameWord(t token, ent *mention) bool {
	return t.isWord() && ent == nil && isCapitalized(t.text) && !notNames[t.lower] && !headlineVerbs[t.lower] &&
		!roleHeads[t.lower] && !roleWords[t.lower] && !roleHeads[strings.TrimSuffix(t.lower, "s")] &&
		len([]rune(t.text)) > 1 && !isAllDigits(t.text)
}

func isAllDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isInitial reports whether toks[i] is a capital letter followed by a
// full stop ("M." in "Kurt M. Campbell").
func isInitial(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i].isWord() && len([]rune(toks[i].text)) == 1 && isCapitalized(toks[i].text) && toks[i+1].punct == '.'
}

func isTitleWord(t token) bool {
	// "his U.S. counterpart Barack Obama": a title in lower case.
	if !t.isWord() {
		return false
	}
	capital := isCapitalized(t.text)
	return capital && (roleHeads[t.lower] || roleWords[t.lower]) || t.lower == "counterpart" ||
		(capital || !titleAbbrevCapitalized) && titleAbbrev[t.text]
}

// titleAbbrevCapitalized reports that every one of titleAbbrev starts
// with a capital, so that a word that does not is looked up in none.
var titleAbbrevCapitalized = func() bool {
	for a := range titleAbbrev {
		if !isCapitalized(a) {
			return false
		}
	}
	return true
}()

var connector = set("of", "for", "and", "the", "on", "in", "to", "at")

func trimConnectors(ts []token) string {
	for len(ts) > 0 && ts[len(ts)-1].isWord() && connector[ts[len(ts)-1].lower] {
		ts = ts[:len(ts)-1]
	}
	return joinTokens(ts)
}

// personName is a name as joinTokens writes it, without the possessive
// ending of its last word: "Foreign Minister Sergey Lavrov’s opening
// remarks" names Sergey Lavrov.
func personName(ts []token) string {
	if n := len(ts); n > 0 && ts[n-1].possessive {
		last := ts[n-1]
		last.possessive = false
		return joinTokens(append(ts[:n-1:n-1], last))
	}
	return joinTokens(ts)
}

func joinTokens(ts []token) string {
	var b strings.Builder
	n := 0
	for _, t := range ts {
		n += len(t.text) + len("’s") + 1
	}
	b.Grow(n)
	for i, t := range ts {
		if i > 0 && t.isWord() && !(ts[i-1].compound && t.compound) && ts[i-1].punct != '(' {
			b.WriteByte(' ')
		}
		if t.isWord() && i > 0 && ts[i-1].compound && t.compound {
			b.WriteByte('-')
		}
		if !t.isWord() && t.punct != ')' && t.punct != ',' && t.punct != '.' && i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
		if t.possessive {
			b.WriteString("’s")
		}
	}
	return strings.TrimSpace(b.String())
}

// partKey is how a part of a name is looked up: a surname in capitals,
// as Japanese and some UN readouts write it ("Mr. IWAYA Takeshi"), meets
// the same surname written "Iwaya" later.
func partKey(s string) string {
	// Most words have a lower-case letter: they are keys as they are, and
	// checking that allocates nothing.
	upper := 0
	for _, c := range s {
		if unicode.IsLower(c) {
			return s
		}
		if unicode.IsUpper(c) {
			upper++
		}
	}
	if upper < 2 {
		return s
	}
	_, n := utf8.DecodeRuneInString(s)
	return s[:n] + strings.ToLower(s[n:])
}

// beforeHonorifics steps back from toks[j] over honorifics and their full
// stops ("met with H.E. Mr. Recep Tayyip Erdoğan"), so that the word
// before them is seen: a preposition, or the end of a title.
func beforeHonorifics(toks []token, j int) int {
	for j >= 0 {
		switch {
		case toks[j].punct == '.' && j > 0 && honorifics[toks[j-1].lower]:
			j -= 2
		case toks[j].isWord() && honorifics[toks[j].lower]:
			j--
		default:
			return j
		}
	}
	return j
}

// hyphenPart reports whether toks[i] continues a hyphenated word whose
// first part is a name ("Tae-yul", "Jean-Noël"): it counts with that part.
func hyphenPart(toks []token, i int) bool {
	if i < 1 || !toks[i].isWord() || !toks[i].compound || !toks[i-1].compound || toks[i-1].end+1 != toks[i].start {
		return false
	}
	j := i - 1
	for j > 0 && toks[j].compound && toks[j-1].compound && toks[j-1].end+1 == toks[j].start {
		j--
	}
	return isCapitalized(toks[j].text) && !roleHeads[toks[i].lower] && !roleWords[toks[i].lower]
}
