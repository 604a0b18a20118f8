package evolutiontest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"parley/storage"
)

// GenOptions size a generated series.
type GenOptions struct {
	Rounds  int    // rounds of the series (e.g. 50)
	Topics  int    // topics (at most len(genTopics) × 4 distinct names)
	Threads int    // lines of argument per topic and party when the series starts
	Seed    uint64 // the same options always give the same series
}

// Plan is a generated series before it is stored: its statements (with the
// IDs an empty project gives them) and what is true of them by
// construction, which the tests check the analyses against.
type Plan struct {
	Series     string
	Rounds     []storage.Dialogue // IDs 1..n
	Parties    []storage.Party    // IDs 1 (EU) and 2 (China)
	Topics     []storage.Topic    // IDs 1..n, flat
	Statements []storage.StatementView
	Links      []storage.Link
	Truth      Truth
}

// Truth is what the generator knows of its series.
type Truth struct {
	Pairs       []TruePair
	Phrases     []TruePhrase
	Cases       []TrueCase
	Commitments []TrueCommitment
}

// TruePair is one statement followed into the next round.
type TruePair struct {
	Party, Topic  int64
	Before, After int64  // 0 for new (Before) or dropped (After)
	Change        string // repeated, reworded, new, dropped
}

// TruePhrase is a formula a party used in the given rounds (indexes).
type TruePhrase struct {
	Party  int64
	Phrase string
	Rounds []int
}

// TrueCase is a person one party raised in the given rounds (indexes).
type TrueCase struct {
	Name   string
	Party  int64
	Rounds []int
}

// TrueCommitment is a commitment with the status its next round gives it
// and the statement that follows it up (0: none).
type TrueCommitment struct {
	Statement int64
	Status    string
	FollowUp  int64
}

var (
	genTopics   = []string{"Death penalty", "Xinjiang", "Tibet", "Hong Kong", "Freedom of expression", "Freedom of religion", "Labour rights", "Migration", "Poverty reduction", "Rule of law"}
	genSuffixes = []string{"", " (law)", " (practice)", " (cooperation)"}
	genObjects  = []string{"the independence of lawyers", "access for independent observers", "the closure of boarding schools", "the protection of minority languages",
		"restrictions on online speech", "the registration of places of worship", "the ratification of labour conventions", "the treatment of migrants at borders",
		"rural pensions", "the publication of court rulings", "the right to a fair trial", "the use of facial recognition", "the release of statistics on executions",
		"consular access for citizens", "visits by special rapporteurs", "the work of trade unions", "the rights of persons with disabilities", "the status of women in employment",
		"collective bargaining", "the abolition of re-education", "the rights of the child", "compensation for wrongful convictions", "the access of journalists", "housing rights"}
	genVerbs = map[int][]string{0: {"The EU raised", "The EU urged progress on", "The EU asked about", "The EU called for respect for", "The EU will continue to press for"},
		1: {"China stressed", "China introduced progress on", "China explained its policy on", "China underlined", "China will continue to promote"}}
	genQualify  = []string{"as a matter of priority", "in line with international standards", "without further delay", "in law and in practice", "at national and local level", "through concrete steps"}
	genAdds     = []string{"including in rural areas", "in particular for women", "with the help of experts", "notably in the regions", "and asked for data"}
	genFormulas = []struct {
		party    int
		phrase   string
		from, to float64 // share of the series
	}{
		{1, "interference in internal affairs", 0, 1}, {1, "double standards", 0.2, 0.6}, {1, "whole-process people's democracy", 0.7, 1},
		{1, "candid and in-depth exchanges", 0, 1}, {0, "universality of human rights", 0, 1}, {0, "transnational repression", 0.8, 1},
		{0, "arbitrary detention", 0.1, 0.9},
	}
	genNames  = []string{"Ilham Tohti", "Gui Minhai", "Ding Jiaxi", "Xu Zhiyong", "Zhang Zhan", "Yu Wensheng", "Li Yuhan", "Huang Qi", "Tashi Wangchuk", "Rahile Dawut", "Gao Zhen", "Wang Quanzhang"}
	genRoles  = []string{"human rights lawyer", "journalist", "scholar", "human rights defender", "writer"}
	genPlaces = []string{"Brussels", "Chongqing", "Beijing", "Lhasa", "Geneva", "Madrid", "Berlin", "Guangzhou"}
)

// thread is one line of argument of a party on a topic, as last said.
type thread struct {
	party, topic int
	verb, object int
	qual, add    int // add: -1 for none
	prev         int64
}

// NewPlan generates a series of o.Rounds rounds between the EU and China:
// on each topic each party starts with o.Threads lines of argument, which
// from round to round are said again word for word (about half), reworded
// (a qualifier changed or a clause added), dropped, or joined by new ones;
// formulas come and go in set rounds, individual cases are raised in runs of
// rounds, and every round agrees where the next one will be held.
func NewPlan(o GenOptions) *Plan {
	g := &gen{o: o, rnd: rand.New(rand.NewPCG(o.Seed, uint64(o.Rounds))), p: &Plan{Series: fmt.Sprintf("Generated dialogue (%d rounds)", o.Rounds)},
		pending: map[int64]bool{}}
	g.vocabulary()
	g.addExtraTopics()
	g.threads()
	for r := range o.Rounds {
		g.round(r)
	}
	g.p.sortTruth()
	return g.p
}

type gen struct {
	o       GenOptions
	rnd     *rand.Rand
	p       *Plan
	live    []*thread
	objects int
	pending map[int64]bool // commitments not settled yet
}

func (g *gen) vocabulary() {
	g.p.Parties = []storage.Party{{ID: 1, Name: "European Union", ShortName: "EU", Color: "#003399"},
		{ID: 2, Name: "China", ShortName: "China", Color: "#de2910", Position: 1}}
	for i := range g.o.Topics {
		name := genTopics[i%len(genTopics)] + genSuffixes[(i/len(genTopics))%len(genSuffixes)]
		if i >= len(genTopics)*len(genSuffixes) {
			name += fmt.Sprintf(" %d", i)
		}
		g.p.Topics = append(g.p.Topics, storage.Topic{ID: int64(i + 1), Name: name, Position: i + 1})
	}
	for r := range g.o.Rounds {
		g.p.Rounds = append(g.p.Rounds, storage.Dialogue{ID: int64(r + 1), Round: r + 1, Title: fmt.Sprintf("Generated dialogue, round %d", r+1),
			Place: genPlaces[g.rnd.IntN(len(genPlaces))], StartDate: fmt.Sprintf("%04d-06-15", 1990+r)})
	}
}

func (g *gen) threads() {
	for t := range g.o.Topics {
		for party := range 2 {
			for range g.o.Threads {
				g.live = append(g.live, g.newThread(party, t))
			}
		}
	}
}

func (g *gen) newThread(party, topic int) *thread {
	g.objects++
	return &thread{party: party, topic: topic, verb: g.rnd.IntN(len(genVerbs[party])), object: g.objects % len(genObjects),
		qual: g.rnd.IntN(len(genQualify)), add: -1}
}

func (g *gen) text(t *thread) string {
	add := ""
	if t.add >= 0 {
		add = ", " + genAdds[t.add]
	}
	return fmt.Sprintf("%s %s in the field of %s, %s%s.", genVerbs[t.party][t.verb], genObjects[t.object],
		strings.ToLower(g.p.Topics[t.topic].Name), genQualify[t.qual], add)
}

// commits reports whether a thread's statements are commitments.
func commits(t *thread) bool { return t.verb == len(genVerbs[t.party])-1 }

// round writes round r: every live thread said again, reworded or dropped,
// new threads, the formulas, the cases and the next round's place.
func (g *gen) round(r int) {
	var kept []*thread
	for _, t := range g.live {
		change := "new"
		if r > 0 {
			switch x := g.rnd.Float64(); {
			case x < 0.1:
				g.p.Truth.Pairs = append(g.p.Truth.Pairs, TruePair{Party: int64(t.party + 1), Topic: int64(t.topic + 1), Before: t.prev, Change: "dropped"})
				g.commitment(t.prev, 0)
				continue
			case x < 0.4:
				g.reword(t)
				change = "reworded"
			default:
				change = "repeated"
			}
		}
		g.say(r, t, change)
		kept = append(kept, t)
	}
	if r > 0 { // as many new lines as dropped ones, on average
		for topic := range g.o.Topics {
			for party := range 2 {
				for range g.o.Threads {
					if g.rnd.IntN(10) == 0 {
						t := g.newThread(party, topic)
						g.say(r, t, "new")
						kept = append(kept, t)
					}
				}
			}
		}
	}
	g.live = kept
	g.formulas(r)
	g.cases(r)
	g.nextRound(r)
}

// reword changes a thread's qualifier or its added clause.
func (g *gen) reword(t *thread) {
	if g.rnd.IntN(2) == 0 {
		t.qual = (t.qual + 1 + g.rnd.IntN(len(genQualify)-1)) % len(genQualify)
		return
	}
	if t.add >= 0 {
		t.add = -1
		return
	}
	t.add = g.rnd.IntN(len(genAdds))
}

// say adds a thread's statement to round r and the truth of its pairing.
func (g *gen) say(r int, t *thread, change string) {
	id := g.add(r, t.topic, t.party, g.text(t))
	if r > 0 {
		p := TruePair{Party: int64(t.party + 1), Topic: int64(t.topic + 1), After: id, Change: change}
		if change != "new" {
			p.Before = t.prev
			g.commitment(t.prev, id)
		}
		g.p.Truth.Pairs = append(g.p.Truth.Pairs, p)
	}
	if commits(t) {
		g.pending[id] = true
	}
	t.prev = id
}

// commitment settles the commitment prev (if it was one) by its successor
// next (0: dropped).
func (g *gen) commitment(prev, next int64) {
	if !g.pending[prev] {
		return
	}
	delete(g.pending, prev)
	c := TrueCommitment{Statement: prev, Status: storage.CommitmentRepeated, FollowUp: next}
	if next == 0 {
		c.Status = storage.CommitmentNotMentioned
	}
	g.p.Truth.Commitments = append(g.p.Truth.Commitments, c)
}

// add appends a statement and returns its ID.
func (g *gen) add(r, topic, party int, text string) int64 {
	id := int64(len(g.p.Statements) + 1)
	tid, pid := int64(topic+1), int64(party+1)
	kind := storage.KindPosition
	if party == 0 {
		kind = storage.KindConcern
	}
	g.p.Statements = append(g.p.Statements, storage.StatementView{ID: id, DialogueID: int64(r + 1), TopicID: &tid,
		Position: int64(len(g.p.Statements)), Kind: kind, Text: text, PartyIDs: []int64{pid}, ReportedByID: &pid})
	return id
}
