// Package reporttest builds projects for the tests of the report and its
// command: a fixed fixture cut from the sample readout by rune offsets
// (joint statements, tags, one Chinese, a link, notes, assessments) and
// the sample that app/sample ships.
package reporttest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"parley/app/sample"
	"parley/assets"
	"parley/storage"
)

// Project is the sample project and the rows the tests refer to.
type Project struct {
	Store    *storage.Store
	Path     string
	Dialogue storage.Dialogue
	China    storage.Party
	EU       storage.Party
	Source   storage.Source
	Topics   map[string]storage.Topic // by path
	ByText   map[string]int64         // statement ID by its first words
}

// line is one statement to cut from the readout.
type line struct {
	text, topic, speaker string
	kind                 storage.Kind
	holders              string // "cn", "eu" or "both"
	tags                 []string
}

var lines = []line{
	{"Chinese representatives comprehensively presented their views on human rights and reiterated China’s stance.", "Human rights concept", "", storage.KindPosition, "cn", nil},
	{"Miao detailed China’s human rights concept and achievements, emphasizing the Communist Party of China’s commitment to serving the people and advancing their fundamental interests.", "Human rights concept", "Miao Deyu", storage.KindPosition, "cn", []string{"development path"}},
	{"He highlighted China’s historic achievements in human rights and its ongoing efforts to improve protections through Chinese modernization.", "Human rights concept", "Miao Deyu", storage.KindPosition, "cn", []string{"development path"}},
	{"Miao also stressed China’s opposition to politicizing human rights issues, applying double standards, and imposing a single human rights model on other countries.", "Politicisation and double standards", "Miao Deyu", storage.KindObjection, "cn", []string{"double standards", "不干涉内政"}},
	{"He urged for stronger communication between China and Europe to foster mutual understanding.", "The dialogue itself", "Miao Deyu", storage.KindProposal, "cn", nil},
	{"the EU’s accusations regarding China’s human rights situation", "Regional issues/Xinjiang, Xizang and Hong Kong", "", storage.KindConcern, "eu", nil},
	{"Shen refuted the EU’s accusations regarding China’s human rights situation and reiterated that issues related to Xinjiang, Xizang, and Hong Kong are internal affairs that tolerate no external interference.", "Regional issues/Xinjiang, Xizang and Hong Kong", "Shen Bo", storage.KindObjection, "cn", []string{"不干涉内政"}},
	{"He urged the EU to respect China’s human rights development path and refrain from using human rights to interfere in China’s internal matters.", "Regional issues/Xinjiang, Xizang and Hong Kong", "Shen Bo", storage.KindDemand, "cn", []string{"不干涉内政", "development path"}},
	{"EU diplomats also visited the Xizang Autonomous Region between June 13 and 15 as part of the agenda", "Regional issues/Visit to Xizang", "", storage.KindAccount, "eu", nil},
	{"The EU diplomats’ visits to schools, cultural, and religious sites in Xizang provided them with a more objective understanding of China’s human rights practices.", "Regional issues/Visit to Xizang", "", storage.KindPosition, "cn", nil},
	{"China also raised concerns about the EU’s handling of refugees, migrants, racism, xenophobia, and violence against women, urging the EU to address these issues earnestly.", "Human rights in the EU", "", storage.KindConcern, "cn", []string{"double standards"}},
	{"Both parties agreed that the dialogue was candid, in-depth, and conducive to enhancing mutual understanding.", "The dialogue itself", "", storage.KindAgreement, "both", nil},
	{"They discussed potential cooperation in various areas, including economic, social, and cultural rights, business and human rights, women and children’s rights, and the rights of persons with disabilities.", "Cooperation", "", storage.KindAccount, "both", nil},
	{"Despite differing views on human rights, both sides acknowledge the importance of ongoing dialogue.", "The dialogue itself", "", storage.KindAgreement, "both", nil},
}

// Key returns the first five words of a statement, the key of ByText.
func Key(text string) string {
	f := strings.Fields(text)
	return strings.Join(f[:min(5, len(f))], " ")
}

// CodedProject creates, in a temporary folder, the sample dialogue with
// the statements of this package cut from its readout: a fixture that
// stays the same whatever the shipped sample becomes.
func CodedProject(tb testing.TB) *Project {
	tb.Helper()
	ctx := context.Background()
	p := newProject(tb)
	if err := p.skeleton(ctx); err != nil {
		tb.Fatal(err)
	}
	if err := p.code(ctx); err != nil {
		tb.Fatal(err)
	}
	if err := p.annotate(ctx); err != nil {
		tb.Fatal(err)
	}
	return p
}

// ShippedSample creates the sample project that app/sample ships, for
// tests that must hold for the real thing (printing it, exporting it).
func ShippedSample(tb testing.TB) *Project {
	tb.Helper()
	p := newProject(tb)
	if err := sample.Load(context.Background(), p.Store); err != nil {
		tb.Fatalf("load sample: %v", err)
	}
	return p
}

func newProject(tb testing.TB) *Project {
	p := &Project{Path: filepath.Join(tb.TempDir(), "sample"+storage.Extension), Topics: map[string]storage.Topic{}, ByText: map[string]int64{}}
	st, err := storage.Create(p.Path)
	if err != nil {
		tb.Fatalf("create project: %v", err)
	}
	tb.Cleanup(func() { st.Close() })
	p.Store = st
	return p
}

// skeleton adds the dialogue, the parties and the readout.
func (p *Project) skeleton(ctx context.Context) error {
	text, err := assets.FS.ReadFile("sample/china-readout-39th-hr-dialogue-2024.txt")
	if err != nil {
		return fmt.Errorf("read the readout: %w", err)
	}
	p.Dialogue = storage.Dialogue{Title: "39th China-EU Human Rights Dialogue", Round: 39, Place: "Chongqing",
		StartDate: "2024-06-16", EndDate: "2024-06-17"}
	if err := p.Store.CreateDialogue(ctx, &p.Dialogue); err != nil {
		return err
	}
	p.China = storage.Party{Name: "China", ShortName: "CN", Color: "#c8102e"}
	p.EU = storage.Party{Name: "European Union", ShortName: "EU", Color: "#003399"}
	for _, x := range []*storage.Party{&p.China, &p.EU} {
		if err := p.Store.CreateParty(ctx, x); err != nil {
			return err
		}
	}
	p.Source = storage.Source{DialogueID: &p.Dialogue.ID, Title: "China Emphasizes Its Human Rights Stance at China-EU Dialogue",
		PublishedOn: "2024-06-17", AuthorPartyID: &p.China.ID, Text: string(text)}
	return p.Store.CreateSource(ctx, &p.Source)
}

// code cuts the statements out of the readout, with their offsets.
func (p *Project) code(ctx context.Context) error {
	speakers := map[string]*int64{}
	for _, sp := range []storage.Speaker{
		{Name: "Miao Deyu", Role: "Assistant Foreign Minister", PartyID: &p.China.ID},
		{Name: "Shen Bo", Role: "Director-General, Department of International Organizations and Conferences, Ministry of Foreign Affairs", PartyID: &p.China.ID},
	} {
		if err := p.Store.CreateSpeaker(ctx, &sp); err != nil {
			return err
		}
		speakers[sp.Name] = &sp.ID
	}
	tags := map[string]int64{}
	for name, color := range map[string]string{"development path": "#2a9d8f", "double standards": "#e76f51", "不干涉内政": "#8e44ad"} {
		t := storage.Tag{Name: name, Color: color}
		if err := p.Store.CreateTag(ctx, &t); err != nil {
			return err
		}
		tags[name] = t.ID
	}
	for _, l := range lines {
		in, err := p.input(ctx, l, speakers, tags)
		if err != nil {
			return err
		}
		if err := p.Store.CreateStatement(ctx, in); err != nil {
			return fmt.Errorf("statement %q: %w", l.text, err)
		}
		p.ByText[Key(l.text)] = in.ID
	}
	return nil
}

func (p *Project) input(ctx context.Context, l line, speakers map[string]*int64, tags map[string]int64) (*storage.StatementInput, error) {
	i := strings.Index(p.Source.Text, l.text)
	if i < 0 {
		return nil, fmt.Errorf("%q is not in the readout", l.text)
	}
	start := utf8.RuneCountInString(p.Source.Text[:i])
	topic, ok := p.Topics[l.topic]
	if !ok {
		var err error
		if topic, err = p.Store.EnsureTopicPath(ctx, l.topic); err != nil {
			return nil, err
		}
		p.Topics[l.topic] = topic
	}
	in := &storage.StatementInput{Statement: storage.Statement{DialogueID: p.Dialogue.ID, TopicID: &topic.ID,
		Kind: l.kind, Text: l.text, ReportedByID: &p.China.ID, SpeakerID: speakers[l.speaker],
		SourceID: &p.Source.ID, Start: start, End: start + utf8.RuneCountInString(l.text)}}
	switch l.holders {
	case "cn":
		in.PartyIDs = []int64{p.China.ID}
	case "eu":
		in.PartyIDs = []int64{p.EU.ID}
	default:
		in.PartyIDs = []int64{p.China.ID, p.EU.ID}
	}
	for _, t := range l.tags {
		in.TagIDs = append(in.TagIDs, tags[t])
	}
	return in, nil
}

// annotate adds a link, notes and assessments.
func (p *Project) annotate(ctx context.Context) error {
	st := p.Store
	link := storage.Link{FromID: p.ByText[Key("Shen refuted the EU’s accusations")], ToID: p.ByText[Key("the EU’s accusations regarding China’s")], Type: storage.LinkContradicts}
	if err := st.CreateLink(ctx, &link); err != nil {
		return err
	}
	verdicts := []storage.Assessment{
		{TopicID: p.Topics["Regional issues/Xinjiang, Xizang and Hong Kong"].ID, Verdict: storage.VerdictDivergent,
			Text: "China rejects the EU's concerns as interference in internal affairs; no common ground in this readout."},
		{TopicID: p.Topics["The dialogue itself"].ID, Verdict: storage.VerdictConvergent, Text: "Both sides value continuing the dialogue."},
		{TopicID: p.Topics["Human rights in the EU"].ID, Verdict: storage.VerdictNotAddressed, Text: "Raised by China only."},
		{TopicID: p.Topics["Cooperation"].ID, Verdict: storage.VerdictPartlyConvergent, Text: "Areas listed, nothing agreed."},
	}
	for i := range verdicts {
		verdicts[i].DialogueID = p.Dialogue.ID
		if err := st.SetAssessment(ctx, &verdicts[i]); err != nil {
			return err
		}
	}
	notes := []storage.Note{
		{StatementID: storage.Ptr(p.ByText[Key("Shen refuted the EU’s accusations")]), Body: "Compare with the EU's own readout, which names individual cases."},
		{StatementID: storage.Ptr(p.ByText[Key("Both parties agreed that the")]), Body: "中方稿未提及具体个案。"},
		{LinkID: &link.ID, Body: "China answers an accusation the EU words differently."},
		{AssessmentID: &verdicts[0].ID, Body: "Check against the EEAS press release."},
	}
	for i := range notes {
		if err := st.CreateNote(ctx, &notes[i]); err != nil {
			return err
		}
	}
	return nil
}

// Subtree returns the IDs of the topic at path and of its descendants
// that have statements in the sample.
func (p *Project) Subtree(path string) []int64 {
	var out []int64
	for k, t := range p.Topics {
		if k == path || strings.HasPrefix(k, path+storage.TopicPathSep) {
			out = append(out, t.ID)
		}
	}
	return out
}
