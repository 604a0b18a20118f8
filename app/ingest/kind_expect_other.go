package ingest

import "strings"

// expectedOfOther reports an expectation the holder places on another
// side by name ("stated that he expects Saudi Arabia to continue to play
// a leading role", "expressed his expectation for further role by Egypt
// in this regard"): what that side is to do, a demand, as "expect that
// this decision could be reconsidered" is (expectOthers). An expectation
// of something no side is named to do ("expressed his expectations for
// the early entry into force of the agreement", "for further cooperation
// with Japan") stays the holder's view, and so does one the holder's own
// side is to meet.
func (st *state) expectedOfOther(toks []token, own []string) string {
	for i := 0; i+2 < len(toks); i++ {
		switch toks[i].lower {
		case "expect", "expects", "expected", "expectation", "expectations":
		default:
			continue
		}
		if i > 0 && (beForms[toks[i-1].lower] || toks[i-1].lower == "would") {
			continue // "is expected to": a forecast
		}
		if strings.HasPrefix(toks[i].lower, "expectation") {
			if toks[i+1].lower != "for" {
				continue
			}
			// "expectation for further role by Egypt": the doer after
			// "by", within the clause.
			for k := i + 2; k+1 < len(toks) && k <= i+8; k++ {
				if !toks[k].isWord() || toks[k].lower == "and" {
					break
				}
				if toks[k].lower == "by" {
					if name, ok := st.otherSideAt(toks, k+1, own); ok {
						return toks[i].lower + " for … by " + name
					}
					break
				}
			}
			continue
		}
		// "expects Saudi Arabia to": the side named as the verb's object.
		if name, ok := st.otherSideAt(toks, i+1, own); ok {
			if e := i + 1 + len(strings.Fields(name)); e < len(toks) && toks[e].lower == "to" {
				return toks[i].lower + " " + name + " to"
			}
		}
	}
	return ""
}

// otherSideAt reports the name of a side, not among own, that the
// capitalised words from toks[at] spell (up to three words, longest
// first).
func (st *state) otherSideAt(toks []token, at int, own []string) (string, bool) {
	for _, name := range capitalisedNames(toks, at) {
		e := st.p.Gaz.Lookup(name)
		if e == nil {
			continue
		}
		for _, p := range own {
			if p == e.Name {
				return "", false
			}
		}
		if e.Name == st.author && len(own) == 0 {
			return "", false
		}
		return name, true
	}
	return "", false
}
