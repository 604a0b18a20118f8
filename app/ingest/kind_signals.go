package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// Signals of kind that hold across publishers, for sentences whose kind
// no cue decided (the remarks' default "position", the narration's
// default "account"): a fragment goes on with the sentence before it, a
// past deed told in remarks is an account, pleasure at meeting someone
// tells of the meeting, and words inside a quotation are someone's view.

// kindMemory is what the kind signals remember of the sentences before.
type kindMemory struct {
	prevKind    storage.Kind // the last statement's kind ("" after a skipped line)
	prevParties string
	inQuote     bool // a quotation opened in this paragraph is still open
}

// kindSignals adjusts the kind of pr when no cue decided it; c and hasCue
// are the sentence's main cue. It runs after the discourse rules and
// before the lessons, which still override it.
func (st *state) kindSignals(pr *Proposal, toks []token, r []rune, subj []actor, c cue, hasCue bool) {
	quoted := st.quoted(r)
	defer func() {
		st.km.prevKind, st.km.prevParties = pr.Kind, strings.Join(pr.Parties, "+")
		if pr.Skip {
			st.km.prevKind = ""
		}
	}()
	if pr.Skip || hasCJKRunes(r) || len(toks) == 0 {
		return
	}
	if !defaultKind(pr) && !(hasCue && metAsMeasured(toks, c)) {
		return
	}
	set := func(k storage.Kind, why string) {
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
	switch {
	case fragment(toks) && st.km.prevKind != "" && st.km.prevParties == strings.Join(pr.Parties, "+") && !reasonFragment(toks):
		// "Today, we worked on how to spend better. Investing together,
		// more rationally. As a team.": no verb, it goes on with the
		// sentence before.
		set(st.km.prevKind, fmt.Sprintf("kind: %s, a phrase without a verb going on with the sentence before", st.km.prevKind))
	case pleasureToMeet(toks) != "":
		// "It was a pleasure to speak with Prime Minister Modi today",
		// "is honored to welcome Prime Minister Ardern": the meeting,
		// told with a courtesy.
		set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells of the meeting", pleasureToMeet(toks)))
	case pr.Kind == storage.KindPosition && briefingKind(pr, toks): // kind_briefing.go
	case pr.Kind == storage.KindPosition && rebuttal(toks) != "":
		// "As in the past, the report is deeply biased …": the speaker
		// rejects another side's claim.
		set(storage.KindObjection, fmt.Sprintf("kind: objection, '%s' judges what the speaker rejects", rebuttal(toks)))
	case pr.Kind == storage.KindPosition && st.km.prevKind == storage.KindObjection && !st.tr.lineStart &&
		st.km.prevParties == strings.Join(pr.Parties, "+") && goesOnRejecting(toks):
		// "We therefore reject it. … It seeks to question the need for
		// such measures.": what was rejected, taken apart further.
		set(storage.KindObjection, "kind: objection, goes on with what the sentence before rejected")
	case pr.Kind == storage.KindPosition && ableDeed(toks):
		set(storage.KindAccount, "kind: account, 'have been able to' tells what was achieved")
	case pr.Kind == storage.KindPosition && futureEvent(toks) != "":
		set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells of an event to come", futureEvent(toks)))
	case pastDeed(toks, subj) != "":
		// "Yesterday, 23 member states decided to spend more", "A few
		// weeks ago, I put a discussion on the agenda", "we made
		// decisions about …": what was done.
		set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells what was done", pastDeed(toks, subj)))
	case ownResolve(toks) != "":
		// "Together, we renew our determination to deepen
		// cooperation", "We are bound by solemn commitment to defend
		// one another": the speaker's side undertakes.
		set(storage.KindCommitment, fmt.Sprintf("kind: commitment, 'we … %s to'", ownResolve(toks)))
	case hasCue && metAsMeasured(toks, c) && pr.Kind == storage.KindAccount:
		set(storage.KindPosition, "kind: position, 'were … met' measures against a standard, no meeting")
	case pr.Kind == storage.KindAccount && (quoted && !narratedInQuote(toks, subj, c, hasCue) || evaluative(toks) != ""):
		// "Respect for human rights … are essential elements of the
		// democratic process", and the sentences of a spokesperson's
		// quoted statement: a view, not an event.
		why := "kind: position, in a quotation: what someone holds"
		if w := evaluative(toks); w != "" {
			why = fmt.Sprintf("kind: position, '%s' judges", w)
		}
		set(storage.KindPosition, why)
	}
}

// defaultKind reports whether pr's kind is the default of its reading:
// the remarks' position or the narration's account, decided by no word.
func defaultKind(pr *Proposal) bool {
	for i := len(pr.Reasons) - 1; i >= 0; i-- {
		why := pr.Reasons[i]
		k := strings.LastIndex(why, "kind: ")
		if k < 0 {
			continue
		}
		why = why[k:]
		return strings.HasSuffix(why, "part of the speaker's remarks") || strings.HasSuffix(why, "no reporting verb") ||
			strings.Contains(why, "the author speaks in the first person") || strings.HasSuffix(why, "from 'met'")
	}
	return false
}

// quoted tracks quotations across the sentences of a paragraph and
// reports whether the sentence r is inside one: it opens with a
// quotation mark, or one opened before it is still open.
func (st *state) quoted(r []rune) bool {
	if st.tr.lineStart {
		st.km.inQuote = false
	}
	in := st.km.inQuote || startsQuote(r)
	open := st.km.inQuote
	for _, c := range r {
		switch c {
		case '"':
			open = !open
		case '“':
			open = true
		case '”':
			open = false
		}
	}
	st.km.inQuote = open
	return in
}

// metAsMeasured reports a main cue "met" in a passive ("These standards
// were not consistently met"): a standard reached, no meeting.
func metAsMeasured(toks []token, c cue) bool {
	if c.word != "met" {
		return false
	}
	for j := c.at - 1; j >= 0 && j >= c.at-3; j-- {
		switch toks[j].lower {
		case "was", "were", "been", "be", "is", "are":
			return true
		}
	}
	return false
}

// fragment reports a short phrase with no verb and no subject ("As a
// team.", "First, by working on European defence.").
func fragment(toks []token) bool {
	first := -1
	for i, t := range toks {
		if t.isWord() {
			first = i
			break
		}
	}
	if first < 0 {
		return false
	}
	f := toks[first].lower
	if !fragmentOpeners[f] && !strings.HasSuffix(f, "ing") && !strings.HasSuffix(f, "ly") &&
		!(f == "the" && first+1 < len(toks) && ordinals[toks[first+1].lower]) {
		// "That also means …", "Absolutely.": no phrase going on.
		return false
	}
	words := 0
	for _, t := range toks {
		if t.isWord() {
			words++
		}
	}
	if words < 3 || words > 12 {
		return false
	}
	return fragmentLike(toks)
}

// fragmentLike reports a sentence with no finite verb and no subject
// pronoun (what fragment checks after its opener).
func fragmentLike(toks []token) bool {
	for i, t := range toks {
		if !t.isWord() {
			continue
		}
		w := t.lower
		if finiteWords[w] || firstPerson[w] || w == "he" || w == "she" || w == "they" || w == "it" || w == "there" || w == "this" ||
			strings.HasSuffix(w, "ed") && i > 0 || strings.Contains(w, "'") && !t.possessive || strings.Contains(w, "’") && !t.possessive {
			return false
		}
		if _, verb := verbForms[w]; verb && !strings.HasSuffix(w, "ing") {
			return false
		}
	}
	return true
}

// fragmentOpeners open a phrase that goes on with the sentence before
// ("As a team.", "On top of climate change and global health.", "First,
// by working on European defence.", "How to reconcile free trade and fair
// trade.").
var fragmentOpeners = set("as", "on", "by", "with", "in", "for", "from", "through", "then", "also", "and", "or", "not",
	"how", "especially", "particularly", "including", "notably", "together", "first", "second", "third", "fourth",
	"finally", "both", "more", "less", "without", "beyond", "plus")

// ordinals after "the" open an item of a list ("The first one, COVID-19
// and the economic consequences").
var ordinals = set("first", "second", "third", "fourth", "fifth", "last", "next", "other")

// finiteWords are the auxiliaries and common verbs whose presence makes a
// sentence more than a fragment.
var finiteWords = set("is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "will", "would", "shall",
	"should", "must", "can", "could", "may", "might", "do", "does", "did", "need", "needs", "remain", "remains",
	"lie", "lies", "face", "faces", "want", "wants", "know", "knows", "see", "sees", "believe", "think")

// pleasureToMeet returns the words of "a pleasure / an honour / the
// privilege to <meet, speak, welcome, be here …>" or "honoured to
// welcome …", or "".
func pleasureToMeet(toks []token) string {
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].lower
		if !courtesyNouns[w] && w != "honored" && w != "honoured" && w != "privileged" {
			continue
		}
		j := i + 1
		if j+1 < len(toks) && toks[j].lower == "for" && (toks[j+1].lower == "me" || toks[j+1].lower == "us") {
			j += 2 // "a great pleasure for me to be in your country"
		}
		if j+1 >= len(toks) || toks[j].lower != "to" && toks[j].lower != "of" {
			continue
		}
		v := toks[j+1].lower
		if !(meetingDeeds[v] || meetingDeeds[strings.TrimSuffix(v, "ing")] || meetingDeeds[strings.TrimSuffix(v, "ing")+"e"]) {
			continue
		}
		if greeting(toks, i) {
			// "It's a pleasure to meet you and your team", "It is a
			// great honour to welcome … to London today": a greeting
			// in the first person, a view, as the corpus labels it.
			return ""
		}
		return toks[i].text + " " + toks[j].text + " " + toks[j+1].text
	}
	return ""
}

// greeting reports a courtesy at token i said in the present by the one
// speaking ("It's a pleasure to …", "I am honoured to …"), where "It was a
// pleasure to speak with …" and "President Biden is honored to welcome
// …" tell of a meeting.
func greeting(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		switch toks[j].lower {
		case "was", "were", "been", "had":
			return false
		case "it's", "it’s", "i'm", "i’m", "we're", "we’re":
			return true
		case "it", "that", "this":
			if toks[j].possessive {
				return true // "It's": the token keeps "It", the "'s" marked
			}
		case "is", "am", "are":
			return j > 0 && (toks[j-1].lower == "it" || toks[j-1].lower == "i" || toks[j-1].lower == "we" || toks[j-1].lower == "this")
		}
	}
	return false
}

// courtesyNouns frame a meeting as a courtesy ("It was a pleasure to
// speak with …").
var courtesyNouns = set("pleasure", "honour", "honor", "privilege")

// meetingDeeds are what a courtesy frames as the meeting itself.
// Being somewhere ("It is a true pleasure to be here") is a courtesy, a
// view, as the corpus labels it.
var meetingDeeds = set("meet", "speak", "talk", "welcome", "host", "visit", "hold", "receive", "see", "join",
	"attend", "chair", "discuss")

// pastDeed returns the verb of a sentence that tells what its subject did
// — a past tense right after "we", "I" or a subject opened by a time
// ("Yesterday, 23 member states decided …") — or "".
func pastDeed(toks []token, subj []actor) string {
	i := 0
	timed := false
	// An opening adverbial of time up to its comma: "Yesterday, at NATO,",
	// "A few weeks ago,", "Today,".
	for j := 0; j < len(toks) && j < 10; j++ {
		if toks[j].punct == ',' {
			if pastTimes[toks[0].lower] || j > 1 && toks[j-1].lower == "ago" || pastSpan(toks, j) || datedOpener(toks, j) {
				timed = true
				i = j + 1
				for i < len(toks) && (toks[i].punct == ',' || toks[i].isWord() && (toks[i].lower == "at" || i > 0 && toks[i-1].lower == "at")) {
					i++ // "Yesterday, at NATO, …"
					if i < len(toks) && toks[i].punct == ',' {
						i++
						break
					}
				}
			}
			break
		}
	}
	if i < len(toks) && (toks[i].lower == "and" || toks[i].lower == "but" || toks[i].lower == "so") {
		i++
	}
	// The subject: "we", "I", or (after a time) up to five words.
	start := i
	switch {
	case i < len(toks) && (toks[i].lower == "we" || toks[i].lower == "i"):
		i++
	case i < len(toks) && (toks[i].lower == "i've" || toks[i].lower == "i’ve" || toks[i].lower == "we've" || toks[i].lower == "we’ve"):
		i++
		return perfectDeed(toks, i)
	case timed:
		for i < len(toks) && i < start+6 && toks[i].isWord() && !pastForm(toks[i].lower) {
			i++
		}
	default:
		return ""
	}
	for i < len(toks) && (toks[i].lower == "also" || toks[i].lower == "just" || toks[i].lower == "then" || toks[i].lower == "already" ||
		toks[i].lower == "all" || toks[i].lower == "both") {
		i++
	}
	if i >= len(toks) {
		return ""
	}
	w := toks[i].lower
	if w == "have" || w == "has" {
		return perfectDeed(toks, i+1)
	}
	if w == "did" && i+1 < len(toks) && toks[i+1].isWord() && toks[i+1].lower != "it" && toks[i+1].lower != "so" && toks[i+1].lower != "that" {
		return "" // "I did set out our positions": the verb after "did" decides
	}
	if w == "had" && i+2 < len(toks) && (toks[i+1].lower == "the" || toks[i+1].lower == "an") && (toks[i+2].lower == "opportunity" || toks[i+2].lower == "chance" || toks[i+2].lower == "occasion") {
		return "" // "We also had the opportunity to underline …": what was said decides
	}
	if pastForm(w) && (timed || start < i) {
		return toks[i].text
	}
	return ""
}

// perfectDeed returns the participle of "have come", "have just had", or
// "".
func perfectDeed(toks []token, i int) string {
	for i < len(toks) && (toks[i].lower == "just" || toks[i].lower == "already" || toks[i].lower == "also") {
		i++
	}
	if i < len(toks) && perfectDeeds[toks[i].lower] {
		return toks[i].text
	}
	return ""
}

// perfectDeeds after "have" tell what was done ("I have come to Beijing",
// "I've just had the privilege of holding …").
var perfectDeeds = set("come", "arrived", "travelled", "traveled", "returned", "completed", "finished", "concluded")

// pastForm reports a simple past of a verb of doing ("decided",
// "worked", "put", "made", "enjoyed"), not a view ("believed") or a
// state ("were").
func pastForm(w string) bool {
	if pastDeeds[w] {
		return true
	}
	if !strings.HasSuffix(w, "ed") || len(w) < 5 || feltStates[w] {
		return false
	}
	if v, ok := verbForms[w]; ok && v.weak {
		return false // "stressed", "believed": a view said
	}
	return true
}

// pastDeeds are irregular pasts of doing.
var pastDeeds = set("put", "made", "did", "took", "went", "came", "had", "held", "met", "gave", "sent", "spent", "began",
	"brought", "built", "set", "left", "won", "chose", "ran", "saw")

// feltStates end in -ed but tell how someone is ("pleased",
// "concerned"), no deed.
var feltStates = set("pleased", "concerned", "committed", "determined", "convinced", "interested", "united", "delighted",
	"honoured", "honored", "worried", "prepared", "engaged", "focused", "focussed", "needed", "required", "based",
	"interested", "tired", "surprised", "disappointed", "encouraged", "satisfied", "used", "supposed")

// pastTimes open a sentence with a time past or today.
var pastTimes = set("yesterday", "today", "tonight", "earlier", "recently", "last", "this")

// evaluative returns the judging word of a sentence whose verb is a
// copula before a word of judgement ("… are essential elements of the
// democratic process"), or "".
func evaluative(toks []token) string {
	for i := 0; i+1 < len(toks); i++ {
		switch toks[i].lower {
		case "is", "are", "was", "were", "remains", "remain":
		default:
			continue
		}
		for j, words := i+1, 0; j < len(toks) && words < 3; j++ {
			if !toks[j].isWord() {
				break
			}
			words++
			if judging[toks[j].lower] {
				return toks[j].text
			}
		}
		return ""
	}
	return ""
}

// judging are the words that make a copula sentence a judgement.
var judging = set("essential", "crucial", "critical", "vital", "important", "key", "fundamental", "necessary",
	"indispensable", "central", "unacceptable", "worrying", "welcome", "regrettable", "clear", "right", "wrong")

// ownResolve returns the noun of "we <verb> (our) commitment /
// determination / resolve to …" at the head of a sentence, or "".
func ownResolve(toks []token) string {
	for i, t := range toks {
		if t.lower != "we" && t.lower != "i" {
			continue
		}
		if i > 0 && toks[i-1].punct != ',' {
			return "" // "What I saw today was … determination": no subject
		}
		for j := i + 1; j < len(toks) && j <= i+6; j++ {
			if !toks[j].isWord() || toks[j].lower == "that" {
				return ""
			}
			if resolveNouns[toks[j].lower] && j+1 < len(toks) && toks[j+1].lower == "to" {
				return toks[j].text
			}
		}
		return ""
	}
	return ""
}

// resolveNouns held by the speaker's side make an undertaking.
var resolveNouns = set("commitment", "determination", "resolve", "pledge", "readiness", "willingness")

// reasonFragment reports a phrase without a verb that gives a reason
// ("Not only because of Iran.", "Because of the war in Yemen."): why
// the speaker's side acts is his view, not more of the step itself.
func reasonFragment(toks []token) bool {
	for i, t := range toks {
		if i > 2 {
			return false
		}
		if t.lower == "because" {
			return true
		}
		if t.lower != "not" && t.lower != "only" && t.lower != "just" && t.lower != "and" && t.lower != "also" {
			return false
		}
	}
	return false
}
