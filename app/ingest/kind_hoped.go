package ingest

// The Chinese Foreign Ministry's English readouts put what a minister
// wants of the other side in an impersonal frame: "It is hoped that
// Japan could suit its action to the word", "Since a series of plans are
// arranged for the second half of this year, it is hoped that Japan can
// create favorable conditions …". The frame is the speaker's: whoever
// the clause after it names is the one asked to act — never the holder
// of the sentence — so the remarks it stands in go on through it, and
// it asks something of someone (a demand, or a proposal when both sides
// are asked: kind_govern.go, discourse_modal.go).

// hopedAt is the index of "it" in an "It is hoped that" or "It is
// expected that" frame that opens the sentence or its main clause after
// a fronted one ("Since …, it is hoped that …"); -1 when there is none.
func hopedAt(toks []token) int {
	for i := 0; i+4 < len(toks); i++ {
		if i > 0 && toks[i-1].punct != ',' {
			continue
		}
		if toks[i].lower == "it" && (toks[i+1].lower == "is" || toks[i+1].lower == "was") &&
			(toks[i+2].lower == "hoped" || toks[i+2].lower == "expected") && toks[i+3].lower == "that" {
			return i
		}
	}
	return -1
}

// hopedOf reports a subject that stands inside a hoped-for clause: the
// frame comes before it.
func hopedOf(toks []token, subj []actor) bool {
	h := hopedAt(toks)
	return h >= 0 && len(subj) > 0 && subj[0].from > h+3
}
