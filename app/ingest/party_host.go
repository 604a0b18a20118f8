package ingest

import "fmt"

// The guest a host received is no subject (batch "late 31"): "On 21
// January 2010, the Head of the Swiss Federal Department of Foreign
// Affairs, Federal Councillor Micheline Calmy-Rey, received the Croatian
// Foreign Minister, Gordan Jandroković, for a working visit" is the
// host's sentence, told by the host's ministry, even where the host's
// own name is not read as a speaker. Like "met" and "visited"
// (prepositions), a verb of hosting governs the person after it: the
// side received is the object, and the sentence falls to its subject or,
// with none read, to the author.

// hostingVerbs govern their object as a preposition does: "received the
// Croatian Foreign Minister", "hosted Secretary Blinken", "welcomed
// President Ruto".
var hostingVerbs = set("received", "receives", "hosted", "hosts", "welcomed", "welcomes")

// guestReceived says so in the Why when the sentence fell to the author
// because the only side it named was the guest a host received: `party:
// the guest after 'received' is no subject; the host's side, the
// source's author`.
func (st *state) guestReceived(pr *Proposal, toks []token, as []actor) {
	if st.author == "" || pr.Speaker != nil || len(pr.Parties) != 1 || pr.Parties[0] != st.author {
		return
	}
	for _, a := range as {
		j := beforeHonorifics(toks, a.from-1)
		for j >= 0 && toks[j].isWord() && determiners[toks[j].lower] {
			j--
		}
		if a.prepositional && j >= 0 && toks[j].isWord() && hostingVerbs[toks[j].text] {
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: the guest after '%s' is no subject; the host's side, the source's author", toks[j].text))
			return
		}
	}
}
