package ingest

import "strings"

// Press remarks open with greetings in more forms than the fixed list of
// greetingsAndNotes: "Good afternoon or evening to all of you.", "Well,
// good afternoon.", "(Good evening.)" after a greeting in the host's
// language, "Please, be seated." Like those, they state nothing and are
// skipped (worked out on batch "late 15").

// greetingWords may make up a greeting, with a time of day or "hello".
var greetingWords = set("good", "morning", "afternoon", "evening", "day", "or", "and", "well", "so", "to", "all",
	"of", "you", "everybody", "everyone", "ladies", "gentlemen", "hello", "hi", "dear", "friends", "colleagues",
	"once", "again", "again,", "a", "very", "warm", "welcome")

// greetingHeads are the words a greeting needs one of.
var greetingHeads = set("morning", "afternoon", "evening", "hello")

// seatedWords ask the audience to sit: no statement either.
var seatedWords = set("please, be seated", "please be seated", "please sit down", "please, sit down",
	"please, have a seat", "please have a seat")

// greetingPunct parts a greeting's words at its commas and dashes.
var greetingPunct = strings.NewReplacer(",", " ", "—", " ", "–", " ")

// greetingAlone reports a sentence that is only a greeting or an
// invitation to sit, in brackets or not.
func greetingAlone(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 60 {
		return false
	}
	s = strings.Trim(s, "()[] ")
	low := strings.ToLower(strings.TrimRight(s, ".!,;: "))
	if seatedWords[low] {
		return true
	}
	head := false
	for _, w := range strings.Fields(greetingPunct.Replace(low)) {
		if !greetingWords[w] {
			return false
		}
		head = head || greetingHeads[w]
	}
	return head
}

// stageDirections are a transcript's notes in brackets of what happened
// rather than what was said.
var stageDirections = set("laughs", "laughter", "applause", "crosstalk", "inaudible", "pause", "chuckles",
	"laughs and applause", "off-mic", "off mic", "interpretation", "translation")

// stageDirection reports a sentence that is only such a note in
// brackets: "(Laughs.)", "[Applause]". After a speaker label it is no
// part of the turn either ("PRESIDENT BIDEN: (Laughs.) We met …").
func stageDirection(r []rune) bool {
	if len(r) < 4 || len(r) > 30 || r[0] != '(' && r[0] != '[' {
		return false
	}
	s := strings.ToLower(strings.Trim(string(r), "()[]. "))
	return stageDirections[strings.TrimSpace(strings.TrimRight(s, "."))]
}

// translationNotes open the note a ministry puts above a translated
// transcript ("This is a provisional translation by an external company
// for reference purpose only.", as Japan's Foreign Ministry prints its
// press conferences; batch "late 20"): no statement of anyone's.
var translationNotes = []string{"this is a provisional translation", "provisional translation", "[provisional translation]",
	"(provisional translation)", "this is an unofficial translation", "unofficial translation", "(unofficial translation)"}

// translationNote reports such a note.
func translationNote(s string) bool {
	if len(s) > 160 {
		return false
	}
	low := strings.ToLower(strings.TrimSpace(s))
	for _, n := range translationNotes {
		if strings.HasPrefix(low, n) {
			return true
		}
	}
	return false
}
