package ingest

import "unicode"

// A byline says who wrote a release: "By Jane Doe", "By Jane Doe, Press
// Office", "By JANE DOE and JOHN ROE | Press Office". On a line of its
// own it is a heading, skipped. Written on the same line as the first
// sentence ("By Jane Doe, Press Office. The Minister met …", "By Staff
// Reporter — The Minister met …") it used to be proposed as a statement
// of its own, or the start of the next; segmenting now cuts it off as a
// line of its own, so that it is skipped as it is there, and the
// sentence is proposed alone.

// bylineWords are the lower-case words a byline's names and offices may
// hold: "Press and Information Office", "Ministry of Foreign Affairs",
// "Ursula von der Leyen".
var bylineNameWords = set("and", "of", "the", "for", "on", "de", "da", "do", "del", "della", "van", "von", "der",
	"den", "bin", "binti", "al", "el", "le", "la", "du", "y", "e")

// maxBylineWords bounds a byline: a longer run of capitalised words is a
// title or a sentence.
const maxBylineWords = 14

// bylineOpening returns where a byline that opens line p ends (n, after
// its full stop or before its dash or bar) and where what follows it
// starts (next), or 0, 0 when p does not open with one. A byline is "By"
// and capitalised words (initials, particles of names and the small
// words of offices among them, parts set off by commas or bars), ended
// by a full stop, a dash or a bar before a capitalised word, or by a
// full stop that ends the line, or by a word that opens the sentence
// after it (segment_byline_bare.go). A lower-case word (a verb: "By then
// the talks had …"), a figure ("By 2030, …") or no end within reach is no
// byline.
func bylineOpening(p []rune) (n, next int) {
	if len(p) < 5 || p[0] != 'B' || p[1] != 'y' && p[1] != 'Y' || p[2] != ' ' {
		return 0, 0
	}
	i, words, opener := 3, 0, -1
	for i < len(p) {
		for i < len(p) && (p[i] == ' ' || p[i] == ',' || p[i] == '&') {
			i++
		}
		if i >= len(p) {
			return 0, 0
		}
		if sep := bylineSeparator(p, i); sep > 0 {
			after := skipSpaces(p, i+sep)
			if after >= len(p) || words == 0 {
				return 0, 0
			}
			// "By JANE DOE | Press Office | The Minister …": a part
			// that another bar ends belongs to the byline.
			if m := bylinePart(p, after); m > 0 {
				if s := bylineSeparator(p, skipSpaces(p, m)); s > 0 && p[skipSpaces(p, m)] != '-' {
					i = skipSpaces(p, m)
					continue
				}
			}
			if !capitalAt(p, after) {
				return 0, 0
			}
			return trimEnd(p, i), after
		}
		e := i
		for e < len(p) && (unicode.IsLetter(p[e]) || p[e] == '.' || p[e] == '-' || p[e] == '\'' || p[e] == '’') {
			e++
		}
		if e == i {
			return 0, 0 // a figure, a bracket, a quotation mark
		}
		w := p[i:e]
		if !unicode.IsUpper(w[0]) && !bylineNameWords[string(w)] {
			if opener > 0 {
				// "By Jane Doe Press Office The Minister met …"
				return trimEnd(p, opener), opener
			}
			return 0, 0
		}
		if words++; words > maxBylineWords {
			return 0, 0
		}
		if opener < 0 {
			opener = bareBylineOpener(w, i, words)
		}
		if w[len(w)-1] == '.' && !bylineAbbrev(w) {
			after := skipSpaces(p, e)
			if after >= len(p) {
				return e, e // "By Jane Doe, Press Office." alone on its line
			}
			if !capitalAt(p, after) {
				return 0, 0
			}
			return e, after
		}
		i = e
	}
	return 0, 0
}

// bylinePart returns where a part of a byline that starts at i ends (the
// end of its last capitalised word), or 0 when a word in it is no name's.
func bylinePart(p []rune, i int) int {
	end := 0
	for i < len(p) {
		for i < len(p) && (p[i] == ' ' || p[i] == ',') {
			i++
		}
		e := i
		for e < len(p) && (unicode.IsLetter(p[e]) || p[e] == '.' || p[e] == '-' || p[e] == '\'' || p[e] == '’') {
			e++
		}
		if e == i {
			return end
		}
		if !unicode.IsUpper(p[i]) && !bylineNameWords[string(p[i:e])] {
			return 0
		}
		end, i = e, e
	}
	return end
}

// bylineAbbrev reports a word whose full stop ends no byline: an initial
// ("J.") or a title ("Dr.", "Mr.") before the name it belongs to.
func bylineAbbrev(w []rune) bool {
	s := string(w[:len(w)-1])
	return len(w) == 2 || titles[lowerASCII(s)] && lowerASCII(s) != "dept"
}

// bylineSeparator returns the length of a dash or bar at i that sets a
// byline off from what follows (" — ", " – ", " - ", " -- ", " | ",
// " · "), or 0.
func bylineSeparator(p []rune, i int) int {
	if i == 0 || p[i-1] != ' ' {
		return 0
	}
	switch p[i] {
	case '—', '–', '―', '|', '·', '•':
		return 1
	case '-':
		if i+1 < len(p) && p[i+1] == '-' {
			return 2
		}
		if i+1 < len(p) && p[i+1] == ' ' {
			return 1
		}
	}
	return 0
}

// capitalAt reports a capital (after any opening quotation mark)
// at i.
func capitalAt(p []rune, i int) bool {
	for i < len(p) && (p[i] == '"' || p[i] == '“' || p[i] == '‘' || p[i] == '\'') {
		i++
	}
	return i < len(p) && unicode.IsUpper(p[i])
}

func skipSpaces(p []rune, i int) int {
	for i < len(p) && p[i] == ' ' {
		i++
	}
	return i
}

func trimEnd(p []rune, i int) int {
	for i > 0 && p[i-1] == ' ' {
		i--
	}
	return i
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// isBylineLine reports a line that is a byline and nothing else: "By"
// and the words bylineOpening takes, in parts set off by commas, dashes
// or bars, a full stop at the end or none.
func isBylineLine(p []rune) bool {
	if len(p) < 4 || p[0] != 'B' || p[1] != 'y' && p[1] != 'Y' || p[2] != ' ' {
		return false
	}
	words := 0
	for i := 3; i < len(p); {
		switch c := p[i]; {
		case c == ' ' || c == ',' || c == '&' || c == '|' || c == '·' || c == '•' || c == '—' || c == '–':
			i++
			continue
		case !unicode.IsLetter(c):
			return false
		}
		e := i
		for e < len(p) && (unicode.IsLetter(p[e]) || p[e] == '.' || p[e] == '-' || p[e] == '\'' || p[e] == '’') {
			e++
		}
		if !unicode.IsUpper(p[i]) && !bylineNameWords[string(p[i:e])] {
			return false
		}
		if words++; words > maxBylineWords {
			return false
		}
		i = e
	}
	return words > 0
}
