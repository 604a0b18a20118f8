package app

import (
	"context"
	"fmt"
	"testing"

	"parley/storage"
)

// TestColumnHeaderTotal: when a topic holds more statements than a column
// loads at once, the header gives the party's whole count, not the loaded one.
func TestColumnHeaderTotal(t *testing.T) {
	wd := newWorld(t)
	ctx := context.Background()
	extra := columnLimit + 20
	in := make([]storage.StatementInput, extra)
	for i := range in {
		in[i] = storage.StatementInput{PartyIDs: []int64{wd.china.ID}}
		in[i].DialogueID, in[i].TopicID = wd.d.ID, &wd.tibet.ID
		in[i].Text = fmt.Sprintf("Statement %d on Tibet.", i)
	}
	wd.must(wd.st.InsertStatements(ctx, in, nil))
	wd.ws.load(loadCounts | loadColumns)
	wd.pickTopic(wd.tibet.ID)

	china, eu := wd.ws.view.cols[0], wd.ws.view.cols[1]
	if n := len(china.Cards()); n >= extra+1 {
		t.Fatalf("China's column loaded %d cards; want at most %d", n, columnLimit)
	}
	want := fmt.Sprintf("of %d statements", extra+1) // the fixture's own one on Tibet too
	if china.Total != extra+1 {
		t.Errorf("China's header total = %d, want %d (%s)", china.Total, extra+1, want)
	}
	if eu.Total != 0 && eu.Total != len(eu.Cards()) {
		t.Errorf("EU's header total = %d with %d cards shown", eu.Total, len(eu.Cards()))
	}

	wd.pickTopic(wd.xinjiang.ID)
	if china.Total != 0 {
		t.Errorf("a topic shown whole still has a total of %d", china.Total)
	}
}
