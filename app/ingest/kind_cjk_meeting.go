package ingest

import "parley/storage"

// saidAfterMeeting returns what decides a Chinese sentence that tells a
// meeting or a call and then, in a later clause of the same subject, what
// was said in it: "王毅另会见访华的新西兰前总理约翰‧基，称中方愿…" is a
// commitment, "王毅与日本新任外相茂木敏充通电话，希望日本新内阁…" a demand,
// "王毅又应约会见日本外相岸田文雄，指…希望日方…" a demand (batch "late
// 29"). A verb of saying decides by what it reports (laterCJKSaying); a
// strong cue of another kind in the clause right after the meeting's
// decides by itself. A new side at the head of that clause ("…，美方表示
// …") holds its own words, and the sentence stays the meeting's account.
func saidAfterMeeting(toks []token, r []rune, cues []cue, c cue, after int) (cue, bool) {
	if s, ok := laterCJKSaying(toks, r, cues, c, after); ok {
		return s, true
	}
	for _, s := range cues {
		if s.at < c.end || s.noun {
			continue
		}
		if s.weak || s.kind == storage.KindAccount || s.kind == storage.KindAgreement ||
			!clauseBreak(toks, c.end, s.at) || newCJKSide(r, toks, c.end, s.at) || !nextClause(toks, c.end, s.at) {
			return cue{}, false
		}
		s.word = c.word + " … " + s.word
		s.at = c.at
		return s, true
	}
	return cue{}, false
}

// nextClause reports that token at stands in the clause right after the
// one in which token from stands (one comma between them).
func nextClause(toks []token, from, at int) bool {
	commas := 0
	for i := from; i < at && i < len(toks); i++ {
		switch toks[i].punct {
		case '，', ',':
			commas++
		case '。', '；', ';':
			return false
		}
	}
	return commas == 1
}
