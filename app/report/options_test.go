package report

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"parley/storage"
)

func TestResolve(t *testing.T) {
	p := sample(t)
	ctx := context.Background()
	var o Options
	n := Names{Dialogues: []string{fmt.Sprint(p.Dialogue.ID)}, Topics: []string{"regional issues / XINJIANG, Xizang and Hong Kong"},
		Parties: []string{"eu"}, Tags: []string{"不干涉内政"}}
	if err := Resolve(ctx, p.Store, n, &o); err != nil {
		t.Fatal(err)
	}
	want := Options{Dialogues: []int64{p.Dialogue.ID}, Topics: []int64{p.Topics["Regional issues/Xinjiang, Xizang and Hong Kong"].ID},
		Parties: []int64{p.EU.ID}}
	if fmt.Sprint(o.Dialogues, o.Topics, o.Parties) != fmt.Sprint(want.Dialogues, want.Topics, want.Parties) || len(o.Tags) != 1 {
		t.Errorf("resolved %+v", o)
	}
	if _, err := ParsePaper("A3"); err == nil {
		t.Error("A3 accepted")
	}
}

func TestStatementWithoutTopicOrParty(t *testing.T) {
	p := sample(t)
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: p.Dialogue.ID, Text: "An unattributed remark."}}
	if err := p.Store.CreateStatement(context.Background(), &in); err != nil {
		t.Fatal(err)
	}
	_, doc := render(t, p.Store, allOn())
	cards, _, _ := placements(t, doc)
	if got := cards[fmt.Sprint(in.ID)]; len(got) != 1 || got[0] != (placed{section: "d1-none", column: "wide"}) {
		t.Errorf("placed %v, want once across the columns of the section without topic", got)
	}
	if !strings.Contains(text(doc), "No party recorded") {
		t.Error("the card does not say that no party holds it")
	}
	_, doc = render(t, p.Store, with(allOn(), func(o *Options) { o.Parties = []int64{p.China.ID} }))
	if cards, _, _ := placements(t, doc); len(cards[fmt.Sprint(in.ID)]) != 0 {
		t.Error("a statement no party holds is in a report for China")
	}
}

// TestColumnsOnlyForPartiesInvolved: a project gathers the parties of all
// its dialogues; a report of one dialogue gets columns only for the
// parties that hold or report its statements.
func TestColumnsOnlyForPartiesInvolved(t *testing.T) {
	p := sample(t)
	ctx := context.Background()
	other := storage.Dialogue{Title: "India-Japan Summit"}
	if err := p.Store.CreateDialogue(ctx, &other); err != nil {
		t.Fatal(err)
	}
	india := storage.Party{Name: "India"}
	if err := p.Store.CreateParty(ctx, &india); err != nil {
		t.Fatal(err)
	}
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: other.ID, Text: "India proposed a working group."}, PartyIDs: []int64{india.ID}}
	if err := p.Store.CreateStatement(ctx, &in); err != nil {
		t.Fatal(err)
	}
	d, err := Load(ctx, p.Store, with(allOn(), func(o *Options) { o.Dialogues = []int64{p.Dialogue.ID} }), nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, party := range d.Parties {
		names = append(names, party.Name)
	}
	if strings.Join(names, ",") != p.China.Name+","+p.EU.Name {
		t.Errorf("columns %v, want the sample's two parties", names)
	}
	d, err = Load(ctx, p.Store, allOn(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Parties) != 3 {
		t.Errorf("the whole project has %d columns, want 3", len(d.Parties))
	}
}
