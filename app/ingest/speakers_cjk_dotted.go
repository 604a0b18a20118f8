package ingest

import (
	"strings"
	"unicode"
)

// Transliterated foreign names are written in Chinese with a middle dot
// between their parts: "安东尼·布林肯", "乔·拜登", "姆巴·莫库伊", "约翰‧基".
// The name is the whole, dot included; the parts alone are no names
// ("莫库伊感谢…" would be read as a name at the head of a clause only by
// chance, "乔" never).

// isNameDot reports a mark that joins the parts of a transliterated name.
func isNameDot(r rune) bool {
	return r == '·' || r == '‧' || r == '・' || r == '•' || r == '∙'
}

// cjkDottedLen is the length of a dotted name at j: parts of Han
// characters (one to four, the last up to five) joined by middle dots,
// followed by what may follow a name (cjkAfterName), a verb of saying, a
// title ("乔·拜登总统表示"), a date or the end. 0 for none.
func cjkDottedLen(seq []rune, han func(int) bool, j int) int {
	k, parts := j, 0
	for parts < 3 {
		n := 0
		for k+n < len(seq) && han(k+n) && n < 4 {
			n++
		}
		if n == 0 || k+n >= len(seq) || !isNameDot(seq[k+n]) || !han(k+n+1) {
			break
		}
		k, parts = k+n+1, parts+1
	}
	if parts == 0 {
		return 0
	}
	for n := 1; n <= 5 && han(k+n-1); n++ {
		end := k + n
		if end == len(seq) || startsAny(seq, end, cjkAfterName) || startsAny(seq, end, cjkSayVerbs) ||
			startsAny(seq, end, cjkTitleEnds) || dateAt(seq, end) {
			return end - j
		}
	}
	return 0
}

// cjkDotted finds dotted names after a title ("赤道几内亚外长姆巴·莫库伊",
// the country before the title the person's side) and at the head of a
// clause ("姆巴·莫库伊感谢中方…", "乔·拜登总统表示"). It runs after the
// known names, so that a known official's part ("布林肯" in
// "安东尼·布林肯") keeps the side the list gives him.
func (b *speakerBook) cjkDotted(seq []rune, han func(int) bool, entAt []*mention, c *cjkFinds) {
	for i := range seq {
		if !han(i) || c.taken[i] {
			continue
		}
		head := i == 0 || strings.ContainsRune("，。；：", seq[i-1])
		for _, t := range cjkTitleEnds {
			if !head && hasRunesAt(seq, i-len(t), t) && i-len(t) >= 0 {
				head = true
			}
		}
		if !head {
			continue
		}
		n := cjkDottedLen(seq, han, i)
		if n == 0 || !strings.ContainsFunc(string(seq[i:i+n]), isNameDot) {
			continue
		}
		from, role, party, note := i, "", "", ""
		for _, t := range cjkTitleEnds {
			if i-len(t) >= 0 && hasRunesAt(seq, i-len(t), t) {
				from = i - len(t)
				for from > 0 && han(from-1) && !(from >= 2 && seq[from-1] == '电' && seq[from-2] == '日') {
					from--
				}
				role = string(seq[from:i])
				if from > 0 && entAt[from-1] != nil {
					party, from, note = postedBy(seq, entAt, entAt[from-1]) // speakers_cjk_posted.go
				}
				break
			}
		}
		sp := b.add(&Speaker{Name: string(seq[i : i+n]), Role: role, Party: party})
		c.add(speakerMention{sp: sp, from: from, to: i + n, nameAt: i,
			reason: "speaker: '" + string(seq[from:i+n]) + "' (a transliterated name, its parts joined by a middle dot" + note + ")"})
	}
}

// dottedOfficial gives the known official a dotted name ends with
// ("安东尼·布林肯" is 布林肯's), or nil.
func (ix *officialIndex) dottedOfficial(name string) *official {
	i := strings.LastIndexFunc(name, isNameDot)
	if i < 0 || !unicode.Is(unicode.Han, firstRune(name)) {
		return nil
	}
	_, size := firstRuneSize(name[i:])
	return ix.lookup(name[i+size:])
}

func firstRuneSize(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}
