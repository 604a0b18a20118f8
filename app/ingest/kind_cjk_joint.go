package ingest

import (
	"fmt"
	"strings"

	"parley/storage"
)

// cjkJointSaid makes a joint Chinese sentence that opens with both sides
// and a verb of saying an agreement: "双方一致表示，将积极落实两国元首…
// 共识" and "双方强调，中俄之间有着牢固的战略互信，将一如既往…" tell what
// the two sides said together, as "both sides welcomed" and both sides'
// "confirmed that they will …" are agreements; the undertaking or view
// in what they said is not one side's (batch "late 35").
func cjkJointSaid(pr *Proposal, r []rune) {
	if pr.Skip || !pr.Joint() || !hasCJKRunes(r) ||
		(pr.Kind != storage.KindCommitment && pr.Kind != storage.KindPosition) {
		return
	}
	h := strings.TrimLeft(string(toHans(r)), " \t　“\"")
	var head string
	for _, w := range cjkJointWords {
		if strings.HasPrefix(h, w) {
			head = w
			break
		}
	}
	if head == "" {
		return
	}
	rest := strings.TrimPrefix(h, head)
	for _, adv := range []string{"一致", "都", "均", "也", "共同", "还"} {
		rest = strings.TrimPrefix(rest, adv)
	}
	for _, v := range cjkSaidBefore {
		if !strings.HasPrefix(rest, v) {
			continue
		}
		after := strings.TrimPrefix(rest, v)
		if strings.HasPrefix(after, "，") || strings.HasPrefix(after, "：") || strings.HasPrefix(after, ",") {
			pr.Kind = storage.KindAgreement
			pr.Reasons = append(pr.Reasons, fmt.Sprintf("kind: agreement, '%s' at the head: what both sides said together", h[:len(h)-len(after)]))
		}
		return
	}
}
