package evolutiontest

import (
	"context"
	"fmt"
	"sort"

	"parley/storage"
)

// The topics the generator adds after the o.Topics of the threads.
const (
	topicGeneral = iota
	topicCases
	topicProcess
	extraTopics
)

func (g *gen) extraTopic(k int) int { return g.o.Topics + k }

func (g *gen) addExtraTopics() {
	for k, name := range []string{"General remarks", "Individual cases", "Dialogue process"} {
		g.p.Topics = append(g.p.Topics, storage.Topic{ID: int64(g.o.Topics + k + 1), Name: name, Position: g.o.Topics + k + 1})
	}
}

// formulas puts each formula active in round r into a statement of its
// party on general remarks, in a context that changes from round to round.
func (g *gen) formulas(r int) {
	for _, f := range genFormulas {
		if float64(r) < f.from*float64(g.o.Rounds) || float64(r) >= f.to*float64(g.o.Rounds) {
			continue
		}
		verbs := genVerbs[f.party]
		text := fmt.Sprintf("%s %s when discussing %s.", verbs[g.rnd.IntN(len(verbs)-1)], f.phrase, genObjects[g.rnd.IntN(len(genObjects))])
		g.add(r, g.extraTopic(topicGeneral), f.party, text)
		g.phraseRound(int64(f.party+1), f.phrase, r)
	}
}

func (g *gen) phraseRound(party int64, phrase string, r int) {
	for i := range g.p.Truth.Phrases {
		if p := &g.p.Truth.Phrases[i]; p.Party == party && p.Phrase == phrase {
			p.Rounds = append(p.Rounds, r)
			return
		}
	}
	g.p.Truth.Phrases = append(g.p.Truth.Phrases, TruePhrase{Party: party, Phrase: phrase, Rounds: []int{r}})
}

// cases raises each person in a run of rounds of its own, and China
// answers each time (a responds-to link, no case word).
func (g *gen) cases(r int) {
	for i, name := range genNames {
		start := (i * 7919) % max(1, g.o.Rounds-2)
		n := 2 + (i*31)%9
		if r < start || r >= start+n {
			continue
		}
		eu := g.add(r, g.extraTopic(topicCases), 0, fmt.Sprintf("The EU raised the case of %s %s, detained since %d, and called for the release.",
			genRoles[i%len(genRoles)], name, 1980+r))
		cn := g.add(r, g.extraTopic(topicCases), 1, fmt.Sprintf("China said that %s had been dealt with according to law.", name))
		g.p.Links = append(g.p.Links, storage.Link{FromID: cn, ToID: eu, Type: storage.LinkRespondsTo})
		g.caseRound(name, r)
	}
}

func (g *gen) caseRound(name string, r int) {
	for i := range g.p.Truth.Cases {
		if c := &g.p.Truth.Cases[i]; c.Name == name {
			c.Rounds = append(c.Rounds, r)
			return
		}
	}
	g.p.Truth.Cases = append(g.p.Truth.Cases, TrueCase{Name: name, Party: 1, Rounds: []int{r}})
}

// nextRound agrees where the next round will be held, which it then is.
func (g *gen) nextRound(r int) {
	if r+1 >= g.o.Rounds {
		return
	}
	id := g.add(r, g.extraTopic(topicProcess), 0, fmt.Sprintf("Both sides agreed to hold the next round of the dialogue in %s in %d.",
		g.p.Rounds[r+1].Place, 1991+r))
	g.p.Statements[id-1].Kind = storage.KindAgreement
	g.p.Truth.Commitments = append(g.p.Truth.Commitments, TrueCommitment{Statement: id, Status: storage.CommitmentKept, FollowUp: -1})
}

// Generate writes a generated series into the empty project st, with the
// IDs of the plan; it returns the plan.
func Generate(ctx context.Context, st *storage.Store, o GenOptions) (*Plan, error) {
	p := NewPlan(o)
	if err := p.Store(ctx, st); err != nil {
		return nil, fmt.Errorf("generate a series: %w", err)
	}
	return p, nil
}

// Store writes the plan into the empty project st.
func (p *Plan) Store(ctx context.Context, st *storage.Store) error {
	ser := storage.Series{Name: p.Series}
	if err := st.CreateSeries(ctx, &ser); err != nil {
		return err
	}
	for i := range p.Parties {
		if err := st.CreateParty(ctx, &p.Parties[i]); err != nil {
			return err
		}
	}
	for i := range p.Topics {
		if err := st.CreateTopic(ctx, &p.Topics[i]); err != nil {
			return err
		}
	}
	for i := range p.Rounds {
		p.Rounds[i].SeriesID = &ser.ID
		if err := st.CreateDialogue(ctx, &p.Rounds[i]); err != nil {
			return err
		}
	}
	in := make([]storage.StatementInput, len(p.Statements))
	for i, v := range p.Statements {
		in[i] = storage.StatementInput{Statement: storage.Statement{DialogueID: v.DialogueID, TopicID: v.TopicID, Position: v.Position + 1,
			Kind: v.Kind, Text: v.Text, ReportedByID: v.ReportedByID}, PartyIDs: v.PartyIDs}
	}
	if err := st.InsertStatements(ctx, in, nil); err != nil {
		return err
	}
	for i := range in {
		if in[i].ID != p.Statements[i].ID {
			return fmt.Errorf("statement %d stored as %d: the project was not empty", p.Statements[i].ID, in[i].ID)
		}
	}
	for i := range p.Links {
		if err := st.CreateLink(ctx, &p.Links[i]); err != nil {
			return err
		}
	}
	return nil
}

// sortTruth orders the truth's lists for stable tests.
func (p *Plan) sortTruth() {
	sort.Slice(p.Truth.Phrases, func(i, j int) bool { return p.Truth.Phrases[i].Phrase < p.Truth.Phrases[j].Phrase })
}
