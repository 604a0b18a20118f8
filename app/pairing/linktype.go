package pairing

import (
	"fmt"
	"strings"

	"parley/storage"
)

// asks reports whether a kind puts something to the other side that calls
// for an answer.
func asks(k storage.Kind) bool {
	return k == storage.KindConcern || k == storage.KindDemand || k == storage.KindObjection
}

// suggestion decides the link's type and direction and says why:
//   - one statement rejects (a rejection cue) what the other asks or holds:
//     it contradicts it;
//   - both are one party's, the same party's: the second readout repeats it;
//   - one asks and the other does not: the other responds to it;
//   - otherwise the two agree with each other.
func suggestion(a, b prepared, c candidate) Suggestion {
	s := Suggestion{From: b.st.ID, To: a.st.ID, Score: c.score}
	why := []string{"shares " + quoteList(shared(a, b), 4)}
	switch {
	case b.reject != "" && a.reject == "" && a.st.Kind != storage.KindAgreement:
		s.Type = storage.LinkContradicts
		why = append(why, fmt.Sprintf("%q rejects the other side's point", b.reject))
	case a.reject != "" && b.reject == "" && b.st.Kind != storage.KindAgreement:
		s.From, s.To, s.Type = a.st.ID, b.st.ID, storage.LinkContradicts
		why = append(why, fmt.Sprintf("%q rejects the other side's point", a.reject))
	case sameSingleHolder(a.st, b.st):
		s.Type = storage.LinkRepeats
		why = append(why, "the same party's point in both readouts")
	case asks(a.st.Kind) && !asks(b.st.Kind):
		s.Type = storage.LinkRespondsTo
		why = append(why, fmt.Sprintf("answers a %s", a.st.Kind))
	case asks(b.st.Kind) && !asks(a.st.Kind):
		s.From, s.To, s.Type = a.st.ID, b.st.ID, storage.LinkRespondsTo
		why = append(why, fmt.Sprintf("answers a %s", b.st.Kind))
	default:
		s.Type = storage.LinkAgreesWith
		why = append(why, "neither side rejects the other's point")
	}
	s.Reason = strings.Join(why, "; ")
	return s
}

func sameSingleHolder(a, b Statement) bool {
	return len(a.Holders) == 1 && len(b.Holders) == 1 && a.Holders[0] == b.Holders[0]
}

// quoteList quotes up to n words: "Xinjiang", "Tibet" and 2 more.
func quoteList(ws []string, n int) string {
	var q []string
	for i, w := range ws {
		if i == n {
			q = append(q, fmt.Sprintf("%d more", len(ws)-n))
			break
		}
		q = append(q, fmt.Sprintf("%q", w))
	}
	return strings.Join(q, ", ")
}

// acts groups the kinds by what a statement does: states a stance, voices
// a concern, asks, objects or proposes. An account (a description of
// events) is no act of its own.
var acts = map[storage.Kind]int{
	storage.KindPosition: 1, storage.KindCommitment: 1, storage.KindAgreement: 1,
	storage.KindConcern: 2, storage.KindDemand: 3, storage.KindObjection: 4, storage.KindProposal: 5,
}

// sameAct reports whether two statements of one party can tell the same
// point: the same act, or an account of events on either side.
func sameAct(a, b storage.Kind) bool {
	return acts[a] == 0 || acts[b] == 0 || acts[a] == acts[b]
}
