package evolution

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"parley/storage"
)

// Round is one dialogue of a series, at its place in the series' order.
type Round struct {
	Index    int // 0-based place in Series.Rounds
	Dialogue storage.Dialogue
}

// Label names the round briefly: "39th round (2024)", or the dialogue's
// title when it has no round number.
func (r Round) Label() string {
	year := ""
	if len(r.Dialogue.StartDate) >= 4 {
		year = " (" + r.Dialogue.StartDate[:4] + ")"
	}
	if r.Dialogue.Round > 0 {
		return ordinal(r.Dialogue.Round) + " round" + year
	}
	return r.Dialogue.Title + year
}

// Short is the round's number or year alone, for narrow column heads and
// chart axes: "39", "2024", or the place in the series ("#3").
func (r Round) Short() string {
	switch {
	case r.Dialogue.Round > 0:
		return strconv.Itoa(r.Dialogue.Round)
	case len(r.Dialogue.StartDate) >= 4:
		return r.Dialogue.StartDate[:4]
	}
	return "#" + strconv.Itoa(r.Index+1)
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// Topic is a topic as the series' rows show it.
type Topic struct {
	ID    int64  // 0 for the statements without a topic
	Name  string // "Xinjiang"; NoTopicName for ID 0
	Path  string // "Regional issues/Xinjiang"
	Depth int    // 0 at the top of the tree
}

// NoTopicName names the row of the statements without a topic.
const NoTopicName = "(no topic)"

// Series is a series read once: its rounds in order, its parties in
// column order, its topics in tree order, every statement of its rounds,
// the links among them and the analyst's marks. The analyses are methods
// on it and only read it, so one Series may serve several goroutines.
type Series struct {
	Series     storage.Series
	Rounds     []Round
	Parties    []storage.Party
	Topics     []Topic                 // every topic of the project, tree order
	Statements []storage.StatementView // round by round, in dialogue order
	Links      []storage.Link          // links with both ends in the series
	Marks      Marks

	round   map[int64]int           // dialogue ID → round index
	byID    map[int64]int           // statement ID → index in Statements
	cells   map[cellKey][]int       // indexes into Statements
	byRound [][]int                 // round → indexes into Statements
	topicAt map[int64]int           // topic ID → index in Topics
	linksOf map[int64][]int         // statement ID → indexes into Links
	party   map[int64]storage.Party // party ID → party
	tree    []storage.Topic         // the topics as stored, tree order
	only    map[int64]bool          // the dialogues to read; nil: all
}

// cellKey is one party's statements on one topic in one round.
type cellKey struct {
	topic, party int64
	round        int
}

// ErrNoSeries is returned for a series name or ID the project lacks.
var ErrNoSeries = errors.New("no such series")

// FindSeries resolves a series by ID ("3") or name (case-insensitive). An
// empty ref picks the project's only series, or the one with the most
// rounds when there are several.
func FindSeries(ctx context.Context, st *storage.Store, ref string) (storage.Series, error) {
	all, err := st.AllSeries(ctx)
	if err != nil {
		return storage.Series{}, fmt.Errorf("find series: %w", err)
	}
	if ref == "" {
		return busiest(ctx, st, all)
	}
	for _, s := range all {
		if strings.EqualFold(s.Name, ref) || strconv.FormatInt(s.ID, 10) == ref {
			return s, nil
		}
	}
	return storage.Series{}, fmt.Errorf("%w %q", ErrNoSeries, ref)
}

func busiest(ctx context.Context, st *storage.Store, all []storage.Series) (storage.Series, error) {
	if len(all) == 0 {
		return storage.Series{}, fmt.Errorf("%w: the project has no series (give its dialogues one in Dialogues…)", ErrNoSeries)
	}
	ds, err := st.Dialogues(ctx)
	if err != nil {
		return storage.Series{}, fmt.Errorf("find series: %w", err)
	}
	n := map[int64]int{}
	for _, d := range ds {
		if d.SeriesID != nil {
			n[*d.SeriesID]++
		}
	}
	best := all[0]
	for _, s := range all[1:] {
		if n[s.ID] > n[best.ID] {
			best = s
		}
	}
	return best, nil
}

// Load reads the series seriesID in one read transaction: its dialogues
// ordered by round number, then date, then ID; the statements of each; the
// links among them; the parties, topics and the analyst's marks.
func Load(ctx context.Context, st *storage.Store, seriesID int64) (*Series, error) {
	return LoadRounds(ctx, st, seriesID, nil)
}

// LoadRounds is Load of the series' dialogues among dialogueIDs only (a
// report's selection); empty dialogueIDs reads them all.
func LoadRounds(ctx context.Context, st *storage.Store, seriesID int64, dialogueIDs []int64) (*Series, error) {
	s := &Series{}
	if len(dialogueIDs) > 0 {
		s.only = map[int64]bool{}
		for _, id := range dialogueIDs {
			s.only[id] = true
		}
	}
	err := st.Read(ctx, func(ctx context.Context) error { return s.read(ctx, st, seriesID) })
	if err != nil {
		return nil, fmt.Errorf("read series %d: %w", seriesID, err)
	}
	s.index()
	return s, nil
}

func (s *Series) read(ctx context.Context, st *storage.Store, seriesID int64) error {
	all, err := st.AllSeries(ctx)
	if err != nil {
		return err
	}
	for _, x := range all {
		if x.ID == seriesID {
			s.Series = x
		}
	}
	if s.Series.ID == 0 {
		return fmt.Errorf("%w %d", ErrNoSeries, seriesID)
	}
	if err := s.readRounds(ctx, st); err != nil {
		return err
	}
	if s.Parties, err = st.Parties(ctx); err != nil {
		return err
	}
	if err := s.readTopics(ctx, st); err != nil {
		return err
	}
	if err := s.readStatements(ctx, st); err != nil {
		return err
	}
	s.Marks, err = readMarks(ctx, st)
	return err
}

func (s *Series) readRounds(ctx context.Context, st *storage.Store) error {
	ds, err := st.Dialogues(ctx)
	if err != nil {
		return err
	}
	var mine []storage.Dialogue
	for _, d := range ds {
		if d.SeriesID != nil && *d.SeriesID == s.Series.ID && (s.only == nil || s.only[d.ID]) {
			mine = append(mine, d)
		}
	}
	sort.SliceStable(mine, func(i, j int) bool { return roundBefore(mine[i], mine[j]) })
	for i, d := range mine {
		s.Rounds = append(s.Rounds, Round{Index: i, Dialogue: d})
	}
	return nil
}

// roundBefore orders dialogues by round number (numbered ones first), then
// start date, then ID.
func roundBefore(a, b storage.Dialogue) bool {
	if (a.Round > 0) != (b.Round > 0) {
		return a.Round > 0
	}
	if a.Round != b.Round {
		return a.Round < b.Round
	}
	if a.StartDate != b.StartDate {
		return a.StartDate < b.StartDate
	}
	return a.ID < b.ID
}

func (s *Series) readTopics(ctx context.Context, st *storage.Store) error {
	ts, err := st.Topics(ctx)
	if err != nil {
		return err
	}
	s.tree = ts
	paths, err := st.TopicPaths(ctx)
	if err != nil {
		return err
	}
	for _, t := range ts {
		p := paths[t.ID]
		s.Topics = append(s.Topics, Topic{ID: t.ID, Name: t.Name, Path: p, Depth: strings.Count(p, storage.TopicPathSep)})
	}
	s.Topics = append(s.Topics, Topic{Name: NoTopicName, Path: NoTopicName})
	return nil
}

func (s *Series) readStatements(ctx context.Context, st *storage.Store) error {
	in := map[int64]bool{}
	for _, r := range s.Rounds {
		vs, err := st.StatementViews(ctx, storage.StatementFilter{DialogueID: r.Dialogue.ID}, 0)
		if err != nil {
			return err
		}
		for _, v := range vs {
			in[v.ID] = true
		}
		s.Statements = append(s.Statements, vs...)
	}
	if len(s.Rounds) == 0 {
		return nil
	}
	seen := map[int64]bool{}
	for _, r := range s.Rounds {
		ls, err := st.Links(ctx, r.Dialogue.ID)
		if err != nil {
			return err
		}
		for _, l := range ls {
			if in[l.FromID] && in[l.ToID] && !seen[l.ID] {
				seen[l.ID] = true
				s.Links = append(s.Links, l)
			}
		}
	}
	return nil
}

// index builds the maps the analyses look things up in.
func (s *Series) index() {
	s.round = make(map[int64]int, len(s.Rounds))
	for i, r := range s.Rounds {
		s.round[r.Dialogue.ID] = i
	}
	s.party = make(map[int64]storage.Party, len(s.Parties))
	for _, p := range s.Parties {
		s.party[p.ID] = p
	}
	s.topicAt = make(map[int64]int, len(s.Topics))
	for i, t := range s.Topics {
		s.topicAt[t.ID] = i
	}
	s.byID = make(map[int64]int, len(s.Statements))
	s.cells = map[cellKey][]int{}
	s.byRound = make([][]int, len(s.Rounds))
	for i, v := range s.Statements {
		s.byID[v.ID] = i
		s.byRound[s.round[v.DialogueID]] = append(s.byRound[s.round[v.DialogueID]], i)
		for _, p := range Holders(v) {
			k := cellKey{topic: topicOf(v), party: p, round: s.round[v.DialogueID]}
			s.cells[k] = append(s.cells[k], i)
		}
	}
	s.linksOf = map[int64][]int{}
	for i, l := range s.Links {
		s.linksOf[l.FromID] = append(s.linksOf[l.FromID], i)
		s.linksOf[l.ToID] = append(s.linksOf[l.ToID], i)
	}
}

// Holders are the parties whose column a statement shows in: the parties
// that hold it, or the reporting party when none is set.
func Holders(v storage.StatementView) []int64 {
	if len(v.PartyIDs) > 0 || v.ReportedByID == nil {
		return v.PartyIDs
	}
	return []int64{*v.ReportedByID}
}

func topicOf(v storage.StatementView) int64 {
	if v.TopicID == nil {
		return 0
	}
	return *v.TopicID
}

// Statement returns the statement id of the series, and whether it is one.
func (s *Series) Statement(id int64) (storage.StatementView, bool) {
	i, ok := s.byID[id]
	if !ok {
		return storage.StatementView{}, false
	}
	return s.Statements[i], true
}

// RoundOf is the round index of a statement of the series, -1 for others.
func (s *Series) RoundOf(statementID int64) int {
	i, ok := s.byID[statementID]
	if !ok {
		return -1
	}
	return s.round[s.Statements[i].DialogueID]
}

// Party returns a party of the project by ID.
func (s *Series) Party(id int64) (storage.Party, bool) {
	p, ok := s.party[id]
	return p, ok
}

// PartyName is a party's short name, or its name, or "party N".
func (s *Series) PartyName(id int64) string {
	p, ok := s.party[id]
	switch {
	case !ok:
		return "party " + strconv.FormatInt(id, 10)
	case p.ShortName != "":
		return p.ShortName
	}
	return p.Name
}

// Cell returns party's statements on topic (0: no topic) in round, in
// dialogue order.
func (s *Series) Cell(topicID, partyID int64, round int) []storage.StatementView {
	idx := s.cells[cellKey{topic: topicID, party: partyID, round: round}]
	out := make([]storage.StatementView, len(idx))
	for i, j := range idx {
		out[i] = s.Statements[j]
	}
	return out
}

// LinksOf lists the links of the series from or to a statement.
func (s *Series) LinksOf(statementID int64) []storage.Link {
	idx := s.linksOf[statementID]
	out := make([]storage.Link, len(idx))
	for i, j := range idx {
		out[i] = s.Links[j]
	}
	return out
}

// Topic returns the topic id (0: the row without a topic).
func (s *Series) Topic(id int64) Topic {
	if i, ok := s.topicAt[id]; ok {
		return s.Topics[i]
	}
	return Topic{ID: id, Name: NoTopicName, Path: NoTopicName}
}
