package ingest

// A verb of saying that is what a view welcomes (kind_govern.go,
// governingCue): "王毅表示，中方赞赏洪方重申恪守一个中国原则，…，愿同洪方分享…"
// — China appreciates that Honduras reaffirmed the one-China principle.
// The 重申 is Honduras's, told as the thing China appreciates; it opens
// no second speaker's words, so the reported clause goes on and its
// undertaking (愿同) decides, as it does when nothing stands between.
// Worked out on batch "late 33" (7 Dec 2026).

// cjkEmbeddedSaying reports whether the verb of saying s (after the
// first speaker's verb, which ends at from) stands in the same clause as
// a view of the speaker's side that governs it (赞赏, 欢迎, 支持, 感谢,
// 祝贺, 赞扬, 高度评价, 重视 before it, with no clause break between):
// what is appreciated, not a new speaker.
func cjkEmbeddedSaying(toks []token, cues []cue, from int, s cue) bool {
	for _, v := range cues {
		if v.at < from || v.at >= s.at || !v.weak || !cjkViewsOf[v.word] {
			continue
		}
		if !clauseBreak(toks, v.end, s.at) {
			return true
		}
	}
	return false
}

// cjkViewsOf are the weak Chinese verbs whose object may be another
// side's words: "赞赏洪方重申…", "欢迎美方表示…".
var cjkViewsOf = set("赞赏", "欢迎", "支持", "感谢", "祝贺", "赞扬", "高度评价", "重视")
