package storage

import (
	"context"
	"testing"
)

// The sources view reads the statements coded in one source, not every
// statement of the dialogue.
func TestStatementViewsOfOneSource(t *testing.T) {
	f := mustFixture(t)
	s, ctx := f.s, context.Background()
	src := Source{DialogueID: &f.d.ID, Title: "Readout", Text: "The EU raised concerns about the situation in Xinjiang."}
	noErr(t, s.CreateSource(ctx, &src))
	f.eu1.SourceID, f.eu1.Start, f.eu1.End = &src.ID, 0, 55
	noErr(t, s.UpdateStatement(ctx, &f.eu1))
	for _, c := range []struct {
		name string
		f    StatementFilter
		want int
	}{
		{"OneSource", StatementFilter{SourceID: src.ID}, 1},
		{"WithDialogue", StatementFilter{DialogueID: f.d.ID, SourceID: src.ID}, 1},
		{"OtherSource", StatementFilter{SourceID: src.ID + 1}, 0},
		{"AnySource", StatementFilter{DialogueID: f.d.ID}, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			vs, err := s.StatementViews(ctx, c.f, 0)
			noErr(t, err)
			if len(vs) != c.want {
				t.Fatalf("%d statements, want %d", len(vs), c.want)
			}
			if c.want == 1 && vs[0].ID != f.eu1.ID {
				t.Fatalf("statement %d, want %d", vs[0].ID, f.eu1.ID)
			}
		})
	}
}
