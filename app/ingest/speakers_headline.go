package ingest

import "strings"

// Headlines are written in title case, so the verb after a title is
// capitalised like a name: "Prime Minister Meets Iranian Foreign
// Minister", "Minister Ronald Lamola Holds Consultations", "Secretary
// Receives …". Read as a name, "Meets" became a speaker the later "the
// Prime Minister and Minister of Foreign Affairs" was taken to refer to.
// A verb of the third person singular that headlines use for what a
// principal did is no name.
var headlineVerbs = set("meets", "holds", "receives", "hosts", "welcomes", "calls", "speaks", "talks", "visits",
	"discusses", "concludes", "congratulates", "attends", "participates", "says", "urges", "affirms", "stresses",
	"reaffirms", "condemns", "thanks", "briefs", "chairs", "co-chairs", "opens", "addresses", "signs", "joins",
	"travels", "arrives", "departs", "leads", "launches", "emphasizes", "emphasises", "underlines", "expresses",
	"pays", "extends", "sends", "telephones")

// A news page that carries a leader's own words may head them with a
// headline of what the leader did ("Von der Leyen Meets Costa, Ishiba for
// Talks") and no genre word ("Remarks by …"). When the text under it
// speaks in the first person, the known official of the author's side at
// the head of the headline is its "I", as under a speech's title
// (speechTitle); a headline over a text that tells of the leader in the
// third person opens no one's remarks.

// headlineOfSpeech reports a headline with a headline verb among its
// first five words, over a text whose first paragraph speaks as "I"
// outside quotation marks (a readout quoting its leader, "Xi emphasized:
// \"I'm very happy …\"", tells of him).
func headlineOfSpeech(toks []token, opening string) bool {
	verb := false
	for i := 1; i < len(toks) && i <= 5; i++ {
		if toks[i].isWord() && isCapitalized(toks[i].text) && headlineVerbs[toks[i].lower] {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	_, body, _ := strings.Cut(opening, "\n")
	first := ""
	for _, line := range strings.Split(head(body, 3000), "\n") {
		if first = strings.TrimSpace(line); first != "" {
			break
		}
	}
	var b strings.Builder
	quoted := false
	for _, c := range first {
		switch c {
		case '"':
			quoted = !quoted
			continue
		case '“':
			quoted = true
			continue
		case '”':
			quoted = false
			continue
		}
		if !quoted {
			b.WriteRune(c)
		}
	}
	out := " " + b.String()
	return strings.Contains(out, " I ") || strings.Contains(out, " I’") || strings.Contains(out, " I'")
}
