package ingest

import (
	"context"
	"strings"
	"testing"
)

// TestOfficialsData checks the embedded list: it parses, every party is
// one the gazetteer knows, and no family name many share stands alone.
func TestOfficialsData(t *testing.T) {
	ix, err := parseOfficials(officialsData)
	if err != nil {
		t.Fatal(err)
	}
	if ix.rows < 200 {
		t.Errorf("%d officials, want the list of at least 200", ix.rows)
	}
	g := NewGazetteer()
	for k, o := range ix.byKey {
		if o != nil && g.Lookup(o.party) == nil {
			t.Errorf("%s: party %q is not in the gazetteer", k, o.party)
		}
	}
	if _, err := parseOfficials("China\tPremier\t2023–\tLi\t李强\n"); err == nil || !strings.Contains(err.Error(), "many share") {
		t.Errorf("a shared family name alone was accepted (%v)", err)
	}
}

// TestKnownOfficials: a person the text gives no side gets the list's
// party; context in the text, the project's speakers and ambiguous names
// are not overruled.
func TestKnownOfficials(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a titled name without a country", author: "UK",
			text:    "The Prime Minister spoke to President Trump this evening. President Trump said that trade talks would go on.",
			parties: "United States", speaker: "Trump", reason: "Trump: a known official of the United States"},
		{name: "a titled name", author: "EU",
			text:    "Secretary Blinken said that the partnership was strong.",
			parties: "United States", speaker: "Blinken", reason: "a known official"},
		{name: "a bare name named in passing is no speaker", author: "EU",
			text:    "Relations between Xi Jinping and Biden were discussed.",
			parties: "European Union", speaker: "-"},
		{name: "a titled full name", author: "China",
			text:    "Prime Minister Giorgia Meloni said that Italy valued the partnership.",
			parties: "Italy", speaker: "Giorgia Meloni"},
		{name: "a demonym in the text wins", author: "EU",
			text:    "Chinese Foreign Minister Antony Blinken said that the partnership was strong.",
			parties: "China", speaker: "Antony Blinken", reason: "(the speaker's)"},
		{name: "an ambiguous family name is not decided", author: "EU",
			text:    "Foreign Minister Kim said that the partnership was strong.",
			parties: "European Union", reason: "the source's author"},
		{name: "a name listed for two parties is not decided", author: "China",
			text:    "President Charles Michel said that the partnership was strong.",
			parties: "China", reason: "the source's author"},
		{name: "what the text says later overrules the list", author: "China",
			text:    "Mogherini said that the talks were useful. Italian Foreign Minister Mogherini said that Italy supported the plan.",
			parties: "Italy", speaker: "Mogherini"},
		{name: "a Chinese name at the head of a clause", author: "EU",
			text:    "梅洛尼表示，意方重视同欧方的合作。",
			parties: "Italy", speaker: "梅洛尼", reason: "梅洛尼: a known official of Italy"},
		{name: "a Chinese name after a title with no country", author: "EU",
			text:    "国务卿布林肯表示，美方愿同欧方加强合作。",
			parties: "United States", speaker: "布林肯"},
		{name: "a Chinese name standing alone", author: "EU",
			text:    "王毅会见布林肯。",
			parties: "China", speaker: "王毅", reason: "王毅: a known official of China"},
	})
}

// TestKnownOfficialsLoseToProject: a project's own speaker keeps the
// party the analyst gave, even when the list says otherwise.
func TestKnownOfficialsLoseToProject(t *testing.T) {
	p := NewProposer()
	p.Speakers = []Speaker{{Name: "Antony Blinken", Party: "European Union", ID: 4}}
	d, err := p.Propose(context.Background(), Document{Text: "Antony Blinken said that the partnership was strong."}, "China", nil)
	if err != nil {
		t.Fatal(err)
	}
	pr := d.Proposals[len(d.Proposals)-1]
	if len(pr.Parties) != 1 || pr.Parties[0] != "European Union" || pr.Speaker == nil || pr.Speaker.ID != 4 {
		t.Errorf("got %v %+v, want the project's speaker of the European Union (%s)", pr.Parties, pr.Speaker, strings.Join(pr.Reasons, "; "))
	}
}

// TestOfficialsNotInsideWords: a known name must stand as a name, not as
// part of a longer word or name.
func TestOfficialsNotInsideWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a longer Chinese name", author: "EU",
			text: "克里姆林宫表示，谈判仍在继续。", parties: "European Union", speaker: "-"},
		{name: "a longer English name", author: "EU",
			text: "Obama Smithson said that the partnership was strong.", parties: "European Union", speaker: "-"},
	})
}
