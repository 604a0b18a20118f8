package report

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"parley/storage"
)

// oneOfEach is a project where every count of the cover is 1 or 2: China
// holds one statement on Xinjiang (assessed convergent) and one without a
// topic, the EU one on Tibet.
func oneOfEach(t *testing.T) *storage.Store {
	t.Helper()
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(t.TempDir(), "p"+storage.Extension))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	d := storage.Dialogue{Title: "Round 39"}
	must(st.CreateDialogue(ctx, &d))
	cn, eu := storage.Party{Name: "China", Color: "#c8102e"}, storage.Party{Name: "EU", Color: "#003399"}
	must(st.CreateParty(ctx, &cn))
	must(st.CreateParty(ctx, &eu))
	xj, tb := storage.Topic{Name: "Xinjiang"}, storage.Topic{Name: "Tibet"}
	must(st.CreateTopic(ctx, &xj))
	must(st.CreateTopic(ctx, &tb))
	mk := func(text string, topic *int64, party int64) {
		in := storage.StatementInput{PartyIDs: []int64{party}}
		in.DialogueID, in.Text, in.TopicID = d.ID, text, topic
		must(st.CreateStatement(ctx, &in))
	}
	mk("Xinjiang affairs are internal affairs.", &xj.ID, cn.ID)
	mk("China thanked the hosts.", nil, cn.ID)
	mk("The EU asked for access to Tibet.", &tb.ID, eu.ID)
	must(st.SetAssessment(ctx, &storage.Assessment{DialogueID: d.ID, TopicID: xj.ID, Verdict: storage.VerdictConvergent}))
	return st
}

func TestCoverCountsAgreeInNumber(t *testing.T) {
	_, doc := render(t, oneOfEach(t), allOn())
	var figures []string
	walk(doc, func(n *html.Node) {
		if hasClass(n, "figure") {
			var parts []string
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				parts = append(parts, text(c))
			}
			figures = append(figures, strings.Join(parts, " "))
		}
	})
	want := []string{"2 statements held by China", "1 statement held by EU", "1 topic assessed convergent"}
	if strings.Join(figures, "|") != strings.Join(want, "|") {
		t.Fatalf("cover figures %q, want %q", figures, want)
	}
}

func TestOmissionMapListsTopicsOnly(t *testing.T) {
	_, doc := render(t, oneOfEach(t), allOn())
	var rows []string
	walk(doc, func(n *html.Node) {
		if n.Data == "tr" && ancestor(n, func(p *html.Node) bool { return hasClass(p, "omissions") }) != nil {
			rows = append(rows, strings.Join(strings.Fields(text(n)), " "))
		}
	})
	// The header, then Tibet (raised by the EU only) and Xinjiang (China
	// only); the statements without a topic are in the matrix, not here.
	if len(rows) != 3 || !strings.HasPrefix(rows[1], "Xinjiang") && !strings.HasPrefix(rows[1], "Tibet") {
		t.Fatalf("omission rows %q", rows)
	}
	for _, r := range rows {
		if strings.Contains(r, "Without a topic") {
			t.Fatalf("the omission map lists %q as a topic", r)
		}
	}
}
