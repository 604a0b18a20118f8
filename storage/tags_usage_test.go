package storage

import (
	"context"
	"testing"
)

func TestTagUsage(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	a, b, unused := Tag{Name: "a"}, Tag{Name: "b"}, Tag{Name: "unused"}
	for _, tg := range []*Tag{&a, &b, &unused} {
		noErr(t, f.s.CreateTag(ctx, tg))
	}
	noErr(t, f.s.TagStatement(ctx, f.cn1.ID, a.ID))
	noErr(t, f.s.TagStatement(ctx, f.joint.ID, a.ID))
	noErr(t, f.s.TagStatement(ctx, f.eu1.ID, b.ID))
	got, err := f.s.TagUsage(ctx)
	noErr(t, err)
	if len(got) != 2 || got[a.ID] != 2 || got[b.ID] != 1 || got[unused.ID] != 0 {
		t.Fatalf("usage %v", got)
	}
}
