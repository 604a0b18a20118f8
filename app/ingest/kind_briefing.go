package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// Kinds of what a spokesperson's briefing tells (worked out on batch
// "late 20": India's MEA weekly and special briefings, Korea's Foreign and
// Unification Ministries, China's Foreign Ministry, Japan's press
// secretary). A briefing's remarks default to the speaker's view, but
// much of a briefing is told: the agenda announced ("I have a short
// update on the Vande Bharat Mission.", "First, about the United
// States.", "Also joining us on the dais is …") and deeds done on a date
// ("INS AIRAVAT left Mumbai on 24th October …", "As on 12 November, 23.41
// lakh Indians have been repatriated …"). Both are accounts.

// briefingOpeners open a sentence by which the speaker orders a briefing:
// its items, its guests, its updates.
var briefingOpeners = []string{"i have a short update", "i have an update", "i have a brief update", "i have one announcement",
	"i have an announcement", "i have a few announcements", "i have a couple of announcements", "i have two announcements",
	"i have three announcements", "i have a statement", "i will start with", "i'll start with", "i’ll start with",
	"what i would do is", "what i will do is", "we have with us", "also joining us", "joining us", "we are also joined by",
	"we are joined by", "the first is on", "the second is on", "the next is on", "first, about", "first about",
	"firstly, about", "moving on to", "turning to", "next, about", "to give us a sense of", "first, let me tell you",
	"let me now turn to"}

// agendaLine reports such a sentence, its opening for the reason.
func agendaLine(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	s := lowerWords(toks, 13)
	for _, o := range briefingOpeners {
		if strings.HasPrefix(s, o) {
			return o
		}
	}
	return ""
}

// lowerWords is the first n tokens in lower case, a space before each
// word and none before punctuation, so that phrases of the cue lists
// ("moving on to", "will be held") are found with strings.HasPrefix and
// strings.Contains.
func lowerWords(toks []token, n int) string {
	var b strings.Builder
	for i, t := range toks {
		if i >= n {
			break
		}
		if i > 0 && t.isWord() {
			b.WriteByte(' ')
		}
		b.WriteString(t.lower)
	}
	return b.String()
}

// eventPast are past forms of verbs of deeds a briefing reports: a ship
// that left, aid delivered, nationals repatriated, a visit paid.
var eventPast = set("left", "reached", "arrived", "departed", "delivered", "returned", "repatriated", "visited",
	"signed", "launched", "sent", "dispatched", "evacuated", "hosted", "attended", "paid", "concluded", "fled",
	"released", "completed", "landed", "conducted", "inaugurated", "handed", "deployed", "rescued",
	"transported", "shipped", "donated", "opened", "travelled", "traveled")

// timeWords date what was done.
var timeWords = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "yesterday", "today", "earlier", "ago", "since", "days", "weeks",
	"thereafter", "a.m", "p.m", "morning", "evening", "afternoon")

// datedDeed is the verb of a deed told with its date or time ("INS
// AIRAVAT left Mumbai on 24th October", "Thereafter it reached Massawa
// Port …", "Phase 8 of VBM has been made operational since 1 November
// 2020"), or "" when the sentence tells none. A "will" before it makes it
// a plan, not a deed.
func datedDeed(toks []token) string {
	timed, verb, bound := false, "", false
	for i, t := range toks {
		switch {
		case t.lower == "will" || t.lower == "would" || t.lower == "shall" || verb == "" && reportVerbs[t.lower]:
			return "" // a plan, or what someone said ("Wang said the dialogue … had made …")
		case verb == "" && (t.lower == "where" || t.lower == "which" || t.lower == "who" || t.lower == "when" || t.lower == "that"):
			bound = true // "…, where we signed the Atlantic Declaration": a clause of something else
		case timeWords[strings.TrimSuffix(t.lower, ".")]:
			timed = true
		case verb == "" && bound && eventPast[t.lower]:
			return ""
		case timeWords[strings.TrimSuffix(t.lower, ".")]:
			timed = true
		case verb == "" && eventPast[t.lower] && i > 0 && toks[i-1].lower != "to" && toks[i-1].lower != "the" &&
			toks[i-1].lower != "a":
			verb = t.text
		}
	}
	if !timed {
		return perfectEvent(toks)
	}
	if verb == "" {
		return visitingOn(toks)
	}
	return verb
}

// perfectEvent is the participle of a deed told in the perfect with no
// date ("three Chinese citizens wrongfully detained … have returned
// safely to China"), or "".
func perfectEvent(toks []token) string {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "have" && toks[i].lower != "has" {
			continue
		}
		if i > 0 && toks[i-1].lower == "you" {
			return "" // "and you have delivered": praise of the one addressed
		}
		j := i + 1
		for j < len(toks) && (toks[j].lower == "now" || toks[j].lower == "also" || toks[j].lower == "just" || toks[j].lower == "safely") {
			j++
		}
		if j < len(toks) && toks[j].lower == "been" {
			j++ // "has now been repatriated"
		}
		if j < len(toks) && eventPast[toks[j].lower] && toks[j].lower != "made" {
			return toks[j].text
		}
		return ""
	}
	return ""
}

// visitingVerbs tell a visit under way or planned in the present
// progressive.
var visitingVerbs = set("visiting", "travelling", "traveling", "attending", "hosting")

// visitingOn is the verb of a dated visit told in the present progressive
// ("Prime Minister is visiting US on 21st through 23rd of June"), or "".
func visitingOn(toks []token) string {
	for i := 1; i < len(toks); i++ {
		if visitingVerbs[toks[i].lower] && (toks[i-1].lower == "is" || toks[i-1].lower == "are") {
			return toks[i].text
		}
	}
	return ""
}

// concernedOfRelevance reports "concerned" that means "in question", not
// worried: after a noun ("the countries concerned", "all parties
// concerned", "the people concerned") or in "as far as … is concerned".
func concernedOfRelevance(toks []token, i int) bool {
	if i == 0 {
		return false
	}
	prev := toks[i-1].lower
	if prev == "is" || prev == "are" || prev == "was" || prev == "were" {
		for j := i - 2; j >= 0 && j >= i-8; j-- {
			if toks[j].lower == "far" && j > 0 && toks[j-1].lower == "as" {
				return true // "as far as Singapore is concerned"
			}
		}
		return false
	}
	switch prev {
	case "countries", "parties", "sides", "people", "states", "authorities", "governments", "agencies", "all",
		"those", "individuals", "persons", "organisations", "organizations", "departments", "ministries", "nations":
		return true
	}
	return false
}

// briefingKind sets the kind of a briefing's agenda line or dated deed,
// when no cue decided the sentence; it reports whether it did.
func briefingKind(pr *Proposal, toks []token) bool {
	if o := agendaLine(toks); o != "" {
		pr.Kind = storage.KindAccount
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: account, '%s' orders the briefing", o))
		return true
	}
	if v := datedDeed(toks); v != "" {
		pr.Kind = storage.KindAccount
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: account, '%s' with its date tells what was done", v))
		return true
	}
	return false
}

// ableDeed reports "have been able to <verb>" ("We have even been able to
// sign Free Trade Agreements with …"): a deed achieved, told.
func ableDeed(toks []token) bool {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower == "have" || toks[i].lower == "has" || toks[i].lower == "had" {
			j := i + 1
			for j < len(toks) && (toks[j].lower == "even" || toks[j].lower == "also" || toks[j].lower == "already") {
				j++
			}
			if j+2 < len(toks) && toks[j].lower == "been" && toks[j+1].lower == "able" && toks[j+2].lower == "to" {
				return true
			}
		}
	}
	return false
}

// rebuttalWords judge another side's text or claim as the speaker rejects
// it ("the report is deeply biased", "a mix of imputations,
// misrepresentations …", "It has selectively picked incidents to advance
// a preconceived narrative"): an objection, with no verb of rejecting.
var rebuttalWords = set("biased", "misrepresentation", "misrepresentations", "imputation", "imputations",
	"one-sided", "selectively", "preconceived", "baseless", "unfounded", "groundless", "distortion", "distortions",
	"distorted", "prejudiced", "fabricated", "fabrication", "fabrications", "slanderous", "smear", "smears")

// rebuttal is the word of such a judgement in toks, or "".
func rebuttal(toks []token) string {
	for _, t := range toks {
		if rebuttalWords[t.lower] {
			return t.text
		}
	}
	return ""
}

// goesOnRejecting reports a sentence that goes on with the thing the
// sentence before objected to as its subject ("We therefore reject it.
// … It seeks to question the need for such measures.", "The report also
// appears to …"): a pronoun or a definite noun opening it, no "we" or
// "I" and no party named before its verb.
func goesOnRejecting(toks []token) bool {
	i := 0
	for i < len(toks) && (!toks[i].isWord() || toks[i].lower == "and" || toks[i].lower == "but") {
		i++
	}
	if i+2 >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "it", "this":
		i++
	case "the":
		// "The report also appears …": a thing, not a party or a name
		if isCapitalized(toks[i+1].text) {
			return false
		}
		i += 2
	default:
		return false
	}
	for i < len(toks) && (toks[i].lower == "also" || toks[i].lower == "even" || strings.HasSuffix(toks[i].lower, "ly")) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "is", "was", "are", "were", "will", "would", "can", "may", "might", "must", "should":
		return false // "But this is an attack …": a view of its own
	}
	return toks[i].isWord()
}

// futureEvents tell a meeting or a speech still to come in the passive:
// an event told, no one's undertaking ("this dialogue will be held for
// the first time in nine years", "The Minister's opening remarks will be
// delivered by the Deputy Minister").
var futureEvents = []string{"will be held", "will be convened", "will be delivered", "will be hosted",
	"will be organized", "will be organised", "will be co-chaired", "will be chaired"}

// futureEvent is such a phrase in the sentence, or "".
func futureEvent(toks []token) string {
	s := lowerWords(toks, len(toks))
	for _, e := range futureEvents {
		if strings.Contains(s, e) {
			return e
		}
	}
	return ""
}

// invitedGuest reports "invited" in the passive ("The President of
// Indonesia was also invited, and participated …"): the guest told of,
// who proposes nothing.
func invitedGuest(toks []token, i int) bool {
	if toks[i].lower != "invited" {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].lower {
		case "also", "not", "just", "kindly":
			continue
		case "was", "were", "been", "is", "are", "be":
			return true
		}
		return false
	}
	return false
}
