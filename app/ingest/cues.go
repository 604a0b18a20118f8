package ingest

import (
	"strings"

	"parley/storage"
)

// cue is a word that says what a statement does. Weak cues (said,
// stressed) carry whatever stronger cue follows them closely ("stressed
// China’s opposition to ..." is an objection).
type cue struct {
	kind storage.Kind
	weak bool
	noun bool // "objections", "concerns": holds a kind after a possessive
	word string
	at   int // token index
	end  int // token index after the cue
}

// verbCues maps the lemmas of reporting verbs to their kind.
var verbCues = map[storage.Kind][]string{
	storage.KindConcern: {"worry", "deplore", "regret", "lament"},
	storage.KindDemand: {"urge", "ask", "request", "demand", "press", "implore", "exhort", "encourage", "hope",
		// "Wang Yi advised Japan to speak and act cautiously": counsel
		// to another side is asked of it, as "urged" is.
		"advise"},
	storage.KindObjection:  {"refute", "reject", "oppose", "protest", "object", "denounce", "condemn", "criticise", "criticize", "dismiss", "deny", "rebut", "slam", "decry"},
	storage.KindProposal:   {"propose", "suggest", "recommend", "offer", "invite"},
	storage.KindCommitment: {"pledge", "commit", "recommit", "promise", "vow", "undertake", "guarantee", "intend"},
	storage.KindAgreement:  {"agree", "concur", "consent"},
	storage.KindAccount: {"meet", "visit", "hold", "discuss", "attend", "chair", "co-chair", "host", "travel", "exchange", "lead", "brief", "receive", "take", "include", "conclude", "open", "speak", "talk",
		// what was done or dealt with: "We focussed on four important
		// areas", "The EU has imposed heavy sanctions on Russia", "we
		// indeed started the first ever Green Alliance"
		"focus", "concentrate", "start", "launch", "sign", "impose", "adopt", "postpone", "depart", "arrive",
		// "We, the Heads of State/Government of ASEAN Member States,
		// gathered in Bangkok"
		"gather", "convene"},
}

// weakVerbs say that a position is stated without saying which.
var weakVerbs = []string{"stress", "emphasise", "emphasize", "reiterate", "state", "say", "note", "underline",
	"underscore", "highlight", "maintain", "affirm", "reaffirm", "reconfirm", "assert", "explain", "present", "detail",
	"believe", "consider", "point", "recall", "welcome", "acknowledge", "recognise", "recognize", "express",
	"raise", "add", "declare", "argue", "insist", "hold", "make", "clarify", "elaborate", "outline", "introduce",
	"share", "convey", "voice", "tell", "remark", "observe", "view", "support", "think", "call", "appreciate",
	"congratulate", "articulate", "confirm", "thank", "reflect", "describe", "refer", "show", "extend",
	// praise: "We … acclaim our ever closer strategic partnership"
	"commend", "applaud", "acclaim", "salute"}

// nounCues are nouns that carry a kind after a possessive party
// ("China’s objections") or right after a weak verb.
var nounCues = map[string]storage.Kind{
	"concern": storage.KindConcern, "concerns": storage.KindConcern, "worries": storage.KindConcern,
	"objection": storage.KindObjection, "objections": storage.KindObjection, "opposition": storage.KindObjection,
	"protest": storage.KindObjection, "protests": storage.KindObjection, "rejection": storage.KindObjection,
	"condemnation": storage.KindObjection, "dissatisfaction": storage.KindObjection, "disappointment": storage.KindObjection, "representations": storage.KindObjection,
	"demand": storage.KindDemand, "demands": storage.KindDemand, "call": storage.KindDemand, "calls": storage.KindDemand,
	// "reiterated his request for Italy's cooperation", "reiterated his
	// appeal to all parties": asking, as "called for" is.
	"request": storage.KindDemand, "requests": storage.KindDemand, "appeal": storage.KindDemand, "appeals": storage.KindDemand,
	"proposal": storage.KindProposal, "proposals": storage.KindProposal, "suggestion": storage.KindProposal, "suggestions": storage.KindProposal,
	"invitation": storage.KindProposal, "invitations": storage.KindProposal,
	"commitment": storage.KindCommitment, "commitments": storage.KindCommitment, "pledge": storage.KindCommitment,
	"agreement": storage.KindAgreement, "consensus": storage.KindAgreement,
}

var verbForms = buildVerbForms()

type verbInfo struct {
	kind storage.Kind
	weak bool
}

func buildVerbForms() map[string]verbInfo {
	m := map[string]verbInfo{}
	for _, w := range weakVerbs {
		for _, f := range inflect(w) {
			m[f] = verbInfo{storage.KindPosition, true}
		}
	}
	for k, ws := range verbCues {
		for _, w := range ws {
			for _, f := range inflect(w) {
				m[f] = verbInfo{k, false}
			}
		}
	}
	for _, irregular := range [][2]string{{"said", "say"}, {"met", "meet"}, {"spoke", "speak"}, {"spoken", "speak"}, {"held", "hold"}, {"led", "lead"},
		{"took", "take"}, {"made", "make"}, {"told", "tell"}, {"thought", "think"}, {"undertook", "undertake"},
		{"focussed", "focus"}, {"focussing", "focus"}, {"travelled", "travel"}, {"travelling", "travel"}, {"shown", "show"}} {
		if v, ok := m[irregular[1]]; ok {
			m[irregular[0]] = v
		}
	}
	// Nouns and adjectives that look like verbs but are not cues here.
	for _, w := range []string{"press", "call", "hold", "view", "note", "state", "states", "support", "offer", "include", "take",
		"open", "exchange", "exchanges", "visit", "visits", "lead", "protest", "demand", "pledge", "concern", "object", "objects", "opening", "hope",
		"start", "starts", "launch", "sign", "signs", "show", "shows",
		// "including with military doctors": a preposition here.
		"including"} {
		delete(m, w)
	}
	return m
}

// inflect returns the forms of a regular English verb: stress, stresses,
// stressed, stressing.
// ingAdjectives end in -ing but describe a thing to come ("the
// forthcoming visit").
var ingAdjectives = set("forthcoming", "upcoming", "coming", "ongoing", "following", "interesting", "exciting")

// isObjectPronoun reports a pronoun that names others as the doers of
// what follows ("to them deciding").
func isObjectPronoun(w string) bool {
	return w == "them" || w == "him" || w == "her" || w == "you"
}

func inflect(v string) []string {
	out := []string{v, v + "s", v + "es", v + "ed", v + "d", v + "ing"}
	if strings.HasSuffix(v, "e") {
		out = append(out, v[:len(v)-1]+"ing")
	}
	if strings.HasSuffix(v, "y") {
		out = append(out, v[:len(v)-1]+"ied", v[:len(v)-1]+"ies")
	}
	if n := len(v); n >= 3 && strings.ContainsRune("tpgr", rune(v[n-1])) && strings.ContainsRune("aeiou", rune(v[n-2])) && !strings.ContainsRune("aeiou", rune(v[n-3])) {
		out = append(out, v+string(v[n-1])+"ed", v+string(v[n-1])+"ing")
	}
	return out
}

// plannedMeetingVerbs after "will" tell of a meeting planned rather than an
// undertaking.
var plannedMeetingVerbs = set("meet", "meeting", "discuss", "discussing", "talk", "talking", "start", "starting",
	"begin", "beginning", "hold", "holding", "visit", "visiting",
	// "In the meetings, Vice Minister Lim will exchange views on …":
	// what the meeting will cover, as "will discuss" is.
	"exchange", "exchanging")

// sayingWishes after "I want to" are ways of saying, not intentions.
var sayingWishes = set("thank", "congratulate", "wish", "welcome", "again", "express", "emphasise", "emphasize", "insist",
	"reiterate", "stress", "underline", "highlight", "say", "recall", "note", "begin", "start", "pay", "extend",
	"introduce", "present", "convey")

// courtesyAfter reports a courtesy among the eight words from token i
// ("… his good wishes", "… our greetings", "… condolences").
func courtesyAfter(toks []token, i int) bool {
	for j := i; j < len(toks) && j < i+8; j++ {
		switch toks[j].lower {
		case "wishes", "greetings", "regards", "condolences", "congratulations", "gratitude", "thanks", "sympathy", "sympathies", "felicitations":
			return true
		}
	}
	return false
}

// wishAdverbs may stand between "would like to" and the courtesy it
// brings ("would like to also welcome", "would like to once more thank").
var wishAdverbs = set("also", "again", "first", "now", "just", "warmly", "sincerely", "personally", "formally", "once", "too")

// talksAhead after "look forward to a …" are talks the holder will take
// part in ("a productive conversation with you", "constructive
// conversations"), which make the looking forward an undertaking.
var talksAhead = set("conversation", "conversations", "talks", "discussion", "discussions", "meeting", "meetings",
	"dialogue", "exchange", "exchanges", "cooperation", "work", "collaboration", "partnership",
	// a commission's sitting the holder co-chairs ("I am looking forward
	// to the ministerial segment of … our Bi-National Commission";
	// batch "late 20")
	"segment", "deliberations")

// readyWords after "would be" make an undertaking ("would be happy to
// work with …", "would be energetic in reaching out").
var readyWords = set("happy", "ready", "willing", "glad", "pleased", "prepared", "energetic", "able", "open")

// actorBefore reports a pronoun, a name or a side right before token i
// ("we would", "India would", "the U.S. side would"), the subject of a
// reported "would".
func actorBefore(toks []token, i int) bool {
	p := toks[i-1]
	if !p.isWord() {
		return false
	}
	switch p.lower {
	case "we", "he", "she", "they", "i", "side", "government", "country", "union":
		return true
	}
	return isCapitalized(p.text) && i > 1
}

// reportedBefore reports "that" or a verb of saying at most two words
// before the subject at token j ("said that India would", "the Prime
// Minister said he would"): the "would" is reported speech, not a
// conditional ("… aid to Russia would prolong the war").
func reportedBefore(toks []token, j int) bool {
	// "informed the Secretary-General that Prime Minister Sheikh Hasina
	// would …": the subject may be a title and a name.
	if k := titledName(toks, j); k >= 0 {
		j = k
	}
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		if toks[k].lower == "that" || speechVerbs[toks[k].lower] {
			return true
		}
	}
	return false
}

// thingBefore reports a common noun right before "will" at token i,
// which foresees ("the benefits will", "history will") rather than
// undertakes.
func thingBefore(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && willAdverbs[toks[j].lower] {
		j--
	}
	if j < 0 || !toks[j].isWord() {
		return false
	}
	w := toks[j].lower
	if w == "it" && (j == 0 || toks[j-1].lower != "that") && !negatedAfter(toks, i) {
		// "It will strengthen Canada's role", "we hope it will produce
		// concrete results": what a thing just named will do, no one's
		// undertaking ("This will …" at the head of a sentence is
		// kind_whose.go's).
		return true
	}
	if head, ok := clauseHead(toks, i); ok {
		// "Today's substantive dialogue with India will …", "Keeping
		// the global trading system open will …": the subject's head
		// decides, not the word before "will".
		return !head
	}
	if isCapitalized(toks[j].text) || agentNouns[w] || firstPerson[w] {
		return false
	}
	if w == "sides" || w == "ministers" {
		return false // a plural that names people, not things
	}
	return strings.HasSuffix(w, "s") || thingNouns[w]
}

// clauseHead finds the head of the subject of "will" at token i when the
// clause opens with an article, a possessive or a gerund: it reports
// whether the head can act (a name, a side, people), and whether it
// found one.
func clauseHead(toks []token, i int) (actor bool, ok bool) {
	start := i - 1
	for start > 0 && toks[start-1].punct != ',' && toks[start-1].lower != "that" && toks[start-1].punct != ';' {
		start--
	}
	if start >= i-1 {
		return false, false
	}
	first := toks[start]
	if strings.HasSuffix(first.lower, "ing") && !isCapitalized(first.text) || first.lower == "keeping" {
		return false, true // a gerund: "Keeping the system open will …"
	}
	if !(first.possessive || heldThingOpeners[first.lower] || first.lower == "the" || first.lower == "this" || first.lower == "these" || first.lower == "any" ||
		first.lower == "every" || first.lower == "such") {
		return false, false
	}
	for j := start + 1; j < i; j++ {
		t := toks[j]
		if !t.isWord() || adjectival(t.lower) || strings.HasSuffix(t.lower, "ly") || t.lower == "two" || t.lower == "both" {
			continue
		}
		return isCapitalized(t.text) || agentNouns[t.lower] || t.lower == "side" || t.lower == "sides" ||
			t.lower == "government" || t.lower == "union" || roleHeads[t.lower], true
	}
	return false, false
}

// beenBefore reports "has been" or "have been" before the participle at
// i, "already" or another adverb allowed between.
func beenBefore(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].lower == "already" || strings.HasSuffix(toks[j].lower, "ly")) {
		j--
	}
	return j >= 1 && toks[j].lower == "been" && (toks[j-1].lower == "has" || toks[j-1].lower == "have")
}

// ownProgressive reports "we are" or "we're" before the word at i,
// "also" or an adverb allowed between ("We are also going to …").
func ownProgressive(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && (toks[j].lower == "also" || strings.HasSuffix(toks[j].lower, "ly")) {
		j--
	}
	if j < 0 {
		return false
	}
	switch toks[j].lower {
	case "we're", "we’re":
		return true
	case "are":
		return j > 0 && toks[j-1].lower == "we"
	}
	// "I'm going to leave it there": a speaker's "I'm going to" more
	// often steers the talk than undertakes.
	return false
}

// negatedAfter reports "not" or "never" right after "will" at token i:
// "… and it will never seek hegemony" is a side's pledge, whatever its
// subject.
func negatedAfter(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i+1].lower == "not" || toks[i+1].lower == "never")
}

// thingNouns are what a forecast is about ("history will give its
// verdict").
var thingNouns = set("history", "cooperation", "relationship", "trade", "situation", "world", "future", "economy", "growth",
	"development", "dialogue", "peace", "summit", "meeting", "visit", "agreement", "process", "initiative", "idea")

// toWithin reports "to" among the n words from token i on ("We want
// our cooperation Agenda 2025 to be …": wanting something to happen is
// the speaker's aim, not a demand).
func toWithin(toks []token, i, n int) bool {
	for j := i; j < len(toks) && j < i+n; j++ {
		if toks[j].lower == "to" {
			return true
		}
	}
	return false
}

// feelingLinks stand before an adjective of feeling that states a view
// ("I'm pleased", "we are very glad").
var feelingLinks = set("am", "is", "are", "was", "were", "be", "been", "i'm", "i’m", "we're", "we’re", "very", "so",
	"really", "extremely", "most", "particularly", "truly", "deeply")

// agendaMoves after "let me" order the remarks ("Let me focus on …").
var agendaMoves = set("focus", "start", "begin", "cite", "turn", "go", "list", "summarise", "summarize", "come", "move", "touch")

// concernDegrees may stand between "a matter of" and "concern".
var concernDegrees = set("serious", "grave", "deep", "great", "particular", "real", "growing", "utmost", "major")

// linkedBefore reports a copula at most four words before token i
// ("are illegal", "is yet again a cowardly attack", "this is a blatant
// violation"), with no clause boundary between.
func linkedBefore(toks []token, i int) bool {
	for j, words := i-1, 0; j >= 0 && words < 5; j-- {
		t := toks[j]
		if !t.isWord() {
			if t.punct == ',' || t.punct == ';' || t.punct == '.' {
				return false
			}
			continue
		}
		words++
		switch t.lower {
		case "is", "are", "was", "were", "be", "been", "remains", "remain", "it's", "it’s", "that's", "that’s":
			return true
		case "that", "which", "who", "not":
			return false
		}
	}
	return false
}

// foreseen are the verbs after "will" that foresee rather than undertake.
var foreseen = set("be", "become", "witness", "see", "face", "remain", "mark", "prove", "usher", "enter", "mean", "have",
	"end", "lose", "suffer", "benefit", "gain", "fail", "happen", "last", "come", "lead", "result", "know", "find")

// willAdverbs may stand between "will" and its verb.
var willAdverbs = set("only", "also", "certainly", "surely", "definitely", "never", "always", "further", "then", "soon",
	"still", "not", "inevitably", "eventually", "likely", "both", "all", "each", "once", "again")

// clauseOpeners open a clause whose "will" is said of what is asked or
// described, not undertaken ("how we will work together", "what we will
// do", "whether it will …").
var clauseOpeners = set("how", "what", "whether", "when", "if", "where", "which")

// findCues lists the cues of a sentence in order.
func findCues(toks []token, sentence []rune) []cue {
	var out []cue
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.isWord() {
			continue
		}
		if c, ok := phraseCue(toks, i); ok {
			out = append(out, c)
			i = c.end - 1
			continue
		}
		if v, ok := verbForms[t.lower]; ok && !ingNoun(toks, i) && !afterArticle(toks, i) && !(t.lower == "focus" && !verbBefore(toks, i)) && !(byPassive(toks, i) && v.kind != storage.KindAccount) &&
			!feltEd(toks, i) && !sharedAdjective(toks, i) && !invitedGuest(toks, i) && !pressingAdjective(toks, i) &&
			!(v.kind == storage.KindAccount && meetingSenseless(toks, i)) {
			out = append(out, cue{kind: v.kind, weak: v.weak, word: t.text, at: i, end: i + 1})
			continue
		}
		if heldView(toks, i) {
			// "China holds that …": a view stated (kind_meeting_sense.go).
			out = append(out, cue{kind: storage.KindPosition, weak: true, word: t.text, at: i, end: i + 1})
			continue
		}
		if t.lower == "note" && i > 0 && (toks[i-1].lower == "we" || toks[i-1].lower == "i" || toks[i-1].lower == "they") {
			// "We note that our ties have broadened": the verb, not the
			// noun ("a note").
			out = append(out, cue{kind: storage.KindPosition, weak: true, word: t.text, at: i, end: i + 1})
			continue
		}
		if k, ok := nounCues[t.lower]; ok && !phoneCall(toks, i) {
			out = append(out, cue{kind: k, noun: true, word: t.text, at: i, end: i + 1})
		}
	}
	if hasCJKRunes(sentence) {
		out = append(out, findCJKCues(toks, sentence)...)
	}
	return out
}

// sharedAdjective reports "shared" after a preposition: "a history of
// shared resolve", "on shared values" describe, no one shares anything.
func sharedAdjective(toks []token, i int) bool {
	return toks[i].lower == "shared" && i > 0 && prepositions[toks[i-1].lower]
}

// ingNoun reports an -ing form that is a noun: after an article, a
// possessive word or a possessive ("Today's meeting represents …", "our
// meeting", "the signing"), it names an event, it does not tell one.
func ingNoun(toks []token, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].lower, "ing") {
		return false
	}
	// "a very important and fruitful meeting", "EU-China leaders'
	// meeting": adjectives may stand between.
	for j, words := i-1, 0; j >= 0 && words < 5; j-- {
		p := toks[j]
		if !p.isWord() {
			if p.punct == '-' || p.punct == ',' {
				continue
			}
			return false
		}
		words++
		if p.possessive || strings.HasSuffix(p.text, "'") || strings.HasSuffix(p.text, "’") ||
			determiners[p.lower] && p.lower != "that" && p.lower != "all" && p.lower != "both" {
			return true
		}
		// "and" may join two of them, not stand right before the noun.
		if !adjectival(p.lower) && !strings.HasSuffix(p.lower, "ly") && (j == i-1 || p.lower != "and") {
			return false
		}
	}
	return false
}

// feltEd reports a participle after a linking verb that tells a feeling
// ("he was encouraged that …", "we are encouraged by …"): no one is
// urged.
func feltEd(toks []token, i int) bool {
	return i > 0 && toks[i].lower == "encouraged" && feelingLinks[toks[i-1].lower]
}

// phoneCall reports "call" as a telephone call ("received a call from
// President Trump", "a call with"), no call for anything.
func phoneCall(toks []token, i int) bool {
	if toks[i].lower != "call" && toks[i].lower != "calls" {
		return false
	}
	if i+1 >= len(toks) {
		return callHad(toks, i)
	}
	n := toks[i+1].lower
	return n == "from" || n == "with" || n == "between" || phoneCallTo(toks, i) || callHad(toks, i)
}

// ourDoing reports, in the clause after "hope" (from token i), "we" or
// "us" doing the next step, or both sides: "that we can …", "that this
// meeting will allow us to …", "that both sides will …".
func ourDoing(toks []token, i int) bool {
	if i < len(toks) && toks[i].lower == "that" {
		i++
	}
	for j := i; j < len(toks) && j < i+8; j++ {
		switch w := toks[j].lower; {
		case !toks[j].isWord():
			return false
		case w == "we" || w == "us" || w == "both" && j+1 < len(toks) && (toks[j+1].lower == "sides" || toks[j+1].lower == "countries"):
			return true
		case w == "two" && j+1 < len(toks) && (toks[j+1].lower == "sides" || toks[j+1].lower == "countries"):
			return true
		}
	}
	return false
}

// ownToo reports "and to <doing>" after a thing looked forward to (from
// token i): the holder's own doing joins what others will do.
func ownToo(toks []token, i int) bool {
	for j := i; j+2 < len(toks); j++ {
		if toks[j].lower == "and" && toks[j+1].lower == "to" {
			v := toks[j+2].lower
			return strings.HasSuffix(v, "ing") && !ingAdjectives[v] && !isObjectPronoun(v)
		}
	}
	return false
}

// perfectParticiples are participles of a state or a change of state
// after "have" ("have become", "has grown"): a perfect tense that tells
// how things are, no meeting had ("have established the Liaison Meeting"
// still tells what was done).
var perfectParticiples = set("become", "been", "grown", "remained", "shown", "seen", "improved", "deepened",
	"developed", "expanded", "broadened", "matured")

// wrongDeeds are what "the wrong …" judges.
var wrongDeeds = set("thing", "decision", "step", "approach", "move", "choice", "way", "course", "policy")

// rejecting are the verbs a negation turns into a rejection.
var rejecting = set("accept", "tolerate", "recognise", "recognize", "condone")

// negatedBefore reports a negation at most two words before token i
// ("will not accept", "never accepts", "cannot tolerate", "does not
// recognise", "won't accept").
func negatedBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := toks[j].lower; {
		case w == "not" || w == "never" || w == "cannot" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t"):
			return true
		case !toks[j].isWord() || w == "that" || w == "and":
			return false
		}
	}
	return false
}

// callsNoun reports a word before "calls for" that makes it a noun
// (an article, a possessive, an adjective, a verb's -ing or -ed form).
func callsNoun(p token) bool {
	return p.possessive || determiners[p.lower] || adjectival(p.lower) || strings.HasSuffix(p.lower, "ing") ||
		strings.HasSuffix(p.lower, "ed")
}

// afterArticle reports a word after an article or a possessive pronoun
// ("its promises", "the talks", "a pledge"): a noun, whatever verb it
// looks like.
func afterArticle(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	switch toks[i-1].lower {
	case "the", "a", "an", "its", "their", "his", "her", "our", "my", "your":
		return true
	}
	return false
}

// byPassive reports a participle followed by "by" ("Kerry, invited by
// Wang, is paying a visit"): what someone else did to the subject.
func byPassive(toks []token, i int) bool {
	return strings.HasSuffix(toks[i].lower, "ed") && i+1 < len(toks) && toks[i+1].lower == "by"
}

// adjectival reports a word that reads as an adjective before a noun
// ("important", "fruitful", "annual", "first").
func adjectival(w string) bool {
	if adjectives[w] {
		return true
	}
	for _, suf := range []string{"ful", "ive", "al", "ant", "ent", "ic", "ous", "able", "ible", "ary", "est"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var adjectives = set("very", "good", "great", "long", "first", "second", "third", "last", "next", "new", "high-level", "annual",
	"frank", "candid", "warm", "productive", "short", "brief", "joint", "bilateral", "virtual", "recent", "today's")

// verbBefore reports a word before token i that makes it a verb: "to",
// a modal, a pronoun subject or "and" ("we will focus on", "let me
// focus", "to focus on"), where "our initial focus" is a noun.
func verbBefore(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].lower {
	case "to", "we", "i", "they", "will", "should", "must", "can", "me", "and", "also", "shall", "would", "could":
		return true
	}
	return false
}

// phraseCue recognises cues of several words: "raised concerns",
// "expressed deep concern", "called on", "pointed out", "put forward",
// "will", "is ready to", "took place".
func phraseCue(toks []token, i int) (cue, bool) {
	w := toks[i].lower
	next := func(n int) string {
		if i+n < len(toks) && toks[i+n].isWord() {
			return toks[i+n].lower
		}
		return ""
	}
	mk := func(k storage.Kind, n int) (cue, bool) {
		return cue{kind: k, word: toks[i].text, at: i, end: i + n}, true
	}
	switch w {
	case "show", "shows", "showed", "shown", "demonstrate", "demonstrates", "demonstrated", "prove", "proves", "proved":
		// "These threats — and this war — show that deeper cooperation
		// … is a vital necessity", "It once again shows that never ever
		// will China give up on its citizens": what a fact shows is the
		// speaker's reading of it, a view, whatever the clause after
		// "that" tells or undertakes.
		if next(1) == "that" && i > 0 && toks[i-1].lower != "to" && !determiners[toks[i-1].lower] {
			return cue{kind: storage.KindPosition, word: toks[i].text + " that", at: i, end: i + 2}, true
		}
	case "committed", "pledged", "allocated", "earmarked", "disbursed":
		// "Nearly €150 billion in investment has been committed under
		// the Global Gateway strategy": money set aside, told; "we are
		// committed to …" is the side's undertaking.
		if beenBefore(toks, i) {
			return mk(storage.KindAccount, 1)
		}
	case "raised", "raises", "raise", "raising", "expressed", "expresses", "express", "expressing", "voiced", "shared",
		"conveyed", "conveys", "convey", "conveying", "confirmed", "confirms", "stated", "indicated", "indicates",
		"reaffirmed", "reaffirms", "reaffirm", "reconfirmed", "reconfirms", "reconfirm", "renewed", "renews", "renew", "reiterated", "reiterates", "reiterate":
		if sharedTalk(w, next(1), next(2)) {
			// "They shared views on the situations in Ukraine": they
			// talked (kind_vocab.go).
			return mk(storage.KindAccount, 2)
		}
		for n := 1; n <= 5 && next(n) != "" || n <= 7 && describedNoun(toks, i+1, i+n); n++ {
			switch next(n) {
			case "hope", "wish":
				if next(n) == "wish" && next(n+1) == "to" {
					// "expressed his wish to further develop the
					// bilateral relationship": his own side's wish to
					// act, as "desire to", an undertaking; "his wish
					// for the Prime Minister to visit" stays a demand.
					return mk(storage.KindCommitment, n+1)
				}
				return mk(storage.KindDemand, n+1)
			case "intention", "readiness", "willingness", "determination", "resolve", "interest":
				// "expressed his intention to invest", "conveyed his
				// intention to continue", "expressed interest in going
				// to China": a commitment; so is "reaffirmed their
				// determination to further enhance …", "renew our
				// determination to deepen …".
				if strings.HasPrefix(w, "express") || strings.HasPrefix(w, "convey") || strings.HasPrefix(w, "confirm") ||
					strings.HasPrefix(w, "stat") || strings.HasPrefix(w, "indicat") {
					return mk(storage.KindCommitment, n+1)
				}
				if v := next(n); (v == "determination" || v == "resolve" || undertakenAgain[v]) && strings.HasPrefix(w, "re") && ownPossessive[next(n-1)] {
					return cue{kind: storage.KindCommitment, word: toks[i].text + " … " + v, at: i, end: i + n + 1}, true
				}
			case "concern", "concerns", "worries", "alarm", "regret":
				// "expressed his regret at the failure of …" deplores.
				return mk(storage.KindConcern, n+1)
			case "cases", "case", "issue", "issues", "situation", "question", "questions", "matter", "matters",
				"problem", "problems", "plight", "treatment", "detention":
				if strings.HasPrefix(w, "rais") {
					return mk(storage.KindConcern, n+1)
				}
			case "opposition", "objection", "objections", "dissatisfaction", "condemnation", "rejection":
				// "I want to reiterate the EU's strong condemnation of …"
				return mk(storage.KindObjection, n+1)
			}
		}
	case "had", "has", "have", "having":
		// "Such conduct has no place in political life": a rejection.
		if w != "having" && next(1) == "no" && next(2) == "place" && next(3) == "in" {
			return mk(storage.KindObjection, 4)
		}
		// "We had a good and constructive discussion", "We had so far a
		// very intense, productive and positive meeting", "I've just had
		// my first meeting with …": an account of the meeting.
		for j, words := i+1, 0; j < len(toks) && words < 9; j++ {
			if !toks[j].isWord() {
				if toks[j].punct != ',' && toks[j].punct != '–' && toks[j].punct != '—' && toks[j].punct != '-' {
					break
				}
				continue
			}
			words++
			if perfectParticiples[toks[j].lower] {
				// "exchanges … have become increasingly active, and
				// bilateral relations …": a perfect tense, no meeting had.
				break
			}
			switch toks[j].lower {
			case "discussion", "discussions", "meeting", "meetings", "talk", "talks", "conversation", "exchange",
				"exchanges", "bilateral", "session", "call", "dialogue", "lunch", "dinner":
				return mk(storage.KindAccount, j-i+1)
			case "to":
				// "I have just had the honour to meet with …", "we had the
				// opportunity to underline …": the verb after "to" is what
				// was done.
				if prev := toks[j-1].lower; (prev == "honor" || prev == "honour" || prev == "pleasure" || prev == "opportunity" ||
					prev == "occasion" || prev == "privilege" || prev == "chance") && j+1 < len(toks) {
					if v, ok := verbForms[toks[j+1].lower]; ok {
						return cue{kind: v.kind, weak: v.weak, word: toks[i].text + " … " + toks[j+1].text, at: i, end: j + 2}, true
					}
				}
				words = 9
			case "of":
				// "I've just had the privilege of holding the 6th
				// Australia-China Foreign and Strategic Dialogue"
				if prev := toks[j-1].lower; (prev == "honor" || prev == "honour" || prev == "pleasure" || prev == "privilege") &&
					j+1 < len(toks) && strings.HasSuffix(toks[j+1].lower, "ing") {
					if v, ok := verbForms[toks[j+1].lower]; ok {
						return cue{kind: v.kind, weak: v.weak, word: toks[i].text + " … " + toks[j+1].text, at: i, end: j + 2}, true
					}
				}
				words = 9
			case "that", "been", "not", "which", "who":
				words = 9
			}
		}
	case "briefed", "briefs", "brief", "briefing":
		// "Wang briefed Kerry on the historical context, facts and
		// China's stand": a position presented, not a meeting.
		for j := i + 1; j < len(toks) && j <= i+12; j++ {
			switch toks[j].lower {
			case "stand", "stance", "position", "positions", "views", "view", "policy", "policies", "principles":
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 1}, true
			}
			if toks[j].punct == '.' || toks[j].punct == ';' {
				break
			}
		}
	case "reflected", "reflects", "reflect", "reflecting":
		// "The two leaders reflected on the anniversary": they looked
		// back together; "reflected that …" states a view.
		if next(1) == "on" || next(1) == "upon" {
			return mk(storage.KindAccount, 2)
		}
	case "offered", "offers", "offer", "offering":
		// "offered positive comments on …": a view, not an offer.
		for n := 1; n <= 2; n++ {
			switch next(n) {
			case "comments", "views", "congratulations", "condolences", "thanks", "assessment", "remarks",
				"opportunities", "opportunity", "chance", "chances", "prospects", "potential", "possibilities", "concrete":
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + n + 1}, true
			}
		}
	case "called", "calls", "call", "calling":
		switch next(1) {
		case "on", "upon", "for":
			if (w == "calls" || w == "call") && i > 0 && callsNoun(toks[i-1]) {
				// "remarks of dismissing calls for independence": a noun.
				break
			}
			if courtesyCall(toks, i) {
				// "Dr Balakrishnan called on Malaysian Prime Minister
				// Anwar": a visit paid (kind_vocab.go).
				return mk(storage.KindAccount, 2)
			}
			return mk(storage.KindDemand, 2)
		}
		// "Chancellor Merkel called the Prime Minister earlier today",
		// "David Cameron called Chancellor Merkel": a telephone call.
		n := 1
		if next(1) == "the" || next(1) == "his" || next(1) == "her" {
			n = 2
		}
		if w != "call" && (roleHeads[next(n)] || next(n) == "prime" && roleHeads[next(n+1)]) {
			return mk(storage.KindAccount, 1)
		}
	case "put", "puts":
		if next(1) == "forward" {
			return mk(storage.KindProposal, 2)
		}
	case "set", "sets", "setting":
		// "the President set out his thinking on …", "with the Prime
		// Minister setting out how …": a position presented.
		if next(1) == "out" && (i == 0 || !gerundPrepositions[toks[i-1].lower]) {
			return cue{kind: storage.KindPosition, weak: true, word: toks[i].text + " out", at: i, end: i + 2}, true
		}
		if toks[i].lower == "set" && next(1) == "to" && i > 0 && (toks[i-1].lower == "is" || toks[i-1].lower == "are") && i+2 < len(toks) && !determiners[next(2)] {
			// "Next week, President … is set to attend the Summit": what
			// the holder is to do, as "is ready to" (batch "late 20").
			return mk(storage.KindCommitment, 2)
		}
	case "took", "takes", "take":
		if next(1) == "place" {
			return mk(storage.KindAccount, 2)
		}
	case "exchange", "exchanges":
		// "a frank exchange of views": a noun, not the verb "views".
		if next(1) == "of" && next(2) == "views" {
			return mk(storage.KindAccount, 3)
		}
	case "look", "looks", "looked", "looking":
		// "The Ministers look forward to convening the next meeting":
		// they mean to act. "He looked forward to the State Visit":
		// he welcomes what others will do, a view.
		if next(1) == "forward" && next(2) == "in" && next(3) == "particular" && next(4) == "to" {
			// "I look forward in particular to working together with …"
			return mk(storage.KindCommitment, 5)
		}
		if next(1) == "forward" && next(2) == "to" {
			// "I look forward to a productive conversation with you",
			// "… to constructive conversations over the next two days":
			// talks the holder will take part in, an undertaking; "He
			// looked forward to the State Visit of Their Majesties",
			// "… to more such opportunities": what others will do or
			// what may come, welcomed, a view.
			if v := next(3); (isObjectPronoun(v) || i+3 < len(toks) && isCapitalized(toks[i+3].text)) && strings.HasSuffix(next(4), "ing") {
				// "I look forward to them deciding …": what others do.
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 3}, true
			}
			_, isVerb := verbForms[next(3)]
			if v := next(3); v != "" && (!strings.HasSuffix(v, "ing") || ingAdjectives[v]) && !willAdverbs[v] && !isVerb && !plannedMeetingVerbs[v] && v != "come" && v != "work" {
				// "… to forthcoming visit of the King": a thing to come.
				n0 := 3
				if determiners[v] || v == "your" || v == "more" || v == "my" || v == "our" {
					// "I'm really looking forward to my discussions with
					// my friend Dr Jaishankar today" too.
					n0 = 4
				}
				for n := n0; n <= 7 && next(n) != ""; n++ {
					if talksAhead[next(n)] {
						return mk(storage.KindCommitment, 3)
					}
					if !adjectival(next(n)) && !strings.HasSuffix(next(n), "ly") && next(n) != "and" {
						break
					}
				}
				if ownToo(toks, i+4) {
					// "Both leaders looked forward to the formation of
					// a new German government and to continuing to
					// work closely together": their own work too.
					return mk(storage.KindCommitment, 3)
				}
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 3}, true
			}
			// "I look forward to having candid discussions", "… to once
			// again exchanging opinions", "… to welcoming Chancellor
			// Merkel", "… to working with": what the holder means to do.
			return mk(storage.KindCommitment, 3)
		}
	case "hope", "hopes", "hoped", "hoping":
		// "The U.S. side hopes to work with China": what the holder
		// means to do. "hopes that …", "hopes the EU will …" ask it of
		// someone else.
		if next(1) == "to" && !determiners[next(2)] {
			if sayingWishes[next(2)] || speechVerbs[next(2)] {
				// "I hope to introduce the topics …": a way of saying.
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 2}, true
			}
			return mk(storage.KindCommitment, 2)
		}
		// "I hope that …" (the noun "hope" is no cue).
		if w == "hope" && i > 0 && (toks[i-1].lower == "i" || toks[i-1].lower == "we" ||
			i > 1 && strings.HasSuffix(toks[i-1].lower, "ly") && (toks[i-2].lower == "i" || toks[i-2].lower == "we")) {
			if ourDoing(toks, i+1) {
				// "I hope that today's meeting will allow us to give
				// stronger guidance …": a step for both sides, not
				// something asked of the other.
				return mk(storage.KindProposal, 1)
			}
			return mk(storage.KindDemand, 1)
		}
	case "agreed", "agrees", "agree":
		// "The United States agreed to work with China": one side's
		// undertaking, both sides' agreement when both agreed (kind).
		if next(1) == "to" && next(2) != "" && !determiners[next(2)] {
			return cue{kind: storage.KindAgreement, word: toks[i].text + " to", at: i, end: i + 2}, true
		}
	case "went", "goes", "go", "going":
		// "Prime Minister Kishida went on to state that …"
		if next(1) == "on" && next(2) == "to" {
			switch next(3) {
			case "state", "say", "stress", "note", "express", "explain", "emphasise", "emphasize", "add", "underline":
				return cue{kind: storage.KindPosition, weak: true, word: toks[i+3].text, at: i, end: i + 4}, true
			}
		}
		if w != "going" {
			break
		}
		// "We are going to nominate a Special Envoy", "We are also going
		// to make it a point that …": the speaker's side's "will".
		if next(1) == "to" && ownProgressive(toks, i) {
			n := 2
			for willAdverbs[next(n)] {
				n++
			}
			if v := next(n); v != "" && v != "be" && !foreseen[v] && !plannedMeetingVerbs[v] && !talkVerbs[v] {
				return cue{kind: storage.KindCommitment, word: toks[i].text + " to " + v, at: i, end: i + n + 1}, true
			}
		}
	case "made", "makes", "make", "paid", "pays", "pay", "paying":
		// "Wang made the remarks when meeting …": narration.
		if (next(1) == "the" || next(1) == "these" || next(1) == "his" || next(1) == "her") && next(2) == "remarks" {
			return mk(storage.KindAccount, 3)
		}
		// "Chinese President Xi Jinping made a state visit to Britain",
		// "paid an official visit to …"
		for n := 1; n <= 4 && next(n) != ""; n++ {
			if next(n) == "visit" || next(n) == "visits" || next(n) == "trip" || (next(n) == "call" || next(n) == "contact") && madeCall(next(n-1), next(n+1)) {
				// "made a phone call today to President Xi", "made a
				// virtual call with …" too (kind_vocab.go).
				return mk(storage.KindAccount, n+1)
			}
			if !determiners[next(n)] && !adjectival(next(n)) && next(n) != "state" && next(n) != "working" && !callKinds[next(n)] {
				break
			}
		}
	case "spoke", "speaks", "speak", "speaking":
		// "spoke highly of", "spoke about the US Presidency of the G7":
		// what was said, not that they spoke.
		if next(1) == "highly" || next(1) == "about" || next(1) == "of" {
			return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 2}, true
		}
	case "i'll", "i’ll", "we'll", "we’ll":
		// "I'll certainly give it a red hot go": the speaker's "will".
		n := 1
		for willAdverbs[next(n)] {
			n++
		}
		if v := next(n); v != "" && !foreseen[v] && !plannedMeetingVerbs[v] {
			return mk(storage.KindCommitment, 1)
		}
	case "welcomed", "welcomes", "welcome":
		// "Premier Li also welcomed newly elected EU leaders to attend
		// the … leaders' meeting in China": an invitation.
		for j, words := i+1, 0; j+1 < len(toks) && words < 6; j++ {
			if !toks[j].isWord() {
				break
			}
			words++
			if toks[j].lower == "that" || toks[j].lower == "to" {
				// "welcomed Kosovo's readiness to invite the EU to
				// observe …": the infinitive is the readiness's, the
				// invitation Kosovo's (kind_boundary.go).
				break
			}
			if toks[j+1].lower == "to" && (agentNouns[toks[j].lower] || isCapitalized(toks[j].text)) && j+2 < len(toks) {
				if _, verb := verbForms[toks[j+2].lower]; verb || toks[j+2].lower == "attend" || toks[j+2].lower == "visit" || toks[j+2].lower == "join" {
					return cue{kind: storage.KindProposal, word: toks[i].text + " … to " + toks[j+2].text, at: i, end: i + 1}, true
				}
			}
		}
	case "will", "shall":
		// "will continue", "will work": an undertaking; not what is
		// foreseen ("will be", "the two sides will witness") nor "will"
		// inside a clause of how or what ("how we will work together").
		n := 1
		for willAdverbs[next(n)] {
			n++ // "will only end up", "will further strengthen"
		}
		if i > 0 && clauseOpeners[toks[i-1].lower] || i > 1 && clauseOpeners[toks[i-2].lower] && toks[i-1].isWord() {
			break
		}
		if k := asideAfter(toks, i+n); k > 0 {
			// "We will, along with other countries, continue to uphold
			// …": the verb comes after the aside (kind_vocab.go).
			n = k - i
			for willAdverbs[next(n)] {
				n++
			}
		}
		v := next(n)
		if foreseen[v] && next(n+1) == "and" && next(n+2) != "" && !foreseen[next(n+2)] && i > 0 && (toks[i-1].lower == "we" || toks[i-1].lower == "i") {
			// "We will face and overcome together the twin threats":
			// the second verb says what the speaker's side will do.
			v = next(n + 2)
		}
		if rejecting[v] && negatedBefore(toks, i+n) {
			// "China will never accept …", "We will not allow anyone to
			// …": the rejection decides, not the "will".
			break
		}
		if relativeWill(toks, i) {
			// "the upcoming steps that will take place" (kind_boundary.go)
			break
		}
		if i > 0 && thingBefore(toks, i) {
			// "the benefits will flow to all countries", "facts will
			// …", "relations will improve": what will happen, no one's
			// undertaking.
			break
		}
		if v == "continue" && next(n+1) == "to" && (foreseen[next(n+2)] || next(n+2) == "remain") {
			break // "… will continue to be a hot topic"
		}
		if v == "be" && strings.HasSuffix(next(n+1), "ing") && i > 0 && (toks[i-1].lower == "we" || toks[i-1].lower == "i") {
			n, v = n+1, next(n+1) // "We will be signing …"
		}
		if v == "remain" && i > 0 && (toks[i-1].lower == "we" || toks[i-1].lower == "i") {
			// "We will also remain vigilant": the speaker's undertaking,
			// where "the situation will remain tense" foresees.
			return mk(storage.KindCommitment, 1)
		}
		if plannedMeetingVerbs[v] && undertakenMeeting(toks, i, v) {
			// "I will visit Solomon Islands", "The President will meet
			// with his peers", "will also hold the 2nd High-Level
			// Dialogue": a visit or an event the holder makes
			// (kind_boundary.go).
			return mk(storage.KindCommitment, 1)
		}
		if v == "focus" && next(n+1) == "on" && i > 0 && !firstPerson[toks[i-1].lower] {
			// "Tonight, the Ministers will focus on the situation in the
			// Middle East": what a meeting will discuss, an account; "we
			// will focus on …" may undertake.
			return cue{kind: storage.KindAccount, word: toks[i].text + " " + v + " on", at: i, end: i + n + 2}, true
		}
		if plannedMeetingVerbs[v] {
			// "we will meet again", "We will start with the Gulf",
			// "we will be discussing trade": what is planned to happen.
			return cue{kind: storage.KindAccount, word: toks[i].text + " " + v, at: i, end: i + n + 1}, true
		}
		if v != "" && !foreseen[v] {
			return mk(storage.KindCommitment, 1)
		}
	case "want", "wants", "wanted", "plan", "plans", "planned":
		// "We want to work much closer with Japan", "the EU plans to
		// share": what the holder means to do. "I want to reiterate …"
		// only says it again.
		if next(1) == "to" && next(2) != "" && !determiners[next(2)] {
			if speechVerbs[next(2)] || sayingWishes[next(2)] {
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 2}, true
			}
			if (w == "want" || w == "wants") && next(2) == "see" && i+3 < len(toks) && seenDoer(toks[i+3].text) {
				// "We want to see China stepping up to the plate": what
				// the speaker asks of another (kind_telling_lead.go).
				return mk(storage.KindDemand, 3)
			}
			return mk(storage.KindCommitment, 2)
		}
		// "We want more fairness", "we want a balanced relationship":
		// what the speaker asks of the other side.
		if (w == "want" || w == "wants") && i > 0 && (toks[i-1].lower == "we" || toks[i-1].lower == "i") && next(1) != "" && next(1) != "to" &&
			!toWithin(toks, i+1, 6) {
			return mk(storage.KindDemand, 1)
		}
	case "would":
		// "reiterated that we would continue to support …", "said that
		// India would be happy to work with …": a reported "will".
		if v := next(1); v != "" && v != "like" && i > 1 && actorBefore(toks, i) && reportedBefore(toks, i-1) {
			if !foreseen[v] && !willAdverbs[v] || v == "be" && readyWords[next(2)] {
				return mk(storage.KindCommitment, 1)
			}
		}
		// "stated that he would like to work together": an intention;
		// "I would like to express my gratitude", "… to present my
		// sincere condolences" only thanks or says.
		if next(1) == "like" && next(2) == "to" {
			v := next(3)
			if wishAdverbs[v] {
				// "I would like to also welcome the rest of your
				// delegation": the adverb before the courtesy.
				v = next(4)
			}
			if sayingWishes[v] || speechVerbs[v] {
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 3}, true
			}
			return mk(storage.KindCommitment, 3)
		}
	case "accept", "accepts", "tolerate", "tolerates", "recognise", "recognize", "recognises", "recognizes", "condone":
		// "the EU will not accept any unilateral change", "China never
		// accepts …", "we cannot tolerate …": a rejection.
		if negatedBefore(toks, i) {
			return mk(storage.KindObjection, 1)
		}
	case "scheduled":
		// "The G7 foreign ministers … is scheduled to convene on Sunday":
		// what is planned to happen.
		if i > 0 && (toks[i-1].lower == "is" || toks[i-1].lower == "are" || toks[i-1].lower == "was" || toks[i-1].lower == "were") {
			return mk(storage.KindAccount, 1)
		}
	case "engaged":
		// "the Prime Minister obviously engaged closely with other
		// leaders", "The two leaders then engaged in discussions": what
		// happened; "it is important that we engage in …" is no account.
		for n := 1; n <= 2; n++ {
			if next(n) == "in" || next(n) == "with" {
				return mk(storage.KindAccount, 1)
			}
		}
	case "pleased", "glad", "happy", "delighted", "honoured", "honored", "proud", "grateful":
		// "I'm pleased that we could speak …": how the speaker feels
		// about what happened, not the account of it; but "I am happy
		// that today we have agreed to …" tells what was agreed.
		if i > 0 && feelingLinks[toks[i-1].lower] {
			if next(1) == "that" {
				for j := i + 2; j < len(toks) && j <= i+6; j++ {
					if v, ok := verbForms[toks[j].lower]; ok && v.kind == storage.KindAgreement {
						return cue{kind: storage.KindAgreement, word: toks[i].text + " that … " + toks[j].text, at: i, end: j + 1}, true
					}
				}
			}
			return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 1}, true
		}
	case "let", "allow":
		// "Let me focus on the two main issues", "let me start with
		// it": the speaker orders the remarks, an account of the agenda.
		n := 2
		if strings.HasSuffix(next(2), "ly") || next(2) == "to" {
			n = 3 // "let me briefly turn to …", "Allow me to start with …"
		}
		if (next(1) == "me" || next(1) == "us" && w == "let") && agendaMoves[next(n)] && next(n+1) != "by" {
			// ("Let me start by extending a warm welcome": what the
			// speaker goes on to do decides; "Let us start with
			// competitiveness" orders the remarks as "let me" does)
			return cue{kind: storage.KindAccount, word: toks[i].text + " " + next(1) + " " + toks[i+n].text, at: i, end: i + n + 1}, true
		}
	case "matter", "source", "cause", "subject", "issue":
		// "… is a matter of serious concern": the speaker's concern.
		if next(1) == "of" && (next(2) == "concern" || concernDegrees[next(2)] && next(3) == "concern") {
			n := 3
			if next(2) != "concern" {
				n = 4
			}
			return mk(storage.KindConcern, n)
		}
	case "illegal", "unacceptable", "unjustified", "unjustifiable", "inadmissible", "reprehensible", "deplorable",
		"outrageous", "cowardly", "heinous", "despicable", "barbaric", "abhorrent", "violation", "violations":
		// "Such actions are illegal under international law", "this is
		// a blatant violation of international law", "This is yet again
		// a cowardly attack": what the speaker condemns.
		if linkedBefore(toks, i) {
			return mk(storage.KindObjection, 1)
		}
	case "wrong":
		// "We think this was the wrong thing to do", "it was wrong to
		// …": what the speaker rejects ("what is right and what is
		// wrong" is no judgement of a deed).
		if i > 1 && toks[i-1].lower == "the" && linkedBefore(toks, i-1) && wrongDeeds[next(1)] ||
			linkedBefore(toks, i) && next(1) == "to" {
			return mk(storage.KindObjection, 1)
		}
	case "ready", "willing", "determined", "prepared":
		// "the Coalition of the Willing to support …": a capital inside
		// the sentence makes the word a name's, no one's readiness.
		if next(1) == "to" && (i == 0 || !isCapitalized(toks[i].text)) {
			if i > 1 && (toks[i-1].lower == "are" || toks[i-1].lower == "is") && thirdParties(toks, i-1) != "" {
				// "the point where all parties are willing to …":
				// others' readiness, no undertaking of the holder's.
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 2}, true
			}
			if v := next(2); (v == "extend" || v == "convey" || v == "express" || v == "pass") && courtesyAfter(toks, i+3) {
				// "is willing to extend, through Xi, his good wishes to
				// the Chinese people": a courtesy, as "would like to
				// extend" is, no undertaking.
				return cue{kind: storage.KindPosition, weak: true, word: toks[i].text + " to " + toks[i+2].text, at: i, end: i + 3}, true
			}
			return mk(storage.KindCommitment, 2)
		}
	case "need":
		// "there is a burning need for …": a step called for.
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if toks[j].lower == "is" || toks[j].lower == "was" {
				if j > 0 && toks[j-1].lower == "there" {
					return mk(storage.KindProposal, 1)
				}
				break
			}
		}
	case "needed", "required":
		// "An immediate ceasefire was required to …", "progress is
		// needed in many areas": what someone must do.
		if i > 0 {
			switch toks[i-1].lower {
			case "is", "are", "was", "were", "be", "been", "urgently":
				return mk(storage.KindDemand, 1)
			}
		}
	case "important", "necessary", "essential", "crucial", "vital", "imperative":
		// "it is important that we engage in dialogue": a view of what
		// matters, which a following cue may make more.
		if i > 1 && toks[i-2].lower == "it" && (toks[i-1].lower == "is" || toks[i-1].lower == "was") {
			return cue{kind: storage.KindPosition, weak: true, word: toks[i].text, at: i, end: i + 1}, true
		}
	case "concerned", "worried", "alarmed":
		if toks[i].lower == "concerned" && concernedOfRelevance(toks, i) { // kind_briefing.go
			return cue{}, false
		}
		return mk(storage.KindConcern, 1)
	case "opposed":
		if next(1) == "to" {
			return mk(storage.KindObjection, 2)
		}
	}
	return cue{}, false
}
