package ingest

import "strings"

// No 10 and the FCDO often give a whole readout in quotation marks after
// "A Downing Street spokesperson said:", each paragraph opening with its
// own quotation mark: "“The Prime Minister met US Secretary of State
// Antony Blinken in Downing Street today." The quotation is the readout
// itself, told in the third person: its officials are the subjects
// ("The Prime Minister" after the quotation mark is the holder of the
// office, as without it), and a meeting it tells is an account, not a
// view the spokesperson holds.

// openingQuote reports a quotation mark that opens a quotation.
func openingQuote(t token) bool {
	return t.punct == '“' || t.punct == '"' || t.punct == '‘' || t.text == "“" || t.text == "\""
}

// narratedInQuote reports a quoted sentence that tells what a third
// person or both sides did, in the past tense: "“The Prime Minister met
// …", "“They also discussed …". A spokesperson's own words ("“The
// United States condemns …", "“We welcome …") are still his view.
func narratedInQuote(toks []token, subj []actor, c cue, hasCue bool) bool {
	if !hasCue || len(subj) == 0 || !pastTense(strings.ToLower(c.word)) {
		return false
	}
	switch subj[0].kind {
	case actorSpeaker, actorJoint, actorThey, actorHeShe:
		return true
	}
	return false
}
