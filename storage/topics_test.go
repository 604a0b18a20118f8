package storage

import (
	"context"
	"reflect"
	"testing"
)

func TestTopicTree(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	tibet, err := s.EnsureTopicPath(ctx, "Human rights / Tibet")
	noErr(t, err)
	if tibet.ParentID == nil || *tibet.ParentID != f.rights.ID || tibet.Position != 2 {
		t.Fatalf("ensured %+v", tibet)
	}
	again, err := s.EnsureTopicPath(ctx, "Human rights/Tibet")
	noErr(t, err)
	if again.ID != tibet.ID {
		t.Fatalf("EnsureTopicPath made a second Tibet: %d vs %d", again.ID, tibet.ID)
	}
	deep, err := s.EnsureTopicPath(ctx, "Regional issues/Asia/Hong Kong")
	noErr(t, err)
	_, err = s.EnsureTopicPath(ctx, " / ")
	wantCode(t, err, CodeInvalid)

	paths, err := s.TopicPaths(ctx)
	noErr(t, err)
	want := map[int64]string{f.rights.ID: "Human rights", f.xinjiang.ID: "Human rights/Xinjiang", tibet.ID: "Human rights/Tibet",
		deep.ID: "Regional issues/Asia/Hong Kong"}
	for id, p := range want {
		if paths[id] != p {
			t.Errorf("path of %d: %q, want %q", id, paths[id], p)
		}
	}
	if len(paths) != 6 {
		t.Errorf("%d paths: %v", len(paths), paths)
	}
	t.Run("TopicPathMapSurvivesACycle", func(t *testing.T) {
		a, b := int64(1), int64(2)
		m := TopicPathMap([]Topic{{ID: 1, Name: "a", ParentID: &b}, {ID: 2, Name: "b", ParentID: &a}})
		if len(m) != 2 || m[1] == "" {
			t.Fatalf("map %v", m)
		}
	})
	t.Run("TreeOrder", func(t *testing.T) {
		ts, err := s.Topics(ctx)
		noErr(t, err)
		seen := map[int64]bool{}
		for _, tp := range ts {
			if tp.ParentID != nil && !seen[*tp.ParentID] {
				t.Fatalf("%q comes before its parent", tp.Name)
			}
			seen[tp.ID] = true
		}
	})
	t.Run("Update", func(t *testing.T) {
		v := tibet
		v.Name, v.Description, v.ParentID = "Tibet (Xizang)", "autonomous region", nil
		noErr(t, s.UpdateTopic(ctx, &v))
		if v.ParentID == nil || v.Description != "autonomous region" {
			t.Fatalf("UpdateTopic must not move: %+v", v)
		}
		wantCode(t, s.UpdateTopic(ctx, &Topic{ID: 999, Name: "x"}), CodeNotFound)
	})
}

func TestMoveTopic(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	grand := Topic{Name: "Uyghur scholars", ParentID: &f.xinjiang.ID}
	noErr(t, s.CreateTopic(ctx, &grand))
	for name, parent := range map[string]int64{"ErrUnderItself": f.rights.ID, "ErrUnderChild": f.xinjiang.ID, "ErrUnderGrandchild": grand.ID} {
		t.Run(name, func(t *testing.T) {
			wantCode(t, errOf(s.MoveTopic(ctx, f.rights.ID, &parent, 0)), CodeInvalid)
		})
	}
	wantCode(t, errOf(s.MoveTopic(ctx, f.xinjiang.ID, Ptr(int64(999)), 0)), CodeNotFound)
	wantCode(t, errOf(s.MoveTopic(ctx, 999, nil, 0)), CodeNotFound)

	other := Topic{Name: "Regional issues"}
	noErr(t, s.CreateTopic(ctx, &other))
	tibet := Topic{Name: "Tibet", ParentID: &other.ID}
	noErr(t, s.CreateTopic(ctx, &tibet))
	noErr(t, errOf(s.MoveTopic(ctx, f.xinjiang.ID, &other.ID, 1)))
	kids := func() (names []string) {
		ts, err := s.Topics(ctx)
		noErr(t, err)
		for _, tp := range ts {
			if tp.ParentID != nil && *tp.ParentID == other.ID {
				names = append(names, tp.Name)
			}
		}
		return names
	}
	if got := kids(); !reflect.DeepEqual(got, []string{"Xinjiang", "Tibet"}) {
		t.Fatalf("children %v", got)
	}
	paths, _ := s.TopicPaths(ctx)
	if paths[grand.ID] != "Regional issues/Xinjiang/Uyghur scholars" {
		t.Fatalf("subtopic did not move along: %q", paths[grand.ID])
	}
	noErr(t, errOf(s.MoveTopic(ctx, tibet.ID, nil, 0)))
	tb, _ := s.Topic(ctx, tibet.ID)
	if tb.ParentID != nil || tb.Position != 3 {
		t.Fatalf("moved to top level: %+v", tb)
	}
}

func TestMergeTopics(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	region := Topic{Name: "Regional issues", Keywords: "region"}
	noErr(t, s.CreateTopic(ctx, &region))
	xj2 := Topic{Name: "Xinjiang (regional)", ParentID: &region.ID, Keywords: "uyghur"}
	noErr(t, s.CreateTopic(ctx, &xj2))
	camps := Topic{Name: "Camps", ParentID: &xj2.ID}
	noErr(t, s.CreateTopic(ctx, &camps))
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, TopicID: &xj2.ID, Text: "The EU raised the camps."}, PartyIDs: []int64{f.eu.ID}}
	noErr(t, s.CreateStatement(ctx, &in))
	// Both topics have a verdict in the same dialogue; only xj2 in another.
	d2 := Dialogue{Title: "38th round"}
	noErr(t, s.CreateDialogue(ctx, &d2))
	for _, a := range []Assessment{
		{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent, Text: "Opposed."},
		{DialogueID: f.d.ID, TopicID: xj2.ID, Verdict: VerdictConvergent, Text: "Some overlap."},
		{DialogueID: d2.ID, TopicID: xj2.ID, Verdict: VerdictNotAddressed},
	} {
		noErr(t, s.SetAssessment(ctx, &a))
		if a.TopicID == xj2.ID && a.DialogueID == f.d.ID {
			noErr(t, s.CreateNote(ctx, &Note{AssessmentID: &a.ID, Body: "verdict note"}))
		}
	}

	t.Run("ErrIntoItself", func(t *testing.T) { wantCode(t, errOf(s.MergeTopics(ctx, xj2.ID, xj2.ID)), CodeInvalid) })
	t.Run("ErrIntoOwnSubtopic", func(t *testing.T) { wantCode(t, errOf(s.MergeTopics(ctx, xj2.ID, camps.ID)), CodeInvalid) })
	t.Run("ErrMissing", func(t *testing.T) { wantCode(t, errOf(s.MergeTopics(ctx, 999, xj2.ID)), CodeNotFound) })

	noErr(t, errOf(s.MergeTopics(ctx, xj2.ID, f.xinjiang.ID)))
	if _, err := s.Topic(ctx, xj2.ID); CodeOf(err) != CodeNotFound {
		t.Fatalf("merged topic still there: %v", err)
	}
	if st, _ := s.Statement(ctx, in.ID); *st.TopicID != f.xinjiang.ID {
		t.Fatalf("statement on topic %d", *st.TopicID)
	}
	if c, _ := s.Topic(ctx, camps.ID); *c.ParentID != f.xinjiang.ID {
		t.Fatalf("subtopic under %d", *c.ParentID)
	}
	into, _ := s.Topic(ctx, f.xinjiang.ID)
	if into.Keywords != "uyghur" {
		t.Fatalf("keywords %q", into.Keywords)
	}
	a, ok, err := s.Assessment(ctx, f.d.ID, f.xinjiang.ID)
	noErr(t, err)
	if !ok || a.Verdict != VerdictDivergent || a.Text != "Opposed.\n\nSome overlap." {
		t.Fatalf("merged assessment %+v", a)
	}
	if notes, _ := s.NotesOf(ctx, 0, 0, a.ID); len(notes) != 1 {
		t.Fatalf("assessment notes %+v", notes)
	}
	if a2, ok, _ := s.Assessment(ctx, d2.ID, f.xinjiang.ID); !ok || a2.Verdict != VerdictNotAddressed {
		t.Fatalf("moved assessment %+v", a2)
	}
	if n := count(t, s, "assessments", ""); n != 2 {
		t.Fatalf("%d assessments", n)
	}
}

func TestMergeTags(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	a, b := Tag{Name: "non interference"}, Tag{Name: "non-interference"}
	noErr(t, s.CreateTag(ctx, &a))
	noErr(t, s.CreateTag(ctx, &b))
	noErr(t, s.TagStatement(ctx, f.cn1.ID, a.ID))
	noErr(t, s.TagStatement(ctx, f.cn1.ID, b.ID))
	noErr(t, s.TagStatement(ctx, f.joint.ID, a.ID))
	wantCode(t, errOf(s.MergeTags(ctx, a.ID, a.ID)), CodeInvalid)
	wantCode(t, errOf(s.MergeTags(ctx, a.ID, 999)), CodeNotFound)
	noErr(t, errOf(s.MergeTags(ctx, a.ID, b.ID)))
	tags, _ := s.Tags(ctx)
	if len(tags) != 1 || tags[0].ID != b.ID {
		t.Fatalf("tags %+v", tags)
	}
	if n := count(t, s, "statement_tags", "tag_id = ?", b.ID); n != 2 {
		t.Fatalf("%d statements carry the kept tag, want 2", n)
	}
	if n := count(t, s, "statement_tags", ""); n != 2 {
		t.Fatalf("%d tag rows, want 2", n)
	}
}

func TestMatrixAndRollUp(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	noErr(t, s.SetAssessment(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictDivergent}))
	again := Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID, Verdict: VerdictPartlyConvergent, Text: "revised"}
	noErr(t, s.SetAssessment(ctx, &again))
	wantCode(t, s.SetAssessment(ctx, &Assessment{DialogueID: f.d.ID, TopicID: f.rights.ID, Verdict: "meh"}), CodeInvalid)
	none := StatementInput{Statement: Statement{DialogueID: f.d.ID, Text: "Untopical."}, PartyIDs: []int64{f.eu.ID}}
	noErr(t, s.CreateStatement(ctx, &none))
	m, err := s.Matrix(ctx, f.d.ID)
	noErr(t, err)
	wantOwn := map[int64]map[int64]int{
		f.xinjiang.ID: {f.china.ID: 1, f.eu.ID: 1}, f.rights.ID: {f.china.ID: 1, f.eu.ID: 1}, 0: {f.eu.ID: 1},
	}
	wantAll := map[int64]map[int64]int{
		f.xinjiang.ID: {f.china.ID: 1, f.eu.ID: 1}, f.rights.ID: {f.china.ID: 2, f.eu.ID: 2}, 0: {f.eu.ID: 1},
	}
	if !reflect.DeepEqual(m.Own, wantOwn) || !reflect.DeepEqual(m.Counts, wantAll) {
		t.Fatalf("own %v\nrolled up %v", m.Own, m.Counts)
	}
	if len(m.Topics) != 2 || len(m.Parties) != 2 || m.Assessments[f.xinjiang.ID].Verdict != VerdictPartlyConvergent {
		t.Fatalf("matrix %+v", m)
	}
	if n := count(t, s, "assessments", ""); n != 1 {
		t.Fatalf("SetAssessment twice made %d rows", n)
	}
	t.Run("RollUpThreeLevels", func(t *testing.T) {
		a, b := int64(1), int64(2)
		topics := []Topic{{ID: 1}, {ID: 2, ParentID: &a}, {ID: 3, ParentID: &b}}
		got := RollUp(topics, map[int64]map[int64]int{3: {7: 2}, 2: {7: 1, 8: 1}})
		want := map[int64]map[int64]int{1: {7: 3, 8: 1}, 2: {7: 3, 8: 1}, 3: {7: 2}}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("roll-up %v, want %v", got, want)
		}
	})
}
