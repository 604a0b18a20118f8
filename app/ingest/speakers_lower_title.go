package ingest

import "strings"

// News agencies and presidential offices writing in English put a title
// that stands for someone already named in lower case: "The president
// held individual and extended talks …" (Korea's presidential office),
// "the premier said …", "The crown prince thanked …". Such a title at the
// head of a clause, right before its verb, is the person of that title
// named earlier, as "The President" is (worked out on batch "late 15").

// lowerTitle matches "the" and a title in lower case at toks[i] to the
// last speaker whose role ends with that title. The title must open the
// sentence or a clause after a comma and be followed by a verb, not by
// "of" ("the president of the company") or a name.
func (b *speakerBook) lowerTitle(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	if toks[i].lower != "the" || i > 0 && toks[i-1].punct != ',' {
		return speakerMention{}, false
	}
	j, head := i+1, false
	party := ""
	if j < len(toks) && entAt[j] != nil && entAt[j].to == j+1 && isCapitalized(toks[j].text) && !toks[j].possessive {
		// "…, the Chinese foreign minister stressed.": the person of
		// that side with that title.
		party = entAt[j].ent.Name
		j++
	}
	at := j
	for j < len(toks) && toks[j].isWord() && toks[j].text == toks[j].lower && (roleHeads[toks[j].lower] || roleWords[toks[j].lower]) {
		head = head || roleHeads[toks[j].lower]
		j++
	}
	if !head || j >= len(toks) || !toks[j].isWord() || toks[j].text != toks[j].lower || connector[toks[j].lower] ||
		toks[j].lower == "who" || toks[j].lower == "and" {
		return speakerMention{}, false
	}
	title := spellTitle(joinTokens(toks[at:j]))
	var found *Speaker
	for k := len(b.order) - 1; k >= 0; k-- {
		sp := b.order[k]
		if !b.titleable(sp) || party != "" && speakerSide(sp) != party {
			continue
		}
		if role := b.spelledRole(sp.Role); role != "" && (strings.HasSuffix(role, title) || headedBy(role, title)) {
			if found == nil || sp.Party == b.author && found.Party != b.author {
				found = sp
			}
		}
	}
	if found == nil {
		return speakerMention{}, false
	}
	return speakerMention{sp: found, from: i, to: j, nameAt: at,
		reason: "speaker: '" + joinTokens(toks[i:j]) + "' (the title in lower case) refers to " + found.Name}, true
}

// headedBy reports a role whose head is the title, its portfolio after
// "for" or "of": "Minister for Europe and Foreign Affairs" is "the
// minister".
func headedBy(role, title string) bool {
	return strings.HasPrefix(role, title+" for ") || strings.HasPrefix(role, title+" of ")
}

// speakerSide is a speaker's party, or the one the list of known
// officials gives the name.
func speakerSide(sp *Speaker) string {
	if sp.Party != "" {
		return sp.Party
	}
	if o := knownOfficials().lookup(sp.Name); o != nil {
		return o.party
	}
	return ""
}

// ordinalHead reports a role (spelled, lower case) whose head is the
// title after an ordinal: "first vice minister of foreign affairs" is
// "the Vice Minister" (Korea's readouts), not "the Minister".
func ordinalHead(role, title string) bool {
	head := role
	for _, sep := range []string{" of ", " for "} {
		if k := strings.Index(head, sep); k >= 0 {
			head = head[:k]
		}
	}
	for _, o := range []string{"first ", "second ", "third "} {
		if rest, ok := strings.CutPrefix(head, o); ok {
			return rest == title
		}
	}
	return false
}
