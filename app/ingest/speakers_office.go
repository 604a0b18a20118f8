package ingest

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A readout often names its own principal by office alone and never by
// name: No 10's "The Prime Minister met Italian Prime Minister Giorgia
// Meloni …", Hanoi's "The Prime Minister affirmed …", the FCDO's "The
// Foreign Secretary spoke to Russian Foreign Minister Lavrov". The
// analyst's speaker field names a person, and the office with the
// text's date says which one: the holder of that office that day, from
// the list of known officials. The same holds for the other side's
// office named bare ("Finally, the President updated the Prime
// Minister" in a British readout of a call with Washington).

// officeSpeaker is the person an unnamed official at toks[from:k] ("The
// Prime Minister", "the Foreign Secretary", "HE the Prime Minister") of
// party is on the text's date, as an actor of the sentence; false when
// the text has no date, the office is not one the list follows, or the
// list gives no single holder that day.
func (st *state) officeSpeaker(toks []token, from, k int, party string) (actor, bool) {
	if party == "" || st.date == 0 {
		return actor{}, false
	}
	i := from
	for i < k && (toks[i].lower == "the" || toks[i].lower == "both" || toks[i].text == "HE") {
		i++
	}
	office := spellTitle(strings.ReplaceAll(strings.ToLower(joinTokens(toks[i:k])), " / ", "/"))
	if office == "hr/vp" || office == "high representative/vice-president" {
		office = "high representative" // speakers_hrvp.go
	}
	name := st.holderOn(party, office)
	if name == "" {
		return actor{}, false
	}
	title := officeTitle(office)
	sp := st.book.add(&Speaker{Name: name, Role: title, Party: party, office: true})
	if sp.Party != party {
		return actor{}, false // the book knows the name for another side
	}
	if st.byOffice == nil {
		st.byOffice = map[*Speaker]bool{}
	}
	st.byOffice[sp] = true // (a project's speaker of that name too, in this text)
	st.book.meetOne(sp)
	a := actor{kind: actorSpeaker, from: from, to: k, speaker: sp, text: sp.Name,
		reason: holderWhy(sp.Name, party, title, st.date)}
	a.ent = st.p.Gaz.Lookup(party)
	return a, a.ent != nil
}

// officialParty is the side of an unnamed official as proposeOne reads
// it: the other side's office, else the author's.
func officialParty(a actor, author string) string {
	if a.ent != nil {
		return a.ent.Name
	}
	return author
}

// withActor is as with a inserted where its tokens start.
func withActor(as []actor, a actor) []actor {
	i := 0
	for i < len(as) && as[i].from < a.from {
		i++
	}
	return slices.Insert(as, i, a)
}

// irregularPast are verbs in the past tense without "-ed" that narrate
// what an official did ("The Prime Minister began by highlighting …",
// "The Foreign Secretary gave an update on …").
var irregularPast = set("began", "spoke", "met", "gave", "took", "made", "held", "said", "told", "sent", "saw",
	"led", "paid", "wrote", "felt", "thought", "sought", "brought", "went", "came", "kept", "heard", "drew",
	"chose", "underwent", "rang", "set", "put", "laid", "struck", "won", "shared", "spent")

// timeOpener is how many words at toks[i] tell when, with no comma
// before the subject ("This morning the Prime Minister spoke …",
// "Earlier today the Foreign Secretary met …", "Yesterday the …").
func timeOpener(toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	switch toks[i].lower {
	case "today", "yesterday", "tonight":
		return 1
	case "this", "earlier", "later", "last":
		if i+1 < len(toks) && timeOfDay[toks[i+1].lower] {
			return 2
		}
	}
	return 0
}

var timeOfDay = set("morning", "afternoon", "evening", "night", "today", "week")

// officeNamed reports a speaker this text names by an office and its
// date rather than by name (here or in a heading or as its "I"): a
// lesson about a name the analyst corrected elsewhere is not about him.
func (st *state) officeNamed(sp *Speaker) bool {
	return sp != nil && (sp.office || st.byOffice[sp])
}

// titledInText is the holder of the party's office the text names with
// that office's title or its abbreviation ("PM Ishiba", "Prime Minister
// Ishiba") in its opening, and the review's Why, when a heading names
// the speaker by office alone and the text carries no date ("Press
// Conference by the Prime Minister …" and, in a journalist's question
// further on, "… where PM Ishiba expressed …"); "" when it names none,
// or holders of two terms.
func titledInText(party, office, text string) (string, string) {
	roles := officeRoles[strings.ToLower(strings.TrimSpace(office))]
	if party == "" || len(roles) == 0 {
		return "", ""
	}
	low := strings.ToLower(strings.TrimSpace(office))
	prefixes := []string{office + " "}
	for abbr, t := range abbrevTitles {
		if t == low {
			prefixes = append(prefixes, strings.ToUpper(abbr)+" ")
		}
	}
	name, how := "", ""
	for _, row := range holderRows() {
		if row.party != party || !sharesRole(row.roles, roles) {
			continue
		}
		for _, n := range row.names {
			for _, p := range prefixes {
				if k := strings.Index(text, p+n); k >= 0 && !nameGoesOn(text[k+len(p+n):]) {
					if name != "" && name != row.name {
						return "", ""
					}
					name, how = row.name, p+n
				}
			}
		}
	}
	if name == "" {
		return "", ""
	}
	return name, fmt.Sprintf("speaker: %s, the %s the text names as '%s' (the list of known officials; the heading names the office, not the person)", name, office, how)
}

// nameGoesOn reports text that goes on with a letter or another
// capitalised word, so that the name before it is part of a longer one.
func nameGoesOn(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if unicode.IsLetter(r) {
		return true
	}
	if r != ' ' {
		return false
	}
	r2, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsUpper(r2)
}
