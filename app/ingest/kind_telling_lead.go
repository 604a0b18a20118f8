package ingest

import "strings"

// A speaker who says what he is about to tell ("As I wrap up this visit,
// I would like to share my thoughts with you.", "I'll give you a
// highlight of some of the key points.", "There are two announcements I
// would like to make this morning.", "Secondly, I want to make an
// announcement in relation to …", "Let me outline …") undertakes nothing
// and states no view: he tells what his remarks cover, an account, as
// "Let me focus on …" is (worked out on batch "late 30"). Thanks and
// greetings he starts with ("Let me start by thanking …") keep their
// kind.

// tellingVerbs are what a speaker does with what he is about to say.
var tellingVerbs = set("share", "outline", "brief", "update", "summarize", "summarise", "recap", "highlight",
	"announce", "run", "walk", "touch", "go", "focus", "reflect", "elaborate", "turn")

// tellingParticles are the words the agenda verbs take before what the
// speaker goes through ("I want to focus on the other topics", "I want
// to reflect on some of them", "I would like to turn to Ukraine"):
// without them the verb may be the speaker's aim ("focus our efforts").
var tellingParticles = map[string]string{"focus": "on", "reflect": "on", "turn": "to", "touch": "on"}

// tellingLeadIn returns the words of such a lead-in in the sentence's main
// clause, or "".
func tellingLeadIn(toks []token) string {
	lead := false // most sentences have no telling verb: no words to gather
	for _, t := range toks {
		if tellingVerbs[t.lower] || t.lower == "give" || t.lower == "make" {
			lead = true
			break
		}
	}
	if !lead {
		return ""
	}
	var w []string
	for _, t := range toks {
		if t.isWord() {
			w = append(w, strings.ReplaceAll(t.lower, "’", "'"))
		}
	}
	for i := 0; i+2 < len(w) && i < 14; i++ {
		j := -1
		switch {
		case w[i] == "let" && w[i+1] == "me":
			j = i + 2
		case (w[i] == "i" || w[i] == "i'd" || w[i] == "i'll") && i+1 < len(w):
			k := i + 1
			if w[i] == "i" && k < len(w) && (w[k] == "would" || w[k] == "want" || w[k] == "wish" || w[k] == "will") {
				k++
				if k < len(w) && w[k] == "like" {
					k++
				}
			} else if w[i] == "i'd" && w[k] == "like" {
				k++
			} else if w[i] != "i'll" {
				continue
			}
			if k < len(w) && w[k] == "to" {
				k++
			}
			j = k
		}
		if j < 0 || j >= len(w) {
			continue
		}
		v := w[j]
		switch {
		case tellingVerbs[v] && (v != "run" && v != "walk" && v != "go" || j+1 < len(w) && w[j+1] == "through") &&
			(tellingParticles[v] == "" || j+1 < len(w) && w[j+1] == tellingParticles[v]):
			return strings.Join(w[i:j+1], " ")
		case v == "give" && j+2 < len(w) && (w[j+1] == "you" && (w[j+2] == "a" || w[j+2] == "an" || w[j+2] == "some")):
			return strings.Join(w[i:j+2], " ")
		case v == "make" && j+1 < len(w) && announcementAhead(w[j+1:]):
			return strings.Join(w[i:j+1], " ") + " … announcement"
		case v == "make" && i > 0 && announcementBehind(w[:i]):
			return "announcements … " + strings.Join(w[i:j+1], " ")
		}
		return ""
	}
	return ""
}

// announcementAhead reports "an announcement" or "two announcements"
// within three words.
func announcementAhead(w []string) bool {
	for k := 0; k < len(w) && k < 3; k++ {
		if w[k] == "announcement" || w[k] == "announcements" {
			return true
		}
	}
	return false
}

// announcementBehind reports "There are two announcements I would like to
// make": the announcements named just before "I".
func announcementBehind(w []string) bool {
	n := len(w)
	return n > 0 && (w[n-1] == "announcement" || w[n-1] == "announcements")
}

// seenDoer reports the word after "want to see" that names who is to act
// ("China", "all parties", "the regime", "them"): a demand of another.
// What is to be seen happen ("want to see progress", "see more trade")
// stays the speaker's aim.
func seenDoer(w string) bool {
	if w == "" {
		return false
	}
	switch strings.ToLower(w) {
	case "them", "all", "both", "each", "everyone", "those", "the":
		return true
	}
	r := []rune(w)
	return len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z' && !notNames[strings.ToLower(w)]
}
