package report

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"parley/app/evolution/evolutiontest"
	"parley/storage"
)

// roundsProject is the made-up three rounds of app/evolution, in a new
// project; extra may add to it.
func roundsProject(tb testing.TB, extra func(st *storage.Store)) *storage.Store {
	tb.Helper()
	st, err := storage.Create(filepath.Join(tb.TempDir(), "rounds.parley"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	if _, err := evolutiontest.Fixture(context.Background(), st); err != nil {
		tb.Fatal(err)
	}
	if extra != nil {
		extra(st)
	}
	return st
}

func withRounds() Options {
	o := allOn()
	o.AcrossRounds = true
	return o
}

// byID finds the element with id.
func byID(doc *html.Node, id string) *html.Node {
	var found *html.Node
	walk(doc, func(n *html.Node) {
		if v, _ := attr(n, "id"); v == id && found == nil {
			found = n
		}
	})
	return found
}

func TestAcrossRoundsChapter(t *testing.T) {
	st := roundsProject(t, nil)
	page, doc := render(t, st, withRounds())
	ch := byID(doc, "rounds1")
	if ch == nil {
		t.Fatal("no chapter Across rounds")
	}
	if !strings.Contains(page, `<a href="#rounds1">Across rounds: Fixture Human Rights Dialogue</a>`) {
		t.Error("the contents do not list the chapter")
	}
	body := text(ch)
	for _, want := range []string{"11th round (2022)", "Evolution by topic", "Death penalty", "Stock phrases", "Individual cases",
		"Ilham Tohti", "Commitments", "suggested", "paired by the analyst"} {
		if !strings.Contains(body, want) {
			t.Errorf("the chapter lacks %q", want)
		}
	}
	var ins, del []string
	refs, svgDots := 0, 0
	walk(ch, func(n *html.Node) {
		switch n.Data {
		case "ins":
			ins = append(ins, text(n))
		case "del":
			del = append(del, text(n))
		case "circle":
			svgDots++
		case "a":
			if hasClass(n, "ref") {
				refs++
				href, _ := attr(n, "href")
				if byID(doc, strings.TrimPrefix(href, "#")) == nil {
					t.Errorf("reference %s points at nothing", href)
				}
			}
		}
	})
	if !containsAll(ins, "introduce a moratorium") || !containsAll(del, "publish data on executions") {
		t.Errorf("the death penalty's rewording is not marked: added %q, dropped %q", ins, del)
	}
	if svgDots == 0 || refs == 0 {
		t.Errorf("%d dots in the phrase chart, %d references to statements", svgDots, refs)
	}
	// Without the option, no chapter.
	o := allOn()
	if _, doc := render(t, st, o); byID(doc, "rounds1") != nil {
		t.Error("the chapter is there without AcrossRounds")
	}
	// One round selected: no series to follow.
	o = withRounds()
	o.Dialogues = []int64{1}
	if _, doc := render(t, st, o); byID(doc, "rounds1") != nil {
		t.Error("a chapter for one round")
	}
}

func containsAll(pieces []string, w string) bool {
	return strings.Contains(strings.Join(pieces, "|"), w)
}

// TestAcrossRoundsEscapes puts markup and bidirectional overrides into a
// statement that every part of the chapter shows.
func TestAcrossRoundsEscapes(t *testing.T) {
	evil := `<script>alert(1)</script><svg onload=x> "quoted" ‮ reversed`
	st := roundsProject(t, func(st *storage.Store) {
		ctx := context.Background()
		ps, _ := st.Parties(ctx)
		for _, d := range []int64{1, 2} {
			in := storage.StatementInput{Statement: storage.Statement{DialogueID: d, Kind: storage.KindCommitment,
				Text: "The EU will continue to raise the case of lawyer Evil Person, detained. " + evil}, PartyIDs: []int64{ps[0].ID}}
			if err := st.CreateStatement(ctx, &in); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := st.MarkPhrase(ctx, "continue to raise the case", storage.PhrasePinned); err != nil {
			t.Fatal(err)
		}
	})
	page, doc := render(t, st, withRounds())
	if strings.Contains(page, "<script>") || strings.Contains(page, "<svg onload") || strings.Contains(page, "\u202e") {
		t.Fatal("markup or an override from a statement reached the report")
	}
	scripts := 0
	walk(doc, func(n *html.Node) {
		if n.Data == "script" {
			scripts++
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") {
				t.Errorf("an event handler %s=%q", a.Key, a.Val)
			}
		}
	})
	if scripts > 0 || !strings.Contains(text(byID(doc, "rounds1")), "Evil Person") {
		t.Errorf("%d scripts; the case is in the register: %v", scripts, strings.Contains(page, "Evil Person"))
	}
}

// TestAcrossRoundsManyRounds: a series of 24 rounds gets its evolution
// table in blocks of rounds that fit the page, counts only.
func TestAcrossRoundsManyRounds(t *testing.T) {
	st, err := storage.Create(filepath.Join(t.TempDir(), "many.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := evolutiontest.Generate(context.Background(), st, evolutiontest.GenOptions{Rounds: 24, Topics: 3, Threads: 1, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	_, doc := render(t, st, withRounds())
	ch := byID(doc, "rounds1")
	if ch == nil {
		t.Fatal("no chapter")
	}
	tables, cols, firstLines := 0, 0, 0
	walk(ch, func(n *html.Node) {
		switch {
		case n.Data == "table" && hasClass(n, "evolution"):
			tables++
			walk(n, func(th *html.Node) {
				if th.Data == "th" {
					cols++
				}
			})
		case hasClass(n, "evo-cell") && len(strings.Fields(text(n))) > 3:
			firstLines++
		}
	})
	if tables != 3 || cols != 24+3 || firstLines != 0 {
		t.Errorf("%d tables, %d column heads, %d cells with text; want 3 tables of up to 10 rounds, 27 heads, counts only", tables, cols, firstLines)
	}
}

// TestAcrossRoundsNamesInert: the series' name, a round's title and the
// topics' names reach the chapter without their bidirectional overrides,
// as they reach the rest of the report.
func TestAcrossRoundsNamesInert(t *testing.T) {
	evil := "<b>x</b>\u202eesrever\u2066"
	st := roundsProject(t, func(st *storage.Store) {
		ctx := context.Background()
		ds, err := st.Dialogues(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ds {
			if i == 0 {
				ds[i].Round, ds[i].Title = 0, "Round "+evil
			}
			if _, err := st.SaveDialogue(ctx, &ds[i], "Series "+evil); err != nil {
				t.Fatal(err)
			}
		}
		ts, err := st.Topics(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i := range ts {
			ts[i].Name += " " + evil
			if err := st.UpdateTopic(ctx, &ts[i]); err != nil {
				t.Fatal(err)
			}
		}
	})
	page, doc := render(t, st, withRounds())
	ch := text(byID(doc, "rounds1"))
	if !strings.Contains(ch, "Series <b>x</b>esrever") || !strings.Contains(ch, "Round <b>x</b>") {
		t.Fatalf("the chapter lacks the series or the round: %.300q", ch)
	}
	if strings.ContainsAny(page, "\u202e\u2066") {
		i := strings.IndexAny(page, "\u202e\u2066")
		t.Errorf("an override reached the report: …%q…", page[max(0, i-120):i])
	}
}
