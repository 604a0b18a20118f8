package ingest

import (
	"strings"
	"unicode"

	"parley/storage"
)

// Speeches open with their salutations: "Your Excellency, President
// Marcelo Rebelo de Sousa,", "Excellencies Ambassadors and / High
// Commissioners", "Ladies and Gentlemen", "My dear Laurent Saint-Martin,
// Minister Delegate for Foreign Trade of France, through whom I greet the
// French authorities." They address people; they state nothing, and the
// people they name are no speakers: the speaker named in the heading
// goes on speaking after them.

// addressOpeners open a form of address (lower case, as the sentence
// begins); both the opening of a speech (salutation) and an address line
// anywhere (isSalutation, kind_vocab.go) are read with them.
var addressOpeners = []string{"your excellenc", "excellenc", "your majest", "your royal", "your highness",
	"your holiness", "the honourable ", "the honorable ", "honourable", "honorable", "distinguished",
	"ladies and gentlemen", "my dear ", "dear ", "fellow ", "esteemed", "respected", "programme director",
	"program director", "mr chair", "mr. chair", "madam chair", "mr president", "mr. president",
	"madam president", "members of the", "our friends from the media", "friends from the media",
	"dear friends", "colleagues,", "friends,", "colleagues from the media", "friends of the media",
	// "My sister, Hon Nandi-Ndaitwah, Deputy Prime Minister …;": a
	// minister of a neighbour addressed as family (batch late 34).
	"my sister,", "my brother,", "my sister ", "my brother ", "brothers and sisters", "sisters and brothers"}

// salutationLine reports a line that is a form of address ending in a
// comma or a semicolon ("Colleagues from the media,", "Dear Brother and
// Minister Lutundula,", "Honourable Ministers from our two Republics;"):
// a line of its own however the lines around it run.
func salutationLine(r []rune) bool {
	s := strings.TrimSpace(string(r))
	return (strings.HasSuffix(s, ",") || strings.HasSuffix(s, ";")) && isSalutation(s)
}

// salutation reports a sentence that only addresses the audience, in the
// opening of a speech (before its speaker has stated anything): one that
// opens with a form of address and has no colon (after "…, and
// Brazilian businesswomen:" the speech begins), or, once a heading has
// named the speaker or a salutation came before, a line that ends no
// sentence ("Deputy Minister Botes", "Ambassador …, Head of Mission …,").
func (st *state) salutation(r []rune, labelled bool) bool {
	if st.stated || labelled || len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	s := string(r)
	if strings.ContainsAny(s, ":：") {
		return false
	}
	words := strings.Fields(strings.ToLower(s))
	head := strings.ToLower(string(r[:min(len(r), 24)]))
	for _, o := range addressOpeners {
		if strings.HasPrefix(head, o) {
			return !speaksAfterComma(words) && !honourableSubject(head, words, r[len(r)-1])
		}
	}
	// A minister's byline ("Senator the Hon Don Farrell, Minister for
	// Trade") heads a media release, not a speech.
	speech := st.saluted || st.voice != nil && st.voice.heading && !st.voice.byline
	last := r[len(r)-1]
	// A list of addresses may end each line with a semicolon
	// ("Co-Chairs of the Senior Officials;", batch late 34).
	if !speech || !(last == ',' || last == ';' || unicode.IsLetter(last)) {
		return false
	}
	for _, w := range words {
		if finiteHints[strings.Trim(w, ",;")] {
			return false // "I am sincerely glad to welcome you …"
		}
	}
	return true
}

// speaksAfterComma reports a salutation run into the speech: a comma
// followed by the speaker's clause ("Dear Prime Minister, dear Shinzo,
// dear Jean-Claude, I am very happy to welcome you …"), not by a
// relative one ("…, through whom I greet the French authorities").
func speaksAfterComma(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if strings.HasSuffix(words[i], ",") && speechOpeners[words[i+1]] {
			return true
		}
	}
	return false
}

// speechOpeners are the words that open the speaker's own clause.
var speechOpeners = set("i", "we", "it", "let", "allow", "thank", "it's", "i'm", "we're", "today")

// finiteHints are words that make a line a sentence rather than an
// address.
var finiteHints = set("i", "we", "am", "is", "are", "was", "were", "will", "have", "has", "i'm", "we're", "it's")

// skipSalutation proposes a salutation as skipped.
func (st *state) skipSalutation(pr *Proposal) {
	st.saluted = true
	pr.Skip, pr.Kind = true, storage.KindAccount
	pr.Reasons = append(pr.Reasons, "skipped: a salutation opening the speech, no statement")
}

// honourableSubject reports a sentence that names a minister with "The
// Honourable" as its subject, as Canada's readouts open: "The Honourable
// Mélanie Joly, Minister of Foreign Affairs, met yesterday with …". A
// third person and a verb in the past after the title's comma, and a full
// stop at the end, make it a sentence told, not an address.
func honourableSubject(head string, words []string, last rune) bool {
	if last != '.' || !(strings.HasPrefix(head, "the honourable ") || strings.HasPrefix(head, "the honorable ")) {
		return false
	}
	comma := false
	for _, w := range words {
		if comma && (toldVerbs[strings.Trim(w, ",;")] || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "guished")) {
			return true
		}
		comma = comma || strings.HasSuffix(w, ",")
	}
	return false
}

// toldVerbs are past tenses not ending in "-ed" that tell what a
// minister did.
var toldVerbs = set("met", "spoke", "held", "said", "made", "took", "gave", "led", "paid", "began", "sent", "wrote", "today", "yesterday", "will")
