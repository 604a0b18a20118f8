package ingest

import (
	"strings"

	"parley/storage"
)

// Words of kind that the first rules, worked out on European, American,
// British, Chinese and Japanese readouts, did not know, found in the
// readouts of other publishers (the Vietnamese Government, the African
// Union, Gulf news agencies, the UN Secretary-General, Singapore): the
// verbs of praise "lauded", "praised", "hailed"; "informed … that …" as a
// verb of saying; the nouns of an undertaking "keenness", "desire",
// "eagerness"; "wished that …" as a hope. They are data: a word added
// here joins the cue tables of cues.go when the package starts.

// praiseVerbs state a view of someone's deed, as "commended" does: "the
// Chairperson lauded the personal leadership of …", "the Chinese
// President praised Saudi Arabia's role in …"; "demonstrated Egypt's
// assessment of …" presents a view, as "showed" does, and so do "The
// Minister positively assessed cooperation …" and "They mentioned the
// historical significance of …" (Kazakh and Russian English).
var praiseVerbs = []string{"praise", "laud", "hail", "extol", "demonstrate", "assess", "mention"}

// informVerbs are verbs of saying that take the person told first:
// "President Hamid informed the Secretary-General that Prime Minister
// Sheikh Hasina would participate in the Climate Summit".
var informVerbs = []string{"inform", "apprise"}

// undertakingNouns are what a holder undertakes when a verb of saying
// holds them ("Sheikh Abdullah noted the sincere desire and keenness to
// further enhance …", "He underlined his country's keenness to boost
// …"), as "commitment" and "readiness" are.
var undertakingNouns = []string{"keenness", "eagerness", "desire", "willingness", "readiness"}

func init() {
	for _, w := range append(append([]string{}, praiseVerbs...), informVerbs...) {
		for _, f := range inflect(w) {
			if _, known := verbForms[f]; !known {
				verbForms[f] = verbInfo{storage.KindPosition, true}
			}
		}
	}
	for _, w := range informVerbs {
		for _, f := range inflect(w) {
			speechVerbs[f], told[f] = true, true // what was said follows the person told
		}
	}
	for _, f := range inflect("convey") {
		// "Minister Balakrishnan also conveyed Prime Minister Lee Hsien
		// Loong's invitation to Prime Minister Anwar to visit": what is
		// conveyed is said, and a kind noun its holder holds decides.
		speechVerbs[f] = true
	}
	for _, n := range undertakingNouns {
		if _, known := nounCues[n]; !known {
			nounCues[n] = storage.KindCommitment
		}
	}
}

// wishWords are the forms of "wish" that may say a hope.
var wishWords = set("wish", "wishes", "wished")

// wishCues returns the cues of "wished that …" and "wished China would
// …": a hope, asked of another side (a demand) or of both sides or "we"
// (a proposal, as "I hope that both sides …" is). "wished him good
// health", "best wishes" wish nothing of anyone: no cue.
func wishCues(toks []token) []cue {
	var out []cue
	for i, t := range toks {
		if !wishWords[t.lower] || i > 0 && (toks[i-1].lower == "best" || determiners[toks[i-1].lower] || toks[i-1].possessive) {
			continue
		}
		if !wishedClause(toks, i+1) {
			continue
		}
		k := storage.KindDemand
		if ourDoing(toks, i+1) {
			k = storage.KindProposal
		}
		out = append(out, cue{kind: k, word: t.text, at: i, end: i + 1})
	}
	return out
}

// wishedClause reports a clause after "wished" (from token i) that says
// what someone should do: "that …", or a subject of at most four words
// and "would" or "will" ("wished China would facilitate …").
func wishedClause(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if toks[i].lower == "that" {
		return true
	}
	if isObjectPronoun(toks[i].lower) || toks[i].lower == "them" {
		return false // "wished him good health"
	}
	for j := i; j < len(toks) && j < i+5; j++ {
		if !toks[j].isWord() {
			return false
		}
		if w := toks[j].lower; w == "would" || w == "will" {
			return j > i
		}
	}
	return false
}

// courtesyCall reports "called on" a person ("Minister … Song Tao called
// on and was hosted to lunch by …", "Dr Balakrishnan called on Malaysian
// Prime Minister Anwar"): a visit paid, in the usage of Commonwealth and
// Asian publishers, not a call on someone to act, which names what is to
// be done ("called on Moscow to cease …"). i is the token of "called".
func courtesyCall(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].lower != "on" && toks[i+1].lower != "upon" {
		return false
	}
	j := i + 2
	if toks[j].lower == "and" {
		return true // "called on and was hosted to lunch by …"
	}
	if toks[j].lower == "the" || toks[j].lower == "his" || toks[j].lower == "her" {
		j++
	}
	// A title or a name must follow, then no "to" of a step asked for
	// and no "for": "called on President Ramaphosa to …" asks.
	title := false
	for k := j; k < len(toks) && k < j+8; k++ {
		if !toks[k].isWord() {
			break
		}
		w := toks[k].lower
		if roleHeads[w] || roleWords[w] {
			title = true
		}
		if !isCapitalized(toks[k].text) && !roleHeads[w] && !roleWords[w] {
			break
		}
	}
	if !title {
		return false
	}
	for k := j; k < len(toks); k++ {
		if w := toks[k].lower; w == "to" && k+1 < len(toks) && !determiners[toks[k+1].lower] && !isCapitalized(toks[k+1].text) || w == "for" {
			return false
		}
		if toks[k].punct == ';' {
			break
		}
	}
	return true
}

// phoneCallTo reports "made a phone call today to …", "a telephone
// call", "made a call to President Xi": the call made, no call for
// anything. i is the token of "call".
func phoneCallTo(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "phone", "telephone", "video", "virtual":
		return true
	}
	return i > 1 && i+1 < len(toks) && toks[i+1].lower == "to" && strings.HasPrefix(toks[i-2].lower, "made") && toks[i-1].lower == "a"
}

// titledName returns the first token of a title and name that ends at
// token j ("Prime Minister Sheikh Hasina"), or -1 when the capitalised
// words before j hold no title ("the United States would …").
func titledName(toks []token, j int) int {
	k, title := j, false
	for k > 0 && toks[k-1].isWord() && isCapitalized(toks[k-1].text) {
		k--
		if roleHeads[toks[k].lower] {
			title = true
		}
	}
	if !title || k == j {
		return -1
	}
	return k
}

// ownCountry reports "his country's", "their government's" at token i:
// the holder's own side, as "Romania's" would be ("He underlined his
// country's keenness to boost …").
func ownCountry(toks []token, i int) bool {
	if i < 1 || !toks[i].possessive || !ownPossessive[toks[i-1].lower] {
		return false
	}
	switch strings.TrimSuffix(strings.TrimSuffix(toks[i].lower, "'s"), "’s") {
	case "country", "government", "side", "nation", "people":
		return true
	}
	return false
}

// undertakenAgain are the nouns of an undertaking that "reaffirmed their
// …" renews ("The two sides reaffirmed their interest in strengthening
// binational cooperation"), as it renews a determination.
var undertakenAgain = set("interest", "intention", "readiness", "willingness")

// callKinds are the words that make "call" a telephone or video call.
var callKinds = set("phone", "telephone", "video", "virtual")

// madeCall reports the call of "made a … call" as a call placed: "a
// phone call", "a virtual call with …", "a call to President Xi".
func madeCall(before, after string) bool {
	return callKinds[before] || after == "with" || after == "to"
}

// intensifiers may stand between a reported subject and its verb without
// making another clause ("stated that I very much looked forward to
// having discussions …").
var intensifiers = set("very", "much", "greatly", "indeed", "too", "truly", "deeply")

// talkedNouns after "shared" or "exchanged" tell what was talked over
// ("shared views on …", "shared their perspectives"), where "shared the
// view that …" holds one view together.
var talkedNouns = set("views", "perspectives", "experiences", "information", "insights", "assessments", "notes", "ideas", "thoughts",
	"analyses", "analysis", "points")

// sharedTalk reports "shared views", "shared their views" (w and the
// two words after it): a talk, an account.
func sharedTalk(w, n1, n2 string) bool {
	if w != "shared" && w != "share" && w != "shares" {
		return false
	}
	return talkedNouns[n1] || ownPossessive[n1] && (talkedNouns[n2] || n2 == "respective") ||
		n1 == "with" && n2 == "each"
	// ("They shared their respective assessments on …", "the ministers
	// shared their points of view on …", "Both parties also shared their
	// analyses on …", "the two top diplomats shared with each other the
	// recent developments …", worked out on batch "late 37")
}

// bareVerbCues returns the cues of words the cue tables leave out as too
// common, where their context makes them cues: "its interest to
// continue …", "their intention to …" (a noun of undertaking the holder
// holds); a bare "support" after an adverb, a verb:
// "New Zealand and Germany strongly support ASEAN centrality", "We fully
// support …" ("… and we support a just peace" after a modal clause is
// left to the rules of kind_holder.go).
func bareVerbCues(toks []token) []cue {
	var out []cue
	for i, t := range toks {
		if (t.lower == "interest" || t.lower == "intention") && i > 0 && ownPossessive[toks[i-1].lower] && i+2 < len(toks) &&
			(toks[i+1].lower == "to" && !determiners[toks[i+2].lower] || toks[i+1].lower == "in" && strings.HasSuffix(toks[i+2].lower, "ing")) {
			// "The EU underlined its interest to continue engaging with
			// Pakistan": the holder's own aim, an undertaking ("in the
			// interest of", "common interest" hold none).
			out = append(out, cue{kind: storage.KindCommitment, noun: true, word: t.text, at: i, end: i + 1})
			continue
		}
		if (t.lower == "warned" || t.lower == "warns" || t.lower == "warn") && i+1 < len(toks) && (toks[i+1].lower == "of" || toks[i+1].lower == "about") {
			// "the Egyptian minister warned of precarious repercussions
			// on the region": a worry.
			out = append(out, cue{kind: storage.KindConcern, word: t.text + " " + toks[i+1].text, at: i, end: i + 2})
			continue
		}
		if t.lower == "demand" && i > 0 && i+1 < len(toks) && toks[i+1].lower == "that" && !determiners[toks[i-1].lower] &&
			!ownPossessive[toks[i-1].lower] && !toks[i-1].possessive {
			// "The EU and Japan demand that Russia immediately stop …":
			// the verb ("their demand that …" is the noun).
			out = append(out, cue{kind: storage.KindDemand, word: t.text, at: i, end: i + 1})
			continue
		}
		if t.lower != "support" || i == 0 {
			continue
		}
		p := toks[i-1].lower
		if strings.HasSuffix(p, "ly") && p != "only" && p != "early" && p != "family" || (p == "we" || p == "they") && i == 1 {
			// ("We support Ukraine in cooperation with the G7 …":
			// after an opening "we" or "they", the verb)
			out = append(out, cue{kind: storage.KindPosition, weak: true, word: t.text, at: i, end: i + 1})
		}
	}
	return out
}

// describedNoun reports tokens from..to-1 that only describe the noun at
// token to ("this Government's continued and serious concern"): a
// determiner, a possessive, describing words and "and", with no verb, no
// preposition and no comma, so a kind noun further off than the usual
// five words is still the one the verb holds.
func describedNoun(toks []token, from, to int) bool {
	if to >= len(toks) || !toks[to].isWord() {
		return false
	}
	for k := from; k < to; k++ {
		t := toks[k]
		if !t.isWord() {
			return false
		}
		w := t.lower
		if determiners[w] || ownPossessive[w] || t.possessive || w == "and" {
			continue
		}
		if _, verb := verbForms[w]; verb || prepositions[w] || w == "that" || w == "to" || isCapitalized(t.text) && !t.possessive {
			return false
		}
	}
	return true
}

// asideAfter returns the token after an aside set off by commas that
// starts at token i (", along with other countries,"), or 0 when none
// starts there or it runs on for more than eight words.
func asideAfter(toks []token, i int) int {
	if i >= len(toks) || toks[i].punct != ',' {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+9; k++ {
		if toks[k].punct == ',' {
			if k+1 < len(toks) && toks[k+1].isWord() {
				return k + 1
			}
			return 0
		}
		if !toks[k].isWord() {
			return 0
		}
	}
	return 0
}

// isSalutation reports a line by which a speaker addresses the audience
// before the remarks ("The Honorable Antony Blinken, Secretary of State
// of the United States of America;", "Excellencies,", "Ladies and
// gentlemen, good afternoon to all of you."): it opens with a form of
// address (addressOpeners, speech_salutation.go) and ends with a
// semicolon or a comma, or greets the audience: no statement of anyone's.
func isSalutation(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > 160 {
		return false
	}
	low := strings.ToLower(t)
	opened := false
	for _, o := range addressOpeners {
		if strings.HasPrefix(low, o) {
			opened = true
			break
		}
	}
	if !opened {
		return false
	}
	if strings.HasSuffix(t, ";") || strings.HasSuffix(t, ",") {
		return true
	}
	return strings.HasPrefix(low, "ladies and gentlemen") && (strings.Contains(low, "good morning") || strings.Contains(low, "good afternoon") || strings.Contains(low, "good evening"))
}
