package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/sample"
	"parley/storage"
)

// TestEvolutionChosenFollowUpIsNotScored: a follow-up the analyst chose
// (the sample's Italian 38th-round formula and its English 39th-round
// wording) is said to be the analyst's choice, not "100% alike", which
// the two texts are not.
func TestEvolutionChosenFollowUpIsNotScored(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "sample"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	if err := sample.Load(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	wd := openWorld(t, st)
	wd.showEvolution()
	wd.section("Commitments")
	chosen := 0
	for _, s := range wd.texts("› Next round") {
		if strings.Contains(s, "Both parties agreed that the dialogue was candid") {
			if !strings.HasPrefix(s, "› Next round (your choice): ") {
				t.Errorf("the chosen follow-up reads %.60q…", s)
			}
			chosen++
		}
	}
	if chosen != 1 {
		t.Fatalf("%d follow-ups show the 39th round's 'candid, in-depth'", chosen)
	}
}
