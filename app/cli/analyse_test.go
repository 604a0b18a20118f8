package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"parley/app/evolution/evolutiontest"
	"parley/storage"
)

// dxSeries writes the made-up three rounds into a new project file.
func dxSeries(t *testing.T, extra func(st *storage.Store)) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "rounds.parley")
	st, err := storage.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := evolutiontest.Fixture(context.Background(), st); err != nil {
		t.Fatal(err)
	}
	if extra != nil {
		extra(st)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAnalyse(t *testing.T) {
	p := dxSeries(t, nil)
	for _, c := range []struct {
		what string
		want []string // in the text output
	}{
		{"evolution", []string{"Death penalty", "12→13 reworded", "(paired by the analyst)", "{+introduce a moratorium+}", "new #", "dropped #"}},
		{"phrases", []string{"internal affairs", "●●●", "double standards", "vanishes 13"}},
		{"cases", []string{"Ilham Tohti — raised by EU 11, 12, 13", "↳ responds to", "丁家喜"}},
		{"commitments", []string{"kept (suggested)", "repeated (suggested)", "contradicted (suggested)", "last round"}},
		{"unanswered", []string{"demand"}},
		{"omissions", []string{"raised by EU; not mentioned by China"}},
	} {
		t.Run(c.what, func(t *testing.T) {
			code, out, stderr := dxRun(t, "analyse", "-what", c.what, p)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("no %q in:\n%s", w, out)
				}
			}
			code, out, stderr = dxRun(t, "analyse", "-what", c.what, "-format", "json", "-series", evolutiontest.FixtureSeries, p)
			var doc map[string]any
			if code != 0 || json.Unmarshal([]byte(out), &doc) != nil || doc["series"] != evolutiontest.FixtureSeries {
				t.Fatalf("json: exit %d, %s: %.300s", code, stderr, out)
			}
			code, out, stderr = dxRun(t, "analyse", "-what", c.what, "-format", "csv", p)
			rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF"))).ReadAll()
			if code != 0 || err != nil || len(rows) < 2 {
				t.Fatalf("csv: exit %d, %s, %v: %.300s", code, stderr, err, out)
			}
		})
	}
}

// TestAnalyseEscapes checks that text from the project cannot drive the
// terminal or a spreadsheet.
func TestAnalyseEscapes(t *testing.T) {
	p := dxSeries(t, func(st *storage.Store) {
		ctx := context.Background()
		ds, _ := st.Dialogues(ctx)
		ps, _ := st.Parties(ctx)
		for _, d := range ds {
			in := storage.StatementInput{Statement: storage.Statement{DialogueID: d.ID, Kind: storage.KindDemand,
				Text: "=HYPERLINK(\"x\") The EU raised the case of lawyer Evil Name\x1b]0;owned\x07 detained \u202e reversed."}, PartyIDs: []int64{ps[0].ID}}
			if err := st.CreateStatement(ctx, &in); err != nil {
				t.Fatal(err)
			}
		}
	})
	for _, what := range []string{"evolution", "phrases", "cases", "unanswered"} {
		_, out, _ := dxRun(t, "analyse", "-what", what, p)
		if strings.ContainsAny(out, "\x1b\x07\u202e") {
			t.Errorf("%s: raw control characters on the terminal", what)
		}
		_, out, _ = dxRun(t, "analyse", "-what", what, "-format", "csv", p)
		if strings.ContainsAny(out, "\x1b\x07\u202e") || strings.Contains(out, ",=HYPERLINK") || strings.Contains(out, "\n=HYPERLINK") {
			t.Errorf("%s csv: controls or a formula left: %.500s", what, out)
		}
	}
}

func TestAnalyseUsage(t *testing.T) {
	p := dxSeries(t, nil)
	if code, _, stderr := dxRun(t, "analyse", "-what", "weather", p); code != 2 || !strings.Contains(stderr, "is not one of") {
		t.Errorf("bad -what: exit %d, %q", code, stderr)
	}
	if code, _, _ := dxRun(t, "analyse", "-format", "xml", p); code != 2 {
		t.Errorf("bad -format: exit %d", code)
	}
	if code, _, stderr := dxRun(t, "analyse", "-series", "Nope", p); code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "no such series") {
		t.Errorf("unknown series: exit %d, %q", code, stderr)
	}
	if code, _, _ := dxRun(t, "analyse"); code != 2 {
		t.Errorf("no project: exit %d", code)
	}
}
