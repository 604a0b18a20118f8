package evolution

import (
	"context"
	"testing"

	"parley/storage"
)

// TestChosenFollowUpOfAnotherRound: a follow-up chosen in a file (the
// window offers none) that is not in the next round — the commitment
// itself, or a statement of an earlier round — is not taken for the next
// round's: the commitment is followed as if none had been chosen, and the
// analyst's status and note stay.
func TestChosenFollowUpOfAnotherRound(t *testing.T) {
	st := mustFixture(t)
	ctx := context.Background()
	s := mustSeries(t, st)
	promise := statementWith(t, s, "committed to inviting EU experts")
	var earlier int64
	for _, v := range s.Statements {
		if s.round[v.DialogueID] == s.round[s.Statements[s.byID[promise]].DialogueID] && v.ID != promise {
			earlier = v.ID
			break
		}
	}
	for _, wrong := range []int64{promise, earlier} {
		mustDo(t, errOf(st.SetCommitmentCheck(ctx, storage.CommitmentCheck{StatementID: promise, Status: storage.CommitmentKept,
			FollowUpID: &wrong, Note: "odd"})))
		s = mustSeries(t, st)
		for _, c := range s.Commitments() {
			if c.Statement.ID != promise {
				continue
			}
			if c.Chosen || c.FollowUp != nil && s.round[c.FollowUp.DialogueID] != c.Round+1 {
				t.Errorf("follow-up %d of round %d taken for the next round's", c.FollowUp.ID, s.round[c.FollowUp.DialogueID])
			}
			if c.Status != storage.CommitmentKept || c.Note != "odd" {
				t.Errorf("the analyst's check was lost: %+v", c)
			}
		}
	}
}
