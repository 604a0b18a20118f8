package ingest

import "strings"

// announcedUndertaking reports an announcement of what the holder's own
// side will do ("Prime Minister Kishida announced that the Government of
// Japan would initiate procedures towards …", "I am very glad to announce
// that we will step up even further"): an undertaking, a commitment. An
// announcement of an event ("We have just announced that the … Dialogue
// will be held in Seoul") or of a thing done ("Today, we announce the
// establishment of …") tells what is or was done.
func (st *state) announcedUndertaking(toks []token, own []string) string {
	for i := 0; i+4 < len(toks); i++ {
		switch toks[i].lower {
		case "announce", "announced", "announces", "announcing":
		default:
			continue
		}
		if toks[i+1].lower != "that" {
			continue
		}
		j := i + 2
		subject := ""
		if toks[j].lower == "we" {
			subject, j = "we", j+1
		} else {
			if toks[j].lower == "the" {
				j++
			}
			if j+1 < len(toks) && toks[j].lower == "government" && toks[j+1].lower == "of" {
				j += 2
				if j < len(toks) && toks[j].lower == "the" {
					j++
				}
			}
			name, ok := st.ownSideAt(toks, j, own)
			if !ok {
				continue
			}
			subject, j = name, j+len(strings.Fields(name))
		}
		if j+1 < len(toks) && (toks[j].lower == "will" || toks[j].lower == "would") && toks[j+1].isWord() && toks[j+1].lower != "be" {
			return toks[i].lower + " that " + subject + " " + toks[j].lower
		}
	}
	return ""
}

// ownSideAt reports the name of one of own (or the source's author when
// own is empty) that the capitalised words from toks[at] spell.
func (st *state) ownSideAt(toks []token, at int, own []string) (string, bool) {
	if len(own) == 0 && st.author != "" {
		own = []string{st.author}
	}
	for _, name := range capitalisedNames(toks, at) {
		if e := st.p.Gaz.Lookup(name); e != nil {
			for _, p := range own {
				if p == e.Name {
					return name, true
				}
			}
		}
	}
	return "", false
}

// capitalisedNames lists the names of up to three capitalised words that
// start at toks[at], longest first, for a lookup in the gazetteer.
func capitalisedNames(toks []token, at int) []string {
	var names []string
	for n := 3; n >= 1; n-- {
		if at+n > len(toks) {
			continue
		}
		words := make([]string, 0, n)
		for _, t := range toks[at : at+n] {
			if !t.isWord() || t.text == t.lower {
				break
			}
			words = append(words, t.text)
		}
		if len(words) == n {
			names = append(names, strings.Join(words, " "))
		}
	}
	return names
}
