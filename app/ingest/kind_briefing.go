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
	var b strings.Builder
	for i, t := range toks {
		if i > 12 {
			break
		}
		if i > 0 && t.isWord() {
			b.WriteByte(' ')
		}
		b.WriteString(t.lower)
	}
	s := b.String()
	for _, o := range briefingOpeners {
		if strings.HasPrefix(s, o) {
			return o
		}
	}
	return ""
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
		return ""
	}
	return verb
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
