package ingest

import (
	"slices"
	"strings"
)

// Chinese names of people that a readout gives with their post: an
// ambassador "posted to" a country (驻), a family name with a title
// standing for the person named in full before, and words for the day
// that follow a name. Worked out on batch "late 29" (Chinese embassies'
// and missions' readouts, Hong Kong and Taiwan relays).

// cjkDayWords are days written after a name ("王毅昨日与…", "李强今日会见…").
var cjkDayWords = [][]rune{[]rune("昨日"), []rune("今日"), []rune("昨天"), []rune("今天"), []rune("当天"),
	[]rune("当日"), []rune("日前"), []rune("近日"), []rune("前日")}

// cjkSourceWords name a source, not a speaker, at the head of a clause:
// 报导指，… "the report says".
var cjkSourceWords = set("报导", "报道", "消息", "文章", "报告")

// postedBy returns the party and the start of the title of a Chinese
// title that the country mention e opens ("日本外相…" → Japan). After 驻
// "posted to" the country is where the official serves, not whose he is:
// "中国驻日本大使吴江浩" is China's, "驻日本大使吴江浩" and "大陆驻日大使"
// the author's (party ""), as an embassy's readout is its state's.
func postedBy(seq []rune, entAt []*mention, e *mention) (party string, from int, note string) {
	if e.from == 0 || seq[e.from-1] != '驻' {
		return e.ent.Name, e.from, ""
	}
	note = "; posted to " + e.ent.Name + " (驻), not its official"
	if e.from > 1 && entAt[e.from-2] != nil {
		sender := entAt[e.from-2]
		return sender.ent.Name, sender.from, note
	}
	return "", e.from - 1, note
}

// byFamilyTitle is the speaker a family name and title stand for (傅大使,
// 李外长, 杨部长): the last one met whose Chinese name begins with that
// family name, of two or three characters; nil when w is no family name
// and title or no one fits.
func (b *speakerBook) byFamilyTitle(w []rune) *Speaker {
	if len(w) < 2 || !isCJKTitle(w[1:]) {
		return nil
	}
	for k := len(b.order) - 1; k >= 0; k-- {
		sp := b.order[k]
		name := b.nameRunes(sp.Name)
		if len(name) >= 2 && len(name) <= 3 && name[0] == w[0] && !isCJKTitle(name[1:]) {
			return sp
		}
	}
	return nil
}

// cjkMinister adds the name after a ministry the gazetteer knows and its
// 长 ("中国外交部长王毅", "外交部长杨洁篪"): the minister, of the ministry's
// party.
func (b *speakerBook) cjkMinister(seq []rune, han func(int) bool, e *mention, j int, c *cjkFinds) {
	n := cjkNameLen(seq, han, j)
	if n == 0 || startsAny(seq, j, cjkNotNames) || strings.ContainsRune(cjkPrepositions, seq[j]) {
		return
	}
	sp := b.add(&Speaker{Name: string(seq[j : j+n]), Role: string(seq[e.from:j]), Party: e.ent.Name})
	c.add(speakerMention{sp: sp, from: e.from, to: j + n, nameAt: j,
		reason: "speaker: '" + string(seq[e.from:j+n]) + "' (the ministry's 长 before the name)"})
}

// cjkNameBeforeTitle finds a name that a title follows at the head of a
// clause and a verb after it ("11月21日，李肇星外长应邀出席…"): the person,
// whom a family name and title (李外长) name later. Sides, pronouns and
// sources are no names ("双方外长", "两国外长").
func (b *speakerBook) cjkNameBeforeTitle(seq []rune, han func(int) bool, c *cjkFinds) {
	for i := range seq {
		if i > 0 && seq[i-1] != '，' && seq[i-1] != '。' || c.taken[i] {
			continue
		}
		for n := 2; n <= 3; n++ {
			if !allHan(seq, han, i, n) || slices.ContainsFunc(seq[i:i+n], isCJKSideRune) ||
				strings.ContainsRune(cjkPronouns, seq[i]) || cjkSourceWords[string(seq[i:i+n])] ||
				!slices.ContainsFunc(seq[i:i+n], func(r rune) bool { return !strings.ContainsRune(cjkStateShort, r) }) {
				continue
			}
			t := cjkTitleAt(seq, i+n)
			if t == 0 || !allHan(seq, han, i+n, t) || !startsAny(seq, i+n+t, cjkAfterName) || c.taken[i+n] {
				continue
			}
			sp := b.add(&Speaker{Name: string(seq[i : i+n]), Role: string(seq[i+n : i+n+t])})
			c.add(speakerMention{sp: sp, from: i, to: i + n + t, nameAt: i,
				reason: "speaker: '" + string(seq[i:i+n+t]) + "' (the name before the title)"})
			break
		}
	}
}

// cjkStateShort are the one-character short names of states that pair
// up before a title: "日中外长", "韩中外长" are both ministers, no name.
const cjkStateShort = "中日韩美欧俄英法德印澳新朝越泰"

// cjkPersonTitles are the titles written after a name (李肇星外长).
var cjkPersonTitles = [][]rune{[]rune("外长"), []rune("部长"), []rune("大使"), []rune("总理"), []rune("主席"),
	[]rune("总统"), []rune("首相"), []rune("外相")}

// cjkTitleAt is the length of a title of cjkPersonTitles at i, 0 for none.
func cjkTitleAt(seq []rune, i int) int {
	for _, t := range cjkPersonTitles {
		if hasRunesAt(seq, i, t) {
			return len(t)
		}
	}
	return 0
}

// cjkHoldsTitle reports a title within w ("兼外长王毅").
func cjkHoldsTitle(w []rune) bool {
	for i := range w {
		for _, t := range cjkTitleEnds {
			if hasRunesAt(w, i, t) {
				return true
			}
		}
	}
	return false
}
