package ingest

import "strings"

// A sentence with no subject that names both sides in one compound
// ("ROK-UK", "UK-EU") is both sides' when the narrator tells it ("The
// China-EU Summit was held …"), but not when someone speaks in it in the
// first or second person: "My visit … marks a significant moment in our
// reset with Europe and has established a course towards a new UK-EU
// security partnership", "I'm very pleased to co-chair with you the
// ROK-UK Strategic Dialogue", "As you mentioned, the ROK-UK friendship
// stands on deep historical foundation", "Thank you for hosting us for
// the EU-Japan Summit" are the speaker's (or the author's) words.

// personWords are the first and second person a speaker uses of himself
// and of whom he addresses.
var personWords = set("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "my", "me", "us", "you")

// firstOrSecondPerson reports a word of personWords in the text; a bare
// "I" counts before a word in lower case ("Today I met …"), not as a
// numeral ("Attachment I: Deliverables and Priorities").
func firstOrSecondPerson(text string) bool {
	ws := strings.Fields(text)
	for i, w := range ws {
		w = strings.Trim(w, ",.;:!?()\"“”‘")
		if w == "I" {
			if i+1 < len(ws) && ws[i+1] != "" && strings.ToLower(ws[i+1][:1]) == ws[i+1][:1] && !strings.HasSuffix(ws[i], ":") {
				return true
			}
			continue
		}
		if personWords[strings.ToLower(w)] || strings.HasPrefix(w, "I’") || strings.HasPrefix(w, "I'") {
			return true
		}
	}
	return false
}
