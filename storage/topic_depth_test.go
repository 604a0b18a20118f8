package storage

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// deepPath is a topic path of n levels: "L1/L2/…/Ln".
func deepPath(n int) string {
	names := make([]string, n)
	for i := range names {
		names[i] = "L" + string(rune('A'+i%26)) + strings.Repeat("x", i/26)
	}
	return strings.Join(names, TopicPathSep)
}

// TestTopicDepthRefused: no way of making topics builds a tree deeper
// than MaxTopicDepth, which an import of the project's own export would
// refuse: a typed path of 65 levels (EnsureTopicPath, MakeStatement), a
// topic created under one at level 64, a topic moved or merged so deep.
// Each is refused with CodeInvalid, naming the limit, and changes
// nothing; 64 levels are made.
func TestTopicDepthRefused(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	invalidDepth := func(what string, err error) {
		t.Helper()
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeInvalid || !strings.Contains(err.Error(), "at most 64 levels deep") {
			t.Errorf("%s: %v; want a refusal naming the limit", what, err)
		}
	}
	before, err := s.Topics(ctx)
	noErr(t, err)
	_, err = s.EnsureTopicPath(ctx, deepPath(MaxTopicDepth+1))
	invalidDepth("a path of 65 levels", err)
	if after, _ := s.Topics(ctx); len(after) != len(before) {
		t.Errorf("the refused path left %d topics behind", len(after)-len(before))
	}
	if err := CheckTopicPath(deepPath(MaxTopicDepth) + "/ / "); err != nil {
		t.Errorf("64 names and empty ones: %v", err)
	}
	bottom, err := s.EnsureTopicPath(ctx, deepPath(MaxTopicDepth))
	noErr(t, err)
	invalidDepth("a topic under level 64", s.CreateTopic(ctx, &Topic{Name: "one more", ParentID: &bottom.ID}))

	// A two-level tree moved under level 63, or merged into it.
	paths, err := s.TopicPaths(ctx)
	noErr(t, err)
	var level63 int64
	for id, p := range paths {
		if p == deepPath(MaxTopicDepth-1) {
			level63 = id
		}
	}
	top, err := s.EnsureTopicPath(ctx, "Other/Child/Grandchild")
	noErr(t, err)
	other := *top.ParentID
	mid, err := s.Topic(ctx, other)
	noErr(t, err)
	_, err = s.MoveTopic(ctx, *mid.ParentID, &level63, 0)
	invalidDepth("moving three levels under level 63", err)
	_, err = s.MergeTopics(ctx, *mid.ParentID, level63)
	invalidDepth("merging two levels of subtopics into level 63", err)
	_, err = s.MoveTopic(ctx, top.ID, &level63, 0)
	noErr(t, err) // one level under 63 is level 64
}

// TestMakeStatementRefusesDeepTopicPath: making a statement with a typed
// topic path too deep is refused whole: no statement, no topic.
func TestMakeStatementRefusesDeepTopicPath(t *testing.T) {
	f := mustFixture(t)
	ctx := context.Background()
	before, err := f.s.Topics(ctx)
	noErr(t, err)
	in := StatementInput{Statement: Statement{DialogueID: f.d.ID, Kind: KindPosition, Text: "A deep one."}}
	if _, err := f.s.MakeStatement(ctx, in, nil, deepPath(70)); err == nil || !strings.Contains(err.Error(), "70 levels") {
		t.Errorf("MakeStatement with 70 levels: %v", err)
	}
	after, err := f.s.Topics(ctx)
	noErr(t, err)
	if len(after) != len(before) {
		t.Errorf("%d topics made", len(after)-len(before))
	}
}
