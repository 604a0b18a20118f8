package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// What remarks and readouts tell of the meeting itself, and what their
// reported words undertake or propose, for sentences whose kind no cue
// decided or a weak verb of saying did (worked out on batch "late 19" and
// the late readouts' misses): a doorstop's "We have a very extensive
// Foreign Affairs Council today", "we are discussing Ukraine", "Then, of
// course, the Middle East." and "That's all from me." tell what happens at
// the meeting (an account), where the remarks' default is a view; "It was
// a good opportunity to meet …" tells a meeting had; "…, and expressed
// his desire to continue …" undertakes by its second verb; "said that he
// looks forward to meeting …" undertakes what was said.

// speechEvents adjusts pr's kind by the signals above. It runs after the
// other kind rules, before the topics and the lessons.
func (st *state) speechEvents(pr *Proposal, toks []token, r []rune, c cue, hasCue bool) {
	if pr.Skip || len(toks) == 0 || hasCJKRunes(r) {
		return
	}
	set := func(k storage.Kind, why string) {
		pr.Kind = k
		pr.Reasons = append(pr.Reasons, why)
	}
	deflt := defaultKind(pr)
	weak := pr.Kind == storage.KindPosition && hasCue && c.weak
	if !deflt && !weak && !continuedFragment(pr) {
		return
	}
	w := st.sentenceWords(toks)
	if deflt || continuedFragment(pr) {
		if x := closingLine(toks, w); x != "" {
			set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' closes the remarks", x))
			return
		}
		if x := sequencedItem(toks, w); x != "" {
			set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' names the next item of the agenda", x))
			return
		}
		if x := enumerationHead(w); x != "" { // kind_enumeration.go
			set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' names an item the speaker goes through", x))
			return
		}
	}
	if pr.Kind == storage.KindPosition && deflt {
		if x := meetingHeld(w); x != "" {
			set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells of the meeting", x))
			return
		}
	}
	if pr.Kind == storage.KindPosition && (deflt || weak) {
		if x := opportunityToMeet(w); x != "" {
			set(storage.KindAccount, fmt.Sprintf("kind: account, '%s' tells a meeting had", x))
			return
		}
	}
	if !weak {
		return
	}
	if x := undertakenAfterAnd(w); x != "" {
		set(storage.KindCommitment, fmt.Sprintf("kind: commitment, '%s' by a second verb of the same subject", x))
	} else if x := reportedForward(w); x != "" {
		set(storage.KindCommitment, fmt.Sprintf("kind: commitment, '%s' in what was said: talks the holder will take part in", x))
	}
}

// continuedFragment reports a kind given by a phrase without a verb going
// on with the sentence before (kind_signals.go).
func continuedFragment(pr *Proposal) bool {
	return len(pr.Reasons) > 0 && strings.HasSuffix(pr.Reasons[len(pr.Reasons)-1], "a phrase without a verb going on with the sentence before")
}

// sentenceWords is the sentence's words in lower case, punctuation left
// out, in a buffer the state reuses from sentence to sentence (valid
// until the next sentence's call; the kind rules of one sentence share
// it).
func (st *state) sentenceWords(toks []token) []string {
	if len(toks) > 0 && st.wfor == &toks[0] {
		return st.wbuf
	}
	st.wfor = nil
	if len(toks) > 0 {
		st.wfor = &toks[0]
	}
	st.wbuf = st.wbuf[:0]
	for _, t := range toks {
		if t.isWord() {
			st.wbuf = append(st.wbuf, t.lower)
		}
	}
	return st.wbuf
}

// closingLine reports the line by which a speaker ends the remarks
// ("That's all from me.", "That is all for my opening statement.", "I
// will end my statement here.").
func closingLine(toks []token, w []string) string {
	if len(w) > 10 {
		return ""
	}
	s := strings.Join(w, " ")
	if toks[0].possessive && strings.HasPrefix(s, "that all ") {
		return "that's all" // "That's": the tokens keep no "'s"
	}
	for _, p := range []string{"that's all", "that’s all", "that is all"} {
		if strings.HasPrefix(s, p) {
			return p
		}
	}
	for _, p := range []string{"end my statement", "end my remarks", "conclude my remarks", "conclude my statement", "stop here", "end here"} {
		if strings.Contains(s, p) && (w[0] == "i" || w[0] == "let") {
			return p
		}
	}
	return ""
}

// sequencers open the next item of remarks ("Then, of course, the Middle
// East.", "Second, the Middle East.", "But first on the FAC.").
var sequencers = set("first", "firstly", "second", "secondly", "third", "thirdly", "fourth", "fifth", "then", "next",
	"finally", "lastly")

// itemFillers may stand before or between the sequencers of an agenda
// item without making it a clause.
var itemFillers = set("and", "but", "so", "now", "you", "of", "course", "also")

// sequencedItem reports a phrase without a verb that opens with a sequencer
// and names what the remarks turn to: the agenda, an account. A phrase
// of means ("First, by working on European defence.") goes on with what
// was said before, and is left to the fragment rule.
func sequencedItem(toks []token, w []string) string {
	if len(w) == 0 || len(w) > 12 || !fragmentLike(toks) {
		return ""
	}
	seq := ""
	i := 0
	for i < len(w) && (itemFillers[w[i]] || sequencers[w[i]]) {
		if sequencers[w[i]] && seq == "" {
			seq = w[i]
		}
		i++
	}
	if seq == "" || i >= len(w) {
		return ""
	}
	if gerundPrepositions[w[i]] && w[i] != "on" || w[i] == "through" || strings.HasSuffix(w[i], "ing") {
		return ""
	}
	return seq
}

// gatheringNouns are meetings a speaker has, had or will have.
var gatheringNouns = set("council", "meeting", "meetings", "ministerial", "summit", "discussion", "discussions", "talks",
	"conversation", "call", "dialogue", "breakfast", "lunch", "dinner", "bilateral", "bilaterals", "videoconference",
	"session", "consultations", "gathering", "forum", "conference", "retreat")

// believing are verbs of opinion: a meeting after them is judged ("I
// believe we had a very substantive and meaningful discussion"), a view.
var believing = set("believe", "think", "feel", "consider", "hope", "trust", "sure", "confident")

// haveForms are the forms of "have" by which a speaker has a meeting.
var haveForms = set("have", "had", "has", "having")

// meetingHeld reports "we" or "I" having, having had or going to have a
// meeting ("We have a very extensive Foreign Affairs Council today",
// "Today we have had an important Foreign Affairs Council", "we have also
// a leaders' meeting coming up", "And then I've had bilaterals with …",
// "we are discussing Ukraine", "we will discuss it further"): what happens
// at the meeting, told. "We have a very strong and solid framework for
// dialogue" names no meeting had: the words before its noun stop at a
// preposition.
func meetingHeld(w []string) string {
	for i := 0; i < len(w); i++ {
		subj := w[i]
		j := i + 1
		switch subj {
		case "we", "i":
		case "we've", "we’ve", "i've", "i’ve", "we'll", "we’ll", "we're", "we’re":
		default:
			continue
		}
		if i > 0 && (clauseOpeners[w[i-1]] || w[i-1] == "that" || w[i-1] == "if" || believing[w[i-1]]) {
			continue // "how we will …", "I believe we had …": a clause of another verb
		}
		aux, will := 0, strings.HasSuffix(subj, "ll")
		for j < len(w) && aux < 3 && (w[j] == "will" || w[j] == "are" || w[j] == "have" && j+1 < len(w) && w[j+1] == "had" ||
			w[j] == "also" || w[j] == "already" || w[j] == "just" || w[j] == "then" || w[j] == "further" || w[j] == "now") {
			will = will || w[j] == "will"
			j++
			aux++
		}
		if j >= len(w) {
			continue
		}
		switch v := w[j]; {
		case haveForms[v]:
			for k, n := j+1, 0; k < len(w) && n < 7; k, n = k+1, n+1 {
				x := w[k]
				if gatheringNouns[x] {
					if k+1 < len(w) && strings.HasSuffix(w[k+1], "ed") {
						break // "I've had many meetings rescheduled": no meeting had
					}
					return subj + " " + strings.Join(w[i+1:k+1], " ")
				}
				if prepositions[x] || x == "that" || x == "no" || x == "not" {
					break
				}
				if _, verb := verbForms[x]; verb && !strings.HasSuffix(x, "ing") && !adjectives[x] {
					break
				}
			}
		case (v == "discussing" || v == "meeting") && (aux > 0 || strings.HasSuffix(subj, "re")):
			return subj + " " + strings.Join(w[i+1:j+1], " ")
		case (v == "discuss" || v == "meet") && will:
			return subj + " " + strings.Join(w[i+1:j+1], " ")
		}
	}
	return ""
}

// meetVerbs are what an opportunity is taken for when a meeting is told.
var meetVerbs = set("meet", "discuss", "visit", "speak", "talk", "exchange", "hold", "engage", "see", "sit", "catch")

// opportunityToMeet reports an opportunity told in the past and taken to
// meet ("It was a good opportunity to meet Mrs. Badenoch", "It was an
// opportunity to discuss with Prime Minister Starmer …", "I also had the
// opportunity to visit a health clinic"): a meeting had, an account. In
// the present ("It is an opportunity to …") it is a view.
func opportunityToMeet(w []string) string {
	for i := 1; i+2 < len(w); i++ {
		if (w[i] == "opportunity" || w[i] == "occasion") && opportunityTimes[w[i+1]] && i+3 < len(w) {
			// "I had the opportunity today to meet with …" (kind_enumeration.go)
			w = append(append([]string(nil), w[:i+1]...), w[i+2:]...)
		}
		if w[i] != "opportunity" && w[i] != "occasion" || w[i+1] != "to" || !meetVerbs[w[i+2]] {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			switch w[k] {
			case "was", "had":
				return w[k] + " … " + w[i] + " to " + w[i+2]
			case "is", "are", "will", "have", "has", "be":
				return ""
			}
		}
	}
	return ""
}

// heldUndertakings are what a holder undertakes by expressing them.
var heldUndertakings = set("desire", "commitment", "readiness", "willingness", "intention", "determination", "keenness",
	"eagerness", "resolve", "wish")

// restatingVerbs express or restate what the subject holds.
var restatingVerbs = set("expressed", "conveyed", "reaffirmed", "reiterated", "confirmed", "voiced", "underlined", "affirmed")

// undertakenAfterAnd reports a second verb of the same subject, after
// "and", that expresses the subject's own undertaking ("Foreign Minister
// Cho appreciated that …, and expressed his desire to continue advancing
// the momentum", "said he was pleased to be able to return to Indonesia
// and conveyed his strong commitment to continuing …"): of two verbs, the
// one that does more decides.
func undertakenAfterAnd(w []string) string {
	for i := 1; i+2 < len(w); i++ {
		if w[i-1] != "and" || !restatingVerbs[w[i]] {
			continue
		}
		if !ownPossessive[w[i+1]] {
			continue
		}
		for k := i + 2; k < len(w) && k <= i+4; k++ {
			if heldUndertakings[w[k]] {
				if k+1 < len(w) && (w[k+1] == "to" || w[k+1] == "for") {
					return "and " + strings.Join(w[i:k+1], " ")
				}
				break
			}
		}
	}
	return ""
}

// forwardDeeds are the talks and work one looks forward to taking part in.
var forwardDeeds = set("meeting", "working", "seeing", "visiting", "welcoming", "talking", "speaking", "hosting", "continuing",
	"having", "receiving", "cooperating", "discussing")

// reportedForward reports what was said to be looked forward to by the
// one who said it ("Trump said during the conversation that he looks
// forward to meeting Xi during the G20 summit"): his part in talks to
// come, an undertaking.
func reportedForward(w []string) string {
	for i := 2; i+3 < len(w); i++ {
		if w[i] != "forward" || w[i+1] != "to" || !forwardDeeds[w[i+2]] {
			continue
		}
		switch w[i-1] {
		case "looks", "looked", "look", "looking":
		default:
			continue
		}
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if w[k] == "he" || w[k] == "she" || w[k] == "i" {
				return w[k] + " " + strings.Join(w[k+1:i+3], " ")
			}
		}
	}
	return ""
}

// callTimes are the prepositions by which a call is when something was
// said ("said during the call that …", "in the call", "after the call").
var callTimes = set("during", "in", "on", "after", "before", "following", "throughout", "at")

// callHad reports "call" at token i as the telephone call in which
// something was said ("Trump said during the call that he …", "in a phone
// call"), no call for anything: a time preposition, then an article or
// "phone"/"telephone" before it.
func callHad(toks []token, i int) bool {
	j := i - 1
	for j >= 0 && (toks[j].lower == "phone" || toks[j].lower == "telephone" || toks[j].lower == "video" || toks[j].lower == "first") {
		j--
	}
	if j < 1 || !(toks[j].lower == "the" || toks[j].lower == "a" || toks[j].lower == "this" || toks[j].lower == "their" || toks[j].lower == "today's") {
		return false
	}
	return callTimes[toks[j-1].lower]
}
