package report

import (
	"context"
	"fmt"
	"sort"

	"parley/app/evolution"
	"parley/storage"
)

// Data is a selection read from a project: the selected statements and
// everything they refer to, and nothing of the statements left out.
type Data struct {
	Options     Options
	Tags        []storage.Tag           // the tags Options.Tags names
	Dialogues   []storage.Dialogue      // chronological
	Parties     []storage.Party         // the report's columns, in column order
	AllParties  map[int64]storage.Party // every party, for names of holders and reporters
	Topics      []storage.Topic         // every topic, parents first
	Paths       map[int64]string        // topic ID → path
	TopicSet    map[int64]bool          // selected topics with subtopics; nil selects all
	Statements  []storage.StatementView // dialogue by dialogue, in dialogue order
	Times       map[int64]storage.StatementTime
	Assessments []storage.Assessment     // of the selected dialogues and topics
	Links       []storage.Link           // with at least one end selected
	Notes       []storage.Note           // when Options.Notes: of selected statements, links and assessments
	Sources     map[int64]storage.Source // the sources the statements cite
	Series      []*evolution.Series      // when Options.AcrossRounds: each series with two selected rounds or more

	// rowsOnly leaves out links and assessments, which a CSV of statements
	// does not show: at 100k statements reading them was a tenth of the
	// CSV export.
	rowsOnly bool
}

// Progress is told how far a long export is, from 0 to 1.
type Progress func(done float64)

// Load reads the selection o from st. Unknown IDs in o are errors.
func Load(ctx context.Context, st *storage.Store, o Options, progress Progress) (*Data, error) {
	return load(ctx, st, o, progress, false)
}

// load is Load; rowsOnly leaves Links and Assessments empty.
func load(ctx context.Context, st *storage.Store, o Options, progress Progress, rowsOnly bool) (*Data, error) {
	if progress == nil {
		progress = func(float64) {}
	}
	d := &Data{Options: o, AllParties: map[int64]storage.Party{}, Sources: map[int64]storage.Source{},
		Times: map[int64]storage.StatementTime{}, rowsOnly: rowsOnly}
	if err := d.loadVocabulary(ctx, st); err != nil {
		return nil, err
	}
	if err := d.loadDialogues(ctx, st, progress); err != nil {
		return nil, err
	}
	if len(o.Parties) == 0 {
		d.Parties = partiesInvolved(d.Parties, d.Statements)
	}
	if err := d.loadNotes(ctx, st); err != nil {
		return nil, err
	}
	if err := d.loadSources(ctx, st); err != nil {
		return nil, err
	}
	if o.AcrossRounds && !rowsOnly {
		if err := d.loadSeries(ctx, st); err != nil {
			return nil, err
		}
	}
	progress(0.9)
	return d, nil
}

func (d *Data) loadVocabulary(ctx context.Context, st *storage.Store) error {
	all, err := st.Dialogues(ctx)
	if err != nil {
		return fmt.Errorf("read dialogues: %w", err)
	}
	if d.Dialogues, err = pick(all, d.Options.Dialogues, func(x storage.Dialogue) int64 { return x.ID }, "dialogue"); err != nil {
		return err
	}
	sort.SliceStable(d.Dialogues, func(i, j int) bool {
		a, b := d.Dialogues[i], d.Dialogues[j]
		if a.StartDate != b.StartDate {
			return a.StartDate < b.StartDate
		}
		if a.Round != b.Round {
			return a.Round < b.Round
		}
		return a.ID < b.ID
	})
	parties, err := st.Parties(ctx)
	if err != nil {
		return fmt.Errorf("read parties: %w", err)
	}
	for _, p := range parties {
		d.AllParties[p.ID] = p
	}
	if d.Parties, err = pick(parties, d.Options.Parties, func(x storage.Party) int64 { return x.ID }, "party"); err != nil {
		return err
	}
	if d.Topics, err = st.Topics(ctx); err != nil {
		return fmt.Errorf("read topics: %w", err)
	}
	d.Paths = storage.TopicPathMap(d.Topics)
	if len(d.Options.Tags) > 0 {
		tags, err := st.Tags(ctx)
		if err != nil {
			return fmt.Errorf("read tags: %w", err)
		}
		if d.Tags, err = pick(tags, d.Options.Tags, func(x storage.Tag) int64 { return x.ID }, "tag"); err != nil {
			return err
		}
	}
	if len(d.Options.Topics) > 0 {
		if d.TopicSet, err = subtrees(d.Topics, d.Options.Topics); err != nil {
			return err
		}
	}
	return nil
}

// partiesInvolved keeps the parties that hold or report one of the
// statements, in their order: a project gathers the parties of all its
// dialogues, and a report of one dialogue with a column for each of them
// squeezes its two sides into slivers. With no statements all are kept.
func partiesInvolved(parties []storage.Party, vs []storage.StatementView) []storage.Party {
	used := map[int64]bool{}
	for _, v := range vs {
		for _, id := range v.PartyIDs {
			used[id] = true
		}
		if v.ReportedByID != nil {
			used[*v.ReportedByID] = true
		}
	}
	if len(used) == 0 {
		return parties
	}
	var out []storage.Party
	for _, p := range parties {
		if used[p.ID] {
			out = append(out, p)
		}
	}
	return out
}

// pick keeps the items whose IDs are in ids, in all's order; empty ids
// keeps all.
func pick[T any](all []T, ids []int64, id func(T) int64, what string) ([]T, error) {
	if len(ids) == 0 {
		return all, nil
	}
	want := map[int64]bool{}
	for _, i := range ids {
		want[i] = true
	}
	var out []T
	for _, x := range all {
		if want[id(x)] {
			out = append(out, x)
			delete(want, id(x))
		}
	}
	for i := range want {
		return nil, fmt.Errorf("no %s with ID %d in this project", what, i)
	}
	return out, nil
}

// subtrees is the set of the roots and all their descendants.
func subtrees(topics []storage.Topic, roots []int64) (map[int64]bool, error) {
	kids := map[int64][]int64{}
	known := map[int64]bool{}
	for _, t := range topics {
		known[t.ID] = true
		if t.ParentID != nil {
			kids[*t.ParentID] = append(kids[*t.ParentID], t.ID)
		}
	}
	set := map[int64]bool{}
	var walk func(int64)
	walk = func(id int64) {
		if set[id] {
			return
		}
		set[id] = true
		for _, k := range kids[id] {
			walk(k)
		}
	}
	for _, r := range roots {
		if !known[r] {
			return nil, fmt.Errorf("no topic with ID %d in this project", r)
		}
		walk(r)
	}
	return set, nil
}

func (d *Data) filter(dialogueID int64) storage.StatementFilter {
	f := storage.StatementFilter{DialogueID: dialogueID, TagIDs: d.Options.Tags}
	for id := range d.TopicSet {
		f.TopicIDs = append(f.TopicIDs, id)
	}
	if len(d.Options.Parties) > 0 { // otherwise every statement, even one no party holds
		for _, p := range d.Parties {
			f.PartyIDs = append(f.PartyIDs, p.ID)
		}
	}
	return f
}

// loadLinks keeps the links with a selected end, once each (a link across
// rounds belongs to two dialogues).
func (d *Data) loadLinks(ctx context.Context, st *storage.Store, selected map[int64]bool) error {
	o := d.Options
	if len(o.Dialogues) == 0 && len(o.Tags) == 0 && len(o.Topics) == 0 && len(o.Parties) == 0 {
		return d.loadAllLinks(ctx, st)
	}
	seen := map[int64]bool{}
	for _, dlg := range d.Dialogues {
		ls, err := st.Links(ctx, dlg.ID)
		if err != nil {
			return fmt.Errorf("links of dialogue %d: %w", dlg.ID, err)
		}
		for _, l := range ls {
			if !seen[l.ID] && (selected[l.FromID] || selected[l.ToID]) {
				seen[l.ID] = true
				d.Links = append(d.Links, l)
			}
		}
	}
	return nil
}

// loadAllLinks is loadLinks when every statement is selected: one query
// instead of one per dialogue, the links in the order loadLinks gives
// them (by the first dialogue in report order that holds one of their
// ends, then by ID).
func (d *Data) loadAllLinks(ctx context.Context, st *storage.Store) error {
	ls, err := st.Links(ctx, 0)
	if err != nil {
		return fmt.Errorf("read links: %w", err)
	}
	rank := make(map[int64]int, len(d.Dialogues))
	for i, dlg := range d.Dialogues {
		rank[dlg.ID] = i
	}
	at := make(map[int64]int, len(d.Statements))
	for _, s := range d.Statements {
		at[s.ID] = rank[s.DialogueID]
	}
	first := func(l storage.Link) int { return min(at[l.FromID], at[l.ToID]) }
	sort.SliceStable(ls, func(i, j int) bool { return first(ls[i]) < first(ls[j]) })
	d.Links = append(d.Links, ls...)
	return nil
}

func (d *Data) loadNotes(ctx context.Context, st *storage.Store) error {
	selected := make(map[int64]bool, len(d.Statements))
	for _, s := range d.Statements {
		selected[s.ID] = true
	}
	if !d.rowsOnly {
		if err := d.loadLinks(ctx, st, selected); err != nil {
			return err
		}
	}
	if !d.Options.Notes {
		return nil
	}
	links := map[int64]bool{}
	for _, l := range d.Links {
		links[l.ID] = selected[l.FromID]
	}
	assessed := map[int64]bool{}
	for _, a := range d.Assessments {
		assessed[a.ID] = true
	}
	all, err := st.Notes(ctx)
	if err != nil {
		return fmt.Errorf("read notes: %w", err)
	}
	for _, n := range all {
		if (n.StatementID != nil && selected[*n.StatementID]) || (n.LinkID != nil && links[*n.LinkID]) ||
			(n.AssessmentID != nil && assessed[*n.AssessmentID]) {
			d.Notes = append(d.Notes, n)
		}
	}
	return nil
}

func (d *Data) loadSources(ctx context.Context, st *storage.Store) error {
	for _, s := range d.Statements {
		if s.SourceID == nil {
			continue
		}
		if _, ok := d.Sources[*s.SourceID]; ok {
			continue
		}
		src, err := st.Source(ctx, *s.SourceID)
		if err != nil {
			return fmt.Errorf("source of statement %d: %w", s.ID, err)
		}
		d.Sources[src.ID] = src
	}
	return nil
}

// loadSeries reads, for the chapter "Across rounds", each series of which
// two or more dialogues are selected, restricted to those dialogues, in
// the order of their first dialogue.
func (d *Data) loadSeries(ctx context.Context, st *storage.Store) error {
	var order []int64
	rounds := map[int64][]int64{}
	for _, dlg := range d.Dialogues {
		if dlg.SeriesID == nil {
			continue
		}
		if _, ok := rounds[*dlg.SeriesID]; !ok {
			order = append(order, *dlg.SeriesID)
		}
		rounds[*dlg.SeriesID] = append(rounds[*dlg.SeriesID], dlg.ID)
	}
	for _, id := range order {
		if len(rounds[id]) < 2 {
			continue
		}
		s, err := evolution.LoadRounds(ctx, st, id, rounds[id])
		if err != nil {
			return fmt.Errorf("read the rounds of series %d: %w", id, err)
		}
		d.Series = append(d.Series, s)
	}
	return nil
}
