// Package storagetest makes projects for tests and benchmarks: a generator
// of made-up statements at any scale, kept out of the storage package so
// that it never ships in the binary.
package storagetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"

	"parley/storage"
)

// GenerateProject fills an empty project with n made-up statements shaped
// like real ones, for benchmarks and for trying the GUI at scale: 100
// dialogues in three series, about 60 topics in a tree, four parties of
// which each dialogue seats two to four, speakers, 24 tags, a few joint
// statements, notes, links and assessments. Statements are English
// sentences from a diplomatic vocabulary, one in twenty Chinese; topics
// are skewed as in real readouts, so a dialogue has a few crowded topics
// and many small ones. The same n always gives the same project.
func GenerateProject(ctx context.Context, s *storage.Store, n int, progress storage.BulkProgress) error {
	g := generator{s: s, rnd: rand.New(rand.NewPCG(uint64(n), 39))}
	if err := g.vocabulary(ctx); err != nil {
		return fmt.Errorf("generate project: %w", err)
	}
	if err := g.statements(ctx, n, progress); err != nil {
		return fmt.Errorf("generate project: %w", err)
	}
	if err := g.annotations(ctx); err != nil {
		return fmt.Errorf("generate project: %w", err)
	}
	return nil
}

type generator struct {
	s         *storage.Store
	rnd       *rand.Rand
	dialogues []storage.Dialogue
	seats     map[int64][]storage.Party // dialogue → its parties
	parties   []storage.Party
	speakers  map[int64][]int64 // party → speakers
	topics    []int64
	tags      []int64
	sample    []int64 // statement ids to annotate
}

var (
	genParties = []storage.Party{{Name: "China", ShortName: "CN", Color: "#de2910"},
		{Name: "European Union", ShortName: "EU", Color: "#003399"},
		{Name: "United States", ShortName: "US", Color: "#3c3b6e"},
		{Name: "African Union", ShortName: "AU", Color: "#078930"}}
	genTopics = map[string][]string{
		"Human rights":     {"Freedom of expression", "Freedom of religion", "Death penalty", "Human rights defenders", "Minority rights", "Labour rights"},
		"Regional issues":  {"Xinjiang", "Tibet", "Hong Kong", "Taiwan", "South China Sea", "Sahel"},
		"Development":      {"Poverty reduction", "Right to development", "Debt", "Infrastructure", "Public health"},
		"Rule of law":      {"Judicial independence", "Detention", "Anti-corruption", "Legal cooperation", "Due process"},
		"Trade":            {"Market access", "Forced labour in supply chains", "Subsidies", "Export controls", "Investment"},
		"Multilateralism":  {"United Nations", "Human Rights Council", "WTO reform", "Peacekeeping"},
		"Climate":          {"Emissions targets", "Climate finance", "Energy transition"},
		"Security":         {"Counter-terrorism", "Cyber security", "Non-proliferation", "Ukraine"},
		"Technology":       {"Artificial intelligence", "Data protection", "Surveillance"},
		"Dialogue process": {"Next round", "Site visits", "Individual cases"},
	}
	genTags = []string{"non-interference", "double standards", "sovereignty", "universality", "dialogue on equal footing",
		"individual case", "concern", "rebuttal", "common ground", "follow-up", "new position", "repeated position",
		"legal reform", "development first", "security framing", "economic leverage", "cooperation offer", "red line",
		"procedural", "vague commitment", "specific commitment", "reported by other side", "disputed fact", "quote"}
	genSubjects = []string{"The Chinese side", "The EU side", "The delegation", "The Assistant Minister", "The Director",
		"Both sides", "The head of delegation", "The Special Representative", "The Ambassador", "The United States"}
	genVerbs = []string{"stressed", "noted", "expressed concern about", "welcomed", "rejected", "urged progress on",
		"called for", "reiterated its position on", "underlined", "raised", "firmly opposed", "acknowledged",
		"proposed cooperation on", "reaffirmed its commitment to", "criticised", "asked for information on"}
	genObjects = []string{"the protection of human rights", "the rule of law", "the situation in the region",
		"individual cases of detained lawyers", "the freedom of religion or belief", "the right to development",
		"interference in internal affairs", "the universality of human rights", "the independence of the judiciary",
		"the rights of persons belonging to minorities", "forced labour", "the death penalty", "poverty reduction",
		"access for independent observers", "the work of the Human Rights Council", "transnational repression",
		"national security legislation", "the treatment of human rights defenders", "economic and social rights",
		"the implementation of recommendations", "arbitrary detention", "the protection of privacy online"}
	genTails = []string{"in accordance with international law", "on the basis of equality and mutual respect",
		"and asked for concrete follow-up", "which remains a priority", "as agreed in the previous round",
		"without double standards", "in line with national conditions", "and the need for transparency",
		"while respecting sovereignty", "through constructive dialogue", "and urged immediate action",
		"in the coming months", "as a matter of principle", "and shared its own experience"}
	genChinese = []string{"中方强调，人权问题不应政治化。", "双方同意继续举行中欧人权对话。", "欧方对新疆局势表示关切。",
		"中方介绍了在发展权方面取得的进展。", "双方就司法合作交换了意见。", "中方反对借人权问题干涉中国内政。",
		"欧方呼吁释放被拘留的人权捍卫者。", "双方同意在联合国人权理事会加强沟通。"}
)

func (g *generator) vocabulary(ctx context.Context) error {
	var series []storage.Series
	for _, name := range []string{"China-EU Human Rights Dialogue", "US-China Human Rights Dialogue", "AU-EU Human Rights Dialogue"} {
		sr := storage.Series{Name: name}
		if err := g.s.CreateSeries(ctx, &sr); err != nil {
			return err
		}
		series = append(series, sr)
	}
	g.seats, g.speakers = map[int64][]storage.Party{}, map[int64][]int64{}
	for i := range genParties {
		p := genParties[i]
		if err := g.s.CreateParty(ctx, &p); err != nil {
			return err
		}
		g.parties = append(g.parties, p)
		for k := range 3 {
			sp := storage.Speaker{Name: fmt.Sprintf("%s speaker %d", p.ShortName, k+1), Role: "Delegation member", PartyID: &p.ID}
			if err := g.s.CreateSpeaker(ctx, &sp); err != nil {
				return err
			}
			g.speakers[p.ID] = append(g.speakers[p.ID], sp.ID)
		}
	}
	for i := range 100 {
		sr := series[i%len(series)]
		d := storage.Dialogue{SeriesID: &sr.ID, Title: fmt.Sprintf("%s, round %d", sr.Name, i/3+1), Round: i/3 + 1,
			Place:     []string{"Brussels", "Beijing", "Chongqing", "Washington", "Addis Ababa"}[i%5],
			StartDate: fmt.Sprintf("%04d-%02d-%02d", 1990+i/3, 1+i%12, 1+i%28)}
		if err := g.s.CreateDialogue(ctx, &d); err != nil {
			return err
		}
		g.dialogues = append(g.dialogues, d)
		seats := 2 + g.rnd.IntN(3)
		g.seats[d.ID] = g.parties[:seats]
	}
	return g.topicTree(ctx)
}

func (g *generator) topicTree(ctx context.Context) error {
	roots := make([]string, 0, len(genTopics))
	for r := range genTopics {
		roots = append(roots, r)
	}
	slices.Sort(roots) // map order is random; the tree must not be

	for _, r := range roots {
		root := storage.Topic{Name: r, Keywords: strings.ToLower(r)}
		if err := g.s.CreateTopic(ctx, &root); err != nil {
			return err
		}
		g.topics = append(g.topics, root.ID)
		for _, c := range genTopics[r] {
			t := storage.Topic{Name: c, ParentID: &root.ID, Keywords: strings.ToLower(c)}
			if err := g.s.CreateTopic(ctx, &t); err != nil {
				return err
			}
			g.topics = append(g.topics, t.ID)
		}
	}
	for i, name := range genTags {
		t := storage.Tag{Name: name, Color: fmt.Sprintf("#%02x%02x%02x", 40+i*8, 200-i*6, 120+i*5)}
		if err := g.s.CreateTag(ctx, &t); err != nil {
			return err
		}
		g.tags = append(g.tags, t.ID)
	}
	return nil
}

// skewed picks an index below n, small ones far more often (about Zipf).
func (g *generator) skewed(n int) int {
	f := g.rnd.Float64()
	return min(n-1, int(float64(n)*f*f*f))
}

func (g *generator) statements(ctx context.Context, n int, progress storage.BulkProgress) error {
	const batch = 20000
	for done := 0; done < n; {
		rows := make([]storage.StatementInput, 0, min(batch, n-done))
		for len(rows) < cap(rows) {
			// Dialogue by dialogue, as imports come in.
			d := g.dialogues[(done+len(rows))*len(g.dialogues)/n]
			rows = append(rows, g.statement(d))
		}
		err := g.s.InsertStatements(ctx, rows, func(k, _ int) {
			if progress != nil {
				progress(done+k, n)
			}
		})
		if err != nil {
			return err
		}
		for i := 0; i < len(rows); i += 97 {
			g.sample = append(g.sample, rows[i].ID)
		}
		done += len(rows)
	}
	return nil
}

func (g *generator) statement(d storage.Dialogue) storage.StatementInput {
	seats := g.seats[d.ID]
	p := seats[g.rnd.IntN(len(seats))]
	parties := []int64{p.ID}
	kind := storage.Kinds[g.skewed(len(storage.Kinds))]
	if g.rnd.IntN(25) == 0 {
		parties = append(parties, seats[(g.rnd.IntN(len(seats)-1)+1+indexOf(seats, p.ID))%len(seats)].ID)
		kind = storage.KindAgreement
	}
	topic := g.topics[g.skewed(len(g.topics))]
	in := storage.StatementInput{Statement: storage.Statement{DialogueID: d.ID, TopicID: &topic, Kind: kind, Text: g.sentence(),
		ReportedByID: &seats[g.rnd.IntN(len(seats))].ID}, PartyIDs: parties}
	if sp := g.speakers[p.ID]; g.rnd.IntN(2) == 0 {
		in.SpeakerID = &sp[g.rnd.IntN(len(sp))]
	}
	for range g.rnd.IntN(3) {
		in.TagIDs = append(in.TagIDs, g.tags[g.skewed(len(g.tags))])
	}
	return in
}

func indexOf(ps []storage.Party, id int64) int {
	for i, p := range ps {
		if p.ID == id {
			return i
		}
	}
	return 0
}

func (g *generator) sentence() string {
	if g.rnd.IntN(20) == 0 {
		return genChinese[g.rnd.IntN(len(genChinese))]
	}
	pick := func(xs []string) string { return xs[g.skewed(len(xs))] }
	s := pick(genSubjects) + " " + pick(genVerbs) + " " + pick(genObjects)
	if g.rnd.IntN(3) > 0 {
		s += " " + pick(genTails)
	}
	if g.rnd.IntN(4) == 0 {
		s += ", and " + pick(genVerbs) + " " + pick(genObjects)
	}
	return s + "."
}

// annotations adds notes, links and assessments to a sample of the
// statements.
func (g *generator) annotations(ctx context.Context) error {
	for i, id := range g.sample {
		if i%3 == 0 {
			n := storage.Note{StatementID: &id, Body: "Compare with the other side's readout: " + g.sentence()}
			if err := g.s.CreateNote(ctx, &n); err != nil {
				return err
			}
		}
		if i > 0 && i%5 == 0 {
			l := storage.Link{FromID: id, ToID: g.sample[i-1], Type: storage.LinkTypes[g.rnd.IntN(len(storage.LinkTypes))]}
			if err := g.s.CreateLink(ctx, &l); err != nil {
				return err
			}
		}
	}
	for _, d := range g.dialogues {
		for _, t := range g.topics[:8] {
			a := storage.Assessment{DialogueID: d.ID, TopicID: t, Verdict: storage.Verdicts[g.rnd.IntN(len(storage.Verdicts))], Text: "Positions " + g.sentence()}
			if err := g.s.SetAssessment(ctx, &a); err != nil {
				return err
			}
		}
	}
	return nil
}

// StatementInputs makes n statements shaped like GenerateProject's, with
// their vocabulary created in s (an empty project) but the statements not
// stored: the input of a benchmark of inserting them. The same n and seed
// always give the same statements.
func StatementInputs(ctx context.Context, s *storage.Store, n int, seed uint64) ([]storage.StatementInput, error) {
	g := generator{s: s, rnd: rand.New(rand.NewPCG(seed, seed))}
	if err := g.vocabulary(ctx); err != nil {
		return nil, fmt.Errorf("generate statements: %w", err)
	}
	out := make([]storage.StatementInput, n)
	for i := range out {
		out[i] = g.statement(g.dialogues[i*len(g.dialogues)/n])
	}
	return out, nil
}
