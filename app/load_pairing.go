package app

import (
	"context"

	"parley/app/pairing"
	"parley/storage"
)

// readPairing reads what the compare view shows of the two readouts read
// against each other: the suggested links and the unanswered statements.
func readPairing(ctx context.Context, st *storage.Store, d *viewData, dialogueID int64) error {
	d.suggestions, d.dismissed, d.unanswered = nil, nil, nil
	d.openCounts, d.openNoTopic, d.openTotal = nil, nil, map[int64]int{}
	if dialogueID == 0 || dialogueSize(d) > pairLimit {
		return nil
	}
	pd, err := pairing.ReadDialogue(ctx, st, dialogueID)
	if err != nil {
		return err
	}
	dismissed, err := st.DismissedPairs(ctx, storage.DismissedPairing, dialogueID)
	if err != nil {
		return err
	}
	p := pairing.Split(pd.Suggestions(), dismissed)
	d.suggestions, d.dismissed, d.unanswered = p.Open, p.Dismissed, pd.Unanswered()
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

// pairLimit is the most statements a dialogue may hold for the compare
// view to read its two readouts against each other. Pairing weighs every
// statement of one side against every one of the other (two readouts of
// 500 take 0.2 s); a dialogue of 10,000 statements, as in a generated
// project of a million, took 8 s and 600 MB before the window could show
// anything. Real readouts hold tens to hundreds of statements.
const pairLimit = 2000

// dialogueSize is about how many statements the dialogue whose counts
// readCounts read holds (a joint statement counts once per party).
func dialogueSize(d *viewData) int {
	n := 0
	for _, c := range d.total {
		n += c
	}
	return n
}
