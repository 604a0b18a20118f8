package ingest

import (
	"slices"
	"strings"
	"unicode/utf8"

	"parley/storage"
)

// cjkCue is a Chinese cue, found by substring. Chinese words are not
// written apart, so a cue lists what may not stand right before it
// (notAfter: 核心关切 "core concerns" is a noun, not "expressed concern")
// or right after it (notBefore: 愿景 "vision" is no 愿 "is willing"), and
// what must follow it (needBefore: 说 reports speech only before a comma
// or colon, not in 说明 or 所说那样).
type cjkCue struct {
	text       string
	kind       storage.Kind
	weak       bool
	notAfter   []string
	notBefore  []string
	needBefore []string
	// needAfter must stand right before the cue (双方决定, not 中方决定).
	needAfter []string
	// notInClause may not stand between the clause's start and the cue
	// (应…邀请 "at the invitation of"); needInClause must stand between
	// the cue and the clause's end (邀请…访问 "invited … to visit").
	notInClause, needInClause []string
}

// cjkCues are the Chinese cues in the order they are tried: a longer cue
// before a shorter one it contains (坚决反对 before 反对).
var cjkCues = []cjkCue{
	{text: "一致认为", kind: storage.KindAgreement}, {text: "一致同意", kind: storage.KindAgreement},
	{text: "达成共识", kind: storage.KindAgreement}, {text: "达成一致", kind: storage.KindAgreement},
	// 同意, but not 愿同意方… / 同意大利 "with the Italian side", "with Italy".
	{text: "同意", kind: storage.KindAgreement, notAfter: []string{"不"}, notBefore: []string{"方", "大利"}},
	// 双方商定保持密切沟通 "the two sides agreed to keep in close touch".
	{text: "商定", kind: storage.KindAgreement, notAfter: []string{"已经", "尚未"}},
	{text: "赞同", kind: storage.KindAgreement, notAfter: []string{"不"}},
	{text: "表示关切", kind: storage.KindConcern}, {text: "表达关切", kind: storage.KindConcern},
	// 对香港最新局势表示关注 "expressed concern about the situation": 关注
	// after a verb of expressing is a worry stated, as 表示关切 is; 密切关注
	// "follows closely" stays a view (batch "late 35").
	{text: "表示关注", kind: storage.KindConcern}, {text: "表达关注", kind: storage.KindConcern},
	{text: "表示严重关注", kind: storage.KindConcern},
	{text: "关切", kind: storage.KindConcern, notAfter: []string{"核心", "彼此", "合理", "正当", "重大", "共同", "各方", "双方"}},
	{text: "担忧", kind: storage.KindConcern},
	// 各种挑衅正在加剧紧张气氛 "provocations are heightening tension": a
	// worry; not 避免加剧紧张, 不采取加剧紧张的言行 (what is asked).
	{text: "加剧紧张", kind: storage.KindConcern, notAfter: []string{"避免", "防止", "不", "以免", "不采取"}},
	{text: "敦促", kind: storage.KindDemand}, {text: "要求", kind: storage.KindDemand, notAfter: []string{"的"}},
	{text: "呼吁", kind: storage.KindDemand},
	// 希望 "hopes (that)", but not the noun after 有 "there is hope"
	// (…全球发展繁荣就有了希望) or 带来/充满/看到 希望.
	// 希望看到 "would like to see": a wish, a view of what should be.
	{text: "希望看到", kind: storage.KindPosition, weak: true},
	// 希望同中方保持沟通 "hopes to keep in touch with China", 希望继续…,
	// 希望能…, 希望不久后可以…: the holder's own step hoped for, an
	// undertaking as 愿同 is ("hopes to"); 希望美方… asks another side
	// (batch "late 22"). Not 与会 "attending", 同时 "at the same time".
	{text: "希望同", kind: storage.KindCommitment, notBefore: []string{"时", "样", "意", "等"}},
	{text: "希望与", kind: storage.KindCommitment, notBefore: []string{"会"}},
	{text: "希望继续", kind: storage.KindCommitment}, {text: "希望能", kind: storage.KindCommitment},
	{text: "希望可以", kind: storage.KindCommitment}, {text: "希望不久", kind: storage.KindCommitment},
	// 希同中方加快推进… "hopes to speed up … with China", 希与中方进一步加强…:
	// 希 standing for 希望 before 同/与 and a side, as relays in Taiwan and
	// Hong Kong write it (中国和…关系 keeps 同 in a name's 希 out: the side
	// must follow).
	{text: "希同", kind: storage.KindCommitment, needBefore: cjkSideNames},
	{text: "希与", kind: storage.KindCommitment, needBefore: cjkSideNames},
	// 传递信心和希望。 "conveys confidence and hope": the noun closing a
	// list, no one asked.
	{text: "希望", kind: storage.KindDemand, notAfter: []string{"有了", "有", "带来", "充满", "看到", "和"}, notBefore: []string{"。"}},
	{text: "坚决反对", kind: storage.KindObjection},
	// 不反对中国发展 "does not oppose China's development" objects to nothing.
	{text: "反对", kind: storage.KindObjection, notAfter: []string{"不", "并不", "无意"},
		// 反对党 "the opposition party" (batch "late 29")
		notBefore: []string{"党", "派"}},
	// 望美方… "hopes the US side …" (望 for 希望, after a comma): another
	// side asked (batch "late 29")
	{text: "望", kind: storage.KindDemand, needAfter: []string{"，", ","},
		needBefore: cjkSideNames},
	// 违背了贸易的基本原则 "violates the basic principles of trade",
	// 违反国际法: a violation named, as "a violation of" is; not 不得违反
	// "must not violate", a rule.
	{text: "违背", kind: storage.KindObjection, notAfter: []string{"不", "得", "应", "未", "没有"}},
	{text: "违反", kind: storage.KindObjection, notAfter: []string{"不", "得", "应", "未", "没有"}},
	// 明显损害各国正当权益 "clearly harms the legitimate rights of all
	// countries": a harm named; not 不损害, 避免损害, 免受损害.
	{text: "损害", kind: storage.KindObjection, notAfter: []string{"不", "避免", "免受", "受到", "得"}},
	{text: "驳斥", kind: storage.KindObjection}, {text: "拒绝", kind: storage.KindObjection},
	{text: "抗议", kind: storage.KindObjection},
	// 决不接受单边制裁 "will never accept unilateral sanctions", 提出严正交涉
	// "lodged stern representations": objections.
	{text: "不接受", kind: storage.KindObjection}, {text: "不能接受", kind: storage.KindObjection},
	{text: "无法接受", kind: storage.KindObjection}, {text: "严正交涉", kind: storage.KindObjection}, {text: "不满", kind: storage.KindObjection}, {text: "谴责", kind: storage.KindObjection},
	{text: "提议", kind: storage.KindProposal}, {text: "建议", kind: storage.KindProposal},
	// 邀请王毅访问韩国 "invited Wang Yi to visit Korea", as "invited"; not
	// 应欧盟…邀请 "at the invitation of", 受邀请, nor 邀请王毅回答提问 (a
	// guest asked in, told).
	{text: "邀请", kind: storage.KindProposal, notAfter: []string{"的", "受", "获", "接受"}, notInClause: []string{"应"},
		needInClause: []string{"访", "出席", "参加", "来华", "赴"}},
	// "“一带一路”倡议", "和平倡议", "全球安全倡议", "全球治理倡议": the name
	// of an initiative, not a proposal. 重要合作倡议 "the important
	// cooperation initiatives (he put forward)": 合作倡议 names initiatives,
	// it proposes nothing (batch "late 35").
	{text: "倡议", kind: storage.KindProposal, notAfter: []string{"”", "路", "平", "展", "明", "全", "理", "合作"}},
	{text: "承诺", kind: storage.KindCommitment}, {text: "愿同", kind: storage.KindCommitment},
	{text: "愿与", kind: storage.KindCommitment}, {text: "愿意", kind: storage.KindCommitment, notAfter: []string{"不"}},
	// 愿 "is willing to", but not 意愿 "will", 祝愿 "wish", 愿景 "vision".
	// 不愿意看到 "does not wish to see" is a view, no undertaking.
	{text: "愿", kind: storage.KindCommitment, notAfter: []string{"意", "祝", "心", "所", "宏", "夙", "志", "情", "不"}, notBefore: []string{"景", "望"}},
	{text: "致力", kind: storage.KindCommitment},
	// 期待同中方加强合作 "looks forward to strengthening cooperation with
	// China" means to act; 期待 alone welcomes what may come.
	{text: "期待同", kind: storage.KindCommitment}, {text: "期待与", kind: storage.KindCommitment},
	{text: "期待尽快", kind: storage.KindCommitment},
	// 我期待明天同总理女士举行正式会谈 "I look forward to holding talks
	// with her tomorrow": the holder's own talks, undertaken (batch "late
	// 29", as "looked forward to meeting" is)
	{text: "期待", kind: storage.KindCommitment, needInClause: []string{"举行会谈", "举行正式会谈", "会晤", "见面"}},
	// 不会 "will not" undertakes, but not what follows 就 "then" (…阵营对抗
	// 就不会形成 "bloc confrontation will then not take shape"); 将 "will",
	// but not 必将/势将/终将 "is bound to", which foresee.
	{text: "不会", kind: storage.KindCommitment, notAfter: []string{"就", "便", "才", "自然"}, notBefore: []string{"忘"}},
	// 相信新西兰新政府将继续… "believes the new government will …" foresees
	// another's step, it undertakes nothing (batch "late 29").
	{text: "将继续", kind: storage.KindCommitment, notAfter: cjkForeseeing, notInClause: []string{"相信"}}, {text: "将同", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	{text: "将与", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将积极", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	{text: "将坚定", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将进一步", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	{text: "将全力", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将坚持", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	// 将 before a verb of doing (将始终发挥建设性作用, 将通过深化改革…推进,
	// 将支持双方团队磋商); 将 before a noun is "把" (中国将欧洲视为…), no
	// future.
	{text: "将始终", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将持续", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	{text: "将努力", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将加强", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	{text: "将推动", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将支持", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	{text: "将一如既往", kind: storage.KindCommitment, notAfter: cjkForeseeing}, {text: "将通过", kind: storage.KindCommitment, notAfter: cjkForeseeing},
	// 我们将…, 韩国政府将… "we will", "the government will": a side's 将,
	// not 将其/将此 ("treats it as").
	{text: "将", kind: storage.KindCommitment, needAfter: []string{"我们", "政府", "我国"},
		notBefore: []string{"其", "此", "这", "该", "它", "之", "是", "成为", "迎来", "面临"}, notInClause: []string{"相信"}},
	// 中方将及时发布 "China will release it in time": a side's 将.
	{text: "方将", kind: storage.KindCommitment},
	{text: "会见", kind: storage.KindAccount}, {text: "会谈", kind: storage.KindAccount},
	{text: "会晤", kind: storage.KindAccount}, {text: "通电话", kind: storage.KindAccount},
	{text: "举行", kind: storage.KindAccount},
	// 拜会, 拜访 "called on" (an ambassador's calls, batch "late 29")
	{text: "拜会", kind: storage.KindAccount}, {text: "拜访", kind: storage.KindAccount},
	// 访问 "visited", but not the noun after 这次/此次/本次/的 ("这次访问的目的").
	{text: "访问", kind: storage.KindAccount, notAfter: []string{"这次", "此次", "本次", "那次", "的"}},
	{text: "出席", kind: storage.KindAccount},
	{text: "交换了", kind: storage.KindAccount},
	// 共同见证了…合作文件的签署 "witnessed the signing of …": a deed told.
	{text: "见证", kind: storage.KindAccount}, {text: "签署", kind: storage.KindAccount, notAfter: []string{"的", "已"}},
	// 介绍了…访华情况 "briefed on the visit", 通报了…最新进展: what happened
	// told; 通报了…看法和立场 (views) stays a view (the weak cues below).
	{text: "介绍了", kind: storage.KindAccount, weak: true, needInClause: []string{"情况", "进展", "成果", "背景"}},
	{text: "通报了", kind: storage.KindAccount, weak: true, needInClause: []string{"情况", "进展", "成果", "背景"}},
	// 进行了讨论, 谈及 "discussed", 双方决定 "the two sides decided"
	// (an agreement, as "decided" of both sides is).
	{text: "讨论", kind: storage.KindAccount, notAfter: []string{"值得", "有待"}}, {text: "谈及", kind: storage.KindAccount},
	{text: "决定", kind: storage.KindAgreement, needAfter: []string{"双方", "两国", "一致", "共同"}},
	// 双方可以积极筹备… "the two sides can prepare …" in a speaker's
	// mouth is a step proposed, as "the two sides can jointly advance …"
	// is; 中美完全可以相互成就 "can" of a view is none.
	{text: "可以", kind: storage.KindProposal, needAfter: []string{"双方", "两国", "我们"}}, {text: "交换意见", kind: storage.KindAccount}, {text: "交换看法", kind: storage.KindAccount},
	{text: "表示", kind: storage.KindPosition, weak: true}, {text: "强调", kind: storage.KindPosition, weak: true},
	{text: "指出", kind: storage.KindPosition, weak: true}, {text: "重申", kind: storage.KindPosition, weak: true},
	{text: "认为", kind: storage.KindPosition, weak: true}, {text: "介绍", kind: storage.KindPosition, weak: true},
	{text: "阐述", kind: storage.KindPosition, weak: true}, {text: "阐明", kind: storage.KindPosition, weak: true},
	{text: "转达", kind: storage.KindPosition, weak: true}, {text: "通报", kind: storage.KindPosition, weak: true},
	{text: "说", kind: storage.KindPosition, weak: true, needBefore: []string{"，", "：", ",", ":"}},
	// 称 "said" (王毅称中欧要…, 米歇尔称，欧方愿…), but not 声称 "claimed",
	// 宣称, 堪称 "may be called", 简称, 名称 "name", 称为 "called", 称赞
	// "praised", 称号 "title".
	{text: "称", kind: storage.KindPosition, weak: true, notAfter: []string{"声", "宣", "堪", "简", "名", "自", "号", "俗", "统", "对", "指", "昵", "人", "职", "相"},
		notBefore: []string{"为", "赞", "号", "作", "道", "霸", "职", "谓", "呼", "之", "得", "心", "颂"}},
	{text: "提到", kind: storage.KindPosition, weak: true},
	// 指 "said", as Hong Kong media shorten 指出 (王毅指，…, 德國外交部指，…),
	// before a comma or colon only (是指 "means", 直指 "points at" have none).
	{text: "指", kind: storage.KindPosition, weak: true, needBefore: []string{"，", "：", ",", ":"},
		// 报导指，鲁比欧表示… "the report says": the source, no speaker's
		// verb (batch "late 29", as 据…透露 is)
		notAfter: []string{"报导", "报道", "消息", "文章"}},
	// 祝贺 "congratulated", 赞扬 "praised", 高度评价 "spoke highly of",
	// 重视 "attaches importance to" (not 重视程度 "the degree of"): views
	// stated (batch "late 19").
	{text: "祝贺", kind: storage.KindPosition, weak: true}, {text: "赞扬", kind: storage.KindPosition, weak: true},
	{text: "高度评价", kind: storage.KindPosition, weak: true},
	{text: "重视", kind: storage.KindPosition, weak: true, notBefore: []string{"程度"}},
	{text: "支持", kind: storage.KindPosition, weak: true}, {text: "赞赏", kind: storage.KindPosition, weak: true},
	{text: "欢迎", kind: storage.KindPosition, weak: true}, {text: "感谢", kind: storage.KindPosition, weak: true},
	{text: "期待", kind: storage.KindPosition, weak: true}, {text: "相信", kind: storage.KindPosition, weak: true},
}

// cjkForeseeing before 将 make it a forecast.
var cjkForeseeing = []string{"必", "势", "终"}

// at reports whether the cue stands at byte k of s in a context its
// lists allow.
func (c cjkCue) at(s string, k int) bool {
	before, after := s[:k], s[k+len(c.text):]
	for _, x := range c.notAfter {
		if strings.HasSuffix(before, x) {
			return false
		}
	}
	for _, x := range c.notBefore {
		if strings.HasPrefix(after, x) {
			return false
		}
	}
	if len(c.needAfter) > 0 && !slices.ContainsFunc(c.needAfter, func(x string) bool { return strings.HasSuffix(before, x) }) {
		return false
	}
	if len(c.notInClause) > 0 || len(c.needInClause) > 0 {
		head := before[strings.LastIndexAny(before, "，。；,;")+1:]
		tail := after
		if k := strings.IndexAny(tail, "，。；,;"); k >= 0 {
			tail = tail[:k]
		}
		for _, x := range c.notInClause {
			if strings.Contains(head, x) {
				return false
			}
		}
		if len(c.needInClause) > 0 && !slices.ContainsFunc(c.needInClause, func(x string) bool { return strings.Contains(tail, x) }) {
			return false
		}
	}
	if len(c.needBefore) == 0 {
		return true
	}
	for _, x := range c.needBefore {
		if strings.HasPrefix(after, x) {
			return true
		}
	}
	return false
}

// cjkCueFirst indexes cjkCues by their first character.
var cjkCueFirst = newFirstRuneIndex(len(cjkCues), func(i int) string { return cjkCues[i].text })

// findCJKCues lists the first allowed occurrence of each Chinese cue; a
// place taken by a longer cue is not taken again by a shorter one.
func findCJKCues(toks []token, sentence []rune) []cue {
	h := toHans(sentence)
	// Only the cues whose first character the sentence has are looked
	// for, in the order of cjkCues.
	cand := cjkCueFirst.candidates(h)
	if len(cand) == 0 {
		return nil
	}
	s := string(h)
	var out []cue
	taken := make([]bool, len(h))
	for _, ci := range cand {
		c := &cjkCues[ci]
		n := utf8.RuneCountInString(c.text)
		// runes is the rune count of s[:off], carried along rather than
		// counted from the start at every occurrence.
		for off, runes := 0, 0; off < len(s); {
			k := strings.Index(s[off:], c.text)
			if k < 0 {
				break
			}
			start := runes + utf8.RuneCountInString(s[off:off+k])
			k += off
			off = k + len(c.text)
			runes = start + n
			if taken[start] || !c.at(s, k) {
				continue
			}
			for x := 0; x < n; x++ {
				taken[start+x] = true
			}
			from, to := tokenSpan(toks, start, start+n)
			out = append(out, cue{kind: c.kind, weak: c.weak, word: c.text, at: from, end: to})
			break
		}
	}
	return out
}

// cjkSideNames name a side as 方 "side" does: 美方 "the US side", 各方 "all
// sides", 对方 "the other side".
var cjkSideNames = []string{"美方", "中方", "日方", "欧方", "英方", "俄方", "韩方", "德方", "法方", "澳方", "印方", "各方", "对方"}
