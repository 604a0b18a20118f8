package ingest

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chinese readouts name people by a title written before the name with no
// space ("美国国务卿布林肯", "外交部长王毅") and later by the name alone at
// the head of a clause ("王毅表示，…"). Each Han character is a token of
// its own, so these rules work on runes that line up with the tokens.

// cjkTitleEnds are the endings of titles that come right before a name.
var cjkTitleEnds = [][]rune{[]rune("国务卿"), []rune("部长"), []rune("外长"), []rune("总理"), []rune("总统"),
	[]rune("主席"), []rune("大使"), []rune("发言人"), []rune("特使"), []rune("代表"), []rune("司长"),
	[]rune("秘书长"), []rune("主任"), []rune("首相"), []rune("大臣"), []rune("助理"), []rune("外相"), []rune("委员"),
	[]rune("团长"),
	// batch "late 29": 英国首相国家安全事务顾问鲍威尔, 行政长官崔世安,
	// 外务事务次官森健良, 反对党领袖达顿, 新西兰总督基罗
	[]rune("顾问"), []rune("长官"), []rune("次官"), []rune("领袖"), []rune("总督"), []rune("议员")}

// cjkAfterName are what follows a name: a preposition, a reporting or
// meeting verb, or punctuation.
var cjkAfterName = [][]rune{[]rune("在"), []rune("同"), []rune("与"), []rune("和"), []rune("会见"), []rune("表示"),
	[]rune("强调"), []rune("指出"), []rune("重申"), []rune("认为"), []rune("说"), []rune("举行"), []rune("通电话"),
	[]rune("应约"), []rune("介绍"), []rune("阐述"), []rune("会谈"), []rune("访问"), []rune("就"), []rune("，"), []rune("、"), []rune("。"), []rune("："),
	// verbs of asking and saying after a known name ("王毅敦促美方…",
	// "王毅呼吁各方…", "王毅称…", "王毅对局势表示…")
	[]rune("敦促"), []rune("呼吁"), []rune("称"), []rune("对"), []rune("要求"), []rune("提出"), []rune("谴责"), []rune("欢迎"), []rune("感谢"),
	// the name in Latin letters in brackets ("米歇尔（Charles Michel）"),
	// a title after the name ("史伟大使"), hosting, conveying, replying
	[]rune("（"), []rune("大使"), []rune("阁下"), []rune("先生"), []rune("女士"), []rune("主持"), []rune("转达"), []rune("回应"),
	// Hong Kong's 王毅指，…; Korean pages' title after the name (赵兑烈长官,
	// 王毅外长表示)
	[]rune("指，"), []rune("长官"), []rune("外长"),
	// "美国国务卿鲁比欧通话指出", "国务院总理李克强後，随即会见…"
	[]rune("通话"), []rune("后"), []rune("拜会"), []rune("拜访"),
	// a name in a list: "佛得角总理席尔瓦、莫桑比克总理多罗萨里奥及东帝汶…"
	[]rune("及"), []rune("应邀"), []rune("出席")}

// cjkNotNames are words that follow names and so start none ("大使邀请…"
// is an ambassador inviting, not a person called 邀请; "均代表政府欢迎"
// represents the government, 代表团 is a delegation, 外交部长官 a title
// 长官).
var cjkNotNames = [][]rune{[]rune("邀请"), []rune("表示"), []rune("会见"), []rune("会谈"), []rune("出席"), []rune("主持"),
	[]rune("转达"), []rune("回应"), []rune("强调"), []rune("指出"), []rune("举行"), []rune("访问"), []rune("政府"), []rune("团"), []rune("应邀"), []rune("应约"), []rune("首次"), []rune("官")}

// cjkSayVerbs make the two or three characters before them, at the head
// of a clause, a speaker's name ("王毅表示").
var cjkSayVerbs = [][]rune{[]rune("表示"), []rune("强调"), []rune("指出"), []rune("重申"), []rune("认为"),
	[]rune("说"), []rune("介绍"), []rune("阐述"), []rune("回应"), []rune("转达"), []rune("称，"), []rune("指，")}

// findCJK returns the speakers a Chinese sentence names.
func (b *speakerBook) findCJK(toks []token, entAt []*mention) []speakerMention {
	seq := cjkSeq(toks)
	han := func(i int) bool { return i < len(seq) && unicode.Is(unicode.Han, seq[i]) && entAt[i] == nil }
	c := &cjkFinds{taken: make([]bool, len(toks))}
	b.cjkTitled(seq, han, entAt, c)
	b.cjkKnown(seq, c)
	b.cjkDotted(seq, han, entAt, c) // speakers_cjk_dotted.go
	b.cjkClauseHeads(seq, han, c)
	b.cjkKnownOfficials(seq, han, c)
	b.cjkNameBeforeTitle(seq, han, c) // speakers_cjk_posted.go
	slices.SortFunc(c.out, func(a, b speakerMention) int { return a.from - b.from })
	return c.out
}

// cjkSeq is the sentence as one rune per token: the character of a
// one-character CJK token, the punctuation mark, or 'a' for anything else,
// so that names and titles can be matched by position.
func cjkSeq(toks []token) []rune {
	seq := make([]rune, len(toks))
	for i, t := range toks {
		switch {
		case t.punct != 0:
			seq[i] = t.punct
		case utf8.RuneCountInString(t.text) == 1 && isCJKRune(firstRune(t.text)):
			seq[i] = firstRune(t.text)
		default:
			seq[i] = 'a'
		}
	}
	return seq
}

// cjkFinds collects the mentions findCJK's passes find; a mention that
// overlaps one found by an earlier pass is dropped, so the earlier passes win.
type cjkFinds struct {
	taken []bool
	out   []speakerMention
}

func (c *cjkFinds) add(m speakerMention) {
	for j := m.from; j < m.to; j++ {
		if c.taken[j] {
			return
		}
	}
	for j := m.from; j < m.to; j++ {
		c.taken[j] = true
	}
	c.out = append(c.out, m)
}

// cjkTitled finds names after a title ("外交部长王毅").
func (b *speakerBook) cjkTitled(seq []rune, han func(int) bool, entAt []*mention, c *cjkFinds) {
	for i := range seq {
		if seq[i] == '长' && i > 0 && seq[i-1] == '部' && entAt[i-1] != nil && entAt[i] == nil && (i+1 >= len(seq) || seq[i+1] != '官') {
			// "中国外交部长王毅15日晚…": the ministry is a party of the
			// gazetteer, and its 长 the title (speakers_cjk_posted.go)
			b.cjkMinister(seq, han, entAt[i-1], i+1, c)
			continue
		}
		if !han(i) {
			continue
		}
		for _, t := range cjkTitleEnds {
			if !hasRunesAt(seq, i, t) {
				continue
			}
			j := i + len(t)
			n := cjkNameLen(seq, han, j)
			if n == 0 || startsAny(seq, j, cjkNotNames) || strings.ContainsRune(cjkPrepositions, seq[j]) || strings.ContainsRune(cjkPronouns, seq[j]) {
				// "赵兑烈长官在当天的会谈中": a preposition after the
				// title opens no name, nor a pronoun ("主席这次…").
				continue
			}
			from := i
			for from > 0 && han(from-1) && !(from >= 2 && seq[from-1] == '电' && seq[from-2] == '日') {
				from-- // not past a dateline's "…日电"
			}
			role, party, note := string(seq[from:j]), "", ""
			if from > 0 && entAt[from-1] != nil {
				party, from, note = postedBy(seq, entAt, entAt[from-1]) // speakers_cjk_posted.go
			}
			sp := b.add(&Speaker{Name: string(seq[j : j+n]), Role: role, Party: party})
			c.add(speakerMention{sp: sp, from: from, to: j + n, nameAt: j,
				reason: "speaker: '" + string(seq[from:j+n]) + "' (title before the name" + note + ")"})
		}
	}
}

// cjkKnown finds the Chinese names of speakers met before, the longest
// first: "茂木敏充表示" is 茂木敏充, not 茂木 met as "祝贺茂木…".
func (b *speakerBook) cjkKnown(seq []rune, c *cjkFinds) {
	type found struct {
		sp   *Speaker
		i, n int
	}
	var fs []found
	for _, sp := range b.order {
		if sp.Name == "" || !unicode.Is(unicode.Han, firstRune(sp.Name)) {
			continue
		}
		name := b.nameRunes(sp.Name)
		for i := range seq {
			if hasRunesAt(seq, i, name) && !c.taken[i] {
				fs = append(fs, found{sp, i, len(name)})
			}
		}
	}
	slices.SortStableFunc(fs, func(x, y found) int { return y.n - x.n })
	for _, f := range fs {
		c.add(speakerMention{sp: f.sp, from: f.i, to: f.i + f.n, nameAt: f.i, reason: "speaker: '" + f.sp.Name + "' named"})
	}
}

// cjkClauseHeads finds a two- or three-character name at the head of a
// clause before a verb of saying ("王毅表示").
func (b *speakerBook) cjkClauseHeads(seq []rune, han func(int) bool, c *cjkFinds) {
	for i := range seq {
		if i > 0 && seq[i-1] != '，' && seq[i-1] != '。' && seq[i-1] != '；' || c.taken[i] {
			continue
		}
		// Transliterated names run to four characters ("冯德莱恩",
		// "河野太郎"); sides and countries are no names ("日方", "两国").
		for n := 2; n <= 4; n++ {
			if !allHan(seq, han, i, n) || slices.ContainsFunc(seq[i:i+n], isCJKSideRune) || !startsAny(seq, i+n, cjkSayVerbs) ||
				strings.ContainsRune(cjkPronouns, seq[i]) || strings.ContainsRune(cjkAdverbs, seq[i+n-1]) {
				continue
			}
			if cjkSourceWords[string(seq[i:i+n])] {
				break // "报导指，…": the report says, no one called 报导
			}
			if n > 2 && knownBeforeTitle(seq[i:i+n]) {
				// "王毅外长表示": the known official before the title
				// speaks (cjkKnownOfficials); "王毅外长" is no name.
				continue
			}
			if isCJKTitle(seq[i : i+n]) {
				// "总理表示，…": the title stands for the person of that
				// title named before (the author's when both sides have
				// one); it is no name of its own.
				if sp := b.byCJKTitle(string(seq[i : i+n])); sp != nil {
					c.add(speakerMention{sp: sp, from: i, to: i + n, nameAt: i,
						reason: "speaker: '" + string(seq[i:i+n]) + "' refers to " + sp.Name})
				}
				break
			}
			if sp := b.byFamilyTitle(seq[i : i+n]); sp != nil {
				// "傅大使表示" after "团长傅聪大使会见…": the family
				// name and title stand for the person named before.
				c.add(speakerMention{sp: sp, from: i, to: i + n, nameAt: i,
					reason: "speaker: '" + string(seq[i:i+n]) + "' refers to " + sp.Name + " (family name and title)"})
				break
			}
			sp := b.add(&Speaker{Name: string(seq[i : i+n])})
			c.add(speakerMention{sp: sp, from: i, to: i + n, nameAt: i, reason: "speaker: '" + sp.Name + "' at the head of the clause"})
			break
		}
	}
}

// cjkNameLen is the length of a two- or three-character name at j that
// something from cjkAfterName (or the end) follows; 0 for none.
//
// Transliterated names run to five characters ("韦斯特韦勒", "多罗萨里奥",
// "辛克维丘斯"); the shorter reading is tried first.
func cjkNameLen(seq []rune, han func(int) bool, j int) int {
	for n := 2; n <= 5; n++ {
		if n > 2 && j+n <= len(seq) && cjkHoldsTitle(seq[j:j+n]) {
			break // "国务委员兼外长王毅": a second title, no name
		}
		if allHan(seq, han, j, n) && (j+n == len(seq) || startsAny(seq, j+n, cjkAfterName) || dateAt(seq, j+n)) {
			// a known official's name within, of three characters or
			// more, is read whole ("主席习近平访韩、…" is 习近平, no
			// five-character name 习近平访韩; 茂木 stays in 茂木敏充)
			for _, k := range knownOfficials().cjk[seq[j]] {
				if len(k) >= 3 && len(k) < n && hasRunesAt(seq, j, k) {
					return len(k)
				}
			}
			return n
		}
	}
	return 0
}

// cjkAdverbs end no name: "魯比奧就指，…", "王毅又称，…" put an adverb
// between the name and the verb.
const cjkAdverbs = "就又则也还亦更再并另"

// cjkPronouns open no name: "他又强调" is "he stressed again".
const cjkPronouns = "他她我你它其该此这两双兼也"

// dateAt reports a day written after a name ("外长王毅26日同…"): a number
// and 日, or a weekday ("外长王毅周一（4日）在北京…").
func dateAt(seq []rune, i int) bool {
	if i+1 < len(seq) && (seq[i] == '周' || seq[i] == '週') && strings.ContainsRune("一二三四五六日末", seq[i+1]) {
		return true
	}
	if startsAny(seq, i, cjkDayWords) {
		return true // "外交部长王毅昨日与美国国务卿…"
	}
	if i+3 < len(seq) && seq[i] == 'a' && seq[i+1] == '月' && seq[i+2] == 'a' && seq[i+3] == '日' {
		return true // "外长王毅12月17日于布鲁塞尔…"
	}
	return i+1 < len(seq) && seq[i] == 'a' && seq[i+1] == '日'
}

func allHan(seq []rune, han func(int) bool, i, n int) bool {
	if i+n > len(seq) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !han(k) {
			return false
		}
	}
	return true
}

func startsAny(seq []rune, i int, words [][]rune) bool {
	for _, w := range words {
		if hasRunesAt(seq, i, w) {
			return true
		}
	}
	return false
}

// nameRunes is []rune(name), converted once for the book: every Chinese
// sentence is searched for every name.
func (b *speakerBook) nameRunes(name string) []rune {
	if r, ok := b.runes[name]; ok {
		return r
	}
	if b.runes == nil {
		b.runes = map[string][]rune{}
	}
	r := []rune(name)
	b.runes[name] = r
	return r
}

func hasRunesAt(seq []rune, i int, w []rune) bool {
	return i >= 0 && i+len(w) <= len(seq) && slices.Equal(seq[i:i+len(w)], w)
}

func firstRune(s string) rune {
	c, _ := utf8.DecodeRuneInString(s)
	return c
}

// isCJKSideRune marks characters that make a word a side, a country or a
// group rather than a person's name.
func isCJKSideRune(r rune) bool { return r == '方' || r == '国' || r == '们' || r == '会' }

// isCJKTitle reports a word that is only a title ("总理", "外长", "国务卿").
func isCJKTitle(w []rune) bool {
	for _, t := range cjkTitleEnds {
		if slices.Equal(w, t) {
			return true
		}
	}
	return false
}

// byCJKTitle is the last speaker whose role ends with the title, the
// author's first; nil for none.
func (b *speakerBook) byCJKTitle(title string) *Speaker {
	var found *Speaker
	for k := len(b.order) - 1; k >= 0; k-- {
		sp := b.order[k]
		if !b.titleable(sp) || !strings.HasSuffix(sp.Role, title) {
			continue
		}
		if found == nil || sp.Party == b.author && found.Party != b.author {
			found = sp
		}
	}
	return found
}
