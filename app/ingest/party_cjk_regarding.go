package ingest

import "strings"

// Two Chinese places where a party named before the subject is not the
// subject (worked out on batch "late 31", the Prime Minister's Office's
// Chinese summary of a summit with China):
//
//   - a phrase of "regarding" opening the sentence: "对于包括浮标在内的东
//     海局势、…中国军队活动频发的情况，石破首相再次表达了严重关切" is
//     Ishiba's concern about China's acts, not China's; 对于, 关于, 针对
//     and 至于 up to the comma after which a person or a side follows;
//   - a party that names a meeting: "正在老挝出席东盟系列领导人会议的石破
//     茂首相与李强总理举行了会谈" — ASEAN names the meetings Ishiba was
//     attending, as "the ASEAN summit" does in English.

// cjkRegardingWords open a phrase of "regarding".
var cjkRegardingWords = []string{"对于", "關於", "关于", "針對", "针对", "至于", "對於"}

// cjkRegardingClause returns the comma that closes a phrase of
// "regarding" opening the sentence when an actor follows it; 0 for none.
func cjkRegardingClause(toks []token, as []actor) int {
	if len(toks) < 4 {
		return 0
	}
	head := toks[0].text + toks[1].text
	found := false
	for _, w := range cjkRegardingWords {
		found = found || head == w
	}
	if !found {
		return 0
	}
	for i := 2; i < len(toks) && i < 160; i++ {
		switch toks[i].punct {
		case '，', ',':
			for _, a := range as {
				if a.from == i+1 {
					return i
				}
			}
			return 0
		case '。', '；', ';', '：', ':':
			return 0
		}
	}
	return 0
}

// cjkMeetingModifiers may stand between a party and the meeting it
// names: 系列 (series), 领导人 (leaders), 外长, 首脑, 部长, 及相关, 地区.
const cjkMeetingModifiers = "系列领导人導外长長首脑腦部及相关關地区區"

// cjkNamesMeeting reports whether the Chinese words after a party (from
// toks[at]) name a meeting: modifiers, then 会议, 峰会 or 论坛.
func cjkNamesMeeting(toks []token, at int) bool {
	var sb strings.Builder
	for j := at; j < len(toks) && j < at+10; j++ {
		if toks[j].punct != 0 {
			break
		}
		sb.WriteString(toks[j].text)
	}
	rest := []rune(sb.String())
	k := 0
	for k < len(rest) && strings.ContainsRune(cjkMeetingModifiers, rest[k]) {
		k++
	}
	tail := string(rest[k:])
	if strings.HasPrefix(tail, "会议长") || strings.HasPrefix(tail, "會議長") {
		return false // "韩国会议长朴炳锡": 国会议长, the speaker of a parliament
	}
	for _, w := range []string{"会议", "會議", "峰会", "峰會", "论坛", "論壇"} {
		if strings.HasPrefix(tail, w) {
			return true
		}
	}
	return false
}
