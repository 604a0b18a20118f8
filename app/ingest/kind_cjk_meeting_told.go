package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// A Chinese word of meeting that does not tell the meeting (docs/
// import.md, "Where two kinds meet", account or position): the meeting
// word decides a sentence only when the narrator tells that the meeting
// took place. It tells none when it
//   - stands in a relative clause, before 的 ("佛得角与澳门在回归以来签署的
//     协议将会延续下去" — the agreements signed; "两国会谈的新闻资料" — the
//     talks' press materials);
//   - is of an event to come or one looked forward to (即将举行大选, 期待明天
//     …举行正式会谈);
//   - stands inside what a speaker said, after a verb of saying
//     ("王毅称国家主席习近平早前与普京在喀山会晤，…，中方愿同俄方…");
//   - is judged ("第八次欧中领导人会晤取得成功", "高层会晤成功举行").
// Then the next cue of the sentence decides ("…，中方愿同俄方…" is a
// commitment), or, with none, the sentence is a view: the speaker's
// words or the judgement. Worked out on batch "late 33" and the late
// part's Chinese misses of 7 Dec 2026 (batches "late 22" and "late 29").

// cjkReceived are words of meeting that name no cue of their own.
var cjkReceived = []string{"接见", "会面", "见面", "交谈"}

// cjkToCome before a meeting word make it an event to come.
var cjkToCome = []string{"即将", "期待", "明天", "明年", "下月", "将于"}

// cjkMeetingTold overrides an account decided by a Chinese meeting word
// that tells no meeting.
func (st *state) cjkMeetingTold(pr *Proposal, toks []token, cues []cue, c cue, hasCue bool) {
	if pr.Skip || !hasCue || c.kind != storage.KindAccount || pr.Kind != storage.KindAccount || c.at >= len(toks) ||
		!hasCJKRunes([]rune(c.word)) || !lastKindNames(pr.Reasons, c.word) {
		return
	}
	text := func(from, to int) string {
		var b strings.Builder
		for i := max(from, 0); i < to && i < len(toks); i++ {
			b.WriteString(toks[i].text)
		}
		return b.String()
	}
	clause := c.at
	for clause > 0 && !clauseBreak(toks, clause-1, clause) {
		clause--
	}
	head, tail := text(clause, c.at), text(c.end, c.end+2)
	why := ""
	switch {
	case strings.HasPrefix(tail, "的"):
		why = "'" + c.word + "的' names a thing, no meeting told"
	case strings.HasPrefix(tail, "取得") || strings.HasPrefix(tail, "成功") || strings.HasSuffix(head, "成功"):
		why = "'" + c.word + "' judged, no meeting told"
	case containsAny(head, cjkToCome):
		why = "'" + c.word + "' is of an event to come"
	default:
		for _, s := range cues {
			if s.at < c.at && s.weak && cjkSaying[s.word] && !cjkSourceSaying(toks, s) {
				why = "'" + s.word + " … " + c.word + "': the meeting is in what was said"
				break
			}
		}
	}
	if rest := text(0, c.at) + "|" + text(c.end, len(toks)); why == "" || containsAny(rest, cjkMeetingWords) || containsAny(rest, cjkReceived) {
		// "韩国国会议长朴炳锡…接见正在韩国访问的…王毅", "在中国访问的
		// 外交部长维文…与中国外长王毅会面": the meeting is told after
		// all, by another word of meeting.
		return
	}
	k := storage.KindPosition
	if strings.Contains(head, "期待") {
		// "我期待明天同总理女士举行正式会谈": a meeting the holder
		// looks forward to taking part in, an undertaking.
		k = storage.KindCommitment
	}
	for _, s := range cues {
		if s.at < c.end || s.noun || s.weak && s.kind == storage.KindAccount {
			continue
		}
		if s.kind == storage.KindAccount {
			// "在中国访问的外交部长维文…与中国外长王毅会面": the
			// meeting is told after all, by the next word of meeting.
			return
		}
		if !s.weak {
			k = s.kind
			why += fmt.Sprintf("; '%s' decides", s.word)
		}
		break
	}
	pr.Kind = k
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: %s, %s", k, why))
}

// lastKindNames reports whether the last kind reason names word as its
// cue ("from '会晤'", "'举行' tells what happened").
func lastKindNames(reasons []string, word string) bool {
	for i := len(reasons) - 1; i >= 0; i-- {
		if strings.HasPrefix(reasons[i], "kind: ") {
			return strings.Contains(reasons[i], "'"+word+"'")
		}
	}
	return false
}

func containsAny(s string, xs []string) bool {
	for _, x := range xs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// cjkSourceSaying reports a verb of saying that names the source, not a
// speaker ("据韩国外交部称，…", "据悉"): 据 opens its clause.
func cjkSourceSaying(toks []token, s cue) bool {
	for i := s.at - 1; i >= 0 && !clauseBreak(toks, i, i+1); i-- {
		if toks[i].text == "据" || toks[i].text == "據" {
			return true
		}
	}
	return false
}
