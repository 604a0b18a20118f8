package ingest

import (
	"slices"
	"strings"

	"parley/storage"
)

// Chinese words for who acts and who speaks, worked out on batch "late
// 22" (Chinese-language readouts of Xinhua, the Foreign Ministry and the
// other sides' Chinese pages).

// cjkOthers before a modal name no side but others in general: 各方应加强
// 沟通协调 "all sides should step up communication" asks it of them (a
// demand, as "all sides must" is), 国际社会应 likewise.
var cjkOthers = []string{"有关各方", "各方", "各国", "国际社会", "有关方面"}

// cjkThirdParties returns the word of cjkOthers that is the subject of
// the Chinese modal at token at (right before it, or with 都/也/均
// between), or "".
func cjkThirdParties(toks []token, r []rune, at int) string {
	if at < 0 || at >= len(toks) || !hasCJKRunes(r) {
		return ""
	}
	start := toks[at].start
	if start > len(r) {
		return ""
	}
	before := string(toHans(r[:start]))
	for _, adv := range []string{"都", "也", "均", "亦"} {
		before = strings.TrimSuffix(before, adv)
	}
	for _, w := range cjkOthers {
		if strings.HasSuffix(before, w) {
			return w
		}
	}
	return ""
}

// cjkJoins join two actors into one subject: 中国和新加坡, 中国或新加坡
// 有必要… ("China or Singapore") names both sides, whose step it is.
var cjkJoins = set("和", "与", "或", "及", "以及")

// cjkJointWords stand for both principals: 双方 "both sides", 两国 "the
// two countries", and 两人, 二人, 两位 "the two (ministers)" (两人表示 is
// the two ministers together, not a person called 两人).
var cjkJointWords = []string{"双方", "两国", "两人", "二人", "两位"}

// cjkSaidBefore are the verbs of saying that end a clause's head: "朴振表
// 示：“…”" reports what Park said, it is no speaker label "朴振表示：" of a
// transcript (王毅：, 答：).
var cjkSaidBefore = []string{"表示", "说", "指出", "强调", "称", "重申", "认为", "回应", "透露", "宣布", "指"}

// cjkSaidLabel reports a Chinese "label" that ends in a verb of saying.
func cjkSaidLabel(text string) bool {
	h := string(toHans([]rune(strings.TrimSpace(text))))
	for _, v := range cjkSaidBefore {
		if strings.HasSuffix(h, v) && len([]rune(h)) > len([]rune(v)) {
			return true
		}
	}
	return false
}

// invitationFrame reports that the clause after 应 holds 邀请 or 之邀:
// 应欧盟驻华代表团团长邀请 "at the invitation of the head of the EU
// delegation" frames a visit, it proposes nothing.
func invitationFrame(after []rune) bool {
	s := string(toHans(after))
	if k := strings.IndexAny(s, "，。；,;"); k >= 0 {
		s = s[:k]
	}
	return strings.Contains(s, "邀请") || strings.Contains(s, "之邀")
}

// laterCJKSaying returns what decides a Chinese sentence whose main verb
// c is a weak verb that reports nothing (介绍了…情况, 祝贺…, 欢迎…) when a
// verb of saying of the same subject follows it in a later clause
// ("郑义溶介绍了韩方的立场，表示韩方愿为…继续发挥建设性作用"): the first
// strong cue of what that verb reports, as after a verb of saying at
// the head; false when none does.
func laterCJKSaying(toks []token, r []rune, cues []cue, c cue, after int) (cue, bool) {
	for _, s := range cues {
		if s.at < c.end || !s.weak || !cjkSaying[s.word] {
			continue
		}
		if !clauseBreak(toks, c.end, s.at) || newCJKSubject(r, toks, c.end, s.at) {
			return cue{}, false
		}
		g, ok := governingCue(toks, r, cues, s, true, after)
		if !ok || g.weak || g.kind == storage.KindAccount {
			return cue{}, false
		}
		g.word = c.word + " … " + g.word
		g.at = c.at
		return g, true
	}
	return cue{}, false
}

// newCJKSubject reports a subject of its own at the head of the clause
// in which token to stands (…，美方表示… names the US side).
func newCJKSubject(r []rune, toks []token, from, to int) bool {
	return newCJKSide(r, toks, from, to)
}

// knownBeforeTitle reports a known official's Chinese name followed by a
// title (王毅外长, 赵兑烈长官), which names that official; "松本大臣" (a
// family name and title) stays the clause's head.
func knownBeforeTitle(w []rune) bool {
	ix := knownOfficials()
	for _, t := range append([][]rune{[]rune("长官")}, cjkTitleEnds...) {
		if len(w) <= len(t) || !hasRunesAt(w, len(w)-len(t), t) {
			continue
		}
		name := w[:len(w)-len(t)]
		for _, k := range ix.cjk[name[0]] {
			if slices.Equal(k, name) {
				return true
			}
		}
	}
	return false
}
