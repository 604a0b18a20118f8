package ingest

import (
	"strings"
	"unicode"
)

// Some transcripts end a speaker label with a full stop instead of a
// colon, as the American Presidency Project prints the White House's:
// "President Biden. I say to you: …", "Prime Minister Starmer. Mr.
// President, thank you …". The segmenter makes the label a sentence of its
// own at the head of the paragraph; read as a sentence it would be a
// statement of no one's. Worked out on batch "late 15".

// stopLabel reads such a label: a sentence opening a line that is only a
// title and a name ("President Biden.", "Secretary Blinken.", "Prime
// Minister Narendra Modi."). A title alone ("The President.") or words
// that are not a title and a name make no label.
func stopLabel(r []rune) (turnLabel, bool) {
	// Most sentences are long or end otherwise: done before any string
	// is made.
	if len(r) > 64 || len(r) < 4 || !unicode.IsUpper(r[0]) || r[len(r)-1] != '.' && !unicode.IsSpace(r[len(r)-1]) {
		return turnLabel{}, false
	}
	s := strings.TrimSpace(string(r))
	if len(s) < 4 || len(s) > 60 || !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return turnLabel{}, false
	}
	body := strings.TrimSuffix(s, ".")
	f := strings.Fields(body)
	if len(f) < 2 || len(f) > 5 {
		return turnLabel{}, false
	}
	for _, w := range f {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return turnLabel{}, false
		}
		for _, c := range rs {
			if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
				return turnLabel{}, false // "Second, the Middle East."
			}
		}
	}
	toks := tokenize([]rune(body))
	if len(toks) < 2 || !isTitleWord(toks[0]) || isTitleWord(toks[len(toks)-1]) {
		return turnLabel{}, false
	}
	return turnLabel{text: body, end: len(r), alone: true}, true
}
