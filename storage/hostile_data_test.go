package storage_test

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"parley/storage"
	"parley/storage/hostiletest"
)

// finishes fails the test when f has not returned within a generous bound:
// the bugs it guards against loop forever, so any bound tells them apart.
func finishes(t *testing.T, what string, f func() error) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("%s never finished", what)
	}
}

// TestTopicLoopInMailedProject: a project's schema can be exactly Parley's
// while its data is not what Parley writes — here topics that are each
// other's parents (or their own), which only a hand-edited file holds.
// Every topic must still be listed once, with a path; the loop's statements
// must not vanish from the tree; and moving, filtering and deleting must
// finish instead of walking the loop forever.
func TestTopicLoopInMailedProject(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	base := filepath.Join(dir, "base"+storage.Extension)
	s, err := storage.Create(base)
	must(t, err)
	d := storage.Dialogue{Title: "39th China-EU Human Rights Dialogue"}
	must(t, s.CreateDialogue(ctx, &d))
	eu := storage.Party{Name: "EU"}
	must(t, s.CreateParty(ctx, &eu))
	regional := storage.Topic{Name: "Regional issues"}
	must(t, s.CreateTopic(ctx, &regional))
	xinjiang := storage.Topic{Name: "Xinjiang", ParentID: &regional.ID}
	must(t, s.CreateTopic(ctx, &xinjiang))
	alone := storage.Topic{Name: "Self"}
	must(t, s.CreateTopic(ctx, &alone))
	other := storage.Topic{Name: "Individual cases"}
	must(t, s.CreateTopic(ctx, &other))
	st := storage.StatementInput{Statement: storage.Statement{DialogueID: d.ID, TopicID: &xinjiang.ID, Text: "The EU raised Xinjiang."},
		PartyIDs: []int64{eu.ID}}
	must(t, s.CreateStatement(ctx, &st))
	must(t, s.Close())

	p := filepath.Join(dir, "mailed"+storage.Extension)
	must(t, hostiletest.Make(base, p, hostiletest.Case{Name: "TopicLoop", SQL: []string{
		fmt.Sprintf(`UPDATE topics SET parent_id = %d WHERE id = %d`, xinjiang.ID, regional.ID),
		fmt.Sprintf(`UPDATE topics SET parent_id = %d WHERE id = %d`, alone.ID, alone.ID)}}))
	s, err = storage.Open(p)
	must(t, err)
	defer s.Close()

	ts, err := s.Topics(ctx)
	must(t, err)
	seen := map[int64]int{}
	for _, tp := range ts {
		seen[tp.ID]++
	}
	for _, want := range []storage.Topic{regional, xinjiang, alone, other} {
		if seen[want.ID] != 1 {
			t.Errorf("topic %q is listed %d times; want once", want.Name, seen[want.ID])
		}
	}
	paths, err := s.TopicPaths(ctx)
	must(t, err)
	for _, id := range []int64{regional.ID, xinjiang.ID, alone.ID} {
		if paths[id] == "" {
			t.Errorf("topic %d has no path", id)
		}
	}
	// The topic tree's roll-up reaches a listed root from the loop.
	rolled := storage.RollUp(ts, map[int64]map[int64]int{xinjiang.ID: {eu.ID: 1}})
	roots := 0
	for _, tp := range ts {
		if tp.ParentID == nil && rolled[tp.ID][eu.ID] == 1 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("the loop's statement counts under %d top-level topics; want 1", roots)
	}

	// What is exported is a tree, so that it imports again.
	rows, err := s.ReadRows(ctx)
	must(t, err)
	parent := map[int64]*int64{}
	for _, tp := range rows.Topics {
		parent[tp.ID] = tp.ParentID
	}
	for _, tp := range rows.Topics {
		p, steps := tp.ParentID, 0
		for ; p != nil && steps <= len(rows.Topics); steps++ {
			p = parent[*p]
		}
		if p != nil {
			t.Errorf("exported topic %q never reaches the top level", tp.Name)
		}
	}

	finishes(t, "the subtree of a topic in a loop", func() error {
		ids, err := s.TopicSubtree(ctx, regional.ID)
		if err == nil && len(ids) != 2 {
			err = fmt.Errorf("subtree %v; want the two topics of the loop", ids)
		}
		return err
	})
	finishes(t, "moving a topic under the loop", func() error {
		_, err := s.MoveTopic(ctx, other.ID, &xinjiang.ID, 0)
		return err
	})
	finishes(t, "deleting a topic of the loop", func() error {
		_, err := s.DeleteTopic(ctx, alone.ID)
		return err
	})
}
