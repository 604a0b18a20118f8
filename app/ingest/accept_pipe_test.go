package ingest

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"parley/storage"
)

// storedStatements lists the statements of a project's only dialogue as
// text, by names rather than IDs: kind, topic path, parties, speaker,
// reporting party, span and text, in order.
func storedStatements(t *testing.T, st *storage.Store) []string {
	t.Helper()
	ctx := context.Background()
	ds, err := st.Dialogues(ctx)
	if err != nil || len(ds) != 1 {
		t.Fatalf("dialogues %v: %v", ds, err)
	}
	views, err := st.StatementViews(ctx, storage.StatementFilter{DialogueID: ds[0].ID}, 0)
	if err != nil {
		t.Fatal(err)
	}
	topics, err := st.Topics(ctx)
	if err != nil {
		t.Fatal(err)
	}
	paths := storage.TopicPathMap(topics)
	parties, err := st.Parties(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names := map[int64]string{}
	for _, p := range parties {
		names[p.ID] = p.Name
	}
	var out []string
	for i, v := range views {
		var ps []string
		for _, id := range v.PartyIDs {
			ps = append(ps, names[id])
		}
		topic := ""
		if v.TopicID != nil {
			topic = paths[*v.TopicID]
		}
		out = append(out, fmt.Sprintf("%d %s %s %s %s %s %d-%d %q", v.Position-int64(i), v.Kind, topic, strings.Join(ps, "+"),
			v.SpeakerName, v.ReportedByName, v.Start, v.End, v.Text))
	}
	return out
}

// Storing a stream proposes on one goroutine and stores on another, a
// batch at a time; whatever the size of the batches, it stores what
// proposing every sentence first and storing them all at once stores,
// with the topics in the same places.
func TestStreamedStoreAsOneBatch(t *testing.T) {
	ctx := context.Background()
	text := fixtureText(t)
	dir := t.TempDir()
	ref, err := storage.Create(filepath.Join(dir, "ref.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer ref.Close()
	p := NewProposer()
	s, err := p.Stream(ctx, Document{Text: text, Title: "Readouts"}, "China")
	if err != nil {
		t.Fatal(err)
	}
	bt := newBatcher(s.Draft, p.Gaz, Target{DialogueTitle: "Talks"})
	bt.stream = true
	for _, tp := range s.Draft.StarterTopics {
		bt.b.TopicOrder = append(bt.b.TopicOrder, tp.Path)
	}
	err = s.Each(ctx, func(pr Proposal) error {
		if pr.Chosen(true) {
			bt.add(pr, "")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ref.ImportSource(ctx, bt.b, nil); err != nil {
		t.Fatal(err)
	}
	want := storedStatements(t, ref)
	wantTopics := topicOrder(t, ref)
	defer func(old int) { streamBatch = old }(streamBatch)
	for _, size := range []int{1, 7, 4096} {
		streamBatch = size
		st, err := storage.Create(filepath.Join(dir, fmt.Sprintf("s%d.parley", size)))
		if err != nil {
			t.Fatal(err)
		}
		p := NewProposer()
		s, err := p.Stream(ctx, Document{Text: text, Title: "Readouts"}, "China")
		if err != nil {
			t.Fatal(err)
		}
		res, err := s.Store(ctx, st, p.Gaz, Target{DialogueTitle: "Talks"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := storedStatements(t, st)
		if len(res.StatementIDs) != len(want) || !reflect.DeepEqual(got, want) {
			for i := range min(len(got), len(want)) {
				if got[i] != want[i] {
					t.Fatalf("batches of %d, statement %d of %d (want %d):\n got %s\nwant %s", size, i, len(got), len(want), got[i], want[i])
				}
			}
			t.Fatalf("batches of %d: %d statements stored, want %d", size, len(got), len(want))
		}
		if got := topicOrder(t, st); !reflect.DeepEqual(got, wantTopics) {
			t.Errorf("batches of %d: topics %v, want %v", size, got, wantTopics)
		}
		st.Close()
	}
}

// topicOrder is the project's topic paths in the tree's order.
func topicOrder(t *testing.T, st *storage.Store) []string {
	t.Helper()
	topics, err := st.Topics(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	paths := storage.TopicPathMap(topics)
	var out []string
	for _, tp := range topics {
		out = append(out, fmt.Sprintf("%s@%d", paths[tp.ID], tp.Position))
	}
	return out
}

// An error on either side stops both and stores nothing: cancelled
// while proposing and storing, the import ends with the cancellation and
// the project is as it was.
func TestStreamedStoreCancelled(t *testing.T) {
	text := fixtureText(t)
	defer func(old int) { streamBatch = old }(streamBatch)
	streamBatch = 5
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	p := NewProposer()
	s, err := p.Stream(ctx, Document{Text: text, Title: "Readouts"}, "China")
	if err != nil {
		t.Fatal(err)
	}
	progress := func(done, _ int) {
		if done > 20 {
			cancel()
		}
	}
	if _, err = s.Store(ctx, st, p.Gaz, Target{DialogueTitle: "Talks"}, progress); !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want %v", err, context.Canceled)
	}
	if ds, err := st.Dialogues(context.Background()); err != nil || len(ds) != 0 {
		t.Fatalf("a cancelled import left %d dialogues (%v)", len(ds), err)
	}
}

// When storing a batch fails, fill returns that error once the proposing
// goroutine has stopped, and stores no batch after it.
func TestFillStopsWhenStoringFails(t *testing.T) {
	text := fixtureText(t)
	defer func(old int) { streamBatch = old }(streamBatch)
	streamBatch = 5
	p := NewProposer()
	s, err := p.Stream(context.Background(), Document{Text: text}, "China")
	if err != nil {
		t.Fatal(err)
	}
	bt := newBatcher(s.Draft, p.Gaz, Target{DialogueTitle: "Talks"})
	bt.stream = true
	b := &storage.ImportBatch{}
	full := errors.New("disk full")
	flushes := 0
	err = s.fill(context.Background(), bt, b, func() error {
		flushes++
		if len(b.Statements) != 5 {
			t.Errorf("flush %d: %d statements, want 5", flushes, len(b.Statements))
		}
		if flushes == 3 {
			return full
		}
		return nil
	})
	if !errors.Is(err, full) || flushes != 3 {
		t.Fatalf("fill: %v after %d flushes, want %v after 3", err, flushes, full)
	}
}
