package storage

import (
	"context"
	"testing"
)

// TestMakeStatementUndoRedo: a statement made with a new speaker under a
// new subtopic of an existing topic; undo removes the three, redo puts
// them back with their IDs, and a failed make leaves nothing behind.
func TestMakeStatementUndoRedo(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Kind: KindObjection, Text: "China rejected them."}, PartyIDs: []int64{f.china.ID}}
	m, err := f.s.MakeStatement(ctx, in, &Speaker{Name: " Miao Deyu ", PartyID: &f.china.ID}, "Human rights/Tibet")
	noErr(t, err)
	if m.Statement.ID == 0 || m.Speaker == nil || m.Speaker.Name != "Miao Deyu" || len(m.Topics) != 1 || m.Topics[0].Name != "Tibet" {
		t.Fatalf("made %+v", m)
	}
	check := func(exist bool) {
		t.Helper()
		b, err := f.s.StatementBundle(ctx, m.Statement.ID)
		if (err == nil) != exist {
			t.Fatalf("statement exists %v, want %v", err == nil, exist)
		}
		_, err = f.s.SpeakerByName(ctx, "Miao Deyu", nil)
		if (err == nil) != exist {
			t.Fatalf("speaker exists %v, want %v", err == nil, exist)
		}
		paths, err := f.s.TopicPaths(ctx)
		noErr(t, err)
		if (paths[m.Topics[0].ID] == "Human rights/Tibet") != exist {
			t.Fatalf("topics %v, want Tibet %v", paths, exist)
		}
		if exist && (*b.Statement.SpeakerID != m.Speaker.ID || *b.Statement.TopicID != m.Topics[0].ID || len(b.PartyIDs) != 1) {
			t.Fatalf("stored %+v", b)
		}
	}
	check(true)
	noErr(t, f.s.UnmakeStatement(ctx, m))
	check(false)
	if _, err := f.s.Topic(ctx, f.rights.ID); err != nil {
		t.Fatal("undo removed the topic that existed before")
	}
	noErr(t, f.s.RemakeStatement(ctx, m))
	check(true)

	// A bad party fails the one transaction: no speaker, no topic stays.
	bad := in
	bad.PartyIDs = []int64{9999}
	if _, err := f.s.MakeStatement(ctx, bad, &Speaker{Name: "Nobody"}, "Nowhere"); err == nil {
		t.Fatal("a statement of a party that does not exist was made")
	}
	if _, err := f.s.SpeakerByName(ctx, "Nobody", nil); err == nil {
		t.Fatal("the failed make left its speaker")
	}
}
