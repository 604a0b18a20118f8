package ingest

import (
	"fmt"
	"slices"
)

// Chinese readouts name the person met once and then call him 对方, "the
// other side": "王毅另會見訪華的新西蘭前總理約翰‧基，稱中方願…。對方表示，相信新
// 西蘭新政府將繼續…" (Wang Yi also met John Key, …. The other side said …).
// 对方 is no side's name, so the sentence was read as going on with Wang
// Yi's remarks. A sentence that opens with 对方 and a verb of saying is
// the words of the person the sentence before named beside its speaker,
// and his remarks go on from it.

// noteNamed keeps the speakers and parties the sentence before named,
// for 对方.
func (st *state) noteNamed(sps []speakerMention, ents []mention) {
	if st.namedAt != st.n {
		st.namedPrev, st.partiesPrev, st.namedAt = st.namedNow, st.partiesNow, st.n
	}
	st.namedNow, st.partiesNow = nil, nil
	for _, m := range ents {
		if m.ent != nil && !slices.Contains(st.partiesNow, m.ent.Name) {
			st.partiesNow = append(st.partiesNow, m.ent.Name)
		}
	}
	for _, m := range sps {
		if m.sp != nil && !slices.Contains(st.namedNow, m.sp) {
			st.namedNow = append(st.namedNow, m.sp)
		}
	}
}

// otherSideSaid makes pr, a sentence opening with 对方 and a verb of
// saying, the words of the person the sentence before named beside the
// one who spoke or acted in it (prev); with no such person, the words of
// the other side it named, with no speaker.
func (st *state) otherSideSaid(pr *Proposal, r []rune, prev *Speaker) {
	if len(r) < 4 || !(r[0] == '对' || r[0] == '對') || r[1] != '方' || !startsAny(toHans(r[2:min(len(r), 6)]), 0, cjkSayVerbs) {
		return
	}
	var other *Speaker
	for _, sp := range st.namedPrev {
		if sp != prev && (prev == nil || sp.Party != prev.Party || sp.Party == "") {
			other = sp
		}
	}
	if other == nil {
		if pr.Speaker == nil || pr.Speaker != prev {
			return
		}
		// The person met has no name the importer read: the words are
		// still not the one who met him.
		pr.Speaker = nil
		for _, p := range st.partiesPrev {
			if p != prev.Party {
				pr.Parties = []string{p} // the side the sentence before named beside the speaker's
				break
			}
		}
		st.voice, st.lastSpeaker = nil, nil
		pr.Reasons = append(pr.Reasons, "speaker: none, '对方' is the other side met, not the speaker before")
		return
	}
	pr.Speaker = other
	if other.Party != "" {
		pr.Parties = []string{other.Party}
	}
	st.lastSpeaker = other
	st.voice = st.newVoice(other, pr.Text)
	pr.Reasons = append(pr.Reasons, fmt.Sprintf("speaker: '对方' (the other side) is %s, met in the sentence before", other.Name))
}
