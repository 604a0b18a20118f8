package ingest

import "strings"

// headingLinks are the capitalised words a title-case heading joins its
// subject with after the speaker's name ("Press Conference by Prime
// Minister Kishida Regarding His Visit to …", "… Kishida Following the
// G7 Summit"): the name finder reads a capitalised word after a name as
// more of the name, so the speaker is looked for in the part before.
var headingLinks = set("Regarding", "Concerning", "On", "Upon", "After", "Following", "Before", "Ahead", "At",
	"During", "For", "About", "With", "In", "To", "Prior", "Announcing", "Marking", "Attending")

// pressHeadingName finds the speaker named right after "Press Conference
// by …" in rest, the heading's words after it, when the name runs on into
// the heading's title-case subject: the words up to the first link word
// are read alone.
func (st *state) pressHeadingName(rest []rune) *Speaker {
	toks := tokenize(rest)
	cut := len(rest)
	for _, t := range toks {
		if t.isWord() && headingLinks[t.text] {
			cut = t.start
			break
		}
	}
	if cut == len(rest) {
		return nil
	}
	r := []rune(strings.TrimSpace(string(rest[:cut])))
	toks = tokenize(r)
	if found := st.book.find(toks, st.p.Gaz.find(toks, r)); len(found) > 0 {
		return found[len(found)-1].sp
	}
	return nil
}
