package ingest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"parley/storage"
)

func TestTopicModel(t *testing.T) {
	regional := storage.Topic{ID: 1, Name: "Regional issues"}
	topics := []storage.Topic{regional,
		{ID: 2, ParentID: &regional.ID, Name: "Xinjiang", Keywords: "uyghur, 新疆"},
		{ID: 3, ParentID: &regional.ID, Name: "Hong Kong", Keywords: "national security law"},
		{ID: 4, Name: "Migration", Keywords: "refugees, migrants"},
	}
	m := NewTopicModel(topics)
	cases := []struct{ in, path, key string }{
		{"The EU raised the situation of Uyghurs and Uyghur detainees.", "Regional issues/Xinjiang", "uyghur"},
		{"China raised the EU's treatment of refugees and migrants.", "Migration", "refugees"},
		{"The EU criticised the National Security Law.", "Regional issues/Hong Kong", "national security law"},
		{"Regional issues were discussed.", "Regional issues", "regional issues"},
		{"中方强调新疆事务是中国内政。", "Regional issues/Xinjiang", "新疆"},
		{"Kong and Hong are words.", "", ""},
		{"Nothing here.", "", ""},
	}
	for _, c := range cases {
		path, key := m.Match(c.in)
		if path != c.path || key != c.key {
			t.Errorf("Match(%q) = %q, %q; want %q, %q", c.in, path, key, c.path, c.key)
		}
	}
}

func TestStarterTree(t *testing.T) {
	cases := map[string]string{
		"The human rights dialogue discussed human rights in Xinjiang.": "Human rights concept",
		"Trade talks covered tariffs and market access.":                "Market access",
		"The climate talks covered emissions.":                          "Emissions and targets",
		"Nothing to see.":                                               "",
	}
	for in, first := range cases {
		tree := StarterTree(in)
		got := ""
		if len(tree) > 0 {
			got = tree[0].Path
		}
		if got != first {
			t.Errorf("StarterTree(%q) starts %q, want %q", in, got, first)
		}
	}
}

func TestClassifier(t *testing.T) {
	x, y := int64(1), int64(2)
	paths := map[int64]string{x: "Regional issues/Xinjiang", y: "Migration"}
	var views []storage.StatementView
	for _, s := range []string{"camps in the region", "vocational training centres", "detention camps and surveillance",
		"re-education camps", "cotton and forced labour in the camps"} {
		views = append(views, storage.StatementView{Text: s, TopicID: &x})
	}
	for _, s := range []string{"asylum seekers at the border", "boats in the Mediterranean", "asylum procedures",
		"border pushbacks of asylum seekers"} {
		views = append(views, storage.StatementView{Text: s, TopicID: &y})
	}
	if c := TrainClassifier(views[:5], paths); c != nil {
		t.Fatal("a classifier of one topic should not be trained")
	}
	c := TrainClassifier(views, paths)
	if c == nil {
		t.Fatal("no classifier from nine coded statements")
	}
	if got, p := c.Classify("The EU raised the detention camps."); got != "Regional issues/Xinjiang" || p < minConfidence {
		t.Fatalf("camps → %q (%.2f)", got, p)
	}
	if got, _ := c.Classify("China raised asylum seekers at the border."); got != "Migration" {
		t.Fatalf("asylum → %q", got)
	}
	if got, _ := c.Classify("Something else entirely."); got != "" {
		t.Fatalf("unrelated text got a topic %q", got)
	}
	if fs := features("中方强调 Xinjiang"); len(fs) != 4 || fs[0] != "中方" || fs[3] != "xinjiang" {
		t.Fatalf("features %q", fs)
	}
}

// TestLoadProposer checks that the project's parties, speakers, topics and
// coded statements shape the proposals.
func TestLoadProposer(t *testing.T) {
	ctx := context.Background()
	st, err := storage.Create(filepath.Join(t.TempDir(), "p.parley"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	eu := storage.Party{Name: "EU", Color: "#123456"}
	atl := storage.Party{Name: "Atlantis", ShortName: "ATL", Color: "#654321"}
	for _, p := range []*storage.Party{&eu, &atl} {
		if err := st.CreateParty(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.CreateSpeaker(ctx, &storage.Speaker{Name: "Ada Nereid", Role: "Envoy", PartyID: &atl.ID}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.EnsureTopicPath(ctx, "Fisheries"); err != nil {
		t.Fatal(err)
	}
	p, err := LoadProposer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	if e := p.Gaz.Lookup("European Union"); e == nil || e.PartyID != eu.ID || e.Name != "EU" {
		t.Fatalf("the project's 'EU' should be the gazetteer's European Union: %+v", e)
	}
	d, err := p.Propose(ctx, Document{Text: "Nereid rejected the fisheries quota. ATL urged the EU to act."}, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	first, second := d.Proposals[0], d.Proposals[1]
	if first.Speaker == nil || first.Speaker.Name != "Ada Nereid" || first.Parties[0] != "Atlantis" || first.Topic != "Fisheries" {
		t.Fatalf("project speaker, party or topic not used: %+v", first)
	}
	if second.Parties[0] != "Atlantis" || second.Kind != storage.KindDemand {
		t.Fatalf("project party by short name: %+v", second)
	}
	if d.StarterTopics != nil {
		t.Fatal("a project with topics gets no starter tree")
	}
}

// StarterTree reads a long text a piece at a time and chooses as if it
// had read it whole.
func TestStarterTreeLongText(t *testing.T) {
	whole := func(text string) []StarterTopic {
		low := strings.ToLower(text)
		best, bestN := -1, 0
		for i, tr := range starterTrees {
			n := 0
			for _, s := range tr.signals {
				n += strings.Count(low, s)
			}
			if n > bestN {
				best, bestN = i, n
			}
		}
		if best < 0 {
			return nil
		}
		return starterTrees[best].topics
	}
	var b strings.Builder
	for i := 0; b.Len() < 300<<10; i++ {
		for _, tr := range starterTrees {
			for j, s := range tr.signals {
				if (i+j)%(len(tr.signals)+1) == 0 {
					b.WriteString("Both sides spoke of " + strings.ToUpper(s[:1]) + s[1:] + " today.\n")
				}
			}
		}
	}
	text := b.String() + strings.Repeat("人权 ", 40)
	if got, want := StarterTree(text), whole(text); len(got) == 0 || got[0] != want[0] {
		t.Fatalf("got %v, want %v", got[:1], want[:1])
	}
}
