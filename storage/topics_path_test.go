package storage

import (
	"context"
	"testing"
)

func TestEnsureTopicPathNested(t *testing.T) {
	s := mustOpen(t)
	ctx := context.Background()
	child, err := s.EnsureTopicPath(ctx, "Regional issues/Xinjiang")
	if err != nil {
		t.Fatal(err)
	}
	again, err := s.EnsureTopicPath(ctx, "Regional issues / Xinjiang")
	if err != nil {
		t.Fatal(err)
	}
	if again.ID != child.ID {
		t.Errorf("second call made topic %d, want the existing %d", again.ID, child.ID)
	}
	paths, err := s.TopicPaths(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := paths[child.ID]; got != "Regional issues/Xinjiang" {
		t.Errorf("path %q, want Regional issues/Xinjiang", got)
	}
}
