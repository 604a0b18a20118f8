package ingest

import "strings"

// floorTurn reports a sentence by which whoever chairs a press conference
// hands it to the floor ("Have you got any questions?", "With these
// words, I'm happy to open the floor for questions.", "Tell us who you
// want to ask the question to, who you are and then ask the question.",
// "I would now like to answer your questions."): no statement of either
// side, skipped as "Happy to take questions" is. A sentence that goes on
// to a subject ("questions on trade") or names a side says more and is
// read as any other.
func floorTurn(s string) bool {
	if len(s) > 140 || !strings.Contains(s, "uestion") && !strings.Contains(s, "floor") {
		return false // most sentences: no allocation
	}
	low := strings.ToLower(strings.TrimSpace(s))
	low = strings.NewReplacer("’", "'", ",", " ", "?", " ", ".", " ", "!", " ").Replace(low)
	f := strings.Fields(low)
	if len(f) == 0 || len(f) > 22 {
		return false
	}
	text := " " + strings.Join(f, " ") + " "
	if strings.Contains(text, " ready ") {
		// "Now I'm ready to take your questions": the labels read the
		// speaker's readiness as his undertaking, kept as they are.
		return false
	}
	for _, w := range []string{" questions on ", " questions about ", " questions of ", " question of "} {
		if strings.Contains(text, w) {
			return false
		}
	}
	for _, w := range []string{" any questions ", " take questions ", " take your questions ", " take some questions ",
		" take a few questions ", " answer questions ", " answer your questions ", " answer any questions ",
		" open the floor ", " floor for questions ", " ask the question ", " ask your question ", " ask a question ",
		" questions from the floor "} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
