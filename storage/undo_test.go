package storage

import (
	"context"
	"reflect"
	"testing"
)

func TestRestoreTagsUndoesMergeAndDelete(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	a := Tag{Name: "sovereignty", Color: "#aa0000"}
	b := Tag{Name: "non-interference", Color: "#00aa00"}
	for _, tg := range []*Tag{&a, &b} {
		if err := f.s.CreateTag(ctx, tg); err != nil {
			t.Fatal(err)
		}
	}
	mustNil(t, f.s.TagStatement(ctx, f.cn1.ID, a.ID))
	mustNil(t, f.s.TagStatement(ctx, f.joint.ID, a.ID))
	mustNil(t, f.s.TagStatement(ctx, f.cn1.ID, b.ID))
	before := tagged(t, f.s)

	t.Run("Merge", func(t *testing.T) {
		snaps, err := f.s.MergeTags(ctx, a.ID, b.ID)
		mustNil(t, err)
		mustNil(t, f.s.RestoreTags(ctx, snaps))
		if got := tagged(t, f.s); !reflect.DeepEqual(got, before) {
			t.Fatalf("after undoing merge: %v, want %v", got, before)
		}
	})
	t.Run("Delete", func(t *testing.T) {
		snaps, err := f.s.DeleteTag(ctx, a.ID)
		mustNil(t, err)
		mustNil(t, f.s.RestoreTags(ctx, snaps))
		if got := tagged(t, f.s); !reflect.DeepEqual(got, before) {
			t.Fatalf("after undoing delete: %v, want %v", got, before)
		}
		tg, err := f.s.TagByName(ctx, "sovereignty")
		mustNil(t, err)
		if tg.ID != a.ID || tg.Color != a.Color {
			t.Fatalf("restored tag %+v, want %+v", tg, a)
		}
	})
}

func TestRestoreTopicsUndoesMergeAndDelete(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	mustNil(t, f.s.SetAssessment(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent, Text: "apart"}))
	mustNil(t, f.s.SetAssessment(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.rights.ID, Verdict: VerdictPartlyConvergent, Text: "some"}))
	other := Topic{Name: "Tibet"}
	mustNil(t, f.s.CreateTopic(ctx, &other))
	before := topicState(t, f.s, f.d.ID)

	t.Run("Merge", func(t *testing.T) {
		snap, err := f.s.MergeTopics(ctx, f.xinjiang.ID, f.rights.ID)
		mustNil(t, err)
		if st, _ := f.s.Statement(ctx, f.cn1.ID); st.TopicID == nil || *st.TopicID != f.rights.ID {
			t.Fatalf("merge did not move the statement: %+v", st)
		}
		mustNil(t, f.s.RestoreTopics(ctx, snap))
		if got := topicState(t, f.s, f.d.ID); !reflect.DeepEqual(got, before) {
			t.Fatalf("after undoing merge:\n%v\nwant\n%v", got, before)
		}
	})
	t.Run("Delete", func(t *testing.T) {
		snap, err := f.s.DeleteTopic(ctx, f.rights.ID)
		mustNil(t, err)
		mustNil(t, f.s.RestoreTopics(ctx, snap))
		if got := topicState(t, f.s, f.d.ID); !reflect.DeepEqual(got, before) {
			t.Fatalf("after undoing delete:\n%v\nwant\n%v", got, before)
		}
	})
}

func mustNil(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func tagged(t *testing.T, s *Store) map[string][]int64 {
	t.Helper()
	var rows []struct {
		Name        string
		StatementID int64
	}
	err := s.read(context.Background()).Table("statement_tags x").Select("t.name, x.statement_id").
		Joins("JOIN tags t ON t.id = x.tag_id").Order("t.name, x.statement_id").Scan(&rows).Error
	mustNil(t, err)
	out := map[string][]int64{}
	for _, r := range rows {
		out[r.Name] = append(out[r.Name], r.StatementID)
	}
	return out
}

type topicRow struct {
	ID       int64
	Parent   int64
	Name     string
	Position int
}

func topicState(t *testing.T, s *Store, dialogue int64) []any {
	t.Helper()
	ctx := context.Background()
	ts, err := s.Topics(ctx)
	mustNil(t, err)
	var rows []topicRow
	for _, x := range ts {
		r := topicRow{ID: x.ID, Name: x.Name, Position: x.Position}
		if x.ParentID != nil {
			r.Parent = *x.ParentID
		}
		rows = append(rows, r)
	}
	vs, err := s.StatementViews(ctx, StatementFilter{DialogueID: dialogue}, 0)
	mustNil(t, err)
	place := map[int64]int64{}
	for _, v := range vs {
		if v.TopicID != nil {
			place[v.ID] = *v.TopicID
		}
	}
	as, err := s.Assessments(ctx, dialogue)
	mustNil(t, err)
	verdicts := map[int64]string{}
	for _, a := range as {
		verdicts[a.TopicID] = string(a.Verdict) + ":" + a.Text
	}
	return []any{rows, place, verdicts}
}

func TestCountStatements(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		f    StatementFilter
		want int64
	}{
		{"All", StatementFilter{DialogueID: f.d.ID}, 3},
		{"Topic", StatementFilter{TopicIDs: []int64{f.xinjiang.ID}}, 2},
		{"Party", StatementFilter{PartyIDs: []int64{f.eu.ID}}, 2},
		{"Kind", StatementFilter{Kinds: []Kind{KindAgreement}}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			n, err := f.s.CountStatements(ctx, c.f)
			mustNil(t, err)
			if n != c.want {
				t.Fatalf("got %d, want %d", n, c.want)
			}
		})
	}
}

func TestRestoreVocabUndoesDeletes(t *testing.T) {
	ctx := context.Background()
	t.Run("Party", func(t *testing.T) {
		f := mustFixture(t)
		sp := Speaker{Name: "Shen Bo", PartyID: &f.china.ID}
		mustNil(t, f.s.CreateSpeaker(ctx, &sp))
		before := partyState(t, f)
		snap, err := f.s.DeleteParty(ctx, f.china.ID)
		mustNil(t, err)
		mustNil(t, f.s.RestoreVocab(ctx, snap))
		if got := partyState(t, f); !reflect.DeepEqual(got, before) {
			t.Fatalf("after undo: %v, want %v", got, before)
		}
	})
	t.Run("Dialogue", func(t *testing.T) {
		f := mustFixture(t)
		l := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
		mustNil(t, f.s.CreateLink(ctx, &l))
		mustNil(t, f.s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "see 2023"}))
		mustNil(t, f.s.SetAssessment(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent}))
		before := topicState(t, f.s, f.d.ID)
		snap, err := f.s.DeleteDialogue(ctx, f.d.ID)
		mustNil(t, err)
		if n, _ := f.s.CountStatements(ctx, StatementFilter{DialogueID: f.d.ID}); n != 0 {
			t.Fatalf("%d statements left after delete", n)
		}
		mustNil(t, f.s.RestoreVocab(ctx, snap))
		if got := topicState(t, f.s, f.d.ID); !reflect.DeepEqual(got, before) {
			t.Fatalf("after undo: %v, want %v", got, before)
		}
		links, err := f.s.LinksOf(ctx, f.cn1.ID)
		mustNil(t, err)
		notes, err := f.s.NotesOf(ctx, f.cn1.ID, 0, 0)
		mustNil(t, err)
		if len(links) != 1 || len(notes) != 1 {
			t.Fatalf("links %d notes %d, want 1 and 1", len(links), len(notes))
		}
	})
}

func partyState(t *testing.T, f fixture) []any {
	t.Helper()
	ctx := context.Background()
	vs, err := f.s.StatementViews(ctx, StatementFilter{DialogueID: f.d.ID}, 0)
	mustNil(t, err)
	held := map[int64][]int64{}
	for _, v := range vs {
		held[v.ID] = v.PartyIDs
	}
	sps, err := f.s.Speakers(ctx)
	mustNil(t, err)
	var spParty []int64
	for _, s := range sps {
		if s.PartyID != nil {
			spParty = append(spParty, *s.PartyID)
		}
	}
	ps, err := f.s.Parties(ctx)
	mustNil(t, err)
	return []any{held, spParty, len(ps)}
}
