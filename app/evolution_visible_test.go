package app

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"parley/app/evolution/evolutiontest"
	"parley/storage"
)

// TestEvolutionShowsOverridesVisibly: in a mailed series whose last round
// is titled with a direction override and one of whose statements holds
// one, the pairings' and commitments' round headings, the Pair with…
// dialog's choices and a case added with an override (its Merge with…
// dialog's title and choices) show it as a mark, and merging into a case
// chosen by what is shown still merges that case.
func TestEvolutionShowsOverridesVisibly(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "series"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := evolutiontest.Fixture(ctx, st); err != nil {
		t.Fatal(err)
	}
	ds, err := st.Dialogues(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ds {
		if d.Round == 13 {
			d.Round, d.Title = 0, "\u202ednuor driht"
			if err := st.UpdateDialogue(ctx, &d); err != nil {
				t.Fatal(err)
			}
		}
	}
	views, err := st.StatementViews(ctx, storage.StatementFilter{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range views {
		if strings.Contains(v.Text, "human rights lawyer Ding Jiaxi") {
			s, err := st.Statement(ctx, v.ID)
			if err != nil {
				t.Fatal(err)
			}
			s.Text = strings.Replace(s.Text, "Ding Jiaxi", "Ding Jiaxi \u202eeno suoregnad", 1)
			if err := st.UpdateStatement(ctx, &s); err != nil {
				t.Fatal(err)
			}
		}
	}
	wd := openWorld(t, st)
	c := wd.ws.win.Canvas()
	wd.showEvolution()
	wd.chooseIn(wd.ws.evolution.pairs.topics, "Individual cases")
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the pairings draw %q", bad)
	}
	test.Tap(wd.buttonBeside("The EU called for the release of citizen journalist", "Pair with…"))
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Pair with… draws %q", bad)
	}
	if !drawnContaining(c, "⇆eno suoregnad") {
		t.Errorf("Pair with… does not show the override: %q", drawnTexts(c))
	}
	wd.tap("Cancel")

	wd.section("Commitments")
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("the commitments draw %q", bad)
	}
	wd.section("Cases")
	wd.tap("Add case…")
	f := c.Focused()
	if f == nil {
		t.Fatal("Add case… put the cursor nowhere")
	}
	test.Type(f, "\u202eeman")
	wd.tap("Add")
	tapOnMatch(t, c, "the case added", func(s string) bool { return strings.HasPrefix(s, "⇆eman") })
	wd.tap("Merge with…")
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Merge with… of the case added draws %q", bad)
	}
	wd.tap("Cancel")
	tapOnMatch(t, c, "Ding Jiaxi in the list", func(s string) bool { return strings.HasPrefix(s, "Ding Jiaxi  ·  EU: 11, 12") })
	wd.tap("Merge with…")
	choose(t, c, "⇆eman")
	if bad := hidden(c); len(bad) > 0 {
		t.Errorf("Merge with… draws %q", bad)
	}
	wd.tap("Merge")
	cases, names, err := st.Cases(ctx)
	if err != nil || len(cases) != 1 || cases[0].Name != "Ding Jiaxi" || len(names) != 1 || names[0].Name != "\u202eeman" {
		t.Fatalf("after the merge: cases %+v, names %+v (%v)", cases, names, err)
	}
}
