package storage

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"gorm.io/gorm"
)

// TagRef is a tag as a statement card shows it.
type TagRef struct {
	ID    int64
	Name  string
	Color string
}

// StatementView is a statement with what a card shows: parties, speaker,
// reporting party, tags and counts of notes and links.
type StatementView struct {
	ID             int64
	DialogueID     int64
	TopicID        *int64
	Position       int64
	Kind           Kind
	Text           string
	PartyIDs       []int64 `gorm:"-"`
	ReportedByID   *int64
	ReportedByName string
	SpeakerID      *int64
	SpeakerName    string
	SpeakerRole    string
	SourceID       *int64
	Start, End     int
	Tags           []TagRef `gorm:"-"`
	NoteCount      int
	LinkCount      int
}

// Joint reports whether more than one party holds the statement.
func (v StatementView) Joint() bool { return len(v.PartyIDs) > 1 }

// HeldBy reports whether party id holds the statement.
func (v StatementView) HeldBy(id int64) bool {
	for _, p := range v.PartyIDs {
		if p == id {
			return true
		}
	}
	return false
}

// StatementFilter selects statements. Zero fields select everything;
// TopicIDs holds the exact topics wanted (expand subtrees with
// TopicSubtree), NoTopic selects statements without a topic.
type StatementFilter struct {
	DialogueID int64
	TopicIDs   []int64
	NoTopic    bool
	PartyIDs   []int64
	TagIDs     []int64
	Kinds      []Kind
	SpeakerIDs []int64
	IDs        []int64
	SourceID   int64 // statements coded in one source; 0: any
	// Authors keeps the statements these analysts coded (made); none:
	// anyone's.
	Authors []string
}

// Column is one party's statements in the compare view.
type Column struct {
	PartyID    int64
	Statements []StatementView
}

// where applies f to a query over statements aliased s.
func (f StatementFilter) where(q *gorm.DB) *gorm.DB {
	return f.apply(q, f.DialogueID != 0 || len(f.TopicIDs) > 0 || len(f.IDs) > 0 || f.SourceID != 0)
}

// apply is where; narrow says that few rows reach the party and tag tests
// (see below), as when the query is tied to one row.
func (f StatementFilter) apply(q *gorm.DB, narrow bool) *gorm.DB {
	if f.DialogueID != 0 {
		q = q.Where("s.dialogue_id = ?", f.DialogueID)
	}
	if f.SourceID != 0 {
		q = q.Where("s.source_id = ?", f.SourceID)
	}
	switch {
	case f.NoTopic && len(f.TopicIDs) > 0:
		q = q.Where("(s.topic_id IN ? OR s.topic_id IS NULL)", f.TopicIDs)
	case f.NoTopic:
		q = q.Where("s.topic_id IS NULL")
	case len(f.TopicIDs) > 0:
		q = q.Where("s.topic_id IN ?", f.TopicIDs)
	}
	// When dialogue, topic or ids narrow the rows, parties and tags are
	// checked per row (EXISTS): "s.id IN (SELECT ...)" would first list every
	// statement a party holds, half the project. Otherwise the list of a
	// tag's statements is the better place to start.
	for _, j := range []struct {
		table, col string
		ids        []int64
	}{{"statement_parties", "party_id", f.PartyIDs}, {"statement_tags", "tag_id", f.TagIDs}} {
		switch {
		case len(j.ids) == 0:
		case narrow:
			q = q.Where("EXISTS (SELECT 1 FROM "+j.table+" x WHERE x.statement_id = s.id AND x."+j.col+" IN ?)", j.ids)
		default:
			q = q.Where("s.id IN (SELECT statement_id FROM "+j.table+" WHERE "+j.col+" IN ?)", j.ids)
		}
	}
	if len(f.Kinds) > 0 {
		q = q.Where("s.kind IN ?", f.Kinds)
	}
	if len(f.SpeakerIDs) > 0 {
		q = q.Where("s.speaker_id IN ?", f.SpeakerIDs)
	}
	if len(f.Authors) > 0 {
		q = q.Where("s.created_by IN ?", f.Authors)
	}
	if len(f.IDs) > 0 {
		q = q.Where("s.id IN ?", f.IDs)
	}
	return q
}

// statementViewFields are the columns of a StatementView, in scanViews'
// order, up to the counts; %[1]s and %[2]s stand for the reporting party's
// and the speaker's table (joined as rp and sp, or absent as a broad read
// leaves them: then the names are ” and addNames fills them). Text
// columns are cast to text so that a value stored as a blob packs as a
// string (SQLite's json_array refuses blobs).
const statementViewFields = `s.id, s.dialogue_id, s.topic_id, s.position, CAST(s.kind AS TEXT), CAST(s.text AS TEXT),
	s.reported_by_id, CAST(%[1]s AS TEXT), s.speaker_id, CAST(%[2]s AS TEXT), CAST(%[3]s AS TEXT),
	s.source_id, s.start, s."end"`

// statementCountCols counts each statement's notes and links in three
// look-ups per row; a broad read counts them once instead (addCounts).
const statementCountCols = `(SELECT count(*) FROM notes n WHERE n.statement_id = s.id),
	(SELECT count(*) FROM links l WHERE l.from_id = s.id) + (SELECT count(*) FROM links l WHERE l.to_id = s.id)`

// statementTimeCols are the times TimedViews reads in the same pass, as
// text: see timeText.
const statementTimeCols = `CAST(s.created_at AS TEXT), CAST(s.updated_at AS TEXT)`

// viewsSelect is the one packed column of a statement view's row (see
// packedRow). A narrow read joins the names and looks the counts up per
// row; a broad one leaves names and counts for addNames and addCounts.
// With timed, the row ends in the times. (Packing all but the
// statement's text and reading the text as a column of its own cost a
// fifth more.)
func viewsSelect(d dialect, broad, timed bool) string {
	cols := fmt.Sprintf(statementViewFields, "coalesce(rp.name, '')", "coalesce(sp.name, '')", "coalesce(sp.role, '')") +
		", " + statementCountCols
	if broad {
		cols = fmt.Sprintf(statementViewFields, "''", "''", "''") + ", 0, 0"
	}
	if timed {
		cols += ", " + statementTimeCols
	}
	return d.packRow(cols)
}

// broadRead reports whether f selects statements across the project (no
// dialogue, topic, source or ids), as a whole-project export does: then
// counting every note and link once costs less than three look-ups per
// statement.
func (f StatementFilter) broadRead(limit int) bool {
	return limit <= 0 && f.DialogueID == 0 && len(f.TopicIDs) == 0 && !f.NoTopic && len(f.IDs) == 0 && f.SourceID == 0
}

// viewsQuery is the statement query that StatementViews and ColumnViews
// share, so the two cannot drift apart in columns, joins or order. A
// broad read (see broadRead) neither joins the names nor sorts: the rows
// come in the table's order, for the caller to sort (sortViews), and
// addNames names the speakers and parties.
func viewsQuery(db *gorm.DB, d dialect, f StatementFilter, limit int, broad, timed bool) *gorm.DB {
	q := f.where(db.Table("statements s").Select(viewsSelect(d, broad, timed)))
	if !broad {
		q = q.Joins("LEFT JOIN parties rp ON rp.id = s.reported_by_id").
			Joins("LEFT JOIN speakers sp ON sp.id = s.speaker_id").
			Order("s.dialogue_id, s.position, s.id")
	}
	if limit > 0 {
		q = q.Limit(limit)
	}
	return q
}

// addNames names the speakers and reporting parties of views read
// without them: two small tables read once cost less than two look-ups
// per statement.
func addNames(db *gorm.DB, out []StatementView) error {
	var parties []struct {
		ID   int64
		Name string
	}
	if err := db.Table("parties").Select("id, name").Scan(&parties).Error; err != nil {
		return err
	}
	var speakers []struct {
		ID         int64
		Name, Role string
	}
	if err := db.Table("speakers").Select("id, name, role").Scan(&speakers).Error; err != nil {
		return err
	}
	party := make(map[int64]string, len(parties))
	for _, p := range parties {
		party[p.ID] = p.Name
	}
	speaker := make(map[int64][2]string, len(speakers))
	for _, sp := range speakers {
		speaker[sp.ID] = [2]string{sp.Name, sp.Role}
	}
	for i := range out {
		v := &out[i]
		if v.ReportedByID != nil {
			v.ReportedByName = party[*v.ReportedByID]
		}
		if v.SpeakerID != nil {
			sp := speaker[*v.SpeakerID]
			v.SpeakerName, v.SpeakerRole = sp[0], sp[1]
		}
	}
	return nil
}

// viewIndex finds a view's place in a list by its ID, for attaching the
// parties, tags and counts that arrive in later queries. IDs that lie
// close together (a whole project's, usually) index a slice: at 100k
// statements, hashing them was a fifth of a CSV export.
type viewIndex struct {
	first  int64
	dense  []int32 // ID-first → place+1; 0: not in the list
	sparse map[int64]int
}

// at is the place of the view with this ID.
func (x viewIndex) at(id int64) (int, bool) {
	if x.sparse != nil {
		i, ok := x.sparse[id]
		return i, ok
	}
	if id < x.first || id-x.first >= int64(len(x.dense)) || x.dense[id-x.first] == 0 {
		return 0, false
	}
	return int(x.dense[id-x.first]) - 1, true
}

// indexViews indexes out by ID and lists the IDs.
func indexViews(out []StatementView) (viewIndex, []int64) {
	ids := make([]int64, len(out))
	lo, hi := int64(0), int64(0)
	for i, v := range out {
		ids[i] = v.ID
		if i == 0 || v.ID < lo {
			lo = v.ID
		}
		if i == 0 || v.ID > hi {
			hi = v.ID
		}
	}
	var x viewIndex
	if len(out) > 0 && hi-lo < 4*int64(len(out))+1024 && len(out) < 1<<30 {
		x.first, x.dense = lo, make([]int32, hi-lo+1)
		for i, v := range out {
			x.dense[v.ID-lo] = int32(i + 1)
		}
		return x, ids
	}
	x.sparse = make(map[int64]int, len(out))
	for i, v := range out {
		x.sparse[v.ID] = i
	}
	return x, ids
}

// sortViews orders vs as viewsQuery does: by dialogue, position, ID. It
// sorts small keys and moves each view once.
func sortViews(vs []StatementView) []StatementView {
	type key struct {
		dialogue, position, id int64
		at                     int
	}
	keys := make([]key, len(vs))
	sorted := true
	for i, v := range vs {
		keys[i] = key{v.DialogueID, v.Position, v.ID, i}
		if i > 0 && cmpKey(keys[i-1].dialogue, keys[i-1].position, keys[i-1].id, v.DialogueID, v.Position, v.ID) > 0 {
			sorted = false
		}
	}
	if sorted {
		return vs
	}
	slices.SortFunc(keys, func(a, b key) int { return cmpKey(a.dialogue, a.position, a.id, b.dialogue, b.position, b.id) })
	out := make([]StatementView, len(vs))
	for i, k := range keys {
		out[i] = vs[k.at]
	}
	return out
}

func cmpKey(d1, p1, i1, d2, p2, i2 int64) int {
	if c := cmp.Compare(d1, d2); c != 0 {
		return c
	}
	if c := cmp.Compare(p1, p2); c != 0 {
		return c
	}
	return cmp.Compare(i1, i2)
}

// StatementViews returns the statements f selects, in dialogue order, with
// parties and tags. It runs three indexed queries whatever the count, in
// one read transaction.
func (s *Store) StatementViews(ctx context.Context, f StatementFilter, limit int) ([]StatementView, error) {
	return viewed(ctx, s, func(ctx context.Context) ([]StatementView, error) {
		vs, _, err := s.statementViews(ctx, f, limit, false)
		return vs, err
	})
}

// statementViews is StatementViews; timed also returns the statements'
// times by ID, read in the same pass.
func (s *Store) statementViews(ctx context.Context, f StatementFilter, limit int, timed bool) ([]StatementView, map[int64]StatementTime, error) {
	db := s.read(ctx)
	// A broad read sorts in Go: SQLite walked the dialogue index and
	// looked every row up in the table, then sorted the rows again.
	broad := f.broadRead(limit)
	var bad *BadTimes
	if timed {
		bad = badTimesOf(ctx)
	}
	out, times, err := scanViews(viewsQuery(db, s.d, f, limit, broad, timed), timed, bad)
	if err != nil {
		return nil, nil, fmt.Errorf("read statements: %w", err)
	}
	if broad {
		out = sortViews(out)
		if err := addNames(db, out); err != nil {
			return nil, nil, fmt.Errorf("read speakers and parties: %w", err)
		}
	}
	if len(out) == 0 {
		return out, times, nil
	}
	idx, ids := indexViews(out)
	if broad {
		if err := addCounts(db, out, idx); err != nil {
			return nil, nil, fmt.Errorf("count notes and links: %w", err)
		}
	}
	all := broad && len(f.PartyIDs) == 0 && len(f.TagIDs) == 0 && len(f.Kinds) == 0 && len(f.SpeakerIDs) == 0
	in := func(q *gorm.DB) *gorm.DB {
		switch {
		case all: // every statement: no list of them for SQLite to build
			return q
		case limit > 0 || len(ids) < 500:
			return q.Where("x.statement_id IN ?", ids)
		default:
			return q.Where("x.statement_id IN (?)", f.where(db.Table("statements s").Select("s.id")))
		}
	}
	if err := addParties(db, s.d, in, out, idx); err != nil {
		return nil, nil, fmt.Errorf("read statement parties: %w", err)
	}
	if err := addTags(db, s.d, in, out, idx); err != nil {
		return nil, nil, fmt.Errorf("read statement tags: %w", err)
	}
	return out, times, nil
}

// StatementView returns one statement as a card shows it.
func (s *Store) StatementView(ctx context.Context, id int64) (StatementView, error) {
	vs, err := s.StatementViews(ctx, StatementFilter{IDs: []int64{id}}, 1)
	if err != nil {
		return StatementView{}, err
	}
	if len(vs) == 0 {
		return StatementView{}, newErr(CodeNotFound, nil, "statement %d does not exist", id)
	}
	return vs[0], nil
}

// Compare returns one column per party in partyIDs, each with the
// statements f selects that the party holds; a joint statement shows in
// every column of its parties.
func (s *Store) Compare(ctx context.Context, f StatementFilter, partyIDs []int64) ([]Column, error) {
	f.PartyIDs = partyIDs
	all, err := s.StatementViews(ctx, f, 0)
	if err != nil {
		return nil, err
	}
	cols := make([]Column, len(partyIDs))
	for i, p := range partyIDs {
		cols[i].PartyID = p
		for _, v := range all {
			if v.HeldBy(p) {
				cols[i].Statements = append(cols[i].Statements, v)
			}
		}
	}
	return cols, nil
}

// TopicCount is the number of statements a party holds on a topic in a
// dialogue; TopicID 0 counts statements without a topic.
type TopicCount struct {
	TopicID int64
	PartyID int64
	Count   int
}

// TopicCounts counts, per topic and party, the statements of a dialogue
// (each topic alone, not its subtopics; see RollUp).
func (s *Store) TopicCounts(ctx context.Context, dialogueID int64) ([]TopicCount, error) {
	var out []TopicCount
	err := s.read(ctx).Table("statements s").
		Select("coalesce(s.topic_id, 0) AS topic_id, x.party_id, count(*) AS count").
		Joins("JOIN statement_parties x ON x.statement_id = s.id").
		Where("s.dialogue_id = ?", dialogueID).
		Group("s.topic_id, x.party_id").Scan(&out).Error
	if err != nil {
		return nil, fmt.Errorf("count statements of dialogue %d: %w", dialogueID, err)
	}
	return out, nil
}

// Matrix is a dialogue's topic × party overview.
type Matrix struct {
	Topics      []Topic
	Parties     []Party
	Counts      map[int64]map[int64]int // topic → party → count, subtopics included
	Own         map[int64]map[int64]int // topic → party → count, this topic alone
	Assessments map[int64]Assessment    // topic → verdict
}

// Matrix returns the topic × party overview of a dialogue, read in one
// read transaction.
func (s *Store) Matrix(ctx context.Context, dialogueID int64) (Matrix, error) {
	return viewed(ctx, s, func(ctx context.Context) (Matrix, error) { return s.matrix(ctx, dialogueID) })
}

func (s *Store) matrix(ctx context.Context, dialogueID int64) (Matrix, error) {
	var m Matrix
	var err error
	if m.Topics, err = s.Topics(ctx); err != nil {
		return m, err
	}
	if m.Parties, err = s.Parties(ctx); err != nil {
		return m, err
	}
	counts, err := s.TopicCounts(ctx, dialogueID)
	if err != nil {
		return m, err
	}
	m.Own = map[int64]map[int64]int{}
	for _, c := range counts {
		if m.Own[c.TopicID] == nil {
			m.Own[c.TopicID] = map[int64]int{}
		}
		m.Own[c.TopicID][c.PartyID] += c.Count
	}
	m.Counts = RollUp(m.Topics, m.Own)
	as, err := s.Assessments(ctx, dialogueID)
	if err != nil {
		return m, err
	}
	m.Assessments = map[int64]Assessment{}
	for _, a := range as {
		m.Assessments[a.TopicID] = a
	}
	return m, nil
}

// RollUp adds every topic's counts to its ancestors'.
func RollUp(topics []Topic, own map[int64]map[int64]int) map[int64]map[int64]int {
	parent := map[int64]*int64{}
	for _, t := range topics {
		parent[t.ID] = t.ParentID
	}
	out := map[int64]map[int64]int{}
	for tid, per := range own {
		for id, depth := tid, 0; depth < 64; depth++ {
			if out[id] == nil {
				out[id] = map[int64]int{}
			}
			for p, n := range per {
				out[id][p] += n
			}
			pp, ok := parent[id]
			if !ok || pp == nil {
				break
			}
			id = *pp
		}
	}
	return out
}

// LinkView is a link seen from one statement: the other end, and whether
// the link goes out from this statement.
type LinkView struct {
	Link
	Outgoing bool
	Other    StatementView
}

// LinksOf lists the links from and to a statement with their other ends,
// read in one read transaction.
func (s *Store) LinksOf(ctx context.Context, statementID int64) ([]LinkView, error) {
	return viewed(ctx, s, func(ctx context.Context) ([]LinkView, error) { return s.linksOf(ctx, statementID) })
}

func (s *Store) linksOf(ctx context.Context, statementID int64) ([]LinkView, error) {
	var links []Link
	if err := s.read(ctx).Where("from_id = ? OR to_id = ?", statementID, statementID).Order("id").Find(&links).Error; err != nil {
		return nil, fmt.Errorf("links of statement %d: %w", statementID, err)
	}
	if len(links) == 0 {
		return nil, nil
	}
	others := make([]int64, len(links))
	for i, l := range links {
		others[i] = l.ToID
		if l.ToID == statementID {
			others[i] = l.FromID
		}
	}
	views, err := s.StatementViews(ctx, StatementFilter{IDs: others}, 0)
	if err != nil {
		return nil, err
	}
	byID := map[int64]StatementView{}
	for _, v := range views {
		byID[v.ID] = v
	}
	out := make([]LinkView, len(links))
	for i, l := range links {
		out[i] = LinkView{Link: l, Outgoing: l.FromID == statementID, Other: byID[others[i]]}
	}
	return out, nil
}

// Links lists the links among the statements of a dialogue (all when 0).
func (s *Store) Links(ctx context.Context, dialogueID int64) ([]Link, error) {
	var out []Link
	q := s.read(ctx).Order("id")
	if dialogueID != 0 {
		q = q.Where("from_id IN (SELECT id FROM statements WHERE dialogue_id = ?) OR to_id IN (SELECT id FROM statements WHERE dialogue_id = ?)", dialogueID, dialogueID)
	}
	return out, wrapNil(findTimes(q, badTimesOf(ctx), &out), "list links")
}

// Notes lists every note (for export), oldest first. Under NoteBadTimes
// a note whose time is none comes first, with the zero time.
func (s *Store) Notes(ctx context.Context) ([]Note, error) {
	var out []Note
	bad := badTimesOf(ctx)
	if err := findTimes(s.read(ctx).Order("created_at, id"), bad, &out); err != nil {
		return nil, fmt.Errorf("list notes: %w", err)
	}
	if bad != nil { // SQL ordered a bad time's text among the times
		slices.SortStableFunc(out, func(x, y Note) int {
			if c := x.CreatedAt.Compare(y.CreatedAt); c != 0 {
				return c
			}
			return cmp.Compare(x.ID, y.ID)
		})
	}
	return out, nil
}

// addCounts sets the note and link counts of the views in out (indexed by
// idx) from one pass over the notes and the links.
func addCounts(db *gorm.DB, out []StatementView, idx viewIndex) error {
	for _, q := range []struct {
		sql string
		add func(v *StatementView)
	}{
		{"SELECT statement_id FROM notes WHERE statement_id IS NOT NULL", func(v *StatementView) { v.NoteCount++ }},
		{"SELECT from_id FROM links UNION ALL SELECT to_id FROM links", func(v *StatementView) { v.LinkCount++ }},
	} {
		rows, err := db.Raw(q.sql).Rows()
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			if i, ok := idx.at(id); ok {
				q.add(&out[i])
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return nil
}
