package ingest

// In one person's remarks, what another person said is told with more
// verbs than "said" and "replied": "Just now, President Marcos spoke of a
// golden age for our two countries", "the Minister referred to …", "the
// President underlined …". Such a sentence is the other person's, and the
// remarks go on after it (othersWords). "spoke with" and "talked to" tell
// of a call or meeting, not of words (worked out on batch "late 15").

// moreReportVerbs report speech on their own.
var moreReportVerbs = set("underlined", "underscored", "highlighted", "remarked", "added", "described", "recalled",
	"reiterated", "observed", "commented")

// reportPhrase reports a verb of saying at toks[k] that needs the word
// after it: "spoke of", "spoke about", "talked about", "referred to".
func reportPhrase(toks []token, k int) bool {
	if moreReportVerbs[toks[k].lower] {
		return true
	}
	if k+1 >= len(toks) || !toks[k+1].isWord() {
		return false
	}
	switch toks[k].lower {
	case "spoke", "talked", "speaks", "talks":
		return toks[k+1].lower == "of" || toks[k+1].lower == "about"
	case "referred", "refers":
		return toks[k+1].lower == "to"
	case "asked", "asks":
		// "Minister Mahuta asked if she could see the chambers": what
		// the guest asked for, hers (batch "late 20"); "asked about"
		// tells of a question put to the speaker.
		switch toks[k+1].lower {
		case "if", "whether", "that", "me", "us", "for":
			return true
		}
	}
	return false
}
