package ingest

import "strings"

// nameThenTitle reports the words after a title's genre that are a
// person's name and, after a comma, his title: "Press statement Wopke
// Hoekstra, Minister of Foreign Affairs, Beijing 23 May 2023" (the
// Netherlands' foreign ministry), "Statement Ursula von der Leyen,
// President of the European Commission". Without the title after the
// comma the words are the occasion ("Statement on Ukraine, 3 May").
func nameThenTitle(rest string) bool {
	name, after, ok := strings.Cut(rest, ",")
	if !ok {
		return false
	}
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		low := strings.ToLower(w)
		if particles[w] {
			continue // "von der Leyen"
		}
		if !isCapitalized(w) || notNames[low] || roleHeads[low] || roleWords[low] || connector[low] {
			return false
		}
	}
	f := strings.Fields(after)
	return len(f) > 0 && isCapitalized(f[0]) && (roleHeads[strings.ToLower(f[0])] || roleWords[strings.ToLower(f[0])])
}

// restatedTitle reports a line that titles remarks and ends in a full
// stop, as pages repeat their title under it: "Press statement by Wopke
// Hoekstra, Minister of Foreign Affairs, Beijing 23 May 2023." It holds
// no verb: "Remarks by the President were broadcast." is a sentence.
func restatedTitle(r []rune) bool {
	n := len(r)
	if n < 2 || r[n-1] != '.' || !titleGenreFirst(r) || !isRemarksTitle(r[:n-1]) {
		return false
	}
	if low := strings.ToLower(string(r)); strings.HasPrefix(low, "joint statement") || strings.HasPrefix(low, "readout of") {
		return false // "Joint Statement from US President …, UK Prime Minister …." tells who issued it
	}
	for _, t := range tokenize(r[:n-1]) {
		if _, verb := verbForms[t.lower]; t.isWord() && t.text == t.lower && (auxiliaries[t.lower] || pastTense(t.lower) || verb) {
			return false
		}
	}
	return true
}

// titleGenres are the first words of the titles restatedTitle reads.
var titleGenres = set("remarks", "statement", "speech", "speeches", "address", "press", "opening", "keynote",
	"welcoming", "closing", "op-ed", "article", "interview", "introductory")

// titleGenreFirst reports a sentence whose first word is one of
// titleGenres, looked at without allocating: restatedTitle runs on every
// sentence that ends in a full stop.
func titleGenreFirst(r []rune) bool {
	end := 0
	for end < len(r) && end < 14 && r[end] != ' ' {
		end++
	}
	if end == 0 || end == 14 || end == len(r) {
		return false
	}
	var b [14]byte
	for i, c := range r[:end] {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c > 127 {
			return false
		}
		b[i] = byte(c)
	}
	return titleGenres[string(b[:end])]
}
