package storage

import (
	"context"
	"testing"
)

// TestAssessTopicReturnsWhatUndoes: each AssessTopic returns the
// assessment it replaced, and AssessTopic with that puts it back.
func TestAssessTopicReturnsWhatUndoes(t *testing.T) {
	ctx := context.Background()
	f := mustFixture(t)
	at := Assessment{DialogueID: f.d.ID, TopicID: f.xinjiang.ID}
	first := at
	first.Verdict, first.Text = VerdictDivergent, "Apart."
	before, found, err := f.s.AssessTopic(ctx, first)
	noErr(t, err)
	if found {
		t.Fatalf("found %+v before the first assessment", before)
	}
	second := first
	second.Verdict, second.Text = VerdictPartlyConvergent, "Closer."
	before, found, err = f.s.AssessTopic(ctx, second)
	noErr(t, err)
	if !found || before.Verdict != VerdictDivergent || before.Text != "Apart." {
		t.Fatalf("replaced %+v (found %v)", before, found)
	}
	noErr(t, errOf2(f.s.AssessTopic(ctx, before)))
	if a, _, _ := f.s.Assessment(ctx, f.d.ID, f.xinjiang.ID); a.Verdict != VerdictDivergent || a.Text != "Apart." || a.ID != before.ID {
		t.Fatalf("undo left %+v", a)
	}
	if _, found, err = f.s.AssessTopic(ctx, at); err != nil || !found {
		t.Fatalf("removing: found %v, %v", found, err)
	}
	if _, found, _ := f.s.Assessment(ctx, f.d.ID, f.xinjiang.ID); found {
		t.Fatal("an empty verdict did not remove the assessment")
	}
}
