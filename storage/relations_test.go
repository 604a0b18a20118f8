package storage

import (
	"context"
	"reflect"
	"testing"
)

func TestJointStatementShowsInEveryColumn(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	us := Party{Name: "United States"}
	noErr(t, f.s.CreateParty(ctx, &us))
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, TopicID: &f.rights.ID, Text: "All three agreed."},
		PartyIDs: []int64{f.china.ID, f.eu.ID, us.ID}}
	noErr(t, f.s.CreateStatement(ctx, &in))
	cols, err := f.s.Compare(ctx, StatementFilter{DialogueID: f.d.ID, TopicIDs: []int64{f.rights.ID, f.xinjiang.ID}},
		[]int64{f.china.ID, f.eu.ID, us.ID})
	noErr(t, err)
	ids := func(c Column) (out []int64) {
		for _, v := range c.Statements {
			out = append(out, v.ID)
		}
		return out
	}
	want := [][]int64{{f.cn1.ID, f.joint.ID, in.ID}, {f.eu1.ID, f.joint.ID, in.ID}, {in.ID}}
	for i, c := range cols {
		if got := ids(c); !reflect.DeepEqual(got, want[i]) {
			t.Errorf("column %d (party %d): %v, want %v", i, c.PartyID, got, want[i])
		}
	}
	counts, err := f.s.TopicCounts(ctx, f.d.ID)
	noErr(t, err)
	got := map[[2]int64]int{}
	for _, c := range counts {
		got[[2]int64{c.TopicID, c.PartyID}] = c.Count
	}
	wantCounts := map[[2]int64]int{
		{f.xinjiang.ID, f.china.ID}: 1, {f.xinjiang.ID, f.eu.ID}: 1,
		{f.rights.ID, f.china.ID}: 2, {f.rights.ID, f.eu.ID}: 2, {f.rights.ID, us.ID}: 1,
	}
	if !reflect.DeepEqual(got, wantCounts) {
		t.Fatalf("topic counts %v, want %v", got, wantCounts)
	}
}

func TestStatementViewsCarryTagsNotesLinks(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	sp := Speaker{Name: "Shen Bo", Role: "Director-General", PartyID: &f.china.ID}
	noErr(t, s.CreateSpeaker(ctx, &sp))
	a, b := Tag{Name: "sovereignty"}, Tag{Name: "internal affairs"}
	noErr(t, s.CreateTag(ctx, &a))
	noErr(t, s.CreateTag(ctx, &b))
	st, err := s.Statement(ctx, f.cn1.ID)
	noErr(t, err)
	st.SpeakerID, st.ReportedByID = &sp.ID, &f.china.ID
	noErr(t, s.UpdateStatement(ctx, &st))
	noErr(t, s.TagStatement(ctx, f.cn1.ID, a.ID))
	noErr(t, s.TagStatement(ctx, f.cn1.ID, b.ID))
	noErr(t, s.TagStatement(ctx, f.cn1.ID, a.ID)) // twice is harmless
	noErr(t, s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "Standard line."}))
	l := Link{FromID: f.cn1.ID, ToID: f.eu1.ID, Type: LinkRespondsTo}
	noErr(t, s.CreateLink(ctx, &l))
	v, err := s.StatementView(ctx, f.cn1.ID)
	noErr(t, err)
	if v.SpeakerName != "Shen Bo" || v.SpeakerRole != "Director-General" || v.ReportedByName != "China" {
		t.Errorf("speaker/reported by: %+v", v)
	}
	if len(v.Tags) != 2 || v.Tags[0].Name != "internal affairs" || v.NoteCount != 1 || v.LinkCount != 1 {
		t.Errorf("tags %+v notes %d links %d", v.Tags, v.NoteCount, v.LinkCount)
	}
	// A read across the project counts notes and links its own way.
	all, err := s.StatementViews(ctx, StatementFilter{}, 0)
	noErr(t, err)
	counts := map[int64][2]int{}
	for _, v := range all {
		counts[v.ID] = [2]int{v.NoteCount, v.LinkCount}
	}
	if counts[f.cn1.ID] != [2]int{1, 1} || counts[f.eu1.ID] != [2]int{0, 1} || counts[f.joint.ID] != [2]int{0, 0} {
		t.Errorf("counts (notes, links) across the project: %v", counts)
	}
	noErr(t, s.UntagStatement(ctx, f.cn1.ID, b.ID))
	v, _ = s.StatementView(ctx, f.cn1.ID)
	if len(v.Tags) != 1 {
		t.Errorf("after untag %+v", v.Tags)
	}

	t.Run("LinksOf", func(t *testing.T) {
		for _, c := range []struct {
			id       int64
			outgoing bool
			other    int64
		}{{f.cn1.ID, true, f.eu1.ID}, {f.eu1.ID, false, f.cn1.ID}} {
			lv, err := s.LinksOf(ctx, c.id)
			noErr(t, err)
			if len(lv) != 1 || lv[0].Outgoing != c.outgoing || lv[0].Other.ID != c.other || lv[0].Type != LinkRespondsTo {
				t.Errorf("links of %d: %+v", c.id, lv)
			}
		}
		lv, err := s.LinksOf(ctx, f.joint.ID)
		noErr(t, err)
		if len(lv) != 0 {
			t.Errorf("links of an unlinked statement: %+v", lv)
		}
		links, err := s.Links(ctx, f.d.ID)
		noErr(t, err)
		if len(links) != 1 {
			t.Errorf("links of dialogue %+v", links)
		}
	})
	t.Run("LinkRules", func(t *testing.T) {
		wantCode(t, s.CreateLink(ctx, &Link{FromID: f.cn1.ID, ToID: f.cn1.ID, Type: LinkRepeats}), CodeInvalid)
		wantCode(t, s.CreateLink(ctx, &Link{FromID: f.cn1.ID, ToID: f.eu1.ID, Type: "likes"}), CodeInvalid)
		err := s.CreateLink(ctx, &Link{FromID: f.cn1.ID, ToID: f.eu1.ID, Type: LinkRespondsTo})
		wantCode(t, err, CodeConflict)
		if err == nil || err.Error() != "create link: the two statements are already linked that way" {
			t.Errorf("duplicate link: %v", err)
		}
	})
}

func TestCascades(t *testing.T) {
	// Each case deletes one thing from a fresh fixture with a tag, a note,
	// a link with a note and an assessment, then counts what is left.
	type left struct{ statements, parties, tags, notes, links, assessments int64 }
	setup := func(t *testing.T) (fixture, Tag) {
		f := mustFixture(t)
		s, ctx := f.s, context.Background()
		tg := Tag{Name: "rebuttal"}
		noErr(t, s.CreateTag(ctx, &tg))
		noErr(t, s.TagStatement(ctx, f.cn1.ID, tg.ID))
		noErr(t, s.TagStatement(ctx, f.joint.ID, tg.ID))
		noErr(t, s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "n1"}))
		l := Link{FromID: f.cn1.ID, ToID: f.eu1.ID, Type: LinkRespondsTo}
		noErr(t, s.CreateLink(ctx, &l))
		noErr(t, s.CreateNote(ctx, &Note{LinkID: &l.ID, Body: "on the link"}))
		a := Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent}
		noErr(t, s.SetAssessment(ctx, &a))
		noErr(t, s.CreateNote(ctx, &Note{AssessmentID: &a.ID, Body: "on the verdict"}))
		return f, tg
	}
	state := func(t *testing.T, s *Store) left {
		return left{count(t, s, "statements", ""), count(t, s, "statement_parties", ""), count(t, s, "statement_tags", ""),
			count(t, s, "notes", ""), count(t, s, "links", ""), count(t, s, "assessments", "")}
	}
	ctx := context.Background()
	for _, c := range []struct {
		name string
		del  func(fixture, Tag) error
		want left
	}{
		{"Statement", func(f fixture, _ Tag) error { return errOf(f.s.DeleteStatement(ctx, f.cn1.ID)) }, left{2, 3, 1, 1, 0, 1}},
		{"Dialogue", func(f fixture, _ Tag) error { return errOf(f.s.DeleteDialogue(ctx, f.d.ID)) }, left{0, 0, 0, 0, 0, 0}},
		{"Party", func(f fixture, _ Tag) error { return errOf(f.s.DeleteParty(ctx, f.china.ID)) }, left{3, 2, 2, 3, 1, 1}},
		{"Tag", func(f fixture, tg Tag) error { return errOf(f.s.DeleteTag(ctx, tg.ID)) }, left{3, 4, 0, 3, 1, 1}},
		{"Link", func(f fixture, _ Tag) error {
			lv, _ := f.s.LinksOf(ctx, f.cn1.ID)
			return errOf2(f.s.DeleteLink(ctx, lv[0].ID))
		}, left{3, 4, 2, 2, 0, 1}},
		{"Topic", func(f fixture, _ Tag) error { return errOf(f.s.DeleteTopic(ctx, f.xinjiang.ID)) }, left{3, 4, 2, 2, 1, 0}},
		{"Assessment", func(f fixture, _ Tag) error { return f.s.DeleteAssessment(ctx, f.d.ID, f.xinjiang.ID) }, left{3, 4, 2, 2, 1, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, tg := setup(t)
			noErr(t, c.del(f, tg))
			if got := state(t, f.s); got != c.want {
				t.Fatalf("left %+v, want %+v", got, c.want)
			}
		})
	}
	t.Run("TopicKeepsStatementsUnderParent", func(t *testing.T) {
		f, _ := setup(t)
		noErr(t, errOf(f.s.DeleteTopic(ctx, f.xinjiang.ID)))
		if n := count(t, f.s, "statements", "topic_id = ?", f.rights.ID); n != 3 {
			t.Fatalf("%d statements under the parent, want 3", n)
		}
		noErr(t, errOf(f.s.DeleteTopic(ctx, f.rights.ID)))
		if n := count(t, f.s, "statements", "topic_id IS NULL"); n != 3 {
			t.Fatalf("%d statements without topic, want 3", n)
		}
	})
	t.Run("SubtopicsGoWithTheirTopic", func(t *testing.T) {
		f, _ := setup(t)
		noErr(t, errOf(f.s.DeleteTopic(ctx, f.rights.ID)))
		if n := count(t, f.s, "topics", ""); n != 0 {
			t.Fatalf("%d topics left", n)
		}
		if n := count(t, f.s, "statements", "topic_id IS NULL"); n != 3 {
			t.Fatalf("%d statements without topic, want 3", n)
		}
	})
	t.Run("SpeakerLeavesStatements", func(t *testing.T) {
		f, _ := setup(t)
		sp := Speaker{Name: "Paola Pampaloni", PartyID: &f.eu.ID}
		noErr(t, f.s.CreateSpeaker(ctx, &sp))
		st, _ := f.s.Statement(ctx, f.eu1.ID)
		st.SpeakerID = &sp.ID
		noErr(t, f.s.UpdateStatement(ctx, &st))
		noErr(t, errOf(f.s.DeleteSpeaker(ctx, sp.ID)))
		st, _ = f.s.Statement(ctx, f.eu1.ID)
		if st.SpeakerID != nil {
			t.Fatal("statement keeps a deleted speaker")
		}
	})
}

func TestRestoreRoundTrips(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	tg := Tag{Name: "rebuttal"}
	noErr(t, s.CreateTag(ctx, &tg))
	noErr(t, s.TagStatement(ctx, f.cn1.ID, tg.ID))
	noErr(t, s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "first"}))
	noErr(t, s.CreateNote(ctx, &Note{StatementID: &f.cn1.ID, Body: "second"}))
	l := Link{FromID: f.eu1.ID, ToID: f.cn1.ID, Type: LinkContradicts}
	noErr(t, s.CreateLink(ctx, &l))
	noErr(t, s.CreateNote(ctx, &Note{LinkID: &l.ID, Body: "why"}))

	t.Run("Statement", func(t *testing.T) {
		before, err := s.StatementBundle(ctx, f.cn1.ID)
		noErr(t, err)
		view, _ := s.StatementView(ctx, f.cn1.ID)
		noErr(t, errOf(s.DeleteStatement(ctx, f.cn1.ID)))
		if hits, _ := s.Search(ctx, SearchQuery{Query: "人权"}); len(hits) != 0 {
			t.Fatalf("deleted statement still found: %+v", hits)
		}
		noErr(t, s.RestoreStatement(ctx, before))
		after, err := s.StatementBundle(ctx, f.cn1.ID)
		noErr(t, err)
		if !reflect.DeepEqual(before, after) {
			t.Fatalf("restored bundle differs:\n%+v\n%+v", before, after)
		}
		v2, _ := s.StatementView(ctx, f.cn1.ID)
		if !reflect.DeepEqual(view, v2) {
			t.Fatalf("restored view differs:\n%+v\n%+v", view, v2)
		}
		if hits, _ := s.Search(ctx, SearchQuery{Query: "人权"}); len(hits) != 1 {
			t.Fatalf("restored statement not searchable: %+v", hits)
		}
	})
	t.Run("StatementWhoseLinkedStatementIsGone", func(t *testing.T) {
		b, err := s.StatementBundle(ctx, f.cn1.ID)
		noErr(t, err)
		noErr(t, errOf(s.DeleteStatement(ctx, f.cn1.ID)))
		noErr(t, errOf(s.DeleteStatement(ctx, f.eu1.ID)))
		noErr(t, s.RestoreStatement(ctx, b))
		if n := count(t, s, "links", ""); n != 0 {
			t.Fatalf("%d links restored to a missing statement", n)
		}
		if n := count(t, s, "notes", "statement_id = ?", f.cn1.ID); n != 2 {
			t.Fatalf("%d notes restored", n)
		}
	})
	t.Run("Link", func(t *testing.T) {
		l2 := Link{FromID: f.joint.ID, ToID: f.cn1.ID, Type: LinkAgreesWith}
		noErr(t, s.CreateLink(ctx, &l2))
		n := Note{LinkID: &l2.ID, Body: "link note"}
		noErr(t, s.CreateNote(ctx, &n))
		notes, err := s.NotesOf(ctx, 0, l2.ID, 0)
		noErr(t, err)
		lv, _ := s.LinksOf(ctx, f.joint.ID)
		noErr(t, errOf2(s.DeleteLink(ctx, l2.ID)))
		noErr(t, s.RestoreLink(ctx, lv[0].Link, notes))
		lv2, _ := s.LinksOf(ctx, f.joint.ID)
		notes2, _ := s.NotesOf(ctx, 0, l2.ID, 0)
		if !reflect.DeepEqual(lv, lv2) || !reflect.DeepEqual(notes, notes2) {
			t.Fatalf("restored link differs: %+v / %+v", lv2, notes2)
		}
	})
	t.Run("Note", func(t *testing.T) {
		notes, err := s.NotesOf(ctx, f.cn1.ID, 0, 0)
		noErr(t, err)
		noErr(t, errOf(s.DeleteNote(ctx, notes[0].ID)))
		if hits, _ := s.Search(ctx, SearchQuery{Query: "first", Kinds: []HitKind{HitNote}}); len(hits) != 0 {
			t.Fatalf("deleted note found: %+v", hits)
		}
		noErr(t, s.RestoreNote(ctx, notes[0]))
		back, _ := s.NotesOf(ctx, f.cn1.ID, 0, 0)
		if !reflect.DeepEqual(notes, back) {
			t.Fatalf("restored notes differ:\n%+v\n%+v", notes, back)
		}
		if hits, _ := s.Search(ctx, SearchQuery{Query: "first", Kinds: []HitKind{HitNote}}); len(hits) != 1 || hits[0].StatementID != f.cn1.ID {
			t.Fatalf("restored note not found: %+v", hits)
		}
	})
}
