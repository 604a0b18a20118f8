package ingest

import (
	"strings"
	"unicode"
)

// Lists come with more markers than "- " and "1. ": pages copied from
// the web keep a non-breaking space after the marker ("1.\u00a0Bilateral
// relations", "•\u00a0China will …"), which is no part of the item's
// sentence, as "- " and "1. " are not. Japanese and Chinese texts print
// "・" or "○" with no space after it ("・貿易の拡大", "○日中双方…"), word
// processors "●", "■", "➢" or "►": each such line starts an item, a
// sentence of its own, never a heading nor the end of the line before;
// the marker stays in its text, as the document prints it (as "(1)" in
// "(1)Beginning" does, segment_numbered.go). A short item ends with its
// line, stop or none, when the next line opens a sentence (worked out
// for the segmenting robustness cases, batch "late 24"). Korea's
// Foreign Ministry marks its sub-items with "º " or a lower-case "o "
// (a hollow bullet typed as a letter: "o Vice Minister Choi welcomed
// …"); a lone "o" then a space and a capital is no word of English, a
// marker. Statements number sub-items with small Roman numerals and
// letters: "(ii) We welcomed …", "iii. The Ministers …", "a. We
// reaffirmed …"; before a capital these are markers too.

// markerSpace reports the white space a list marker is followed by: a
// space, a tab, a non-breaking or an ideographic space.
func markerSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u202f' || c == '\u3000'
}

// tightBullets are markers that need no space before the item.
const tightBullets = "・•●■◆▪◦○►➢✓"

// itemStart reports a line that opens a list item: a marker listMarker
// strips, or a bullet printed tight.
func itemStart(p []rune) bool { return listMarker(p) > 0 || tightBullet(p) > 0 }

// tightBullet is the length of a bullet printed with no space before its
// item's first letter ("・貿易", "•China"), or 0.
func tightBullet(p []rune) int {
	if len(p) > 1 && strings.ContainsRune(tightBullets, p[0]) && (unicode.IsLetter(p[1]) || unicode.IsDigit(p[1])) {
		return 1
	}
	return 0
}

// inlineBullets are bullets a page may run into one line with the items
// they mark ("… SUMMIT • Mexico attended …. • Foreign Secretary …").
const inlineBullets = "•●■▪►➢"

// inlineBullet reports a bullet at i between spaces, with words before
// it in the sentence that began at from: the end of an item, the start
// of the next.
func inlineBullet(r []rune, from, i, end int) bool {
	if !strings.ContainsRune(inlineBullets, r[i]) || i == 0 || i+1 >= end || r[i-1] != ' ' || !markerSpace(r[i+1]) {
		return false
	}
	for k := from; k < i; k++ {
		if unicode.IsLetter(r[k]) || unicode.IsDigit(r[k]) {
			return true
		}
	}
	return false
}

// letterBullet is 2 for a lower-case "o" used as a bullet: "o " before a
// capital; else 0.
func letterBullet(p []rune) int {
	if len(p) > 2 && p[0] == 'o' && markerSpace(p[1]) && unicode.IsUpper(p[2]) {
		return 2
	}
	return 0
}

// lowerMarker is the length of a sub-item's number in small letters with
// the space after it, before a capital: "(ii) ", "(iv) ", "iii. ", "ii) ",
// "a. "; else 0. "(a) " and "a) " are listMarker's own.
func lowerMarker(p []rune) int {
	i := 0
	open := len(p) > 0 && p[0] == '('
	if open {
		i++
	}
	j := i
	for j < len(p) && j-i < 5 && strings.ContainsRune("ivx", p[j]) {
		j++
	}
	roman := j > i
	if !roman && !open && len(p) > 1 && unicode.IsLower(p[0]) && p[1] == '.' {
		j = 1 // "a. "
	}
	if j == i || j+2 >= len(p) {
		return 0
	}
	switch {
	case open && p[j] == ')' && roman:
	case !open && (p[j] == '.' || p[j] == ')' && roman):
	default:
		return 0
	}
	if !markerSpace(p[j+1]) || !unicode.IsUpper(p[j+2]) {
		return 0
	}
	return j + 2
}
