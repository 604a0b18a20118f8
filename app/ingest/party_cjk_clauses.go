package ingest

import "strings"

// Chinese clauses that put the subject after a comma, worked out on batch
// "late 29": a clause of time at the head ("会见韦斯特韦勒时，杨洁篪表示…",
// "王毅会见鲍威尔期间，双方就…交换看法") and a meeting told before both
// sides' clause ("王毅…会见美国国务卿蒂勒森，双方高度评价…"). The people
// of the first clause are not the subject: they are the time, or the
// meeting whose two sides then act together.

// cjkTimeEnds close a clause of time: "…时", "…期间", "…之际", "…时候".
var cjkTimeEnds = [][]string{{"时"}, {"期", "间"}, {"之", "际"}, {"时", "候"}}

// cjkMeetingWords tell a meeting or a call.
var cjkMeetingWords = []string{"会见", "会谈", "会晤", "通电话", "通话", "会面", "举行", "拜会", "拜访"}

// cjkOpeningClause returns the comma that closes a Chinese clause of
// time opening the sentence, when the next clause opens with a subject
// of its own; 0 for none. "李强在新德里出席…峰会期间，会见…" goes on with
// its verb, the subject being in the clause of time.
func cjkOpeningClause(toks []token, as []actor) int {
	comma := cjkFirstComma(toks)
	if comma <= 0 || !cjkEndsWithTime(toks, comma) {
		return 0
	}
	for _, a := range as {
		if a.from == comma+1 {
			return comma
		}
	}
	return 0
}

// cjkMeetingThenBoth returns the comma after which both sides' clause
// (双方, 两国, 两人 …) follows a clause that told the meeting, with no verb
// of saying before it; 0 for none.
func cjkMeetingThenBoth(toks []token, as []actor) int {
	for _, a := range as {
		if a.kind != actorJoint || a.from < 2 || toks[a.from-1].punct != '，' && toks[a.from-1].punct != ',' {
			continue
		}
		before := joinCJK(toks[:a.from-1])
		met := false
		for _, w := range cjkMeetingWords {
			met = met || strings.Contains(before, w)
		}
		if !met {
			return 0
		}
		for _, v := range cjkSaidBefore {
			if strings.Contains(before, v) {
				return 0
			}
		}
		return a.from - 1
	}
	return 0
}

func cjkFirstComma(toks []token) int {
	for i := 1; i < len(toks) && i < 40; i++ {
		switch toks[i].punct {
		case '，', ',':
			return i
		case '。', '；', ';', '：', ':':
			return 0
		}
	}
	return 0
}

func cjkEndsWithTime(toks []token, comma int) bool {
	for _, e := range cjkTimeEnds {
		if comma < len(e)+1 {
			continue
		}
		ok := true
		for k, w := range e {
			ok = ok && toks[comma-len(e)+k].text == w
		}
		if ok {
			return true
		}
	}
	return false
}

// joinCJK is the text of Chinese tokens run together.
func joinCJK(ts []token) string {
	var sb strings.Builder
	for _, t := range ts {
		if t.punct != 0 {
			sb.WriteRune(t.punct)
			continue
		}
		sb.WriteString(t.text)
	}
	return sb.String()
}

// cjkOpeningWhy is the reason that names the Chinese clause before the
// subject at comma, "" when the opening phrase there is none of these.
func cjkOpeningWhy(toks []token, as []actor, comma int) string {
	switch comma {
	case cjkOpeningClause(toks, as):
		return "subject: after the clause of time '" + joinCJK(toks[:comma]) + "，'"
	case cjkMeetingThenBoth(toks, as):
		return "subject: both sides, after the meeting told in '" + joinCJK(toks[:comma]) + "，'"
	case cjkRegardingClause(toks, as): // party_cjk_regarding.go
		return "subject: after the phrase of 'regarding' '" + joinCJK(toks[:comma]) + "，'"
	}
	return ""
}
