package app

import (
	"context"

	"parley/app/pairing"
	"parley/storage"
)

// readPairing reads what the compare view shows of the two readouts read
// against each other: the suggested links and the unanswered statements.
func readPairing(ctx context.Context, st *storage.Store, d *viewData, dialogueID int64) error {
	d.suggestions, d.unanswered = nil, nil
	d.openCounts, d.openNoTopic, d.openTotal = nil, nil, map[int64]int{}
	if dialogueID == 0 {
		return nil
	}
	pd, err := pairing.ReadDialogue(ctx, st, dialogueID)
	if err != nil {
		return err
	}
	d.suggestions, d.unanswered = pd.Suggestions(nil), pd.Unanswered()
	own := map[int64]map[int64]int{}
	for _, v := range d.unanswered {
		t := int64(0)
		if v.TopicID != nil {
			t = *v.TopicID
		}
		if own[t] == nil {
			own[t] = map[int64]int{}
		}
		own[t][v.PartyIDs[0]]++
		d.openTotal[v.PartyIDs[0]]++
	}
	d.openCounts, d.openNoTopic = storage.RollUp(d.topics, own), own[0]
	return nil
}

// unansweredIDs are the IDs of the unanswered statements, for the column
// filter; one that matches no statement when there are none.
func unansweredIDs(vs []storage.StatementView) []int64 {
	ids := []int64{-1}
	for _, v := range vs {
		ids = append(ids, v.ID)
	}
	return ids
}
