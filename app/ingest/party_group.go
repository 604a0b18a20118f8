package ingest

import (
	"fmt"
	"slices"
	"strings"

	"parley/storage"
)

// Statements of several sides and of groups: who "we", "the Ministers"
// and "they" are when more than two sides issue a text, or when a
// grouping (ASEAN, BRICS, the G7) speaks through its members together.

// widens reports whether ps names every party of old and more: a fuller
// list of those who issued a statement than the one kept.
func widens(old, ps []string) bool {
	if len(ps) <= len(old) {
		return false
	}
	for _, o := range old {
		found := false
		for _, p := range ps {
			found = found || p == o
		}
		if !found {
			return false
		}
	}
	return true
}

// weApposition is where the apposition of an opening "We, the …, <verb>"
// ends: at the first word after a comma that is neither a name nor "and"
// ("We, the leaders of the European Union (EU) and Japan, reaffirm …",
// "We, the Secretary of State of the United States and the Foreign
// Ministers of Australia, India, and Japan, met …"), or at the end of the
// sentence when none follows.
func weApposition(toks []token) int {
	depth := 0
	for i := 2; i+1 < len(toks); i++ {
		switch toks[i].punct {
		case '(':
			depth++
		case ')':
			depth--
		case ',':
			next := toks[i+1]
			if depth == 0 && next.isWord() && !isCapitalized(next.text) && next.lower != "and" && next.lower != "the" {
				return i
			}
		}
	}
	return len(toks)
}

// pluralTitles name several office-holders at once: "the Vice
// Ministers", "Ministers Joly and Le Drian".
var pluralTitles = set("ministers", "secretaries", "presidents", "leaders", "representatives", "ambassadors",
	"chancellors", "premiers", "envoys", "counterparts")

// titlesOfAll gives a subject of titles that ends in a plural one ("The
// Deputy Secretary and Vice Ministers reaffirmed …", "The Secretary and
// Foreign Ministers condemned …") to all who issued the statement, or to
// the two principals, not to the first title's holder; and a plural title
// before two names ("Ministers Joly and Le Drian also expressed …") to
// both of them. The titles stand for the people the text opened with.
func (st *state) titlesOfAll(pr *Proposal, toks []token, subj []actor, c cue, hasCue bool) {
	if !hasCue || pr.Skip || len(subj) == 0 || subj[0].from > 1 {
		return
	}
	// The subject runs to the first word in lower case other than
	// "the", "of", "and" (the verb, or an adverb before it).
	end := 0
	for end < len(toks) && end < c.at {
		t := toks[end]
		if t.isWord() && !isCapitalized(t.text) && t.lower != "the" && t.lower != "of" && t.lower != "and" {
			break
		}
		if !t.isWord() && t.punct != '.' && t.punct != '-' {
			return // a phrase before the verb: no list of titles
		}
		end++
	}
	plural, and := false, false
	for i := 0; i < end; i++ {
		switch t := toks[i]; {
		case t.lower == "and":
			and = true
		case pluralTitles[t.lower] && isCapitalized(t.text):
			plural = true
		}
	}
	if !plural || !and || end == 0 {
		return
	}
	ps := st.jointOrPair()
	if len(ps) < 2 || len(pr.Parties) >= len(ps) {
		return
	}
	pr.Parties, pr.Speaker = ps, nil
	st.lastParties = ps
	pr.Reasons = append(pr.Reasons, "party: joint, a plural title ('"+joinTokens(toks[:end])+"') stands for all the principals")
}

// mayWiden reports, cheaply, a sentence that could name more of those
// who issued a statement than the n already kept: an opening "We, …", a
// sentence naming who released the text, or a subject of more than n
// parties.
func mayWiden(text string, toks []token, subj []actor, n int) bool {
	if len(toks) > 2 && toks[0].lower == "we" && toks[1].punct == ',' {
		return true
	}
	if len(subj) > n {
		return true
	}
	return strings.Contains(text, "eleased by") || strings.Contains(text, "ssued by")
}

// noteGroup remembers a text whose first subject is the author's own
// office-holders as a group ("The BRICS Ministers of Foreign Affairs …
// held their annual meeting", "ASEAN Foreign Ministers met …", "G7
// Leaders …"): a grouping's communique, whose "the Ministers" and "they"
// are the grouping, as in a chair's statement (groupsLeaders).
func (st *state) noteGroup(toks []token, subj []actor) {
	if st.groupOpen || len(st.pair) == 2 || len(st.signatories) > 0 || st.author == "" || len(subj) != 1 || subj[0].kind != actorParty ||
		subj[0].ent == nil || subj[0].ent.Name != st.author {
		return
	}
	for k := subj[0].to; k < len(toks) && k <= subj[0].to+1; k++ {
		if pluralTitles[toks[k].lower] {
			st.groupOpen = true
			return
		}
	}
}

// attendedBy takes, in a chair's statement, the parties a meeting "was
// attended by" for its "we" when they are three or more and the chair's
// group is among them ("The Summit was chaired by … and attended by
// ASEAN Member States, the People's Republic of China, Japan, and the
// Republic of Korea"): the chair writes for all who sat at the table, so
// "We reaffirmed our commitment to … the APT process" is theirs.
func (st *state) attendedBy(toks []token, as []actor) {
	if !st.chairDoc || len(st.signatories) > 0 || st.author == "" {
		return
	}
	at := -1
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower == "attended" && toks[i+1].lower == "by" {
			at = i + 2
			break
		}
	}
	if at < 0 {
		return
	}
	var ps []string
	for _, a := range as {
		if a.from < at || a.ent == nil {
			continue
		}
		if a.from >= 2 && toks[a.from-1].lower == "the" && toks[a.from-2].lower == "as" {
			break // "…, and the Prime Minister of Timor-Leste as an Observer"
		}
		ps = appendUnique(ps, a.ent.Name)
	}
	if len(ps) < 3 || !slices.Contains(ps, st.author) {
		return
	}
	st.signatories = ps
}

// principalsListed takes for those who met the people of three parties
// or more a sentence names in one list, with its subject ("Secretary of
// State Antony J. Blinken had a conversation with Australian Foreign
// Minister Marise Payne, Indian Minister of External Affairs Dr. S.
// Jaishankar, and Japanese Foreign Minister Toshimitsu Motegi", "Led by
// U.S. Assistant Secretary …, Japanese Deputy Minister …, and Republic
// of Korea Deputy Minister …, the meeting built upon …"): "the
// Ministers", "they" and "the participants" after it are all of them,
// not the first two.
func (st *state) principalsListed(toks []token, subj []actor, as []actor) bool {
	if len(st.signatories) > 0 {
		return false
	}
	var ps []string
	for _, a := range subj {
		if a.kind == actorSpeaker && a.speaker != nil {
			if p := st.partyOf(a.speaker); p != "" {
				ps = appendUnique(ps, p)
			}
		}
	}
	var run []string
	for i, a := range as {
		if a.kind != actorSpeaker || a.speaker == nil || st.partyOf(a.speaker) == "" {
			run = run[:0]
			continue
		}
		if i > 0 && len(run) > 0 && !listGap(toks[as[i-1].to:a.from]) {
			run = run[:0]
		}
		if len(run) == 0 && topicOf(toks, a.from) {
			// "… updated them on the meeting of Prime Minister Keir
			// Starmer and … Ursula von der Leyen": people a meeting
			// talked about, not the principals.
			continue
		}
		run = append(run, st.partyOf(a.speaker))
		if len(run) >= 2 {
			all := appendUnique(append([]string(nil), ps...), run...)
			if len(all) >= 3 && (len(st.pair) < 2 || slices.Contains(all, st.pair[0]) && slices.Contains(all, st.pair[1])) {
				// (once the two principals are known, a list without
				// one of them names others in passing: "The Prime
				// Minister also updated on his recent visits by the
				// German Chancellor, Friedrich Merz, and French
				// President Emmanuel Macron" after his call with the
				// Taoiseach)
				st.signatories = all
			}
		}
	}
	return len(st.signatories) > 0
}

// listGap reports the tokens between two items of a list: ",", "and",
// ", and".
func listGap(between []token) bool {
	switch len(between) {
	case 1:
		return between[0].punct == ',' || between[0].lower == "and"
	case 2:
		return between[0].punct == ',' && between[1].lower == "and"
	}
	return false
}

// listedTogether gives a sentence that named the principals in one list
// (principalsListed) to all of them when it gave it to two or more of
// them ("Led by …, …, and …, the meeting built upon …"): the meeting is
// theirs together.
func (st *state) listedTogether(pr *Proposal) {
	if len(pr.Parties) < 2 || len(pr.Parties) >= len(st.signatories) || !widens(pr.Parties, st.signatories) {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), st.signatories...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, "party: joint, all the people the sentence lists")
}

// publishersNote gives the line that presents the text to follow ("The
// following text was released by the Governments of the United States
// of America, Japan, and the Republic of Korea on the occasion of …",
// "The following is the joint readout released by …") to the publisher:
// it names who issued the text, it is none of their words.
func (st *state) publishersNote(pr *Proposal, toks []token) {
	if st.author == "" || len(toks) < 3 || toks[0].lower != "the" || toks[1].lower != "following" ||
		!mayWiden(pr.Text, toks, nil, 1) || len(pr.Parties) == 1 && pr.Parties[0] == st.author {
		return
	}
	pr.Parties, pr.Speaker = []string{st.author}, nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: %s, the publisher's note on the text that follows", st.author))
}

// participantsOfAll gives "The participants reaffirmed …" of a meeting of
// three sides or more to all of them, and their stated view to their
// agreement; of a meeting of two, "the participants" may be one side's
// guests ("The participants said …" of an American delegation received in
// Beijing) and keep their reading.
func (st *state) participantsOfAll(pr *Proposal, toks []token) {
	if len(st.signatories) < 3 || len(toks) < 3 || toks[0].lower != "the" || toks[1].lower != "participants" ||
		len(pr.Parties) == len(st.signatories) {
		return
	}
	pr.Parties, pr.Speaker = append([]string(nil), st.signatories...), nil
	st.lastParties = pr.Parties
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: joint, 'the participants' of a meeting of %d sides", len(st.signatories)))
	if pr.Kind == storage.KindPosition {
		pr.Kind = storage.KindAgreement
		pr.Reasons = append(pr.Reasons, "kind: agreement, all sides hold it")
	}
}

// authorsViewOf gives back to the author a narrated sentence that only
// says what another side is to it, with no verb of saying: "Japan is the
// EU's closest strategic partner in the Indo-Pacific region", "India is
// one of Australia's most important partners". The other side does
// nothing there; the author describes it, a view.
func (st *state) authorsViewOf(pr *Proposal, toks []token, subj []actor, as []actor, hasCue bool) {
	if hasCue || st.author == "" || len(subj) != 1 || subj[0].kind != actorParty || subj[0].ent == nil ||
		subj[0].ent.Name == st.author || subj[0].to >= len(toks) || st.voice != nil {
		return
	}
	if cop := toks[subj[0].to].lower; cop != "is" && cop != "remains" && cop != "was" {
		return
	}
	held := false
	for _, a := range as {
		if a.from > subj[0].to && a.from <= subj[0].to+5 && a.possessive && a.ent != nil && a.ent.Name == st.author {
			held = true
		}
	}
	if !held {
		return
	}
	pr.Parties, pr.Speaker = []string{st.author}, nil
	st.lastParties = pr.Parties
	pr.Kind = storage.KindPosition
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("party: %s, what %s is to the author, told with no verb of saying: the author's view", st.author, subj[0].text))
}

// topicOf reports whether "of", "about" or "on" governs toks[i] (past
// an article): the person is what was talked about.
func topicOf(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].lower == "the" {
		j--
	}
	return j >= 0 && (toks[j].lower == "of" || toks[j].lower == "about" || toks[j].lower == "on")
}
