package storage

import (
	"context"
	"fmt"
	"strings"

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
	if len(f.IDs) > 0 {
		q = q.Where("s.id IN ?", f.IDs)
	}
	return q
}

const statementViewCols = `s.id, s.dialogue_id, s.topic_id, s.position, s.kind, s.text,
	s.reported_by_id, coalesce(rp.name, '') AS reported_by_name,
	s.speaker_id, coalesce(sp.name, '') AS speaker_name, coalesce(sp.role, '') AS speaker_role,
	s.source_id, s.start, s."end", ` + statementCountCols

// statementCountCols counts each statement's notes and links in three
// look-ups per row; a broad read counts them once instead (addCounts).
const statementCountCols = `(SELECT count(*) FROM notes n WHERE n.statement_id = s.id) AS note_count,
	(SELECT count(*) FROM links l WHERE l.from_id = s.id) + (SELECT count(*) FROM links l WHERE l.to_id = s.id) AS link_count`

// broadRead reports whether f selects statements across the project (no
// dialogue, topic, source or ids), as a whole-project export does: then
// counting every note and link once costs less than three look-ups per
// statement.
func (f StatementFilter) broadRead(limit int) bool {
	return limit <= 0 && f.DialogueID == 0 && len(f.TopicIDs) == 0 && !f.NoTopic && len(f.IDs) == 0 && f.SourceID == 0
}

// viewsQuery is the statement query that StatementViews and ColumnViews
// share, so the two cannot drift apart in columns, joins or order.
func viewsQuery(db *gorm.DB, f StatementFilter, limit int) *gorm.DB {
	q := f.where(db.Table("statements s").Select(statementViewCols).
		Joins("LEFT JOIN parties rp ON rp.id = s.reported_by_id").
		Joins("LEFT JOIN speakers sp ON sp.id = s.speaker_id")).
		Order("s.dialogue_id, s.position, s.id")
	if limit > 0 {
		q = q.Limit(limit)
	}
	return q
}

// indexViews maps each view's ID to its place in out, for attaching the
// parties and tags that arrive in later queries.
func indexViews(out []StatementView) (map[int64]int, []int64) {
	idx := make(map[int64]int, len(out))
	ids := make([]int64, len(out))
	for i, v := range out {
		idx[v.ID] = i
		ids[i] = v.ID
	}
	return idx, ids
}

// StatementViews returns the statements f selects, in dialogue order, with
// parties and tags. It runs three indexed queries whatever the count, in
// one read transaction.
func (s *Store) StatementViews(ctx context.Context, f StatementFilter, limit int) ([]StatementView, error) {
	return viewed(ctx, s, func(ctx context.Context) ([]StatementView, error) { return s.statementViews(ctx, f, limit, nil) })
}

// statementViews is StatementViews; a non-nil times is filled with the
// statements' times, read in the same pass.
func (s *Store) statementViews(ctx context.Context, f StatementFilter, limit int, times map[int64]StatementTime) ([]StatementView, error) {
	db := s.read(ctx)
	q := viewsQuery(db, f, limit)
	broad := f.broadRead(limit)
	cols := statementViewCols
	if broad {
		cols = strings.TrimSuffix(statementViewCols, statementCountCols) + "0 AS note_count, 0 AS link_count"
	}
	if times != nil {
		cols += ", CAST(s.created_at AS TEXT), CAST(s.updated_at AS TEXT)" // as text: see timeText
	}
	out, err := scanViews(q.Select(cols), times)
	if err != nil {
		return nil, fmt.Errorf("read statements: %w", err)
	}
	if len(out) == 0 {
		return out, nil
	}
	idx, ids := indexViews(out)
	if broad {
		if err := addCounts(db, out, idx); err != nil {
			return nil, fmt.Errorf("count notes and links: %w", err)
		}
	}
	in := func(q *gorm.DB) *gorm.DB {
		if limit > 0 || len(ids) < 500 {
			return q.Where("x.statement_id IN ?", ids)
		}
		return q.Where("x.statement_id IN (?)", f.where(db.Table("statements s").Select("s.id")))
	}
	if err := addParties(db, in, out, idx); err != nil {
		return nil, fmt.Errorf("read statement parties: %w", err)
	}
	if err := addTags(db, in, out, idx); err != nil {
		return nil, fmt.Errorf("read statement tags: %w", err)
	}
	return out, nil
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
	return out, wrapNil(q.Find(&out).Error, "list links")
}

// Notes lists every note (for export), oldest first.
func (s *Store) Notes(ctx context.Context) ([]Note, error) {
	return list[Note](ctx, s, "notes", "created_at, id")
}

// addCounts sets the note and link counts of the views in out (indexed by
// idx) from one pass over the notes and the links.
func addCounts(db *gorm.DB, out []StatementView, idx map[int64]int) error {
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
			if i, ok := idx[id]; ok {
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
