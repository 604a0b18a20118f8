package ingest

import "strings"

// A minister's reported words recall what the two countries' leaders did:
// "Since 2014, President Xi Jinping and Prime Minister Narendra Modi have
// met several times", "Last year …, and President Xi Jinping and Prime
// Minister Fumio Kishida held the first meeting in Bangkok" in Wang Yi's
// or Qin Gang's remarks. Two people of two sides as the subject are both
// sides in the narrator's voice when they are the ones meeting; leaders
// neither of whom is the speaker, told of inside a minister's remarks,
// are what he recalls: the remarks go on through the sentence and after
// it, where closing them had left the minister's next sentences ("The
// Chinese side is willing …", "The two sides should …") to no one or to
// both sides.

// leaderTitles are the offices of heads of state and government.
var leaderTitles = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir",
	"sultan", "taoiseach"}

// isLeader reports a speaker whose title is a head of state's or
// government's (a vice-president's or a deputy's is not).
func isLeader(sp *Speaker) bool {
	role := strings.ToLower(sp.Role)
	if strings.Contains(role, "vice") || strings.Contains(role, "deputy") || strings.Contains(role, "minister of") ||
		strings.Contains(role, "foreign") {
		return false
	}
	for _, t := range leaderTitles {
		if strings.HasPrefix(role, t) || strings.HasSuffix(role, " "+t) {
			return true
		}
	}
	return false
}

// leadersRecalled reports a subject of two or more leaders of different
// sides, none of them the voice's speaker, while the voice is a
// minister's (no leader's own).
func (st *state) leadersRecalled(subj []actor) bool {
	v := st.voice
	if v == nil || v.sp == nil || isLeader(v.sp) || len(subj) < 2 || !st.peopleOfTwoSides(subj) {
		return false
	}
	for _, a := range subj {
		if a.kind != actorSpeaker || a.speaker == nil || a.speaker == v.sp || !isLeader(a.speaker) {
			return false
		}
	}
	return true
}
