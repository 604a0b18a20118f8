package ingest

import "strings"

// A joint statement is often named with a word or two between "joint" and
// "statement": "Trilateral Strategic Dialogue Joint Ministerial
// Statement", "Joint Leaders' Statement", "Joint Press Release" (of a
// dialogue's two sides), "Joint Ministerial Communiqué". jointTitles lists
// the bare forms; jointQualified reads these.

// jointTextNouns end the name of a text both sides issued.
var jointTextNouns = set("statement", "communiqué", "communique", "declaration", "readout")

// jointQualified reports, in lower case text, "joint" followed within three
// words by one of jointTextNouns, or by "press release"; not a "joint media
// release" (in Canberra, of two ministers of one government) nor a "joint
// press conference", which is no text of theirs.
func jointQualified(low string) bool {
	for rest := low; ; {
		i := strings.Index(rest, "joint ")
		if i < 0 {
			return false
		}
		rest = rest[i+len("joint "):]
		words := strings.Fields(rest)
		for k := 0; k < len(words) && k < 3; k++ {
			w := strings.Trim(words[k], ",.:;()\"“”")
			if w == "media" || w == "conference" {
				break
			}
			if jointTextNouns[w] || w == "release" && k > 0 && words[k-1] == "press" {
				return true
			}
		}
	}
}
