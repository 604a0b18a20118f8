package evolution

import (
	"sort"
	"strings"

	"parley/storage"
)

// Case is one entry of the register of individual cases: a person or case
// that statements of the series raise.
type Case struct {
	ID          int64    // the register's case; 0 when only detected
	Name        string   // the register's name, or the spelling met first
	Spellings   []string // the other names merged into it (registered or met)
	Description string
	Mentions    []Mention // in round order, then dialogue order
	// Raised holds, per party that holds a mentioning statement, the
	// rounds it raised the case in, in the table's party order.
	Raised []Raised
}

// Mention is one statement that raises a case.
type Mention struct {
	Statement *storage.StatementView // points into Series.Statements
	Round     int
	Name      string // the name as the statement writes it; "" for a manual mention that does not
	Manual    bool   // added by the analyst
	Answers   []Answer
}

// Answer is a statement of another party linked to a mention: what the
// other side answered.
type Answer struct {
	Link      storage.Link
	Statement *storage.StatementView
}

// Raised says in which rounds one party raised a case.
type Raised struct {
	PartyID int64
	Rounds  []bool // per round of the series
}

// RaisedIn lists the round indexes of r.
func (r Raised) RaisedIn() []int {
	var out []int
	for i, in := range r.Rounds {
		if in {
			out = append(out, i)
		}
	}
	return out
}

// Cases builds the register: the names DetectNames finds in the series'
// statements (the project's speakers left out), grouped by the register's
// spellings (a name that is a case's name or one of its spellings belongs
// to it), the analyst's manual mentions added and excluded ones removed.
// Cases come by the number of rounds they were raised in, then by name;
// registered cases without a mention are listed last.
func (s *Series) Cases() []Case {
	reg := s.register()
	for i := range s.Statements {
		v := &s.Statements[i]
		for _, n := range DetectNames(v.Text, reg.skip) {
			c := reg.caseFor(n)
			if !reg.excluded[[2]int64{c.ID, v.ID}] {
				reg.mention(c, Mention{Statement: v, Round: s.round[v.DialogueID], Name: n})
			}
		}
	}
	for _, m := range s.Marks.CaseMentions {
		i, ok := s.byID[m.StatementID]
		c := reg.byID[m.CaseID]
		if !ok || c == nil || m.State != storage.MentionManual {
			continue
		}
		v := &s.Statements[i]
		reg.mention(c, Mention{Statement: v, Round: s.round[v.DialogueID], Manual: true})
	}
	return s.finish(reg)
}

// register is the cases being built, keyed by name.
type register struct {
	byKey    map[string]*Case // the names met that are not registered
	byID     map[int64]*Case
	order    []*Case
	excluded map[[2]int64]bool
	skip     map[string]bool
	seen     map[*Case]map[int64]bool // statements already mentioned
	names    registeredNames
}

func (s *Series) register() *register {
	r := &register{byKey: map[string]*Case{}, byID: map[int64]*Case{}, excluded: map[[2]int64]bool{},
		skip: map[string]bool{}, seen: map[*Case]map[int64]bool{}}
	count := map[int64]int{} // to size each list first: a case may have a million
	for _, n := range s.Marks.CaseNames {
		count[n.CaseID]++
	}
	spellings := make(map[int64][]string, len(count))
	for id, k := range count {
		spellings[id] = make([]string, 0, k)
	}
	for _, n := range s.Marks.CaseNames {
		spellings[n.CaseID] = append(spellings[n.CaseID], n.Name)
	}
	for _, c := range s.Marks.Cases {
		x := &Case{ID: c.ID, Name: c.Name, Description: c.Description, Spellings: spellings[c.ID]}
		r.byID[c.ID] = x
		r.order = append(r.order, x)
	}
	r.names.build(r.order)
	for _, m := range s.Marks.CaseMentions {
		if m.State == storage.MentionExcluded {
			r.excluded[[2]int64{m.CaseID, m.StatementID}] = true
		}
	}
	for _, v := range s.Statements {
		if v.SpeakerName != "" {
			r.skip[NameKey(v.SpeakerName)] = true
		}
	}
	return r
}

// caseFor is the case a detected name belongs to, made when new: the case
// of that name or spelling, else a registered case whose name or spelling
// holds the name as whole words or is held by it ("Panchen Lama" and the
// analyst's "11th Panchen Lama").
func (r *register) caseFor(name string) *Case {
	k := NameKey(name)
	c, ok := r.names.lookup(k)
	if !ok {
		c, ok = r.byKey[k]
	}
	if !ok {
		c, ok = r.names.around(k)
	}
	if ok {
		if NameKey(c.Name) != k && !contains(c.Spellings, name) {
			c.Spellings = append(c.Spellings, name)
		}
		return c
	}
	c = &Case{Name: name}
	r.byKey[k] = c
	r.order = append(r.order, c)
	return c
}

func (r *register) mention(c *Case, m Mention) {
	if r.seen[c] == nil {
		r.seen[c] = map[int64]bool{}
	}
	if r.seen[c][m.Statement.ID] {
		return
	}
	r.seen[c][m.Statement.ID] = true
	c.Mentions = append(c.Mentions, m)
}

// finish sorts the mentions, finds the answers and who raised each case.
func (s *Series) finish(r *register) []Case {
	var out []Case
	for _, c := range r.order {
		if len(c.Mentions) == 0 && c.ID == 0 {
			continue
		}
		sort.SliceStable(c.Mentions, func(i, j int) bool {
			a, b := c.Mentions[i], c.Mentions[j]
			if a.Round != b.Round {
				return a.Round < b.Round
			}
			return a.Statement.Position < b.Statement.Position
		})
		for i := range c.Mentions {
			c.Mentions[i].Answers = s.answers(c.Mentions[i].Statement)
		}
		c.Raised = s.raised(c.Mentions)
		out = append(out, *c)
	}
	sort.SliceStable(out, func(i, j int) bool {
		ri, rj := roundsRaised(out[i]), roundsRaised(out[j])
		if (ri == 0) != (rj == 0) || ri != rj {
			return ri > rj
		}
		return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name)
	})
	return out
}

// answers lists the statements linked to v that another party holds.
func (s *Series) answers(v *storage.StatementView) []Answer {
	var out []Answer
	for _, l := range s.LinksOf(v.ID) {
		other, ok := s.byID[l.FromID+l.ToID-v.ID]
		if !ok {
			continue
		}
		o := &s.Statements[other]
		if !sharesHolder(*v, *o) {
			out = append(out, Answer{Link: l, Statement: o})
		}
	}
	return out
}

func sharesHolder(a, b storage.StatementView) bool {
	for _, p := range Holders(a) {
		for _, q := range Holders(b) {
			if p == q {
				return true
			}
		}
	}
	return false
}

func (s *Series) raised(ms []Mention) []Raised {
	by := map[int64][]bool{}
	for _, m := range ms {
		for _, p := range Holders(*m.Statement) {
			if by[p] == nil {
				by[p] = make([]bool, len(s.Rounds))
			}
			by[p][m.Round] = true
		}
	}
	var out []Raised
	for _, p := range s.Parties {
		if rs, ok := by[p.ID]; ok {
			out = append(out, Raised{PartyID: p.ID, Rounds: rs})
		}
	}
	return out
}

func roundsRaised(c Case) int {
	in := map[int]bool{}
	for _, m := range c.Mentions {
		in[m.Round] = true
	}
	return len(in)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
