package ingest

import (
	"strings"
	"unicode"
)

// Speaker labels as press conference transcripts print them, beyond the
// plain "TITLE NAME:" (worked out on batch "late 30"):
//
//   - an honorific before a known official's name: "RT HON WINSTON
//     PETERS:", "Hon. Nanaia Mahuta:", "Dr Vivian Balakrishnan:" name
//     the official as the bare name does;
//   - a doubled colon, a slip of the transcript: "Foreign Minister::
//     Oh look, …" is the label "Foreign Minister";
//   - a label on a line of its own after a heading that ends no sentence
//     ("Joint press conference with …" / "MINISTER PETERS:"): a line of
//     its own, not a hard wrap of the heading;
//   - a questioner's label alone on its line ("JOURNALIST:"): the line
//     after it is the question, skipped, not the answer.

// leadingHonorifics open a label before the name: dropped to look the name
// up in the list of known officials.
var leadingHonorifics = set("rt", "right", "the", "hon", "honourable", "honorable", "mr", "mrs", "ms", "dr",
	"h.e.", "he", "his", "her", "excellency", "senator", "sen")

// dropLabelHonorifics drops the honorifics that open a label's name part
// ("Rt Hon Winston Peters" → "Winston Peters"), keeping two words at least.
func dropLabelHonorifics(name string) string {
	f := strings.Fields(name)
	for len(f) > 2 && leadingHonorifics[strings.TrimSuffix(strings.ToLower(f[0]), ".")] {
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// doubledColon reports a label's colon printed twice ("Foreign
// Minister::"): the label ends after the second.
func doubledColon(r []rune, colon int) bool {
	return colon+1 < len(r) && (r[colon+1] == ':' || r[colon+1] == '：') && (colon+2 == len(r) || r[colon+2] == ' ')
}

// labelOnlyLine reports a line that is a speaker label alone ("MINISTER
// PETERS:", "JOURNALIST:"): it starts a paragraph of its own.
func labelOnlyLine(p []rune) bool {
	k := len(p) - 1
	for k >= 0 && unicode.IsSpace(p[k]) {
		k--
	}
	if k < 2 || p[k] != ':' && p[k] != '：' || k > 80 {
		return false // most lines: no string to make
	}
	s := strings.TrimSpace(string(p))
	if len(s) < 3 || len(s) > 60 || (!strings.HasSuffix(s, ":") && !strings.HasSuffix(s, "：")) {
		return false
	}
	lab, ok := labelAt([]rune(s))
	return ok && lab.alone
}
