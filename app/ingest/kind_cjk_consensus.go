package ingest

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"parley/storage"
)

// The leaders' meeting and the consensus it reached, told (docs/
// import.md, "Where two kinds meet", account or position). A Chinese
// sentence that tells a past meeting or call of heads of state or
// government and the consensus it reached — "去年11月，习近平主席同总理女士
// 在印尼巴厘岛举行会晤，就中意加强团结合作、共同应对挑战达成重要共识", "习近平
// 主席和特朗普总统曾多次会晤和沟通，就两国关系与合作达成重要共识", "王毅表示，
// 习近平主席同马克龙总统最近举行通话，就中法加强战略协作达成重要共识" — tells
// what happened, an account, whether the narrator tells it or a speaker
// recalls it, and whichever publisher prints it (the Foreign Ministry,
// Xinhua, as relayed): the analyst reads the event, not a view of it.
// The rule leaves alone a meeting that is no event told: one judged
// (会晤取得成功), one to come (即将举行), one named as a thing before 的
// (会晤的成果), the consensus named as a thing (达成的共识, 会晤共识), a
// meeting that is the means of something else (通过…会谈, "through the
// talks"), and a sentence a strong cue has already decided (…，中方愿…
// is a commitment). Worked out on batch "late 39" and the late part's
// Chinese misses of the same shape (batch "late 22"), 8 Dec 2026.

// cjkLeaderWords name heads of state or government in the meeting's
// clause.
var cjkLeaderWords = []string{"元首", "主席", "总统", "总理", "首相", "国王", "领导人"}

// cjkConsensusMeetingWords are the words of a meeting or call.
var cjkConsensusMeetingWords = []string{"会晤", "会谈", "通电话", "通话", "会见"}

// cjkConsensusMeeting turns a view into an account when the sentence
// tells the leaders' meeting and the consensus it reached.
func cjkConsensusMeeting(pr *Proposal, r []rune) {
	if pr.Skip || pr.Kind != storage.KindPosition || !hasCJKRunes(r) {
		return
	}
	h := string(toHans(r))
	m, w := -1, ""
	for _, x := range cjkConsensusMeetingWords {
		if k := strings.Index(h, x); k >= 0 && (m < 0 || k < m) {
			m, w = k, x
		}
	}
	if m < 0 {
		return
	}
	rest := h[m+len(w):]
	d := strings.Index(rest, "达成")
	if d < 0 || strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "取得") || strings.HasPrefix(rest, "成功") {
		return
	}
	between, reached := rest[:d], rest[d+len("达成"):]
	g := strings.Index(reached, "共识")
	if g < 0 || utf8.RuneCountInString(reached[:g]) > 8 || strings.HasPrefix(reached, "的") ||
		strings.HasPrefix(reached[g+len("共识"):], "的") || utf8.RuneCountInString(between) > 40 ||
		strings.ContainsAny(between, "。；;") {
		return
	}
	head := h[:m]
	if k := strings.LastIndexAny(head, "，,：:"); k >= 0 {
		head = head[k+1:]
	}
	if !containsAny(head, cjkLeaderWords) || containsAny(head, cjkToCome) || strings.Contains(head, "成功") ||
		strings.Contains(head, "通过") {
		return
	}
	pr.Kind = storage.KindAccount
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: account, '%s … 达成 … 共识': the leaders' meeting and the consensus it reached, told", w))
}
