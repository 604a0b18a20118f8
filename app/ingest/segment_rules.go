package ingest

import (
	"strings"
	"unicode"
)

// titles never end a sentence: "Mr. Wang", "Dr. Smith", "e.g. China".
var titles = set("mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cmdr",
	"adm", "rep", "sen", "gov", "amb", "hon", "rev", "st", "mt", "jr", "sr", "h.e", "e.g", "i.e", "cf",
	"viz", "vs", "approx", "dept", "est", "ca", "al", "mme", "mlle", "m",
	// the Philippines' Assistant and Under Secretaries ("Asec. Espiritu", "USEC. EUGENIO:")
	"asec", "usec",
	// the British "Right Honourable" ("Rt. Hon David Lammy"): a heading
	// that named him was cut in two and read as a statement
	"rt")

// numbered end a sentence unless a number follows: "No. 5", "Art. 2", "Jan. 2024".
var numbered = set("no", "nos", "art", "arts", "para", "paras", "sec", "vol", "fig", "ch", "p", "pp", "op",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// starters are words that begin a new sentence after an ambiguous full
// stop ("talks with the U.S. The two sides ...", "... etc. They ...").
var starters = set("the", "he", "she", "it", "they", "we", "i", "this", "that", "these", "those", "both",
	"in", "on", "at", "but", "however", "also", "a", "an", "its", "their", "his", "her", "our", "there",
	"as", "after", "during", "while", "when", "meanwhile", "moreover", "furthermore", "finally")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// periodEnds decides whether the full stop at i ends a sentence; k is the
// first rune of the next word.
func periodEnds(r []rune, blockStart, i, k, end int) bool {
	ws := i
	for ws > blockStart && (unicode.IsLetter(r[ws-1]) || r[ws-1] == '.' && ws-1 > blockStart && unicode.IsLetter(r[ws-2])) {
		ws--
	}
	word := string(r[ws:i])
	lw := strings.ToLower(word)
	switch {
	case word == "":
		return true
	case ws > blockStart && unicode.IsDigit(r[ws-1]) && (lw == "st" || lw == "nd" || lw == "rd" || lw == "th"):
		return true // an ordinal ends it: "in the morning of the 21st. You would recall …"
	case titles[lw]:
		return false
	case lw == "a.m" || lw == "p.m":
		return clockEnds(r, ws, k, end) // segment_stops.go
	case capsDateline(r, blockStart, i, k, end):
		return false // "NUR-SULTAN. KAZINFORM …" (segment_stops.go)
	case numbered[lw]:
		return !unicode.IsDigit(r[k])
	case len([]rune(word)) == 1 && unicode.IsUpper(r[ws]):
		return false // an initial: "John F. Kennedy"
	case strings.Contains(word, ".") || lw == "etc":
		return starters[strings.ToLower(nextWord(r, k, end))]
	}
	return true
}

func nextWord(r []rune, k, end int) string {
	e := k
	for e < end && unicode.IsLetter(r[e]) {
		e++
	}
	return string(r[k:e])
}

// listMarker is the length of a list marker at the start of p ("- ",
// "• ", "1. ", "2) ", "(a) "), or 0.
func listMarker(p []rune) int {
	if len(p) == 0 {
		return 0
	}
	if k := letterBullet(p); k > 0 {
		return k // "o Vice Minister Choi …" (segment_bullets.go)
	}
	if k := lowerMarker(p); k > 0 {
		return k // "(ii) We …", "a. We …" (segment_bullets.go)
	}
	if strings.ContainsRune("-*•·–—▪◦º"+tightBullets, p[0]) { // segment_bullets.go
		if len(p) > 1 && markerSpace(p[1]) {
			return 2
		}
		return 0
	}
	if k := dottedMarker(p); k > 0 {
		return k // "1.1 We …" (segment_layout.go)
	}
	i := 0
	if p[0] == '(' {
		i++
	}
	j := i
	for j < len(p) && j-i < 3 && (unicode.IsDigit(p[j]) || j == i && unicode.IsLower(p[j]) && (j+1 < len(p) && p[j+1] == ')')) {
		j++
	}
	if j == i || j >= len(p) {
		return 0
	}
	if (p[j] == '.' || p[j] == ')') && j+1 < len(p) && markerSpace(p[j+1]) {
		return j + 2
	}
	return 0
}

type block struct {
	start, end int
	heading    bool
}

type line struct{ start, end int }

// blocksOf groups lines into paragraphs: a blank line, a list item or a
// heading starts a new one, and so does a line after one that ends a
// sentence; other line breaks are a hard wrap inside a paragraph.
func blocksOf(r []rune) []block {
	var lines []line
	s := 0
	for i := 0; i <= len(r); i++ {
		if i == len(r) || r[i] == '\n' {
			lines = append(lines, line{s, i})
			s = i + 1
		}
	}
	var out []block
	open, wrapped, item := false, false, false
	addr := false // under the title of remarks, before their first sentence (segment_layout.go)
	for n, l := range lines {
		content := r[l.start:l.end]
		if isBlank(content) || separatorLine(content) { // segment_layout.go
			open = false
			continue
		}
		if !open {
			// "By Jane Doe, Press Office. The Minister met …": the
			// byline is a line of its own (segment_byline.go).
			if n, next := bylineOpening(content); n > 0 {
				out = append(out, block{l.start, l.start + n, true})
				l.start += next
				content = r[l.start:l.end]
				wrapped = false
				if isBlank(content) {
					continue
				}
			}
		}
		nextBlank := n+1 >= len(lines) || isBlank(r[lines[n+1].start:lines[n+1].end])
		nextDate := n+1 < len(lines) && isDateLine(r[lines[n+1].start:lines[n+1].end])
		// Long lines ending a sentence are the common case: no heading,
		// no dateline, nothing more to check.
		ends := endsSentenceRunes(content) || n+1 < len(lines) && leadInComma(content, r[lines[n+1].start:lines[n+1].end]) // segment_layout.go
		if wrapped && listLine(r, lines, n) {
			// "Address by …, on 22 June 2019" / "Deputy Minister Botes" /
			// "Deputy Directors-General": a list of short lines (a
			// speech's salutations, an address) after a long one is no
			// hard wrap of it.
			wrapped, open = false, false
		}
		// After a long line that ends no sentence (a PDF's or an e-mail's
		// hard wrap) a capitalised line goes on with the same sentence:
		// "... held a meeting with / H.E. Mr. Wang Yi, Member of ...".
		if !ends && !wrapped && (isHeading(content, nextBlank || nextDate) || numberedTitle(r, lines, n)) || // segment_numbered.go
			!ends && (isDateLine(content) || datelineLine(content) || pressNumberLine(content)) ||
			!ends && !open && titleLine(content) || // heading_remarks.go
			!ends && capsLine(content) { // segment_layout.go
			out = append(out, block{l.start, l.end, true})
			addr = addr || remarksTitleLine(content)
			// A heading or dateline ends any hard wrap: the line after
			// it is read afresh, as it is when a piece of a streamed
			// text starts there.
			open, wrapped = false, false
			continue
		}
		if !ends && bracketLine(content) { // segment_bracket_line.go
			out = append(out, block{l.start, l.end, true})
			open, wrapped = false, false
			continue
		}
		if !open && !ends && isGreetingOrNote(string(content)) {
			// "Good morning," on a line of its own opens remarks; the
			// next line is their first sentence, not more of it.
			out = append(out, block{start: l.start, end: l.end})
			continue
		}
		if !ends && salutationLine(content) {
			// "Colleagues from the media," / "Ladies and gentlemen," on
			// lines of their own, before or inside hard-wrapped remarks:
			// each addresses the audience on its own, and the line after
			// it opens a sentence (speech_salutation.go).
			out = append(out, block{start: l.start, end: l.end})
			open, wrapped = false, false
			continue
		}
		if addr && !ends && addresseeLine(content) {
			// "Members of the press" under "Remarks by Minister …": an
			// address on a line of its own (segment_layout.go).
			out = append(out, block{start: l.start, end: l.end})
			open, wrapped = false, false
			continue
		}
		addr = false
		// A short list item ends at its line's end, stop or none
		// ("・気候変動", "- The EU will host the next round"), when
		// the next line opens a sentence (segment_bullets.go).
		if open && !(item && startsSentence(trimLeft(content)[0])) && !itemStart(trimLeft(content)) && !labelOnlyLine(content) { // transcript_label_forms.go
			out[len(out)-1].end = l.end
		} else {
			out = append(out, block{start: l.start, end: l.end})
		}
		open = !ends
		item = itemStart(trimLeft(content)) && l.end-l.start < wrapWidth
		wrapped = open && l.end-l.start >= wrapWidth
	}
	return out
}

// wrapWidth is the length from which a line that ends no sentence is taken
// for hard-wrapped prose rather than a heading.
const wrapWidth = 60

// headingEnders are words no heading ends with: a line ending in one is
// the first part of a wrapped sentence.
var headingEnders = set("a", "an", "the", "of", "with", "and", "or", "to", "for", "in", "on", "at", "by",
	"from", "that", "which", "as", "its", "their", "his", "her")

func isBlank(p []rune) bool {
	for _, c := range p {
		if !unicode.IsSpace(c) {
			return false
		}
	}
	return true
}

func trimLeft(p []rune) []rune {
	for len(p) > 0 && unicode.IsSpace(p[0]) {
		p = p[1:]
	}
	return p
}

// endsSentence reports whether s ends with sentence-final punctuation.
func endsSentence(s string) bool {
	s = strings.TrimRight(dropDateBracket(s), `"'”’)]»」』）】 `)
	if s == "" {
		return false
	}
	last := []rune(s)[len([]rune(s))-1]
	return strings.ContainsRune(".!?…。！？:;：；", last)
}

// dropDateBracket drops a date in brackets that ends a title, as Korea's
// Foreign Ministry dates its releases ("… with her US Counterpart
// (5.25.)", "… Egyptian Counterpart (Oct. 30)"): its full stops end no
// sentence.
func dropDateBracket(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ")") {
		return s
	}
	open := strings.LastIndexByte(t, '(')
	if open < 0 {
		return s
	}
	in := strings.Fields(strings.NewReplacer(".", " ", "/", " ", ",", " ").Replace(t[open+1 : len(t)-1]))
	if len(in) == 0 || len(in) > 3 {
		return s
	}
	for _, w := range in {
		if !isAllDigits(w) && !months[strings.ToLower(w)] {
			return s
		}
	}
	return strings.TrimRight(t[:open], " ")
}

// months are the names of months and their abbreviations, in lower case.
var months = set("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
	"january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december")

// isHeading: a short line with no final punctuation that is set off by a
// blank line or written in title case ("China Emphasizes Its Stance").
func isHeading(p []rune, nextBlank bool) bool {
	s := strings.TrimSpace(dropDateBracket(string(p)))
	if s == "" || endsSentence(s) || len(p) > 160 {
		return false
	}
	if tightBullet(trimLeft(p)) > 0 {
		return false // "・貿易の拡大": an item (segment_bullets.go)
	}
	if k := listMarker(trimLeft(p)); k > 0 {
		// "1. Opening Remarks", "2. Situations in Ukraine and Russia"
		// set off by a blank line: a numbered section's title, not an
		// item of a list.
		t := trimLeft(p)
		return unicode.IsDigit(t[0]) && nextBlank && isTitleCase(strings.Fields(string(t[k:]))) ||
			sectionTitle(t, k, nextBlank) // segment_sections.go
	}
	if innerStop(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 1 && headingEnders[strings.ToLower(words[len(words)-1])] {
		return false
	}
	if nextBlank && len(words) <= 20 && !sentenceLine(words) { // segment_unstopped.go
		return true
	}
	if len(words) == 1 && hasCJK(s) {
		return len([]rune(s)) <= 40
	}
	return isTitleCase(words)
}

// isTitleCase reports words most of whose long words are capitalised
// ("China Emphasizes Its Stance at Dialogue").
func isTitleCase(words []string) bool {
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	caps, long := 0, 0
	for _, w := range words {
		rs := []rune(w)
		if len(rs) < 4 {
			continue
		}
		long++
		if unicode.IsUpper(rs[0]) {
			caps++
		}
	}
	return long > 0 && caps*10 >= long*7
}

func hasCJK(s string) bool {
	for _, c := range s {
		if unicode.Is(unicode.Han, c) {
			return true
		}
	}
	return false
}

// quoteRegions pairs the quotation marks of a paragraph; unpaired marks
// are ignored so that a stray quote cannot swallow a paragraph.
func quoteRegions(r []rune, start, end int) [][2]int {
	var out [][2]int
	var stack []int
	straight := -1
	for i := start; i < end; i++ {
		switch r[i] {
		case '“', '「', '『', '«':
			stack = append(stack, i)
		case '”', '」', '』', '»':
			if len(stack) > 0 {
				out = append(out, [2]int{stack[len(stack)-1], i})
				stack = stack[:len(stack)-1]
			}
		case '"':
			if straight < 0 {
				straight = i
			} else {
				out = append(out, [2]int{straight, i})
				straight = -1
			}
		}
	}
	return out
}

// insideQuote reports whether a stop at i, whose closers end at j, lies in
// a quotation that goes on past j.
func insideQuote(regions [][2]int, i, j int) bool {
	for _, q := range regions {
		if q[0] < i && q[1] >= j {
			return true
		}
	}
	return false
}

// isDateLine reports whether a line is only a dateline ("17.06.2024",
// "July 2, 2024", "Brussels, 13 July 2023").
func isDateLine(p []rune) bool {
	if len(p) > 48 || !strings.ContainsAny(string(p), "0123456789") {
		return false
	}
	s := strings.TrimSpace(string(p))
	return len(p) <= 48 && len(strings.Fields(s)) <= 6 && !endsSentence(s) && FindDate(s) != ""
}

// innerStop reports whether s has a sentence stop before its end ("Tibet.
// China"), which no heading has.
func innerStop(s string) bool {
	rs := []rune(s)
	for i := 0; i+1 < len(rs); i++ {
		if strings.ContainsRune("。！？", rs[i]) {
			return true
		}
		// "U.S. " and initials ("M. ") are no stops.
		if strings.ContainsRune(".!?", rs[i]) && rs[i+1] == ' ' && i >= 2 && unicode.IsLetter(rs[i-1]) && unicode.IsLetter(rs[i-2]) {
			return !titles[strings.ToLower(lastWord(rs[:i]))]
		}
	}
	return false
}

func lastWord(rs []rune) string {
	k := len(rs)
	for k > 0 && unicode.IsLetter(rs[k-1]) {
		k--
	}
	return string(rs[k:])
}

// endsSentenceRunes is endsSentence over a line's runes.
func endsSentenceRunes(p []rune) bool {
	k := len(p)
	for k > 0 && unicode.IsSpace(p[k-1]) {
		k--
	}
	if k > 0 && p[k-1] == ')' {
		return endsSentence(string(p)) // "… Counterpart (5.25.)"
	}
	for k > 0 && (unicode.IsSpace(p[k-1]) || strings.ContainsRune(`"'”’)]»」』）】`, p[k-1])) {
		k--
	}
	return k > 0 && strings.ContainsRune(".!?…。！？:;：；", p[k-1])
}
