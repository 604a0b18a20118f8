package ingest

import (
	"strings"
	"unicode/utf8"
)

// Speaker is a person the importer found, with their role and party
// (an entity's name, or "" when the text does not say).
type Speaker struct {
	Name  string
	Role  string
	Party string
	ID    int64 // the project's speaker, 0 when new
	// listed: the party came from the list of known officials, which
	// anything the text says later overrules.
	listed bool
	// shown: a proposal has carried the speaker, so the name stays as
	// proposed (see add): a streamed import hands each proposal on as it
	// is made, and must name people as the whole draft does.
	shown bool
	// office: the name is the holder the list of known officials gives
	// for an office the text names, not a name the text writes
	// (speakers_office.go); a lesson about a name does not apply to it.
	office bool
}

// speakerMention is a speaker named in a sentence: tokens [from, to),
// covering a title before and an apposition after the name.
type speakerMention struct {
	sp       *Speaker
	from, to int
	nameAt   int // token index of the name's first word
	reason   string
}

// speakerBook remembers the speakers of the project and of the source
// read so far, by full name and by each part of the name ("Miao").
type speakerBook struct {
	byName map[string]*Speaker
	byPart map[string]*Speaker
	order  []*Speaker // most recent last
	author string     // the source's authoring party: its people come first for a bare title
	// spelled caches spelledRole: a bare title is compared with every
	// speaker's role, and spelling a role out allocates.
	spelled map[string]string
	runes   map[string][]rune // see nameRunes
	// met are the project's speakers this text has named (see
	// titleable); nil until it names one.
	met map[*Speaker]bool
}

// titleable reports a speaker a bare title may stand for: one this text
// has named or the list gave it, not any of the project's speakers of
// that office ("The Prime Minister met …" in a readout of 2020 is not
// the Prime Minister of a readout of 2024 imported before).
func (b *speakerBook) titleable(sp *Speaker) bool {
	return sp.ID == 0 || b.met[sp]
}

// meet marks the speakers a sentence names as met in this text.
func (b *speakerBook) meet(ms []speakerMention) {
	for _, m := range ms {
		b.meetOne(m.sp)
	}
}

func (b *speakerBook) meetOne(sp *Speaker) {
	if sp == nil || sp.ID == 0 {
		return
	}
	if b.met == nil {
		b.met = map[*Speaker]bool{}
	}
	b.met[sp] = true
}

// spelledRole is spellTitle of the role in lower case.
func (b *speakerBook) spelledRole(role string) string {
	if s, ok := b.spelled[role]; ok {
		return s
	}
	s := spellTitle(strings.ToLower(role))
	if b.spelled == nil {
		b.spelled = map[string]string{}
	}
	b.spelled[role] = s
	return s
}

func newSpeakerBook() *speakerBook {
	return &speakerBook{byName: map[string]*Speaker{}, byPart: map[string]*Speaker{}}
}

func (b *speakerBook) add(sp *Speaker) *Speaker {
	got := b.addOne(sp)
	b.meetOne(got) // (newState forgets the project's own, added before the text)
	return got
}

func (b *speakerBook) addOne(sp *Speaker) *Speaker {
	old := b.byName[sp.Name]
	if old == nil {
		// "President Biden" in a heading, then "the President of the
		// United States, Joe Biden": the surname met first is the same
		// person, who now has a full name.
		if f := strings.Fields(sp.Name); len(f) > 1 {
			if o := b.byName[f[len(f)-1]]; o != nil && o.ID == 0 && (o.Party == "" || sp.Party == "" || o.Party == sp.Party || o.listed) {
				old = o
				if !old.shown {
					old.Name = sp.Name
				}
				b.byName[sp.Name] = old
				b.addParts(old)
			}
		}
	}
	if old != nil {
		if old.listed && sp.Party != "" {
			old.Party, old.listed = sp.Party, false
		}
		if old.Role == "" {
			old.Role = sp.Role
		}
		if old.Party == "" {
			old.Party = sp.Party
		}
		if old.Party == "" {
			old.Party = titleParty(old.Role)
		}
		return old
	}
	if sp.Party == "" {
		sp.Party = titleParty(sp.Role)
	}
	b.byName[sp.Name] = sp
	b.order = append(b.order, sp)
	b.addParts(sp)
	return sp
}

// addParts lets sp be found by each capitalised part of the name.
func (b *speakerBook) addParts(sp *Speaker) {
	for _, part := range strings.Fields(sp.Name) {
		if len([]rune(part)) > 1 && !strings.HasSuffix(part, ".") && !notNames[strings.ToLower(part)] && !particles[part] {
			b.byPart[partKey(part)] = sp
		}
	}
}

// particles are the lower-case words inside names ("Ursula von der
// Leyen", "Charles de Gaulle").
var particles = set("von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "la", "le", "al", "bin", "ibn", "ter")

// nameParticle reports whether toks[i] is a particle with the rest of a
// name after it ("von der Leyen").
func nameParticle(toks []token, i int) bool {
	j := i
	for j < len(toks) && toks[j].isWord() && particles[toks[j].text] {
		j++
	}
	return j > i && j < len(toks) && isNameWord(toks[j], nil)
}

// find returns the speakers a sentence names: titled names ("Chinese
// Assistant Foreign Minister Miao Deyu"), names with an apposition ("Shen
// Bo, Director-General of ... the Chinese Foreign Ministry,") and names
// or surnames met before ("Miao").
func (b *speakerBook) find(toks []token, ents []mention) []speakerMention {
	ms := b.findIn(toks, ents)
	b.meet(ms)
	return ms
}

// findIn is find before the speakers found are marked as met.
func (b *speakerBook) findIn(toks []token, ents []mention) []speakerMention {
	entAt := make([]*mention, len(toks))
	for i := range ents {
		for j := ents[i].from; j < ents[i].to && j < len(toks); j++ {
			entAt[j] = &ents[i]
		}
	}
	for _, t := range toks {
		if c, _ := utf8.DecodeRuneInString(t.text); t.isWord() && c >= 0x2E80 && isCJKRune(c) {
			return b.findCJK(toks, entAt)
		}
	}
	var out []speakerMention
	for i := 0; i < len(toks); i++ {
		if m, ok := b.hrvpNamed(toks, entAt, i); ok { // speakers_hrvp.go
			out = append(out, m)
			i = m.to - 1
			continue
		}
		if m, ok := b.titled(toks, entAt, i); ok {
			out = append(out, m)
			i = m.to - 1
			continue
		}
		if m, ok := b.apposed(toks, entAt, i); ok {
			out = append(out, m)
			i = m.to - 1
			continue
		}
		if m, ok := b.known(toks, entAt, i); ok {
			out = append(out, m)
			i = m.to - 1
			continue
		}
		if m, ok := b.knownOpening(toks, entAt, i); ok {
			out = append(out, m)
			i = m.to - 1
		}
	}
	return out
}

// knownOpening matches the full name of a known official that opens the
// sentence as the subject of a verb, with no title ("Theresa May spoke
// with German Chancellor Angela Merkel …"). A bare name anywhere else is
// no speaker: "Relations between Xi Jinping and Biden were discussed"
// names people in passing. The person gets the role the list gives.
func (b *speakerBook) knownOpening(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	if i != 0 && !openingTimeAt(toks, i) {
		return speakerMention{}, false
	}
	ix := knownOfficials()
	j := ix.at(toks, entAt, i)
	if j < i+2 || j >= len(toks) || !subjectVerbAt(toks, j) {
		return speakerMention{}, false
	}
	name := joinTokens(toks[i:j])
	o := ix.lookup(name)
	if o == nil {
		return speakerMention{}, false
	}
	role, _, _ := strings.Cut(o.role, ";")
	sp := b.add(&Speaker{Name: name, Role: strings.TrimSpace(role)})
	return speakerMention{sp: sp, from: i, to: j, nameAt: i, reason: "speaker: '" + name + "' (a known official's full name, opening the sentence)"}, true
}

// openingTimeAt reports an opening phrase of time or place before
// toks[i] ("On March 5, 2024, Wang Yi held talks …", "Today, Penny Wong
// met …"): it starts the sentence with a word of time or place, ends in a
// comma, and holds no verb.
func openingTimeAt(toks []token, i int) bool {
	if i < 2 || i > 12 || toks[i-1].punct != ',' || !toks[0].isWord() || !timeOpeners[toks[0].lower] {
		return false
	}
	for _, t := range toks[:i-1] {
		if t.isWord() && t.text == t.lower && (pastTense(t.lower) && !timeOpeners[t.lower] || auxiliaries[t.lower]) {
			return false
		}
	}
	return true
}

// timeOpeners open a phrase of time or place.
var timeOpeners = set("on", "in", "at", "during", "today", "yesterday", "earlier", "later", "this", "last", "after",
	"before", "following", "meanwhile", "tonight", "recently")

// pastVerbs are verbs in the past tense that do not end in "-ed".
var pastVerbs = set("spoke", "met", "said", "held", "told", "made", "gave", "took", "sent", "wrote", "began", "had",
	"paid", "led", "saw", "underwent", "set", "put", "felt", "thought", "sought", "brought", "won", "went", "came")

// pastTense reports a verb in the past tense: one of pastVerbs or a word
// in "-ed" ("met", "discussed"; not "red").
func pastTense(w string) bool {
	return pastVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 3
}

// auxiliaries make a perfect, passive or future of the verb after them.
var auxiliaries = set("has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would", "can", "could",
	"may", "might", "shall", "should", "must", "do", "does", "did")

// subjectVerbAt reports a verb in the past tense at toks[j], after at
// most one adverb ("also", "today", "warmly").
func subjectVerbAt(toks []token, j int) bool {
	if j+2 < len(toks) && toks[j].lower == "once" && toks[j+1].lower == "again" {
		j += 2 // "The two leaders once again confirmed …": one adverb of two words
	}
	for k := j; k < len(toks) && k <= j+1; k++ {
		t := toks[k]
		if !t.isWord() || t.text != t.lower || auxiliaries[t.lower] {
			return false // "China has advocated …" is no narrated past
		}
		if pastTense(t.lower) {
			return true
		}
	}
	return false
}

// monthSurname reports a surname that is also a month ("Theresa May"):
// a capitalised "May" right after a name word, with no day number after.
func monthSurname(toks []token, entAt []*mention, k int) bool {
	if k <= 0 || toks[k].text != "May" || !isNameWord(toks[k-1], entAt[k-1]) {
		return false
	}
	return k+1 >= len(toks) || !isAllDigits(toks[k+1].text)
}

// titled matches [Demonym] Title Words Name Name.
func (b *speakerBook) titled(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	start := i
	party := ""
	if entAt[i] != nil && !toks[i].possessive {
		if placeBeforeTitle(toks, i) {
			// "visit to Beijing Foreign Secretary James Cleverly": the
			// title starts after the place.
			return speakerMention{}, false
		}
		party = entAt[i].ent.Name
		i = entAt[i].to
		// "People's Republic of China (PRC) Executive Vice Foreign Minister"
		if i+2 < len(toks) && toks[i].punct == '(' && toks[i+2].punct == ')' {
			i += 3
		}
	}
	if i >= len(toks) || !isTitleWord(toks[i]) {
		return speakerMention{}, false
	}
	roleStart := i
	end, lastHead, inner := titleRun(toks, entAt, i)
	if party == "" {
		party = possessedBy(toks, entAt, start) // "South Africa’s Minister of …"
	}
	if k := secondTitle(toks, start, end); k > 0 {
		// "The Prime Minister and President Biden met": the first title
		// is someone the text introduced, the second a new person.
		return b.titled(toks, entAt, k)
	}
	if party == "" {
		party = inner
	}
	if lastHead < 0 {
		return speakerMention{}, false
	}
	if possessiveTitle(toks, roleStart, end) {
		// "the Minister’s Breakfast", "the Prime Minister's Office": a
		// title in the possessive owns what follows, it names no one.
		return speakerMention{}, false
	}
	nameStart := nameBefore(toks, entAt, lastHead, end)
	nameStart = knownFullName(toks, entAt, lastHead, nameStart, end)
	if nameStart < end && toks[nameStart-1].lower == "of" {
		if m, ok := b.portfolioName(toks, entAt, start, roleStart, nameStart, party); ok {
			return m, true
		}
		// "Prime Minister of Bhutan": a country the gazetteer does not
		// know, not a name.
		return speakerMention{}, false
	}
	if nameStart == end {
		if from, to, ok := nameAfterComma(toks, entAt, end); ok {
			// "the Indian External Affairs Minister, Dr. S. Jaishankar,"
			sp := b.add(&Speaker{Name: joinTokens(toks[from:to]), Role: strings.TrimSuffix(joinTokens(toks[roleStart:end]), " of the"), Party: party})
			return speakerMention{sp: sp, from: start, to: to, nameAt: from,
				reason: "speaker: '" + joinTokens(toks[start:to]) + "' (title, then the name)"}, true
		}
	}
	if nameStart == end || (end < len(toks) && toks[end].isWord() && isCapitalized(toks[end].text) && entAt[end] == nil) {
		return speakerMention{}, false
	}
	role := joinTokens(toks[roleStart : beforeHonorifics(toks, nameStart-1)+1])
	role = strings.TrimSuffix(strings.TrimSuffix(role, " of the"), " for")
	name := personName(toks[nameStart:end])
	if party == "" {
		// "President Biden of the United States", "Prime Minister Keir
		// Starmer of the United Kingdom"
		k := end
		if k+1 < len(toks) && toks[k].lower == "of" {
			k++
			if toks[k].lower == "the" && k+1 < len(toks) {
				k++
			}
			if entAt[k] != nil {
				party = entAt[k].ent.Name
			}
		}
	}
	apposed := ""
	if party == "" {
		// "H.E. Ambassador Yusuf Maitama TUGGAR, Minister of Foreign
		// Affairs of Federal Republic of Nigeria," (speakers_apposition_party.go)
		if party = appositionParty(toks, entAt, end); party != "" {
			apposed = "; party: " + party + ", from the office set off after the name"
		}
	}
	if sp := b.byPart[partKey(surname(name))]; sp != nil && (!strings.Contains(name, " ") || strings.HasSuffix(sp.Name, " "+name)) {
		if sp.Party == "" || sp.listed && party != "" {
			sp.Party, sp.listed = party, sp.listed && party == ""
		}
		// "Vice Foreign Minister Ma" after "Ma Zhaoxu": the same person.
		return speakerMention{sp: sp, from: start, to: end, nameAt: nameStart,
			reason: "speaker: '" + joinTokens(toks[start:end]) + "' refers to " + sp.Name + apposed}, true
	}
	sp := b.add(&Speaker{Name: name, Role: role, Party: party})
	return speakerMention{sp: sp, from: start, to: end, nameAt: nameStart,
		reason: "speaker: '" + joinTokens(toks[start:end]) + "' (title before the name" + placeNote(toks, entAt, start) + ")" + apposed}, true
}

// surname is the last word of a name.
func surname(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	return f[len(f)-1]
}

// nameAfterComma finds a name set off by a comma after a title, past
// honorifics and initials: ", H.E. Mr. Shigeru Ishiba," or ", Dr. S.
// Jaishankar.". The name must end the clause, so that a list of titles
// or a place is not taken for one.
func nameAfterComma(toks []token, entAt []*mention, comma int) (from, to int, ok bool) {
	if comma >= len(toks) || toks[comma].punct != ',' {
		return 0, 0, false
	}
	i := comma + 1
	for i < len(toks) && toks[i].isWord() && honorifics[strings.ToLower(toks[i].text)] {
		i++
		if i < len(toks) && toks[i].punct == '.' {
			i++
		}
	}
	from, words := i, 0
	for i < len(toks) && words < 3 {
		switch {
		case isInitial(toks, i):
			i += 2
		case isNameWord(toks[i], entAt[i]) && !toks[i].possessive:
			i++
			words++
		default:
			goto done
		}
	}
done:
	if words == 0 || (i < len(toks) && toks[i].punct != ',' && toks[i].punct != '.' && toks[i].punct != ';') {
		return 0, 0, false
	}
	return from, i, true
}

// maxTitleRun is the most tokens titleRun reads (see there).
const maxTitleRun = 64

// titleRun scans a title and the name after it from toks[i]: title
// words, connectors, capitalised words, initials and an organisation
// after "of the". It returns where the run ends, the index of its last
// head word (-1 for none) and the organisation's entity name.
func titleRun(toks []token, entAt []*mention, i int) (end, lastHead int, party string) {
	lastHead = -1
	named := false // a name word came after the last head
	// The longest real runs are some 25 tokens ("Member of the Political
	// Bureau of the CPC Central Committee and Director of the Office of
	// …"); titled tries a run at every word, so a run without end (a
	// sentence of nothing but titles, pasted without its stops) took time
	// in the sentence's length squared: 1 MB ran for over ten minutes.
	limit := min(len(toks), i+maxTitleRun)
	for i < limit {
		t := toks[i]
		switch {
		case isTitleWord(t):
			if roleHeads[t.lower] {
				lastHead, named = i, false
			}
		case t.punct == '(' && lastHead >= 0 && !named && i+2 < len(toks) && toks[i+2].punct == ')' && i > 0 && entAt[i-1] != nil:
			// "High Representative of the European Union (EU) for
			// Foreign Affairs …": an abbreviation after the organisation.
			i += 3
			continue
		case t.punct == '/' && lastHead >= 0 && !named && i+1 < len(toks) && isTitleWord(toks[i+1]):
			// "High Representative/Vice-President", "Director/Foreign
			// Minister": one person's two titles.
		case nameParticle(toks, i) && lastHead >= 0:
			// "Ursula von der Leyen": a particle inside a name.
		case t.isWord() && t.lower == "and" && named:
			// "Secretary Blinken and Secretary Austin": two people.
			return i, lastHead, party
		case t.isWord() && lastHead >= 0 && headlineVerbs[t.lower] && isCapitalized(t.text):
			// "German President Frank-Walter Steinmeier Meets State
			// Councilor … Wang Yi": a headline's verb ends the first
			// person's title run, or the second person took the first
			// one's nationality (speakers_headline.go).
			return i, lastHead, party
		case t.isWord() && t.lower == "of" && named:
			// "President Biden of the United States": the person's
			// country follows the name (titled reads it).
			return i, lastHead, party
		case t.isWord() && (t.lower == "of" || t.lower == "for" || t.lower == "and" || t.lower == "the") && lastHead >= 0:
		case isInitial(toks, i) && lastHead >= 0:
			i++ // "Kurt M. Campbell": the initial's full stop
		case t.isWord() && honorifics[t.lower] && lastHead >= 0 && !named && i+1 < len(toks) && toks[i+1].punct == '.':
			i++ // "EAM Dr. S. Jaishankar": an honorific and its full stop
		case hyphenPart(toks, i) && lastHead >= 0:
			// "Tae-yul", "Jean-Noël": the rest of a hyphenated name
		case t.isWord() && isCapitalized(t.text) && lastHead >= 0 && entAt[i] == nil:
			named = named || isNameWord(t, nil) || monthSurname(toks, entAt, i)
		case entAt[i] != nil && lastHead >= 0 && i > 0 && (toks[i-1].lower == "the" || toks[i-1].lower == "of"):
			// "High Representative ... of the European Commission Josep Borrell"
			if party == "" {
				party = entAt[i].ent.Name
			}
			i = entAt[i].to
			continue
		case entAt[i] != nil && lastHead >= 0 && i > 0 && toks[i-1].lower == "for":
			// "Minister for Europe and Foreign Affairs": a portfolio,
			// not the minister's party.
			i = entAt[i].to
			continue
		default:
			return i, lastHead, party
		}
		i++
	}
	return i, lastHead, party
}

// nameBefore finds the name at the end of a title run: its last one or
// two capitalised words, with initials.
func nameBefore(toks []token, entAt []*mention, lastHead, end int) int {
	nameStart, words := end, 0
	for nameStart > lastHead+1 && words < 2 {
		switch {
		case nameStart-2 > lastHead && toks[nameStart-1].punct == '.' && isInitial(toks, nameStart-2):
			nameStart -= 2
		case hyphenPart(toks, nameStart-1) && nameStart-2 > lastHead:
			nameStart-- // one word with the part before it
		case isNameWord(toks[nameStart-1], entAt[nameStart-1]) || words == 0 && monthSurname(toks, entAt, nameStart-1):
			nameStart--
			words++
		case words > 0 && nameParticle(toks, nameStart-1):
			nameStart-- // "von der" in "Ursula von der Leyen"
		default:
			return nameStart
		}
	}
	return nameStart
}

// portfolio reports a party's name that is part of a portfolio ("Minister
// of Europe and Foreign Affairs"): "Affairs" follows within the title.
func portfolio(toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+3; k++ {
		if toks[k].punct != 0 {
			return false
		}
		if toks[k].text == "Affairs" {
			return true
		}
	}
	return false
}

// apposed matches Name Name, [the] Title ... [of the Entity],
func (b *speakerBook) apposed(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	if i == 1 && toks[0].isWord() && prepositions[toks[0].lower] {
		// "On Northern Ireland, the Prime Minister …": a topic opening
		// the sentence, then the subject.
		return speakerMention{}, false
	}
	j, words := i, 0
	for j < len(toks) && words < 3 {
		if isInitial(toks, j) && words > 0 {
			j += 2 // "Joseph R. Biden"
			continue
		}
		if words > 0 && hyphenPart(toks, j) && !toks[j].possessive {
			j++ // "Cho Tae-yul, Minister of …": the rest of a hyphenated name
			continue
		}
		if !isNameWord(toks[j], entAt[j]) || toks[j].possessive {
			break
		}
		j++
		words++
	}
	nameEnd := j
	j = pastPostNominals(toks, j)
	if words < 2 || j+1 >= len(toks) || toks[j].punct != ',' {
		return speakerMention{}, false
	}
	if j+3 < len(toks) && (toks[j+1].text == "Jr" || toks[j+1].text == "Sr") && toks[j+2].punct == '.' && toks[j+3].punct == ',' {
		j += 3 // "Joseph R. Biden, Jr., President of …"
	}
	k := j + 1
	if toks[k].lower == "the" || toks[k].lower == "a" {
		k++
	}
	// Agencies write the title in lower case: "Wang Yi, director of the
	// Office of the Central Commission for Foreign Affairs,".
	isRole := func(t token) bool { return t.isWord() && (roleHeads[t.lower] || roleWords[t.lower]) }
	hasHead := false
	for h := k; h < len(toks) && h < k+4 && isRole(toks[h]); h++ {
		hasHead = hasHead || roleHeads[toks[h].lower]
	}
	if !hasHead {
		return speakerMention{}, false
	}
	if runEnd, lastHead, _ := titleRun(toks, entAt, k); lastHead >= 0 && nameBefore(toks, entAt, lastHead, runEnd) < runEnd &&
		beforeHonorifics(toks, nameBefore(toks, entAt, lastHead, runEnd)-1) == lastHead {
		// "On the occasion of the New Year, Prime Minister Shri Narendra
		// Modi …": the title goes on to a name of its own; the words
		// before the comma are no person.
		return speakerMention{}, false
	}
	end, party, roleEnd := k, "", -1
	for end < len(toks) {
		t := toks[end]
		if t.punct == ',' || t.punct == ';' || t.punct == '.' || t.punct == '(' || t.punct == ')' {
			break
		}
		if t.isWord() && !isCapitalized(t.text) && !connector[t.lower] && !isRole(t) {
			break
		}
		if e := entAt[end]; e != nil {
			if !portfolio(toks, e.to) {
				party = e.ent.Name
			}
			if roleEnd < 0 {
				roleEnd = end
			}
			end = e.to
			continue
		}
		end++
	}
	if party == "" && end < len(toks) && toks[end].isWord() && pastTense(toks[end].lower) && toks[end-1].lower != "and" {
		// "Speaking to … Mr. Mahinda Rajapaksa, Prime Minister reiterated
		// …": the title after the comma is the subject of a new clause,
		// not the name's apposition.
		return speakerMention{}, false
	}
	if roleEnd < 0 {
		roleEnd = end
	}
	role := trimConnectors(toks[k:roleEnd])
	// An abbreviation in brackets belongs to the apposition: "(EEAS)".
	if end+2 < len(toks) && toks[end].punct == '(' && toks[end+2].punct == ')' {
		end += 3
	}
	if party == "" {
		party = sideLedBy(toks, entAt, i)
	}
	sp := b.add(&Speaker{Name: joinTokens(toks[i:nameEnd]), Role: role, Party: party})
	why := "speaker: '" + sp.Name + "' with the title '" + role + "'"
	if pn := postNominalAfter(toks, nameEnd); pn != "" {
		why += " (the letters '" + pn + "' after the name are no part of it)"
	}
	return speakerMention{sp: sp, from: i, to: end, nameAt: i, reason: why}, true
}

// known matches a speaker met before by full name, by one part of it, or
// by their title ("the Deputy Secretary").
func (b *speakerBook) known(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	t := toks[i]
	if m, ok := b.possessiveOfficial(toks, entAt, i); ok { // party_names.go
		return m, true
	}
	if t.lower == "the" && i+1 < len(toks) && isTitleWord(toks[i+1]) {
		// "The President of the Council of Ministers, Giorgia Meloni,
		// had a … meeting with the President of the French Republic":
		// a title with its portfolio and the name after the comma is
		// the person it names, not the last one of that title.
		if m, ok := b.titledApposed(toks, entAt, i+1); ok {
			m.from = i
			return m, true
		}
	}
	if t.lower == "the" {
		if m, ok := b.byTitle(toks, entAt, i); ok {
			return m, true
		}
		return b.lowerTitle(toks, entAt, i) // "The president held …" (speakers_lower_title.go)
	}
	if (i == 0 || toks[i-1].punct == ',') && isTitleWord(t) {
		// India's readouts write the title bare at the head of a
		// clause: "Prime Minister conveyed …", "…, PM reiterated …".
		if m, ok := b.byTitleFrom(toks, entAt, i, i); ok && m.to < len(toks) && toks[m.to].isWord() && toks[m.to].text == toks[m.to].lower {
			// …followed by its verb: "Thank you, State Councilor." names
			// the person addressed.
			return m, true
		}
	}
	if t.isWord() && particles[t.text] && nameParticle(toks, i) {
		// "von der Leyen said": the surname with its particles.
		j := i
		for particles[toks[j].text] {
			j++
		}
		if sp := b.byPart[partKey(toks[j].text)]; sp != nil && strings.HasSuffix(sp.Name, joinTokens(toks[i:j+1])) {
			return speakerMention{sp: sp, from: i, to: j + 1, nameAt: i,
				reason: "speaker: '" + joinTokens(toks[i:j+1]) + "' refers to " + sp.Name}, true
		}
	}
	if !t.isWord() || !isCapitalized(t.text) {
		return speakerMention{}, false
	}
	if i+1 < len(toks) && toks[i+1].isWord() {
		if sp := b.byName[t.text+" "+toks[i+1].text]; sp != nil {
			return speakerMention{sp: sp, from: i, to: i + 2, nameAt: i, reason: "speaker: '" + sp.Name + "' named"}, true
		}
	}
	if sp := b.byPart[partKey(t.text)]; sp != nil {
		return speakerMention{sp: sp, from: i, to: i + 1, nameAt: i,
			reason: "speaker: '" + t.text + "' refers to " + sp.Name}, true
	}
	return speakerMention{}, false
}

// byTitle matches "the Deputy Secretary" to the last speaker whose role
// ends with those words; "the Prime Minister of the United Kingdom" only
// to one of that party (or of none yet, who then gets it).
func (b *speakerBook) byTitle(toks []token, entAt []*mention, i int) (speakerMention, bool) {
	return b.byTitleFrom(toks, entAt, i, i+1)
}

// byTitleFrom is byTitle for a mention at toks[i] whose title starts at
// toks[ts]: after "the" (ts = i+1) or bare (ts = i).
func (b *speakerBook) byTitleFrom(toks []token, entAt []*mention, i, ts int) (speakerMention, bool) {
	j, head := ts, false
	for j < len(toks) && isTitleWord(toks[j]) {
		head = head || roleHeads[toks[j].lower]
		j++
	}
	if j+2 < len(toks) && j == ts && toks[j].text == "HR" && toks[j+1].punct == '/' && toks[j+2].text == "VP" {
		return b.byAbbreviation(toks, i, j+3, "high representative")
	}
	if !head || j < len(toks) && toks[j].isWord() && isCapitalized(toks[j].text) {
		return speakerMention{}, false
	}
	if end, lastHead, _ := titleRun(toks, entAt, ts); end > j && lastHead >= 0 && nameBefore(toks, entAt, lastHead, end) < end && secondTitle(toks, ts, end) == 0 {
		// "The High Representative for Foreign Affairs and Security
		// Policy/Vice-President Josep Borrell": the title goes on to a
		// name; titled reads it.
		return speakerMention{}, false
	}
	ofParty, to := officialOf(toks, entAt, j)
	if ofParty != "" {
		if _, _, named := nameAfterComma(toks, entAt, to); named {
			// "the President of the United States, Joe Biden": the
			// name that follows says who; titled reads it.
			return speakerMention{}, false
		}
	} else {
		to = j
	}
	title := spellTitle(strings.ToLower(joinTokens(toks[ts:j])))
	// A readout's bare "the President" is its own side's unless only
	// the other side has one.
	var found *Speaker
	for k := len(b.order) - 1; k >= 0; k-- {
		sp := b.order[k]
		if !b.titleable(sp) || ofParty != "" && sp.Party != "" && sp.Party != ofParty || b.otherSideTitle(sp, ofParty) {
			continue
		}
		if role := b.spelledRole(sp.Role); role != "" && (strings.HasSuffix(role, title) || strings.HasPrefix(role, title) || ordinalHead(role, title)) {
			if found == nil || sp.Party == b.author && found.Party != b.author {
				found = sp
			}
		}
	}
	if found == nil {
		return speakerMention{}, false
	}
	if ofParty == "" && b.author != "" && found.Party != b.author && hasOffice(b.author, title) {
		// "The Prime Minister met with Fumio Kishida, the Prime
		// Minister of Japan" in a British readout: the bare title is
		// the author's own office-holder, whom it need not name.
		return speakerMention{}, false
	}
	if found.Party == "" {
		found.Party = ofParty
	}
	if ofParty == "" {
		if end := wholeRole(toks, ts, b.spelledRole(found.Role)); end > to {
			to = end // "the Prime Minister and Minister of Foreign Affairs" (speakers_title_refer.go)
		}
	}
	return speakerMention{sp: found, from: i, to: to, nameAt: ts,
		reason: "speaker: '" + joinTokens(toks[i:to]) + "' refers to " + found.Name}, true
}

// byAbbreviation matches an abbreviated title ("the HR/VP", toks[i:to])
// to the last speaker whose role holds title.
func (b *speakerBook) byAbbreviation(toks []token, i, to int, title string) (speakerMention, bool) {
	for k := len(b.order) - 1; k >= 0; k-- {
		if sp := b.order[k]; b.titleable(sp) && strings.Contains(strings.ToLower(sp.Role), title) {
			return speakerMention{sp: sp, from: i, to: to, nameAt: i + 1,
				reason: "speaker: '" + toks[i].lower + " " + abbreviation(toks[i+1:to]) + "' refers to " + sp.Name}, true
		}
	}
	return speakerMention{}, false
}

// abbreviation writes the tokens of an abbreviation without spaces
// ("HR/VP").
func abbreviation(toks []token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.text)
	}
	return b.String()
}

// officialOf reads "of [the] Entity" after a title ending at toks[j]
// ("the Prime Minister of the United Kingdom"): the entity's name and
// where the mention ends, or "" when none follows.
func officialOf(toks []token, entAt []*mention, j int) (string, int) {
	if j+1 >= len(toks) || toks[j].lower != "of" {
		return "", j
	}
	k := j + 1
	if toks[k].lower == "the" {
		k++
	}
	if k >= len(toks) || entAt[k] == nil || entAt[k].from != k {
		return "", j
	}
	end := entAt[k].to
	if end < len(toks) && toks[end].isWord() && isCapitalized(toks[end].text) {
		return "", j // "the Minister of Foreign Affairs of China Wang Yi": a name follows
	}
	return entAt[k].ent.Name, end
}

// sideLedBy is the party of "the Chinese side (was chaired) by H.E. Mr.
// Wang Yi": the entity before "side" or "delegation" when "by" stands
// before the name at i; "" otherwise.
func sideLedBy(toks []token, entAt []*mention, i int) string {
	j := beforeHonorifics(toks, i-1)
	if j < 2 || toks[j].lower != "by" {
		return ""
	}
	for k := j - 1; k >= 1 && k >= j-4; k-- {
		if (toks[k].lower == "side" || toks[k].lower == "delegation") && entAt[k-1] != nil {
			return entAt[k-1].ent.Name
		}
	}
	return ""
}

// secondTitle finds, in a title run [start, end) that "the" opens, an
// "and" followed by another titled person ("the Prime Minister and
// President Biden"), and returns where that person's title begins; 0
// when there is none. Without "the", titles joined by "and" are one
// person's ("State Councilor and Foreign Minister Wang Yi").
func secondTitle(toks []token, start, end int) int {
	if start == 0 || toks[start-1].lower != "the" {
		return 0
	}
	for k := start + 1; k+1 < end; k++ {
		if toks[k].lower != "and" || !isTitleWord(toks[k+1]) {
			continue
		}
		for j := k + 1; j < end; j++ {
			if roleHeads[toks[j].lower] {
				return k + 1
			}
			if !isTitleWord(toks[j]) {
				break
			}
		}
	}
	return 0
}
