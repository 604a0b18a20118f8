package ingest

import (
	"fmt"
	"strings"
	"unicode"

	"parley/storage"
)

// Transcripts, press remarks and interviews are first-person texts: "I",
// "we", "my friend" belong to whoever speaks, and who speaks is said by
// the heading ("Remarks by President Charles Michel …", "Press Conference
// by Prime Minister …", "Wang Yi Meets the Press") or by a label at the
// head of a paragraph ("SECRETARY BLINKEN:", "Penny Wong, Foreign
// Minister:", "Wang Yi:", "Q."). A journalist's, host's or moderator's
// turn is no statement of either side: its sentences are skipped. Each
// labelled turn lasts until the next label or heading; a question without
// a label for the answer ("Q. …" in a doorstop) lasts to the end of its
// paragraph, after which the speaker of the remarks answers.

// turnLabel is what a speaker label at the head of a sentence says.
type turnLabel struct {
	text     string   // the label as written, without the colon
	end      int      // runes of the sentence the label and its colon take
	sp       *Speaker // the speaker it names, nil for a questioner
	question bool     // a journalist, host, moderator or audience member
	alone    bool     // the label stands on a line of its own
}

// transcript is what proposing remembers of a text's turns.
type transcript struct {
	lineStart bool                // the sentence opens a line (set before each is proposed)
	question  *question           // the open question turn, if any
	labelled  bool                // a speaker label has been met
	speakers  map[string]*Speaker // labels met, by labelKey, and the speakers they name
	askers    map[string]bool     // labels of those who ask
	partyWhy  map[*Speaker]string // labelled speakers whose side the known officials gave, and why
}

// question is an open question turn: its sentences are skipped.
type question struct {
	from  int    // the sentence (counted from 1) that asked it
	who   string // the label, or "" for a question in brackets
	prev  *voice // the remarks it interrupted, which go on after it
	label bool   // it lasts until the next label, not its paragraph
	bare  bool   // its label stood alone on its line: the next line asks (transcript_label_forms.go)
}

// questionerWords are labels of people who ask rather than state.
var questionerWords = set("q", "question", "questions", "questioner", "reporter", "reporters", "journalist",
	"journalists", "host", "moderator", "presenter", "interviewer", "audience", "participant", "press",
	"media", "correspondent", "anchor", "member of the press", "off-mic", "inaudible")

// mediaWords mark a label that names a news outlet ("Xinhua News Agency:",
// "China Daily:", "Kyodo News:"): the outlet's journalist asks.
var mediaWords = set("shimbun", "news", "agency", "daily", "times", "post", "tv", "television", "radio", "reuters",
	"afp", "ap", "bloomberg", "cnn", "bbc", "nhk", "kyodo", "cctv", "cgtn", "xinhua", "press", "journal",
	"herald", "tribune", "broadcasting", "network", "channel", "phoenix", "tass", "ria", "yonhap", "asahi",
	"yomiuri", "mainichi", "nikkei", "abc", "sbs", "sky", "al", "jazeera", "guardian", "gazette", "telegraph")

// labelAt reads a speaker label at the head of a sentence that opens a
// line: up to eight words, then a colon ("SECRETARY BLINKEN:", "Peter
// Stefanovic, Host:", "Mr. Fumio Kishida, Minister for Foreign Affairs:"),
// or "Q." / "Q:" before a question.
func labelAt(r []rune) (turnLabel, bool) {
	if len(r) > 2 && r[0] == 'Q' && (r[1] == '.' || r[1] == ':' || r[1] == ')') && (len(r) == 2 || unicode.IsSpace(r[2])) {
		return turnLabel{text: "Q", end: 2, question: true, alone: len(strings.TrimSpace(string(r[2:]))) == 0}, true
	}
	if lab, ok := answerLabel(r); ok { // "A)", "A.", "A:" (transcript_briefing.go)
		return lab, true
	}
	colon := -1
	for i, c := range r {
		if i > 90 {
			break
		}
		if c == ':' || c == '：' {
			colon = i
			break
		}
		if c == '.' && i+1 < len(r) && unicode.IsSpace(r[i+1]) && !labelAbbrev(r[:i]) || c == '!' || c == '?' ||
			c == ';' || c == '"' || c == '“' || unicode.IsDigit(c) {
			return turnLabel{}, false
		}
	}
	if colon <= 0 {
		return turnLabel{}, false
	}
	text := strings.TrimSpace(string(r[:colon]))
	if hasCJKRunes([]rune(text)) {
		// "王毅:", "法新社记者：", "答：": Chinese labels need no space.
		return cjkLabel(r, text, colon)
	}
	if doubledColon(r, colon) { // "Foreign Minister:: …" (transcript_label_forms.go)
		colon++
	}
	if colon+1 < len(r) && !unicode.IsSpace(r[colon+1]) && !tightLabel(r, text, colon) { // transcript_briefing.go
		return turnLabel{}, false
	}
	words := labelWords(text)
	if len(words) == 0 || len(words) > 8 {
		return turnLabel{}, false
	}
	upper := strings.ToUpper(text) == text
	for _, w := range words {
		if !upper && !isCapitalized(w) && !connector[w] && w != "&" {
			return turnLabel{}, false
		}
	}
	end := colon + 1
	for end < len(r) && unicode.IsSpace(r[end]) {
		end++
	}
	return turnLabel{text: text, end: end, alone: end == len(r)}, true
}

// labelPunct parts a label's words at its commas and brackets.
var labelPunct = strings.NewReplacer(",", " ", "(", " ", ")", " ")

// labelWords are the words of a label ("Peter Stefanovic, Host",
// "JOURNALIST (inaudible)").
func labelWords(s string) []string { return strings.Fields(labelPunct.Replace(s)) }

// labelAbbrev reports a full stop that ends an honorific or an initial
// inside a label ("Mr.", "J.", "D.C.").
func labelAbbrev(r []rune) bool {
	k := len(r)
	for k > 0 && unicode.IsLetter(r[k-1]) {
		k--
	}
	w := strings.ToLower(string(r[k:]))
	return len(r)-k <= 1 || honorifics[w] || w == "mrs" || w == "sen" || w == "rep" || w == "gen" || w == "amb" ||
		w == "sec" || w == "asec" || w == "usec" // "SEC. MANALO:", "DFA-OAA ASEC. ESPIRITU:"
}

// isQuestioner reports a label that names someone who asks: a word for
// a journalist or host ("REPORTER", "Peter Stefanovic, Host"), or a news
// outlet ("Xinhua News Agency").
func isQuestioner(label string) bool {
	if cjkQuestioner(label) {
		return true
	}
	low := strings.ToLower(label)
	if questionerWords[low] || outletInBrackets(label) { // transcript_briefing.go
		return true
	}
	words := labelWords(low)
	for i, w := range words {
		// "Peter Stefanovic, Host", "JOURNALIST (inaudible)"; "Press
		// Secretary Kobayashi" is the official who answers
		// (transcript_briefing.go).
		if questionerWords[w] && (i == len(words)-1 || i == 0) && !officialTitled(words) {
			return true
		}
	}
	for _, w := range words {
		if mediaWords[w] && w != "press" && w != "al" && w != "sky" && w != "abc" || w == "news" {
			return true
		}
	}
	return false
}

// turn reads the sentence's speaker label when it opens a line, and opens
// that speaker's turn or a question. It reports how many runes the label
// takes (the rest is what was said) and whether the sentence is a
// question to skip, with pr filled in.
func (st *state) turn(pr *Proposal, r []rune) (int, bool) {
	if st.tr.speakers == nil {
		st.tr.speakers, st.tr.askers = map[string]*Speaker{}, map[string]bool{}
	}
	k, skip := st.turnLabel(pr, r)
	if v := st.voice; v != nil && v.quoted {
		// Each paragraph of a long quotation opens with a quotation
		// mark and only the last one closes, though some texts drop the
		// marks of the paragraphs between.
		v.closed = endsQuote(r) || v.closed && !startsQuote(r)
	}
	if skip || st.voice == nil || !st.voice.whole || len(r)-k > 40 {
		return k, skip
	}
	if bareAddress(tokenize(r[k:])) {
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: addresses the next speaker, no statement")
		return k, true
	}
	return k, false
}

func (st *state) turnLabel(pr *Proposal, r []rune) (int, bool) {
	if q := st.tr.question; q != nil {
		if st.tr.lineStart && !q.label {
			st.tr.question = nil
			st.voice = q.prev
		} else if !st.tr.lineStart {
			st.skipQuestion(pr, fmt.Sprintf("skipped: goes on with the question asked in sentence %d", q.from))
			return 0, true
		}
	}
	if q := st.tr.question; q != nil && q.bare && st.tr.lineStart {
		// "JOURNALIST:" on a line of its own: the line after it is the
		// question, not an answer without a label.
		if _, ok := labelAt(r); !ok {
			q.bare = false
			st.skipQuestion(pr, fmt.Sprintf("skipped: the question labelled in sentence %d, no side's statement", q.from))
			return 0, true
		}
	}
	if writtenQuestion(r) { // transcript_dash_label.go
		st.openQuestion("", false)
		st.skipQuestion(pr, "skipped: a parliamentary question ('To ask the …'), no side's statement")
		return 0, true
	}
	if !st.tr.lineStart {
		return 0, false
	}
	if st.n == 1 && !endsSentenceRunes(r) {
		// The text's first line, ending no sentence, is its title,
		// however long ("Secretary Antony J. Blinken and Chinese …
		// Foreign Minister Wang Yi Before Their Meeting").
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: the text's title, not a statement")
		toks := tokenize(r)
		ents := st.p.Gaz.find(toks, r)
		sps := st.book.find(toks, ents)
		st.possessiveRemarks(pr.Text, sps, toks, ents) // heading_possessive.go
		st.headingCounterpart(toks, ents, sps)
		return 0, true
	}
	if v := st.voice; v != nil && v.quoted && v.closed && !startsQuote(r) {
		st.voice = nil // the quotation's paragraphs are over
	}
	if subjectList(r) {
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, "skipped: the transcript's list of subjects")
		return 0, true
	}
	if bracketQuestion(r) {
		st.openQuestion("", false)
		st.skipQuestion(pr, "skipped: a journalist's question, summed up in brackets: no side's statement")
		return 0, true
	}
	lab, ok := labelAt(r)
	if !ok {
		lab, ok = stopLabel(r) // "President Biden." (transcript_stop_label.go)
	}
	if !ok {
		lab, ok = dashLabel(r) // "President Lula — …" (transcript_dash_label.go)
	}
	if !ok {
		if lab, ok = parenLabel(r); ok && st.labelSpeaker(lab.text) == nil {
			// "Mick Barry (Cork North Central, Solidarity)": someone the
			// text gives no side asks.
			pr.Skip, pr.Kind = true, storage.KindAccount
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("skipped: '%s' heads a question or answer, no statement", lab.text))
			return 0, true
		}
	}
	if !ok {
		if q := st.tr.question; q != nil {
			// A question that ran to the next label meets an answer
			// without one: the remarks it interrupted go on.
			st.tr.question = nil
			st.voice = q.prev
		}
		return 0, false
	}
	lab.question = lab.question || isQuestioner(lab.text) || st.tr.askers[labelKey(lab.text)]
	if lab.text == "A" && st.tr.question == nil && len(st.tr.askers) == 0 {
		// "A." with no question before it opens a list, not an answer.
		return 0, false
	}
	if lab.text == "答" || lab.text == "A" {
		// "答：" answers for the speaker of the remarks the question
		// interrupted.
		prev := st.voice
		if q := st.tr.question; q != nil {
			prev = q.prev
		}
		st.tr.question, st.voice = nil, prev
		return lab.end, false
	}
	if !lab.question {
		lab.sp = st.labelSpeaker(lab.text)
		if lab.sp == nil {
			// Someone the text never introduced: a questioner when
			// they ask ("Stefanovic: Is there any way …?").
			switch {
			case st.tr.askers[labelKey(lab.text)] || strings.HasSuffix(strings.TrimSpace(string(r)), "?"):
				lab.question = true
			case st.tr.labelled:
				// "Fiona Scott:" in a clip an interview replays:
				// someone with no title the text gives no side.
				st.openQuestion(lab.text, true)
				st.skipQuestion(pr, fmt.Sprintf("skipped: '%s' speaks for neither side here (no title, no party), no side's statement", lab.text))
				return 0, true
			default:
				return 0, false
			}
		}
	}
	if lab.question {
		st.tr.askers[labelKey(lab.text)] = true
		k := strings.LastIndex(lab.text, ",")
		if b := strings.Index(lab.text, "("); k <= 0 && b > 0 {
			k = b // "Dawn Tan (CNA)": "Tan:" asks later too
		}
		if k > 0 && isQuestioner(lab.text) {
			// "Peter Stefanovic, Host": "Stefanovic:" asks later too.
			name := strings.TrimSpace(lab.text[:k])
			st.tr.askers[labelKey(name)] = true
			st.tr.askers[labelKey(surname(name))] = true
		}
		st.openQuestion(lab.text, lab.alone || st.tr.labelled)
		st.tr.question.bare = lab.alone
		st.skipQuestion(pr, fmt.Sprintf("skipped: a journalist's question (labelled '%s'), no side's statement", lab.text))
		return 0, true
	}
	st.tr.question = nil
	st.tr.labelled = true
	v := st.newVoice(lab.sp, string(r))
	v.whole, v.label, v.partyWhy = true, lab.text, st.tr.partyWhy[lab.sp]
	st.voice = v
	st.lastSpeaker = lab.sp
	if lab.alone {
		pr.Skip, pr.Kind = true, storage.KindAccount
		pr.Reasons = append(pr.Reasons, fmt.Sprintf("skipped: a speaker label: what follows is %s's", lab.sp.Name))
		return 0, true
	}
	return lab.end, false
}

func (st *state) openQuestion(who string, untilLabel bool) {
	prev := st.voice
	if q := st.tr.question; q != nil {
		prev = q.prev
	}
	st.tr.question = &question{from: st.n, who: who, prev: prev, label: untilLabel}
	st.voice = nil
}

func (st *state) skipQuestion(pr *Proposal, why string) {
	pr.Skip, pr.Kind = true, storage.KindAccount
	pr.Reasons = append(pr.Reasons, why)
}

// labelKey is how labels are compared: "STEFANOVIC" and "Stefanovic" are
// one person.
func labelKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

// labelSpeaker finds the speaker a label names: one the text or the
// project knows ("FOREIGN MINISTER WANG" is Wang Yi of the heading), one
// an earlier label introduced by name and title ("Foreign Minister:" after
// "Penny Wong, Foreign Minister:"), or a new one with a title ("CHIEF
// CABINET SECRETARY SUGA").
func (st *state) labelSpeaker(label string) *Speaker {
	key := labelKey(label)
	if sp := st.tr.speakers[key]; sp != nil {
		return sp
	}
	text := label
	if strings.ToUpper(label) == label {
		text = titleCase(label)
	}
	r := []rune(text)
	toks := tokenize(r)
	var sp *Speaker
	if n := len(toks); n > 1 && toks[n-1].isWord() && !isTitleWord(toks[n-1]) {
		// "FOREIGN MINISTER WANG", "Deputy Secretary Blinken": the
		// family name of someone the text named in full.
		sp = st.book.byPart[partKey(toks[n-1].text)]
	}
	if sp == nil {
		if sps := st.book.find(toks, st.p.Gaz.find(toks, r)); len(sps) > 0 {
			sp = sps[0].sp
		}
		if name := labelName(toks); sp != nil && name != "" && !strings.Contains(strings.ToLower(sp.Name), strings.ToLower(surname(name))) {
			// "SECRETARY BLINKEN" is not the project's last Secretary.
			sp = st.book.add(&Speaker{Name: name, Role: labelRole(toks)})
		}
	}
	if sp == nil {
		// "Wong", "Wang Yi", "Blinken": a name the text met before.
		if known := st.book.byName[text]; known != nil {
			sp = known
		} else if f := strings.Fields(text); len(f) <= 3 {
			if known := st.book.byPart[partKey(f[len(f)-1])]; known != nil {
				sp = known
			}
		}
	}
	if n := len([]rune(label)); sp == nil && n >= 2 && n <= 4 && hasCJKRunes([]rune(label)) {
		// "汪文斌:": a Chinese name the text did not introduce.
		sp = st.book.add(&Speaker{Name: label})
	}
	if sp == nil && !hasCJKRunes(r) {
		sp = st.titledLabelSpeaker(toks, r) // transcript_titles.go
	}
	if sp == nil && !hasCJKRunes(r) {
		sp = st.knownLabelSpeaker(label) // transcript_known.go
	}
	if sp == nil && !hasCJKRunes(r) {
		sp = st.honorificLabelSpeaker(label) // "MS. OSEÑA-PAEZ" (transcript_briefing.go)
	}
	if sp == nil {
		return nil
	}
	if sp.Party == "" && !st.knownLabelParty(sp) {
		sp.Party = st.labelParty()
		if ms := st.p.Gaz.find(toks, r); len(ms) == 1 && !hasCJKRunes(r) {
			sp.Party = ms[0].ent.Name // "NEW ZEALAND FOREIGN MINISTER"
		}
	}
	if strings.ToUpper(sp.Name) == sp.Name && strings.ToLower(sp.Name) != sp.Name && sp.ID == 0 {
		// "ANTONY J. BLINKEN, SECRETARY OF STATE" above a transcript:
		// the name as it is written elsewhere.
		sp.Name = titleCase(sp.Name)
		st.book.byName[sp.Name] = sp
		if strings.ToUpper(sp.Role) == sp.Role {
			sp.Role = titleCase(sp.Role)
		}
	}
	st.tr.speakers[key] = sp
	// "Penny Wong, Foreign Minister": later "Foreign Minister:" and
	// "Wong:" are her.
	if k := strings.LastIndex(label, ","); k > 0 {
		st.tr.speakers[labelKey(label[k+1:])] = sp
		st.tr.speakers[labelKey(label[:k])] = sp
	}
	st.tr.speakers[labelKey(surname(sp.Name))] = sp
	return sp
}

// titleCase writes a label in capitals as a name is written ("SECRETARY
// BLINKEN" → "Secretary Blinken"; "ISHIBA" stays a family name).
func titleCase(s string) string {
	f := strings.Fields(strings.ToLower(s))
	for i, w := range f {
		if i > 0 && connector[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		f[i] = string(r)
	}
	return strings.Join(f, " ")
}

// bracketQuestion reports a paragraph that sums up a journalist's
// question in brackets, as the Japanese Prime Minister's Office writes
// them ("(On whether or not the scheduling … were discussed)").
func bracketQuestion(r []rune) bool {
	// Most sentences are no bracket: they are told without a copy.
	first, last := 0, len(r)-1
	for first <= last && unicode.IsSpace(r[first]) {
		first++
	}
	for last >= first && unicode.IsSpace(r[last]) {
		last--
	}
	if first > last || r[first] != '(' || r[last] != ')' {
		return false
	}
	s := strings.TrimSpace(string(r))
	// The summary may hold brackets of its own ("… the 50th Year of ASEAN
	// (Association of Southeast Asian Nations)-Japan Friendship …"): the
	// outer pair must close at the end (segment_bracket_line.go).
	if !bracketLine([]rune(s)) {
		return false
	}
	low := strings.ToLower(s)
	return strings.HasPrefix(low, "(on ") || strings.HasPrefix(low, "(regarding ") || strings.HasPrefix(low, "(question")
}

// startsQuote reports a paragraph that opens with a quotation mark.
func startsQuote(r []rune) bool {
	for _, c := range r {
		if unicode.IsSpace(c) {
			continue
		}
		return c == '"' || c == '“' || c == '‘' || c == '«' || c == '「'
	}
	return false
}

// quoteLeadIn makes the voice a lead-in opened ("Foreign Secretary William
// Hague said:") last over the quoted paragraphs that follow it, narration
// and all, while each opens with a quotation mark.
func (st *state) quoteLeadIn(r []rune) {
	if st.voice == nil {
		return
	}
	for _, t := range tokenize(r) {
		if t.isWord() && (speechVerbs[t.lower] || reportVerbs[t.lower]) {
			st.voice.whole, st.voice.quoted = true, true
			return
		}
	}
}

// voiceReason says why a sentence is the open voice's speaker's.
func (v *voice) reason() string {
	switch {
	case v.tail && v.afterQuote:
		return v.quoteTailReason()
	case v.tail:
		return v.tailReason()
	case v.label != "":
		return fmt.Sprintf("speaker: %s's turn, labelled '%s' in sentence %d", v.sp.Name, v.label, v.from)
	case v.heading:
		return fmt.Sprintf("speaker: remarks of %s, named in the heading (\"%s\")", v.sp.Name, v.opening)
	case v.self:
		return fmt.Sprintf("speaker: %s, the text's 'I' since sentence %d (\"%s\")", v.sp.Name, v.from, v.opening)
	case v.quoted:
		return fmt.Sprintf("speaker: %s's words, quoted after sentence %d (\"%s\")", v.sp.Name, v.from, v.opening)
	}
	return fmt.Sprintf("speaker: continues %s's remarks begun in sentence %d (\"%s\")", v.sp.Name, v.from, v.opening)
}

// pressHeading opens the remarks of the speaker a heading names as the one
// who speaks to the press ("Press Conference by Prime Minister ISHIBA
// Shigeru …", "Foreign Minister Wang Yi Meets the Press", "Opening
// Statement: Deputy Secretary of State Antony Blinken at …"), when the
// heading's "remarks by" did not already.
func (st *state) pressHeading(heading string, sps []speakerMention, toks []token) {
	if st.voice != nil && st.voice.heading {
		return
	}
	low := strings.ToLower(heading)
	after := -1
	for _, w := range []string{"press conference by ", "news conference by ", "press briefing by ", "opening statement: ",
		"opening remarks: ", "statement: ", "remarks: ", "interview given by ", "message from ", "press remarks: "} {
		if k := strings.Index(low, w); k >= 0 {
			after = len([]rune(heading[:k+len(w)]))
			break
		}
	}
	var sp *Speaker
	whole := after >= 0 // "X meets the press" tells of him: narration may follow
	if after >= 0 {
		for _, m := range sps {
			if toks[m.from].start >= after {
				sp = m.sp
				break
			}
		}
		if sp == nil {
			sp = st.pressHeadingName([]rune(heading)[after:]) // transcript_heading_cut.go
		}
	} else if sp = st.genreHeading(heading); sp != nil {
		// "High Representative / Vice-President Federica Mogherini -
		// Joint press point with YANG Jiechi, …": his or her words.
		whole = true
	} else {
		for _, w := range []string{" meets the press", " meets press", "'s press conference", "’s press conference",
			" answers questions", " holds press conference", " gives press conference"} {
			if k := strings.Index(low, w); k > 0 {
				// The name finder reads a title-case heading's words
				// after the name as more of it: read the part before.
				r := []rune(heading[:k])
				toks := tokenize(r)
				if found := st.book.find(toks, st.p.Gaz.find(toks, r)); len(found) > 0 {
					sp = found[len(found)-1].sp
				}
				break
			}
		}
	}
	if sp == nil {
		return
	}
	st.voice = st.newVoice(sp, heading)
	st.voice.whole, st.voice.heading = whole, true
}

// firstPersonGenres name texts one person speaks, as a heading gives them
// after the speaker's name and a dash or colon.
var firstPersonGenres = []string{"joint press point", "press point", "joint press conference", "press conference",
	"press remarks", "remarks", "statement", "speech", "doorstep", "doorstop", "opening remarks", "opening statement",
	"keynote", "address", "introductory remarks"}

// genreHeading finds the speaker of a heading that names a person, then,
// after a dash or colon, a first-person genre ("Federica Mogherini -
// Joint press point with …", "Foreign Minister Wang Yi: Remarks at …").
func (st *state) genreHeading(heading string) *Speaker {
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		k := strings.Index(heading, sep)
		if k <= 0 {
			continue
		}
		rest := strings.ToLower(strings.TrimSpace(heading[k+len(sep):]))
		for _, g := range firstPersonGenres {
			if !strings.HasPrefix(rest, g) {
				continue
			}
			r := []rune(heading[:k])
			toks := tokenize(r)
			if found := st.book.find(toks, st.p.Gaz.find(toks, r)); len(found) > 0 {
				return found[len(found)-1].sp
			}
			return nil
		}
	}
	return nil
}

// bareAddress reports a sentence that only addresses someone, handing
// over to them ("Mr. Minister.", "State Councilor."): no statement.
func bareAddress(toks []token) bool {
	words, title := 0, false
	for _, t := range toks {
		if !t.isWord() {
			if t.punct != '.' && t.punct != ',' {
				return false
			}
			continue
		}
		words++
		if !isCapitalized(t.text) {
			return false
		}
		title = title || roleHeads[t.lower] || honorifics[strings.TrimSuffix(t.lower, ".")] || t.lower == "excellency"
	}
	return title && words <= 4
}

// startsLine reports whether the sentence at rune offset at opens a line
// of the text: labels and questions are read only there.
func startsLine(r []rune, at int) bool {
	for i := at - 1; i >= 0; i-- {
		switch r[i] {
		case '\n':
			return true
		case ' ', '\t', '\u00a0', '\u3000':
		default:
			return false
		}
	}
	return true
}

// labelParty is the party of a labelled speaker the text gives none: the
// author's, unless a speaker of the author's already took a turn, when
// the other side answers (the party the text names most after the
// author).
func (st *state) labelParty() string {
	if st.briefingText {
		// A briefing's officials, one after another ("Shri Arindam
		// Bagchi, Official Spokesperson:", then "Shri Vinay Kwatra,
		// Foreign Secretary:"), are all of the author's side
		// (transcript_briefing.go).
		return st.author
	}
	for _, sp := range st.tr.speakers {
		// (a bare title, "FOREIGN MINISTER:", may be the same minister
		// as a "MINISTER WONG:" later; it does not count)
		if sp.Party == st.author && st.author != "" && sp.Name != sp.Role {
			for _, p := range st.named {
				if p != st.author {
					return p
				}
			}
		}
	}
	return st.author
}

// subjectList reports the line of subjects an interview transcript opens
// with ("Subjects: Middle East Conflict; …").
func subjectList(r []rune) bool {
	s := strings.ToLower(string(r[:min(len(r), 10)]))
	return strings.HasPrefix(s, "subjects:") || strings.HasPrefix(s, "subject:") || strings.HasPrefix(s, "topics:")
}

// reportVerbs report what someone else said inside a speaker's remarks
// ("President Trump replied that …", "The Prime Minister stated that …").
var reportVerbs = set("replied", "responded", "answered", "agreed", "confirmed", "assured", "explained", "said",
	"stated", "told", "noted", "stressed", "emphasized", "emphasised", "expressed", "indicated", "mentioned")

// othersWords sets aside the remarks of a first-person text (a heading's,
// a label's or a quotation's) for a sentence that reports what someone
// else said ("President Trump replied that he is looking forward …"):
// that sentence is the other person's, and the remarks go on after it.
// It returns the voice set aside, or nil.
func (st *state) othersWords(toks []token, subj []actor, tailed bool) *voice {
	v := st.voice
	if v == nil || !v.whole {
		return nil
	}
	if tailed {
		return v
	}
	if len(subj) != 1 || !reportsAt(toks, subj[0].to) {
		return nil
	}
	a := subj[0]
	switch {
	case a.kind == actorSpeaker && a.speaker != nil && a.speaker != v.sp:
		return v
	case a.kind == actorWe && !isWe(a.text) && a.text != "I":
		return v // an official the text does not name: "The Prime Minister stated"
	}
	return nil
}

// resumeVoice takes up the remarks othersWords set aside.
func (st *state) resumeVoice(held *voice) {
	if held != nil {
		st.voice = held
	}
}

// reportsAt reports a verb of saying at toks[i], after at most one adverb
// ("replied", "also stated").
func reportsAt(toks []token, i int) bool {
	for k := i; k < len(toks) && k <= i+1; k++ {
		if !toks[k].isWord() {
			return false
		}
		if reportVerbs[toks[k].lower] || reportPhrase(toks, k) { // transcript_others.go
			return true
		}
	}
	return false
}

// headingTurn reads a line the segmenter took for a heading as a turn when
// it is a question summed up in brackets; any other heading ends the
// question before it.
func (st *state) headingTurn(pr *Proposal, r []rune) {
	if last := r[len(r)-1]; (last == ',' || last == ':') && st.voice == nil {
		// "The Prime Minister said at the impromptu press conference,"
		// on a line of its own: a lead-in to his quoted words.
		st.leadIn(r)
		st.quoteLeadIn(r)
		if st.voice != nil && !st.voice.quoted {
			st.voice = nil
		}
	}
	if !bracketQuestion(r) {
		st.tr.question = nil
		return
	}
	st.openQuestion("", false)
	pr.Reasons = []string{"skipped: a journalist's question, summed up in brackets: no side's statement"}
}

// labelName is the name in a label after its title ("Secretary Blinken"
// → "Blinken"), or "" when the label is a title alone.
func labelName(toks []token) string {
	var name []string
	for _, t := range toks {
		if t.isWord() && !isTitleWord(t) && !connector[t.lower] && !honorifics[strings.TrimSuffix(t.lower, ".")] {
			name = append(name, t.text)
		}
		if t.punct == ',' && len(name) > 0 {
			break // "Penny Wong, Foreign Minister"
		}
	}
	return strings.Join(name, " ")
}

// labelRole is the title words of a label ("Deputy Secretary").
func labelRole(toks []token) string {
	var role []token
	for _, t := range toks {
		if isTitleWord(t) || len(role) > 0 && connector[t.lower] {
			role = append(role, t)
		}
	}
	return trimConnectors(role)
}

// endsQuote reports a paragraph whose last mark closes a quotation.
func endsQuote(r []rune) bool {
	for i := len(r) - 1; i >= 0; i-- {
		if unicode.IsSpace(r[i]) {
			continue
		}
		return isQuote(r[i])
	}
	return false
}

// othersCommitment makes a commitment in a first-person text that another
// party made ("Japan is one of the first countries that has committed to
// climate neutrality" in the EU president's remarks) the speaker's view
// of it.
func (st *state) othersCommitment(pr *Proposal, toks []token, as []actor, cues []cue) {
	if v := st.voice; pr.Kind != storage.KindCommitment || v == nil || !v.whole || pr.Speaker != v.sp || len(pr.Parties) != 1 ||
		hasCJKRunes([]rune(pr.Text)) {
		// In Chinese the party before 愿意 is as often its object
		// ("我们重视欧洲的…作用,愿意同欧洲…").
		return
	}
	for _, c := range cues {
		if c.noun || c.kind != storage.KindCommitment {
			continue
		}
		for i := len(as) - 1; i >= 0; i-- {
			a := as[i]
			if a.to > c.at || a.prepositional || a.possessive || a.compound {
				continue
			}
			if a.kind == actorParty && a.ent != nil && a.ent.Name != pr.Parties[0] && !withOwn(toks, as, i, pr.Parties[0]) {
				pr.Kind = storage.KindPosition
				pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: position, '%s %s' is another side's undertaking, told by %s", a.text, c.word, pr.Speaker.Name))
			}
			return
		}
		return
	}
}

// withOwn reports whether the actor as[i] is joined by "and" to one of
// party's before it ("Japan and the United States will …"): the two
// undertake it together, the holder with them.
func withOwn(toks []token, as []actor, i int, party string) bool {
	for k := i - 1; k >= 0; k-- {
		if !joinedBy(toks, as[k].to, as[k+1].from) {
			return false
		}
		if as[k].ent != nil && as[k].ent.Name == party {
			return true
		}
	}
	return false
}

// cjkLabel reads a Chinese label of at most eight characters, all Han
// ("王毅", "法新社记者", "问", "答").
func cjkLabel(r []rune, text string, colon int) (turnLabel, bool) {
	n := 0
	for _, c := range text {
		if !isCJKRune(c) {
			return turnLabel{}, false
		}
		n++
	}
	if n > 8 || cjkSaidLabel(text) {
		return turnLabel{}, false
	}
	end := colon + 1
	for end < len(r) && unicode.IsSpace(r[end]) {
		end++
	}
	return turnLabel{text: text, end: end, alone: end == len(r)}, true
}

// cjkQuestioner reports a Chinese label of someone who asks: a journalist
// ("法新社记者", "记者"), a host ("主持人"), or "问".
func cjkQuestioner(label string) bool {
	return label == "问" || strings.HasSuffix(label, "记者") || strings.HasSuffix(label, "主持人") ||
		strings.HasSuffix(label, "提问")
}
