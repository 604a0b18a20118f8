package storage

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"testing"

	"gorm.io/gorm"
)

func TestSwapAndRestorePositions(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	order := func() []int64 {
		ps, err := f.s.Parties(ctx)
		noErr(t, err)
		var ids []int64
		for _, p := range ps {
			ids = append(ids, p.ID)
		}
		return ids
	}
	start := order()
	before, err := f.s.SwapParties(ctx, f.china.ID, f.eu.ID)
	noErr(t, err)
	if got := order(); got[0] != f.eu.ID {
		t.Fatalf("after swap: %v, want the EU first", got)
	}
	noErr(t, f.s.SetPartyPositions(ctx, before))
	if got := order(); !reflect.DeepEqual(got, start) {
		t.Fatalf("after undo: %v, want %v", got, start)
	}
	t.Run("ErrNotFound", func(t *testing.T) {
		_, err := f.s.SwapTopics(ctx, f.rights.ID, 999)
		wantCode(t, err, CodeNotFound)
	})
}

func TestSaveAndRevertDialogue(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	d := Dialogue{Title: "40th China-EU Human Rights Dialogue"}
	e, err := f.s.SaveDialogue(ctx, &d, "China-EU Human Rights Dialogue")
	noErr(t, err)
	if e.Before != nil || e.NewSeries == nil || d.SeriesID == nil || *d.SeriesID != e.NewSeries.ID {
		t.Fatalf("new dialogue: edit %+v, dialogue %+v", e, d)
	}
	noErr(t, f.s.RevertDialogue(ctx, d.ID, e))
	series, err := f.s.AllSeries(ctx)
	noErr(t, err)
	if _, err := f.s.Dialogue(ctx, d.ID); CodeOf(err) != CodeNotFound || len(series) != 0 {
		t.Fatalf("after undo: dialogue %v, series %v", err, series)
	}
	// Redo: the same call makes the dialogue again with its ID.
	id := d.ID
	_, err = f.s.SaveDialogue(ctx, &d, "China-EU Human Rights Dialogue")
	noErr(t, err)
	if d.ID != id {
		t.Fatalf("redo made dialogue %d, want %d", d.ID, id)
	}
	t.Run("Edit", func(t *testing.T) {
		d.Place = "Brussels"
		e, err := f.s.SaveDialogue(ctx, &d, "")
		noErr(t, err)
		if e.Before == nil || e.Before.Place != "" || e.NewSeries != nil || d.SeriesID != nil {
			t.Fatalf("edit: %+v", e)
		}
		noErr(t, f.s.RevertDialogue(ctx, d.ID, e))
		got, err := f.s.Dialogue(ctx, d.ID)
		noErr(t, err)
		if got.Place != "" || got.SeriesID == nil {
			t.Fatalf("after undo: %+v", got)
		}
	})
}

func TestSaveAndRevertSpeaker(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	old := Speaker{Name: "Shen Bo"}
	noErr(t, f.s.CreateSpeaker(ctx, &old))
	_, _, err := f.s.EditStatement(ctx, f.cn1.ID, 0, func(st *Statement) { st.SpeakerID = &old.ID })
	noErr(t, err)
	sp := Speaker{Name: "Miao Deyu", PartyID: &f.china.ID}
	e, err := f.s.SaveSpeaker(ctx, &sp, f.cn1.ID)
	noErr(t, err)
	if st, _ := f.s.Statement(ctx, f.cn1.ID); st.SpeakerID == nil || *st.SpeakerID != sp.ID {
		t.Fatalf("the statement's speaker is %v, want %d", st.SpeakerID, sp.ID)
	}
	noErr(t, f.s.RevertSpeaker(ctx, sp.ID, e))
	if st, _ := f.s.Statement(ctx, f.cn1.ID); st.SpeakerID == nil || *st.SpeakerID != old.ID {
		t.Fatalf("after undo the statement's speaker is %v, want %d", st.SpeakerID, old.ID)
	}
	if _, err := f.s.SpeakerByID(ctx, sp.ID); CodeOf(err) != CodeNotFound {
		t.Fatalf("the new speaker survived undo: %v", err)
	}
}

// TestSnapshotDialogueQueries checks that snapshotting a dialogue reads
// the same bundles as StatementBundle does one by one, with as many
// queries for 30 statements as for 3.
func TestSnapshotDialogueQueries(t *testing.T) {
	ctx := context.Background()
	count := func(n int) (int, VocabSnapshot) {
		f := mustFixture(t)
		tg := mustTag(t, f)
		for i := 3; i < n; i++ {
			in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: fmt.Sprintf("Statement %d.", i)},
				PartyIDs: []int64{f.eu.ID}, TagIDs: []int64{tg.ID}}
			noErr(t, f.s.CreateStatement(ctx, &in))
			noErr(t, f.s.CreateNote(ctx, &Note{StatementID: &in.ID, Body: "note"}))
		}
		l := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
		noErr(t, f.s.CreateLink(ctx, &l))
		noErr(t, f.s.CreateNote(ctx, &Note{LinkID: &l.ID, Body: "why"}))
		queries := 0
		noErr(t, f.s.r.Callback().Query().After("gorm:query").Register("test:count", func(*gorm.DB) { queries++ }))
		snap, err := f.s.SnapshotDialogue(ctx, f.d.ID)
		noErr(t, err)
		noErr(t, f.s.r.Callback().Query().Remove("test:count"))
		for _, b := range snap.Statements {
			one, err := f.s.StatementBundle(ctx, b.Statement.ID)
			noErr(t, err)
			if !reflect.DeepEqual(sameOrder(one), sameOrder(b)) {
				t.Fatalf("statement %d:\n%+v\nwant\n%+v", b.Statement.ID, b, one)
			}
		}
		return queries, snap
	}
	few, snap := count(3)
	many, _ := count(30)
	if len(snap.Statements) != 3 || few != many {
		t.Fatalf("%d statements; %d queries for 3 statements, %d for 30", len(snap.Statements), few, many)
	}
}

// sameOrder sorts a bundle's ID lists, which StatementBundle reads in no
// particular order, and empties nil slices.
func sameOrder(b StatementBundle) StatementBundle {
	sortIDs := func(ids []int64) []int64 {
		out := append([]int64{}, ids...)
		sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
		return out
	}
	b.PartyIDs, b.TagIDs = sortIDs(b.PartyIDs), sortIDs(b.TagIDs)
	b.Notes = append([]Note{}, b.Notes...)
	b.Links = append([]Link{}, b.Links...)
	b.LinkNotes = append([]Note{}, b.LinkNotes...)
	return b
}
